import { afterEach, describe, expect, it } from 'vitest';
import './launch-profit-histogram.ts';
import type { GenbaLaunchProfitHistogram } from './launch-profit-histogram.ts';
import type { StrategiesView } from '../../lessons/launch/lesson-run.ts';
import type { LaunchQuantityResult } from '../../sim/launch/monte-carlo.ts';
import { attr, caption, chartSvg, mount, svgSnapshot, tableRows } from './launch-chart-test-helpers.ts';

const result = (q0: number, p5: number, p50: number, p95: number, probLoss: number) =>
  ({ q0, profit: { mean: p50, sd: 1, p5, p50, p95 }, probLoss }) as unknown as LaunchQuantityResult;

/** Bins of 100 from −200 to 300; the launch loses in half its markets, the pilot never. */
const view: StrategiesView = {
  done: 20,
  total: 20,
  partial: false,
  stateNames: ['good', 'bad'],
  edges: [-200, -100, 0, 100, 200, 300],
  launch: { key: 'launch', q0: 30000, result: result(30000, -180, 150, 290, 0.5), counts: [5, 5, 0, 0, 10] },
  pilot: { key: 'pilot', q0: 500, result: result(500, 20, 150, 280, 0), counts: [0, 0, 2, 6, 2] },
};

afterEach(() => document.body.replaceChildren());

describe('genba-launch-profit-histogram', () => {
  it('draws each strategy’s profit on shared bins, losses hatched, percentiles marked', async () => {
    const el = document.createElement('genba-launch-profit-histogram') as GenbaLaunchProfitHistogram;
    el.view = view;
    await mount(el);
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/launch-profit-histogram.svg');
    const summary =
      'Distribution of profit. Launch 30,000: 90% of markets make between −180 and 290 (median 150), and 50.0% make a loss. ' +
      'Pilot 500: 90% between 20 and 280 (median 150), and 0.0% make a loss.';
    expect(chartSvg(el).getAttribute('aria-label')).toBe(summary);
    expect(caption(el)).toBe(summary);

    // x: −200…300 over 552 units (1.104 per unit), 0 at 220.8; y: 0…60% over 132 units.
    expect(attr(el, 'g.panel.launch rect.loss-zone', 'width')).toBe('220.8');
    const launchBins = [...el.shadowRoot!.querySelectorAll('g.panel.launch rect.bin')];
    expect(launchBins.map((r) => [r.getAttribute('class'), r.getAttribute('x'), r.getAttribute('y'), r.getAttribute('width'), r.getAttribute('height')])).toEqual([
      ['bin loss', '0.5', '77', '109.4', '55'],
      ['bin loss', '110.9', '77', '109.4', '55'],
      ['bin', '442.1', '22', '109.4', '110'],
    ]);
    expect(launchBins[0]?.getAttribute('fill')).toBe('url(#hist-loss)');
    expect(attr(el, 'g.panel.pilot g.mark.p50 line', 'x1')).toBe('386.4');
    const titles = [...el.shadowRoot!.querySelectorAll('text.panel-title')].map((t) => t.textContent);
    expect(titles).toEqual(['Launch 30,000: a loss in 50.0% of markets', 'Pilot 500: a loss in 0.0% of markets']);
    expect(el.shadowRoot!.querySelectorAll('g.x-axis')).toHaveLength(1);
    expect([...el.shadowRoot!.querySelectorAll('g.panel.launch g.y-axis .tick text')].map((t) => t.textContent)).toEqual(['0', '20', '40', '60']);

    expect(tableRows(el)).toEqual([
      ['Launch 30,000', '−180', '150', '290', '50.0%'],
      ['Pilot 500', '20', '150', '280', '0.0%'],
      ['−200 to −100', '25.0%', '0.0%'],
      ['−100 to 0', '25.0%', '0.0%'],
      ['0 to 100', '0.0%', '20.0%'],
      ['100 to 200', '0.0%', '60.0%'],
      ['200 to 300', '50.0%', '20.0%'],
    ]);
  });

  it('marks partial figures as partial', async () => {
    const el = document.createElement('genba-launch-profit-histogram') as GenbaLaunchProfitHistogram;
    el.view = { ...view, partial: true, done: 5 };
    await mount(el);
    expect(caption(el)).toMatch(/^Distribution of profit \(partial: 5 of 20 markets\)\./);
  });
});
