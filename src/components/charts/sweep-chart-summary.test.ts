import { describe, expect, it } from 'vitest';
import { batchTicks, bestForLeadTime, sweepChartSummary, type SweepPoint } from './sweep-chart-summary.ts';

const m = (mean: number, ci95: number) => ({ mean, ci95 });
const point = (batch: number, lt: number, ci: number): SweepPoint => ({ batch, leadTime: m(lt, ci), wip: m(batch, 0.5), throughput: m(14, 0.2) });

describe('sweepChartSummary', () => {
  it('names the best batch even when it is not 1, and compares B = 1 and the current batch with it', () => {
    const points = [point(1, 20, 1), point(2, 15, 1), point(5, 18, 1), point(10, 30, 2)];
    expect(sweepChartSummary({ points, timeUnit: 'minute', current: 10 })).toBe(
      'Transfer batch sweep: mean lead time is shortest at B = 2, 15.0 ± 1.0 min; at B = 1 it is 20.0 ± 1.0 min, 5.0 min longer; ' +
        'at the current B = 10 it is 30.0 ± 2.0 min, 15.0 min longer.',
    );
  });

  it('says when a difference is within the confidence intervals, and when the current batch is the best', () => {
    // B = 1 is 1.5 longer, less than 1 + 1 of the two half-widths.
    const points = [point(1, 16.5, 1), point(2, 15, 1), point(5, 18, 1)];
    expect(sweepChartSummary({ points, timeUnit: 'second', current: 2 })).toBe(
      'Transfer batch sweep: mean lead time is shortest at B = 2 (the current batch), 15.0 ± 1.0 s; at B = 1 it is 16.5 ± 1.0 s, 1.5 s longer, within the confidence intervals.',
    );
  });

  it('does not repeat B = 1 when it is the best, and handles no data', () => {
    const points = [point(1, 10, 0.5), point(5, 12, 0.5), point(10, 20, 1)];
    expect(sweepChartSummary({ points, timeUnit: 'hour', current: 1 })).toBe(
      'Transfer batch sweep: mean lead time is shortest at B = 1 (the current batch), 10.0 ± 0.5 h.',
    );
    expect(sweepChartSummary({ points: [], timeUnit: 'hour' })).toBe('Transfer batch sweep: no data.');
  });
});

describe('sweep helpers', () => {
  it('takes the smallest batch among equal best means', () => {
    expect(bestForLeadTime([point(1, 12, 1), point(3, 10, 1), point(4, 10, 1)])?.batch).toBe(3);
  });
  it('ticks 1, 5, 10, 20, … on a linear batch axis', () => {
    expect(batchTicks(1, 50)).toEqual([1, 5, 10, 20, 30, 40, 50]);
    expect(batchTicks(1, 6)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(batchTicks(2, 25)).toEqual([5, 10, 20]);
  });
});
