import { afterEach, describe, expect, it } from 'vitest';
import './distribution-chart.ts';
import type { DistributionSeries, GenbaDistributionChart } from './distribution-chart.ts';
import { distributionChartSummary } from './distribution-chart-summary.ts';
import { caption, chartSvg, mount, svgSnapshot, tableHead, tableRows } from './chart-test-helpers.ts';

const batch: DistributionSeries = { key: 'batch', label: 'Batch (B = 5)', values: [0, 1, 1, 3], mean: 1.25, ci95: 0.5 };
const flow: DistributionSeries = { key: 'flow', label: 'One-piece flow', values: [1, 2, 19, 19, 19] };

async function chart(): Promise<GenbaDistributionChart> {
  const el = document.createElement('genba-distribution-chart');
  el.series = [batch, flow];
  el.xLabel = 'Lead time per unit';
  el.timeUnit = 'second';
  el.yLabel = 'Share of units (%)';
  return mount(el);
}

afterEach(() => document.body.replaceChildren());

describe('genba-distribution-chart', () => {
  it('renders both histograms on shared bins, with summary and tables', async () => {
    const el = await chart();
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/distribution-chart.svg');

    const summary = distributionChartSummary({ series: el.series, xLabel: el.xLabel, timeUnit: 'second' });
    expect(chartSvg(el).getAttribute('aria-label')).toBe(summary);
    expect(caption(el)).toBe(summary);
    expect(chartSvg(el).getAttribute('viewBox'), 'two rows of marks: 8 + 2 × 26 + 34 + 220 + 52').toBe('0 0 640 366');

    // Shared bins: 20 of width 1 on 0…20 → x 27 per second (plot 640 − 64 − 36 = 540 wide); y 0…60% → 220…0.
    // Batch: 25%, 50%, 0, 25% in the first four bins. One-piece flow: 20%, 20% in bins 1 and 2, 60% in the last.
    const paths = [...el.shadowRoot!.querySelectorAll('path.histogram')];
    expect(paths.map((p) => p.getAttribute('stroke-dasharray')), 'solid outline first, dashed on top').toEqual([null, '8 4']);
    expect(paths[0]?.getAttribute('d')).toBe('M0,220L27,220L27,146.667L81,146.667L81,220L513,220L513,0L540,0L540,220');
    expect(paths[1]?.getAttribute('d')).toBe(
      'M0,220L0,128.333L27,128.333L27,36.667L54,36.667L54,220L81,220L81,128.333L108,128.333L108,220L540,220',
    );

    // Batch mean 1.25 ± 0.5: the bar runs from x(0.75) = 20.25 to x(1.75) = 47.25; flow has no CI.
    const ci = el.shadowRoot!.querySelectorAll('g.ci');
    expect(ci).toHaveLength(1);
    expect(ci[0]?.querySelector('line')?.getAttribute('x1')).toBe('20.25');
    expect(ci[0]?.querySelector('line')?.getAttribute('x2')).toBe('47.25');

    // Batch mean 1.25 sits next to its p50 1.0 (x 33.75 vs 27): the p50 tick is drawn after the
    // mean marker, taller than it and haloed, so the marker never hides it.
    const marks = el.shadowRoot!.querySelector('g.series-marks')!;
    const order = [...marks.children].map((c) => c.getAttribute('class'));
    expect(order.indexOf('p50'), 'p50 over the mean').toBeGreaterThan(order.indexOf('mean'));
    expect(order.indexOf('p50-halo')).toBe(order.indexOf('p50') - 1);
    const p50 = marks.querySelector('line.p50')!;
    expect(Number(p50.getAttribute('y2')) - Number(p50.getAttribute('y1')), 'taller than the 110-unit² marker (≈ 12 high)').toBe(22);
    expect(tableHead(el)).toEqual(['Series', 'n', 'Mean (s)', '95% CI ± (s)', 'p50 (s)', 'p90 (s)', 'Bin (s)', 'Batch (B = 5) (%)', 'One-piece flow (%)']);
    const rows = tableRows(el);
    expect(rows.slice(0, 2)).toEqual([
      ['Batch (B = 5)', '4', '1.3', '0.5', '1.0', '2.4'],
      ['One-piece flow', '5', '12.0', '–', '19.0', '19.0'],
    ]);
    expect(rows).toHaveLength(2 + 20);
    expect(rows[2]).toEqual(['0.0–1.0', '25.0', '0.0']);
    expect(rows[21]).toEqual(['19.0–20.0', '0.0', '60.0']);
  });
});
