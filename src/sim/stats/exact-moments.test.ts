import { describe, expect, it } from 'vitest';
import { addExact, exactSum } from './exact-sum.ts';
import { addSquareExact, sampleVariance } from './exact-moments.ts';

function varianceOf(values: readonly number[]): number | null {
  const sum = exactSum();
  const squares = exactSum();
  for (const x of values) {
    addExact(sum, x);
    addSquareExact(squares, x);
  }
  return sampleVariance(values.length, sum, squares);
}

describe('sampleVariance from exact moments', () => {
  it('has no cancellation when the mean dwarfs the spread', () => {
    // 1e9 + {1, 2, 3}: deviations −1, 0, 1, so s² = (1 + 0 + 1)/2 = 1. The textbook
    // (Σx² − (Σx)²/n)/(n − 1) in doubles loses every digit here.
    expect(varianceOf([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBe(1);
  });

  it('is exactly 0 for equal values, and null below 2 values', () => {
    expect(varianceOf(new Array<number>(1000).fill(2644000.1))).toBe(0);
    expect(varianceOf([5])).toBeNull();
    expect(varianceOf([])).toBeNull();
  });

  it('does not depend on the order of the values', () => {
    const values = [0.1, -3e7, 12345.678, 2.5e-3, 9.99e6, -0.3];
    expect(varianceOf([...values].reverse())).toBe(varianceOf(values));
    expect(varianceOf([...values].sort((a, b) => a - b))).toBe(varianceOf(values));
  });
});
