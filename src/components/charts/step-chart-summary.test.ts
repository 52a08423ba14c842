import { describe, expect, it } from 'vitest';
import { stepChartSummary, stepSeriesFacts } from './step-chart-summary.ts';
import { tableTimes, timeEnd, valueAt, type StepSeries } from './step-data.ts';

const batch: StepSeries = {
  key: 'batch',
  label: 'Batch (B = 10)',
  points: [
    { t: 0, value: 0 },
    { t: 30, value: 10 },
    { t: 60, value: 20 },
    { t: 90, value: 30 },
  ],
};
const flow: StepSeries = {
  key: 'flow',
  label: 'One-piece flow',
  points: [
    { t: 0, value: 0 },
    { t: 5, value: 5 },
    { t: 20, value: 20 },
    { t: 40, value: 30 },
  ],
};

describe('stepChartSummary', () => {
  it('says, for cumulative deliveries, when each series starts and when it reaches its final value', () => {
    expect(stepChartSummary({ series: [batch, flow], yLabel: 'Good units delivered', timeUnit: 'minute', end: 100 })).toBe(
      'Good units delivered: Batch (B = 10) leaves 0 at 30.0 min and reaches its highest and final value, 30, at 90.0 min; ' +
        'One-piece flow leaves 0 at 5.0 min and reaches its highest and final value, 30, at 40.0 min.',
    );
  });

  it('gives the peak and the final value separately when they differ (WIP rises and drains)', () => {
    const wip: StepSeries = {
      key: 'batch',
      label: 'Batch',
      points: [
        { t: 0, value: 0 },
        { t: 2, value: 3 },
        { t: 5, value: 8 },
        { t: 9, value: 2 },
        { t: 12, value: 0 },
      ],
    };
    expect(stepChartSummary({ series: [wip], yLabel: 'Units in process', timeUnit: 'second' })).toBe(
      'Units in process: Batch leaves 0 at 2.0 s, peaks at 8 at 5.0 s and ends at 0 from 12.0 s.',
    );
  });

  it('handles constant, empty and cut series', () => {
    const constant: StepSeries = { key: 'x', label: 'Idle', points: [{ t: 0, value: 4 }] };
    const empty: StepSeries = { key: 'y', label: 'Nothing', points: [] };
    const cut: StepSeries = {
      key: 'z',
      label: 'Cut',
      points: [
        { t: 0, value: 0 },
        { t: 10, value: 5 },
        { t: 20, value: 9 },
      ],
    };
    expect(stepChartSummary({ series: [constant, empty, cut], yLabel: 'Queue', timeUnit: 'hour', end: 15 })).toBe(
      'Queue: Idle stays at 4 throughout; Nothing has no data; Cut leaves 0 at 10.0 h and reaches its highest and final value, 5, at 10.0 h.',
    );
    expect(stepChartSummary({ series: [], yLabel: 'Queue', timeUnit: 'hour' })).toBe('Queue: no data.');
  });
});

describe('stepChartSummary, series that start at their highest value', () => {
  it('says so instead of a peak at 0 (order-mode WIP)', () => {
    const wip: StepSeries = {
      key: 'batch',
      label: 'Batch',
      points: [
        { t: 0, value: 50 },
        { t: 31.2, value: 40 },
        { t: 96, value: 0 },
      ],
    };
    expect(stepChartSummary({ series: [wip], yLabel: 'Units in progress', timeUnit: 'minute' })).toBe(
      'Units in progress: Batch starts at its highest value, 50, leaves it at 31.2 min and ends at 0 from 96.0 min.',
    );
  });
});

describe('stepSeriesFacts', () => {
  it('takes the first instant of the maximum and the start of the last step', () => {
    const f = stepSeriesFacts([
      { t: 0, value: 0 },
      { t: 1, value: 5 },
      { t: 2, value: 3 },
      { t: 3, value: 5 },
      { t: 4, value: 5 },
    ]);
    expect(f).toEqual({ start: 0, firstChange: 1, max: 5, maxAt: 1, final: 5, finalFrom: 3 });
  });
});

describe('step data helpers', () => {
  it('ends the time axis at end, else at the last point', () => {
    expect(timeEnd([batch, flow], undefined)).toBe(90);
    expect(timeEnd([batch, flow], 120)).toBe(120);
    expect(timeEnd([], undefined)).toBe(1);
  });
  it('reads the value of the step in force', () => {
    expect(valueAt(batch.points, 29.9)).toBe(0);
    expect(valueAt(batch.points, 30)).toBe(10);
    expect(valueAt(batch.points, 1000)).toBe(30);
  });
  it('lists every change instant when few, else 60 evenly spaced instants', () => {
    expect(tableTimes([batch, flow], 100)).toEqual([0, 5, 20, 30, 40, 60, 90, 100]);
    const many: StepSeries = { key: 'x', label: 'x', points: Array.from({ length: 200 }, (_, i) => ({ t: i, value: i })) };
    const times = tableTimes([many], 199);
    expect(times).toHaveLength(60);
    expect(times[0]).toBe(0);
    expect(times[59]).toBe(199);
    expect(times[1]).toBeCloseTo(199 / 59, 12);
  });
});
