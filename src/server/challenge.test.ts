import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { challengeFigures, figuresOf, requestScenario, type ChallengeRequest } from '../room/challenge-scenario.ts';
import { CHALLENGE_PRESETS } from '../room/questions.ts';
import { runChallenge } from './challenge.ts';
import { preset } from './presets.ts';
import { cliOutputs } from './cli-outputs.ts';
import { outcomeOf } from './outcomes.ts';

describe('challenge runs', () => {
  it('re-run the preset with the submitted parameters through the engine', () => {
    // With the preset's own parameters (batch 10, move 0.5), the figures are the golden file's.
    const golden = JSON.parse(readFileSync('test/golden/expected/preset-batching-illusion.json', 'utf8')) as { leadTime: unknown; makespan: unknown };
    expect(runChallenge({ kind: 'batching', transferBatch: 10, moveTime: 0.5 })).toEqual({ kind: 'batching', ...challengeFigures(golden) });
  });

  it('reads a one-replication output and a several-replication output alike', () => {
    expect(challengeFigures({ leadTime: { mean: 3 }, makespan: 7 })).toEqual({ leadTime: 3, makespan: 7 });
    expect(challengeFigures({ leadTime: { mean: { mean: 3, ci95: 1 } }, makespan: { mean: 7, ci95: 2 } })).toEqual({ leadTime: 3, makespan: 7 });
    expect(challengeFigures({ leadTime: null, makespan: 7 })).toBeNull();
  });

  const requests: ChallengeRequest[] = [
    { kind: 'launch', initial: 500, rate: 0, periods: 0 },
    { kind: 'launch', initial: 0, rate: 30_000, periods: 3 },
    { kind: 'pull', wipCap: 4 },
    { kind: 'kaizen', fixes: ['quick-change', 'process-batch'] },
  ];
  it.each(requests)('%o: the server’s figures are the CLI’s for the same scenario and seed', (request) => {
    const scenario = requestScenario(preset(CHALLENGE_PRESETS[request.kind]), request);
    const cli = cliOutputs({ submission: scenario })['submission'];
    expect(runChallenge(request)).toEqual(figuresOf(request.kind, cli));
  }, 60_000);

  it('lesson 3: the preset’s own strategies give the preset’s figures (a pilot of 500 never loses money here)', () => {
    const pilot = runChallenge({ kind: 'launch', initial: 500, rate: 0, periods: 0 });
    expect(pilot).toMatchObject({ kind: 'launch', probLoss: 0 });
    const forecast = runChallenge({ kind: 'launch', initial: 0, rate: 30_000, periods: 3 });
    // Ohno's question: the forecast loses money in about half the markets (the bad one, at even odds).
    expect(forecast.kind === 'launch' && forecast.probLoss).toBeGreaterThan(0.45);
  });

  it('lesson 4: a cap of 1 is one unit at a time through four stations of an hour: about 0.25 units an hour, 1 in the line', () => {
    const one = runChallenge({ kind: 'pull', wipCap: 1 });
    if (one.kind !== 'pull') throw new Error('not lesson 4');
    // One unit at a time: each takes the sum of four gamma(mean 1) times, mean 4 h, so about 60 / (60 × 4) = 0.25 per hour.
    expect(one.throughput).toBeGreaterThan(0.22);
    expect(one.throughput).toBeLessThan(0.28);
    expect(one.wip).toBeLessThanOrEqual(1);
  });

  it('lesson 2: no fix is the line the team tried (one-piece flow), every fix is the lesson’s improved line: the questions’ own figures', () => {
    const none = runChallenge({ kind: 'kaizen', fixes: [] });
    const all = runChallenge({ kind: 'kaizen', fixes: ['quick-change', 'process-batch', 'check', 'no-walk', 'label'] });
    expect(none.kind === 'kaizen' && none.leadTime).toBe(outcomeOf('kaizen.first-fix').figures?.['none']);
    expect(all.kind === 'kaizen' && all.leadTime).toBe(outcomeOf('kaizen.flow-wins').figures?.['flow']);
    // The order the fixes are listed in does not matter: they are applied in the lesson's order.
    expect(runChallenge({ kind: 'kaizen', fixes: ['process-batch', 'quick-change'] })).toEqual(runChallenge({ kind: 'kaizen', fixes: ['quick-change', 'process-batch'] }));
  });

  it('refuses parameters the scenario does not allow, naming the field', () => {
    // A commitment above the plant's capacity (40,000 a period).
    expect(() => runChallenge({ kind: 'launch', initial: 0, rate: 50_000, periods: 3 })).toThrow(/capacity|rate/);
  });
});
