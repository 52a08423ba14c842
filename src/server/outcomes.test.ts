/**
 * The reveal's outcome for lessons 2–4 is the engine's: the server's figures equal what
 * `genba run` (the CLI, bin/genba.js) prints for the same scenarios and seeds, and the rules
 * that turn them into an answer are checked on figures worked by hand. Lesson 3's questions
 * are graded by the lesson's own functions on the run's paired differences.
 */
import { describe, expect, it } from 'vitest';
import { QUESTIONS, type QuestionId } from '../room/questions.ts';
import { isRightAnswer } from '../room/protocol.ts';
import { hasStrategies, type Scenario } from '../scenario/types.ts';
import { addToPairs, emptyPair, pairedDifference, type PairSummary } from '../sim/launch/paired.ts';
import { runStrategyLesson } from '../lessons/launch/strategy-run.ts';
import { DEFAULT_PAIR, differenceOf, halfWidth95 } from '../lessons/launch/strategy-compare.ts';
import { strategiesCheck } from '../lessons/launch/prediction-check.ts';
import { launchOutcome, LAUNCH_QUESTION_PRESET, outcomeFromOutputs, outcomeOf, outcomeScenarios, runLaunchStrategies, type LaunchRun } from './outcomes.ts';
import { launchPreset } from './presets.ts';
import { cliOutputs } from './cli-outputs.ts';

const LESSONS_2_TO_4 = (Object.keys(QUESTIONS) as QuestionId[]).filter((q) => QUESTIONS[q].lesson !== 'batching');

describe('the outcome of a question of lessons 2–4', () => {
  it.each(LESSONS_2_TO_4)('%s: the server’s outcome is the one the CLI’s outputs give', (question) => {
    const scenarios = outcomeScenarios(question);
    if (!scenarios) throw new Error('no scenarios');
    const server = outcomeOf(question);
    const cli = cliOutputs(scenarios);
    if (question === 'launch.earns-more' || question === 'launch.loses-more') {
      // The CLI does not print the paired sums: the server's run gives the CLI's figures, and its pairs decide.
      const run = runLaunchStrategies(scenarios['strategies'] as Scenario);
      expect(run.results).toEqual(cli['strategies']?.['results']);
      expect(launchOutcome(question, run)).toEqual(server);
    } else expect(outcomeFromOutputs(question, cli)).toEqual(server);
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

describe('lesson 3 in the room is graded as the lesson grades it: the paired interval of the run’s common random numbers', () => {
  type Results = LaunchRun['results'];
  /** A hand-made run of per-market profits (pilot first, forecast second), through the Monte Carlo's own paired sums. */
  const run = (pilot: number[], forecast: number[]): LaunchRun => {
    const n = pilot.length;
    const pairs = [emptyPair()];
    for (let i = 0; i < n; i++) addToPairs(pairs, Float64Array.from([pilot[i] as number, forecast[i] as number]), 2);
    const losses = (xs: number[]) => xs.filter((x) => x < 0).length;
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / n;
    const sd = (xs: number[]) => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (n - 1));
    const result = (strategy: string, xs: number[]) => ({ strategy, profit: { mean: mean(xs), sd: sd(xs) }, probLoss: losses(xs) / n });
    return {
      replications: n,
      results: [result('pilot', pilot), result('forecast', forecast)] as unknown as Results,
      paired: [pairedDifference(pairs[0] as PairSummary, n, losses(pilot), losses(forecast))],
    };
  };
  /** The independent-sample half-width the room used before: 1.96·√(s₁²/n + s₂²/n). */
  const independent = (r: LaunchRun) => 1.959963984540054 * Math.sqrt(r.results.reduce((a, x) => a + (x.profit.sd ?? 0) ** 2, 0) / r.replications);

  it('mean profit, a case where the two intervals disagree: the paired one decides', () => {
    // Four markets, pilot 10, 20, 30, 40 and forecast 11, 21, 32, 40: d = 1, 1, 2, 0, mean 1,
    // sample variance ((0² + 0² + 1² + (−1)²) / 3) = 2/3, paired half-width 1.96·√(2/3)/√4 = 0.8002 < 1:
    // the forecast earns more. Independent: s² = 166.67 and 160.67, 1.96·√(327.33/4) = 17.73 > 1: "the same".
    const r = run([10, 20, 30, 40], [11, 21, 32, 40]);
    expect(independent(r)).toBeCloseTo(17.73, 2);
    const o = launchOutcome('launch.earns-more', r);
    expect(o.figures?.['halfWidth']).toBeCloseTo((1.96 * Math.sqrt(2 / 3)) / 2, 12);
    expect(o).toMatchObject({ choice: 'forecast', by: 1, unit: 'money', figures: { forecast: 26, pilot: 25 } });
    expect(o.right).toBeUndefined();
    expect(['forecast', 'pilot', 'same'].map((a) => isRightAnswer(o, a))).toEqual([true, false, false]);
  });

  it('inside the paired noise: "about the same" and the one ahead are both right, as on the lesson’s screen', () => {
    // d = 3, −1, 2, 0: mean 1, variance (4 + 4 + 1 + 1)/3 = 10/3, half-width 1.96·√(10/3)/2 = 1.789 > 1.
    const o = launchOutcome('launch.earns-more', run([10, 20, 30, 40], [13, 19, 32, 40]));
    expect(o.figures?.['halfWidth']).toBeCloseTo((1.96 * Math.sqrt(10 / 3)) / 2, 12);
    expect(o.choice).toBe('same');
    expect(['forecast', 'pilot', 'same'].map((a) => isRightAnswer(o, a))).toEqual([true, false, true]);
  });

  it('chance of a loss, intervals that disagree: the paired sd of the two loss indicators', () => {
    // 100 markets; the pilot loses in 40, the forecast in the same 40 and 10 more. Independent:
    // 1.96·√(0.5·0.5/100 + 0.4·0.6/100) = 0.1372 > 0.1 ("the same"). Paired: Σd = 10, Σd² = 10,
    // variance (100·10 − 10²)/(100·99) = 0.0909, half-width 1.96·0.3015/10 = 0.0591 < 0.1: the forecast.
    const pilot = Array.from({ length: 100 }, (_, i) => (i < 40 ? -1 : 1));
    const forecast = Array.from({ length: 100 }, (_, i) => (i < 50 ? -1 : 1));
    const o = launchOutcome('launch.loses-more', run(pilot, forecast));
    expect(o.figures?.['halfWidth']).toBeCloseTo((1.96 * Math.sqrt(900 / 9900)) / 10, 12);
    expect(o).toMatchObject({ choice: 'forecast', unit: 'share', figures: { forecast: 0.5, pilot: 0.4 } });
    expect(o.by).toBeCloseTo(0.1, 12);
    // Both lose in the same markets: a tie, only "about the same" is right.
    const tie = launchOutcome('launch.loses-more', run([-1, 5, 5, 5], [-2, 5, 5, 5]));
    expect(tie.choice).toBe('same');
    expect(['forecast', 'pilot', 'same'].map((a) => isRightAnswer(tie, a))).toEqual([false, false, true]);
  });

  it('on the seed case, every answer gets the mark the lesson gives it (the lesson’s own run and check)', async () => {
    const scenario = launchPreset(LAUNCH_QUESTION_PRESET);
    if (!hasStrategies(scenario)) throw new Error('the seed case has strategies');
    const lesson = await runStrategyLesson({ scenario, pair: DEFAULT_PAIR }, { executorsFor: () => null });
    const [first, second] = lesson.output.results;
    const d = differenceOf(lesson.paired, lesson.output.results.length, DEFAULT_PAIR);
    if (!first || !second || !d) throw new Error('no pair');
    expect([first.strategy, second.strategy]).toEqual(['pilot', 'forecast']);
    const lessonAnswer = { pilot: 'pilot', forecast: 'launch', same: 'same' } as const;
    for (const question of ['launch.earns-more', 'launch.loses-more'] as const) {
      const room = outcomeOf(question);
      for (const answer of ['pilot', 'forecast', 'same'] as const) {
        const prediction = { earnsMore: lessonAnswer[answer], losesMoreOften: lessonAnswer[answer] };
        const marks = strategiesCheck(prediction, { first: 'pilot', second: 'forecast' }, first, second, d).marks;
        const lessonMark = question === 'launch.earns-more' ? marks.earnsMore : marks.losesMoreOften;
        expect(isRightAnswer(room, answer) ? 'right' : 'wrong', `${question} ${answer}`).toBe(lessonMark);
      }
    }
    // The figures the board shows are the lesson's: its paired half-width (about ±12,556 on this seed case).
    expect(outcomeOf('launch.earns-more').figures?.['halfWidth']).toBe(halfWidth95(d.sdProfit, d.replications));
    expect(outcomeOf('launch.earns-more').figures?.['halfWidth']).toBeCloseTo(12_556, -1);
  }, 60_000);

  it('lesson 4: within 3% is the same (the lesson’s rule)', () => {
    const line = (throughput: number, wip: number) => ({ throughput: { mean: throughput }, wip: { mean: { mean: wip } } });
    expect(outcomeFromOutputs('pull.delivers-more', { push: line(1, 30), pull: line(0.98, 9) }).choice).toBe('same');
    expect(outcomeFromOutputs('pull.delivers-more', { push: line(1, 30), pull: line(0.9, 9) })).toMatchObject({ choice: 'push', unit: 'rate' });
    expect(outcomeFromOutputs('pull.less-wip', { push: line(1, 30), pull: line(0.98, 9) })).toMatchObject({ choice: 'pull', by: 21, unit: 'units' });
  });
});
