import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { challengeFigures } from '../room/challenge-scenario.ts';
import { runChallenge } from './challenge.ts';

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
});
