import { afterEach, describe, expect, it } from 'vitest';
import './wip-sweep-chart.ts';
import type { GenbaWipSweepChart } from './wip-sweep-chart.ts';
import { wipSweepSummary, type WipSweep } from './wip-sweep-summary.ts';
import { bestCase, practicalWorstCase, worstCase } from '../../lessons/pull/reference-curves.ts';
import { caption, chartSvg, mount, svgSnapshot, tableHead, tableRows } from './chart-test-helpers.ts';

// The Penny Fab (T0 = 8 h, rb = 0.5 a hour, W0 = 4) with made-up simulated means.
const constants = { t0: 8, rb: 0.5 };
const sim: [number, number, number][] = [
  [1, 0.125, 8],
  [2, 0.23, 8.7],
  [4, 0.36, 11],
  [6, 0.42, 14.3],
  [8, 0.44, 18],
];
const sweep: WipSweep = {
  constants,
  replications: 20,
  points: sim.map(([cap, th, ft]) => ({
    cap,
    throughput: { mean: th, ci95: 0.01 },
    flowTime: { mean: ft, ci95: 0.5 },
    best: bestCase(cap, constants),
    practicalWorst: practicalWorstCase(cap, constants),
    worst: worstCase(cap, constants),
  })),
};

afterEach(() => document.body.replaceChildren());

describe('genba-wip-sweep-chart', () => {
  it('draws throughput and flow time against the cap with the three reference curves, the critical WIP and the knee', async () => {
    const el = document.createElement('genba-wip-sweep-chart');
    el.sweep = sweep;
    el.timeUnit = 'hour';
    await mount(el);
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/wip-sweep-chart.svg');
    const summary = wipSweepSummary({ sweep, timeUnit: 'hour' });
    // 95% of the highest mean throughput (0.44) is 0.418: first reached at W = 6.
    expect(summary).toBe(
      'WIP-cap sweep: critical WIP 4.0; throughput reaches 95% of its highest, 0.420 per h, at a cap of 6 (flow time 14.3 h); at a cap of 8 it is 0.440 per h with a flow time of 18.0 h.',
    );
    expect(chartSvg(el).getAttribute('aria-label')).toBe(summary);
    expect(caption(el)).toBe(summary);
    expect(el.shadowRoot!.querySelectorAll('path.ref')).toHaveLength(6);
    // x: W 1…8 → 10…552 (77.429 per unit): W0 = 4 at 242.286.
    expect(el.shadowRoot!.querySelector('line.critical')?.getAttribute('x1')).toBe('242.286');
    expect(el.shadowRoot!.querySelector('g.throughput path.knee')?.getAttribute('transform')).toMatch(/^translate\(397.143,/);
    expect(tableHead(el)).toEqual([
      'WIP cap W',
      'Throughput (units per h)',
      'Best case: throughput',
      'Practical worst case: throughput',
      'Worst case: throughput',
      'Flow time (h)',
      'Best case: flow time',
      'Practical worst case: flow time',
      'Worst case: flow time',
    ]);
    // W = 4: best 0.5 and 8 h; practical worst 4/7 · 0.5 = 0.286 and 8 + 3/0.5 = 14 h; worst 0.125 and 32 h.
    expect(tableRows(el)[2]).toEqual(['4', '0.360 ± 0.010', '0.500', '0.286', '0.125', '11.0 ± 0.5', '8.0', '14.0', '32.0']);
  });
});
