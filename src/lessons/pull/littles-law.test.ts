import { describe, expect, it } from 'vitest';
import { littleCase, littleReading, wipAt } from './littles-law.ts';

describe("Little's law as a sentence", () => {
  it('30 units in the line at 0.5 an hour means 60 hours to get through', () => {
    expect(littleReading(30, 0.5)).toEqual({ wip: 30, throughput: 0.5, flowTime: 60 });
    expect(littleReading(6, 0.8)?.flowTime).toBeCloseTo(7.5, 15);
  });

  it('says nothing without throughput or with a figure that is not finite', () => {
    expect(littleReading(30, 0)).toBeNull();
    expect(littleReading(Number.NaN, 1)).toBeNull();
    expect(littleReading(3, Number.POSITIVE_INFINITY)).toBeNull();
    expect(littleReading(-1, 1)).toBeNull();
  });

  it('tells an empty line and a run without deliveries apart from a reading (no division by zero)', () => {
    expect(littleCase(0, 0.5)).toEqual({ kind: 'empty' });
    expect(littleCase(3, 0)).toEqual({ kind: 'no-deliveries' });
    expect(littleCase(0, 0)).toEqual({ kind: 'no-deliveries' });
    expect(littleCase(30, 0.5)).toEqual({ kind: 'reading', reading: { wip: 30, throughput: 0.5, flowTime: 60 } });
    expect(littleCase(Number.NaN, 1)).toBeNull();
    expect(littleCase(1, -1)).toBeNull();
  });

  it('reads the WIP at a moment from a step series', () => {
    const series = [
      { t: 0, wip: 5 },
      { t: 2, wip: 4 },
      { t: 3.5, wip: 6 },
    ];
    expect(wipAt(series, 0)).toBe(5);
    expect(wipAt(series, 1.99)).toBe(5);
    expect(wipAt(series, 2)).toBe(4);
    expect(wipAt(series, 3.4)).toBe(4);
    expect(wipAt(series, 100)).toBe(6);
    expect(wipAt([], 1)).toBe(0);
  });
});
