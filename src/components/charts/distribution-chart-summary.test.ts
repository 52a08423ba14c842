import { describe, expect, it } from 'vitest';
import { distributionChartSummary, distributionFacts } from './distribution-chart-summary.ts';

const ten = { key: 'batch', label: 'Batch', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] };
const five = { key: 'flow', label: 'One-piece flow', values: [2, 2, 4, 4, 6] };

describe('distributionFacts', () => {
  it('takes the R-7 quantiles', () => {
    // p90 of 1…10: position 0.9 × 9 = 8.1 → 9 + 0.1 × (10 − 9) = 9.1.
    expect(distributionFacts(ten)).toEqual({ n: 10, mean: 5.5, ci95: undefined, p50: 5.5, p90: 9.1 });
    // p90 of 2,2,4,4,6: position 3.6 → 4 + 0.6 × (6 − 4) = 5.2.
    expect(distributionFacts(five)?.p90).toBeCloseTo(5.2, 12);
    expect(distributionFacts({ ...five, values: [] })).toBeNull();
  });
});

describe('distributionChartSummary', () => {
  it('gives mean, p50, p90 of each and which mean is lower by how much', () => {
    // Means 5.5 and 3.6: flow lower by 1.9, i.e. 1.9 / 5.5 = 34.5% → 35%.
    expect(distributionChartSummary({ series: [ten, five], xLabel: 'Lead time per unit', timeUnit: 'minute' })).toBe(
      'Lead time per unit: Batch (n = 10) mean 5.5 min, p50 5.5 min, p90 9.1 min; ' +
        'One-piece flow (n = 5) mean 3.6 min, p50 4.0 min, p90 5.2 min; ' +
        'One-piece flow has the lower mean, 1.9 min (35%) below Batch.',
    );
  });

  it('uses the given mean and CI, and ranks three series', () => {
    const s = distributionChartSummary({
      series: [
        { ...ten, mean: 5.25, ci95: 0.5 },
        { key: 'b20', label: 'B = 20', values: [8, 9, 10] },
        { ...five, mean: 5, ci95: 0.25 },
      ],
      xLabel: 'Makespan',
      timeUnit: 'second',
    });
    expect(s).toBe(
      'Makespan: Batch (n = 10) mean 5.3 ± 0.5 s, p50 5.5 s, p90 9.1 s; B = 20 (n = 3) mean 9.0 s, p50 9.0 s, p90 9.8 s; ' +
        'One-piece flow (n = 5) mean 5.0 ± 0.25 s, p50 4.0 s, p90 5.2 s; One-piece flow has the lowest mean, 0.25 s (5%) below Batch.',
    );
  });

  it('says when means are equal or a series is empty', () => {
    expect(
      distributionChartSummary({
        series: [ten, { ...ten, key: 'flow', label: 'Flow' }, { key: 'x', label: 'None', values: [] }],
        xLabel: 'Lead time',
        timeUnit: 'hour',
      }),
    ).toBe('Lead time: Batch (n = 10) mean 5.5 h, p50 5.5 h, p90 9.1 h; Flow (n = 10) mean 5.5 h, p50 5.5 h, p90 9.1 h; None has no values; the means are equal.');
  });
});
