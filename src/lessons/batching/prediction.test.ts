import { describe, expect, it } from 'vitest';
import { judge, outcomeOf } from './prediction.ts';
import { runPair } from './paired-run.ts';
import { pennyGame } from './test-fixtures.ts';

describe('prediction against outcome', () => {
  it('penny game B = 5: one-piece flow delivers first by 16 s (4 vs 20) and finishes first by 12 s (23 vs 35)', () => {
    const pair = runPair(pennyGame(5));
    const outcome = outcomeOf(pair.batch.run, pair.flow.run, true);
    expect(outcome).toEqual({ first: 'flow', firstBy: 16, finish: 'flow', finishBy: 12 });
    expect(judge({ first: 'flow', finish: 'flow', by: 10 }, outcome)).toEqual({ firstRight: true, finishRight: true, byError: -2 });
    expect(judge({ first: 'batch', finish: 'batch', by: 10 }, outcome)).toEqual({ firstRight: false, finishRight: false, byError: null });
  });
  it('B = 1 on both sides: the same', () => {
    const pair = runPair(pennyGame(1));
    expect(outcomeOf(pair.batch.run, pair.flow.run, true)).toEqual({ first: 'same', firstBy: 0, finish: 'same', finishBy: 0 });
  });
});
