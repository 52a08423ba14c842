import { describe, expect, it } from 'vitest';
import { pullOutcome, pullPredictionOf } from './prediction.ts';

const line = (throughput: number, wip: number) => ({ throughput, wip, flowTime: null, leadTime: null, cash: null, delivered: 0 });

describe("lesson 4's prediction", () => {
  it('calls figures within 3% about the same', () => {
    // 0.80 against 0.79: 1.25% apart; WIP 33 against 6.
    expect(pullOutcome(line(0.8, 33), line(0.79, 6))).toEqual({ deliveries: 'same', lessWip: 'pull' });
    // 0.78 against 0.70: 10% apart, push delivers more (the kanban line one square short).
    expect(pullOutcome(line(0.78, 33), line(0.7, 6))).toEqual({ deliveries: 'push', lessWip: 'pull' });
    expect(pullOutcome(line(0.5, 10), line(0.6, 10.2))).toEqual({ deliveries: 'pull', lessWip: 'same' });
  });

  it('reads a prediction from a link only when both answers are known', () => {
    expect(pullPredictionOf({ deliveries: 'same', lessWip: 'pull' })).toEqual({ deliveries: 'same', lessWip: 'pull' });
    expect(pullPredictionOf({ deliveries: 'batch', lessWip: 'pull' })).toBeNull();
    expect(pullPredictionOf(JSON.parse('{"__proto__": {"deliveries": "same"}, "lessWip": "pull"}'))).toBeNull();
    expect(pullPredictionOf(['same', 'pull'])).toBeNull();
  });
});
