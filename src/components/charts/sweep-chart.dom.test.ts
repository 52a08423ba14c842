import { afterEach, describe, expect, it } from 'vitest';
import './sweep-chart.ts';
import type { GenbaSweepChart, SweepPoint } from './sweep-chart.ts';
import { sweepChartSummary } from './sweep-chart-summary.ts';
import { caption, chartSvg, mount, svgSnapshot, tableHead, tableRows } from './chart-test-helpers.ts';

const m = (mean: number, ci95: number) => ({ mean, ci95 });
// Small batches do not win here: the shortest mean lead time is at B = 2.
const points: SweepPoint[] = [
  { batch: 1, leadTime: m(20, 1), wip: m(1, 0.1), throughput: m(14, 0.2) },
  { batch: 2, leadTime: m(15, 1), wip: m(2, 0.2), throughput: m(14, 0.2) },
  { batch: 5, leadTime: m(18, 1), wip: m(5, 0.5), throughput: m(14, 0.2) },
  { batch: 10, leadTime: m(30, 2), wip: m(10, 1), throughput: m(14, 0.2) },
];

async function chart(): Promise<GenbaSweepChart> {
  const el = document.createElement('genba-sweep-chart');
  el.points = points;
  el.timeUnit = 'minute';
  el.current = 10;
  el.throughputUnit = 'units/h';
  return mount(el);
}

afterEach(() => document.body.replaceChildren());

describe('genba-sweep-chart', () => {
  it('draws three panels on a shared batch axis and marks the best and the current batch', async () => {
    const el = await chart();
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/sweep-chart.svg');
    const summary = sweepChartSummary({ points, timeUnit: 'minute', current: 10 });
    expect(chartSvg(el).getAttribute('aria-label')).toBe(summary);
    expect(caption(el)).toBe(summary);

    const titles = [...el.shadowRoot!.querySelectorAll('text.panel-title')].map((t) => t.textContent);
    expect(titles).toEqual(['Lead time (min)', 'WIP (units)', 'Throughput (units/h)']);
    // Panels 101.333 high ((480 − 36 − 52 − 2 × 44) / 3), 145.333 apart; x: B 1…10 → 10…552 (60.222 per unit).
    const panels = [...el.shadowRoot!.querySelectorAll('g.panel')].map((g) => g.getAttribute('transform'));
    expect(panels).toEqual(['translate(0,0)', 'translate(0,145.333)', 'translate(0,290.667)']);
    // Lead time y: 0…40 (32 niced) → 101.333…0, so the best, 15 at B = 2, sits at (70.222, 63.333).
    expect(el.shadowRoot!.querySelector('path.best')?.getAttribute('transform')).toBe('translate(70.222,63.333)');
    const current = el.shadowRoot!.querySelector('line.current');
    expect([current?.getAttribute('x1'), current?.getAttribute('y2')]).toEqual(['552', '392']);
    expect(el.shadowRoot!.querySelectorAll('g.x-axis'), 'only the bottom panel has an x axis').toHaveLength(1);
    const ticks = [...el.shadowRoot!.querySelectorAll('g.x-axis .tick text')].map((t) => t.textContent);
    expect(ticks).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);

    expect(tableHead(el)).toEqual(['Batch size B', 'Lead time (min)', 'WIP (units)', 'Throughput (units/h)']);
    expect(tableRows(el)).toEqual([
      ['1', '20.0 ± 1.0', '1.0 ± 0.1', '14.0 ± 0.2'],
      ['2', '15.0 ± 1.0', '2.0 ± 0.2', '14.0 ± 0.2'],
      ['5', '18.0 ± 1.0', '5.0 ± 0.5', '14.0 ± 0.2'],
      ['10', '30.0 ± 2.0', '10.0 ± 1.0', '14.0 ± 0.2'],
    ]);
  });
});
