/**
 * The reveal's outcome for lessons 2–4 is the engine's: the server's figures equal what
 * `genba run` (the CLI, bin/genba.js) prints for the same scenarios and seeds, and the rules
 * that turn them into an answer are checked on figures worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { QUESTIONS, type QuestionId } from '../room/questions.ts';
import { outcomeFromOutputs, outcomeOf, outcomeScenarios } from './outcomes.ts';
import { cliOutputs } from './cli-outputs.ts';

const LESSONS_2_TO_4 = (Object.keys(QUESTIONS) as QuestionId[]).filter((q) => QUESTIONS[q].lesson !== 'batching');

describe('the outcome of a question of lessons 2–4', () => {
  it.each(LESSONS_2_TO_4)('%s: the server’s outcome is the one the CLI’s outputs give', (question) => {
    const scenarios = outcomeScenarios(question);
    if (!scenarios) throw new Error('no scenarios');
    const server = outcomeOf(question);
    expect(outcomeFromOutputs(question, cliOutputs(scenarios))).toEqual(server);
    expect(QUESTIONS[question].choices as readonly string[]).toContain(server.choice);
    expect(Number.isFinite(server.by)).toBe(true);
  }, 60_000);

  it('what the lesson teaches: the pilot never loses money here, the forecast does; the pulled line holds less WIP', () => {
    const loses = outcomeOf('launch.loses-more');
    expect(loses.choice).toBe('forecast');
    expect(loses.figures?.['pilot']).toBe(0);
    expect(outcomeOf('pull.less-wip').choice).toBe('pull');
    expect(outcomeOf('kaizen.flow-wins').choice).toBe('flow');
  }, 60_000);
});

describe('"about the same" for lesson 3: inside the run’s 95% interval', () => {
  const launch = (forecast: [number, number, number], pilot: [number, number, number], n: number) => ({
    strategies: {
      replications: n,
      results: [
        { strategy: 'pilot', profit: { mean: pilot[0], sd: pilot[1] }, probLoss: pilot[2] },
        { strategy: 'forecast', profit: { mean: forecast[0], sd: forecast[1] }, probLoss: forecast[2] },
      ],
    },
  });

  it('mean profit: ±1.96·√(s₁²/n + s₂²/n)', () => {
    // s = 10 each, n = 100: half-width 1.96 · √2 = 2.772; a difference of 1 is inside, 10 is not.
    const same = outcomeFromOutputs('launch.earns-more', launch([101, 10, 0], [100, 10, 0], 100));
    expect(same.choice).toBe('same');
    expect(same.figures?.['halfWidth']).toBeCloseTo(1.959964 * Math.SQRT2, 5);
    expect(outcomeFromOutputs('launch.earns-more', launch([110, 10, 0], [100, 10, 0], 100))).toMatchObject({ choice: 'forecast', by: 10, unit: 'money' });
    expect(outcomeFromOutputs('launch.earns-more', launch([90, 10, 0], [100, 10, 0], 100))).toMatchObject({ choice: 'pilot', by: 10 });
  });

  it('chance of a loss: ±1.96·√(p₁(1−p₁)/n + p₂(1−p₂)/n)', () => {
    // p = 0.5 and 0.4, n = 100: half-width 1.96 · √(0.0025 + 0.0024) = 0.1372 > 0.1: the same.
    expect(outcomeFromOutputs('launch.loses-more', launch([0, 1, 0.5], [0, 1, 0.4], 100)).choice).toBe('same');
    // n = 1,000: half-width 0.0434 < 0.1: the forecast loses more often.
    const o = outcomeFromOutputs('launch.loses-more', launch([0, 1, 0.5], [0, 1, 0.4], 1000));
    expect(o.choice).toBe('forecast');
    expect(o.by).toBeCloseTo(0.1, 12);
    // Neither ever loses: exactly the same.
    expect(outcomeFromOutputs('launch.loses-more', launch([0, 1, 0], [0, 1, 0], 1000)).choice).toBe('same');
  });

  it('lesson 4: within 3% is the same (the lesson’s rule)', () => {
    const line = (throughput: number, wip: number) => ({ throughput: { mean: throughput }, wip: { mean: { mean: wip } } });
    expect(outcomeFromOutputs('pull.delivers-more', { push: line(1, 30), pull: line(0.98, 9) }).choice).toBe('same');
    expect(outcomeFromOutputs('pull.delivers-more', { push: line(1, 30), pull: line(0.9, 9) })).toMatchObject({ choice: 'push', unit: 'rate' });
    expect(outcomeFromOutputs('pull.less-wip', { push: line(1, 30), pull: line(0.98, 9) })).toMatchObject({ choice: 'pull', by: 21, unit: 'units' });
  });
});
