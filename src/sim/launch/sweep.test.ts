import { describe, expect, it } from 'vitest';
import { launchQuantities } from './sweep.ts';

const sweep = (from: number, to: number, step: number) => launchQuantities({ sweep: { from, to, step } });

describe('launchQuantities', () => {
  it('keeps a list as given, order and repeats included', () => {
    expect(launchQuantities({ launchQuantities: [30000, 500, 500] })).toEqual([30000, 500, 500]);
  });

  it('computes grid points as from + k·step and ends exactly at `to` when it lands on the grid', () => {
    // 0.1 + 2·0.1 is 0.30000000000000004 in doubles: within 1e-9 of `to`, so `to` itself is used.
    expect(sweep(0.1, 0.3, 0.1)).toEqual([0.1, 0.2, 0.3]);
    expect(sweep(500, 30000, 500)).toHaveLength(60);
    expect(sweep(500, 30000, 500).at(-1)).toBe(30000);
    // 0.7 = 7 × 0.1 only within rounding: 0.7000000000000001 becomes 0.7.
    expect(sweep(0, 0.7, 0.1).at(-1)).toBe(0.7);
  });

  it('stops at the last grid point below `to` when `to` is off the grid', () => {
    expect(sweep(0, 1000, 300)).toEqual([0, 300, 600, 900]);
  });

  it('gives the single point when from = to, and nothing when from > to', () => {
    expect(sweep(500, 500, 100)).toEqual([500]);
    expect(sweep(600, 500, 100)).toEqual([]);
  });

  it('refuses a step that would never reach `to`', () => {
    expect(() => sweep(0, 10, 0)).toThrow(RangeError);
    expect(() => sweep(0, 10, -1)).toThrow(RangeError);
  });
});
