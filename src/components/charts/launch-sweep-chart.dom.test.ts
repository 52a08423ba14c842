import { afterEach, describe, expect, it } from 'vitest';
import './launch-sweep-chart.ts';
import type { GenbaLaunchSweepChart } from './launch-sweep-chart.ts';
import type { SweepView } from '../../lessons/launch/sweep-series.ts';
import { sweepSummary } from '../../lessons/launch/sweep-summary.ts';
import { attr, caption, chartSvg, mount, svgSnapshot, tableRows } from './launch-chart-test-helpers.ts';

/** The seed case without noise at even odds: Q0 0, 500, 15,000, 30,000 (mean = ½ good + ½ bad). */
const view: SweepView = {
  points: [
    { q0: 0, meanProfit: 1_200_000, probLoss: 0, cvar5: 0 },
    { q0: 500, meanProfit: 1_346_000, probLoss: 0, cvar5: 48_000 },
    { q0: 15000, meanProfit: 1_300_000, probLoss: 0.5, cvar5: -80_000 },
    { q0: 30000, meanProfit: 1_338_300, probLoss: 0.5, cvar5: -203_400 },
  ],
  newsvendorQ: 500,
  best: { byExpectedProfit: 500, byCvar5: 500 },
  done: 1000,
  total: 1000,
};

afterEach(() => document.body.replaceChildren());

async function chart(v: SweepView): Promise<GenbaLaunchSweepChart> {
  const el = document.createElement('genba-launch-sweep-chart');
  el.view = v;
  el.quantities = { pilot: 500, launch: 30000 };
  return mount(el);
}

describe('genba-launch-sweep-chart', () => {
  it('draws expected profit, CVaR and the probability of a loss against Q0, with the references marked', async () => {
    const el = await chart(view);
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/launch-sweep.svg');
    const summary = `Launch quantity sweep. ${sweepSummary(view)}`;
    expect(chartSvg(el).getAttribute('aria-label')).toBe(summary);
    expect(caption(el)).toBe(summary);
    // x: 0…30,000 over 544 units; money: −203,400…1,346,000 niced to −500,000…1,500,000 over 210.
    expect(attr(el, 'line.vertical.launch', 'x1')).toBe('544');
    expect(attr(el, 'line.vertical.pilot', 'x1')).toBe('9.067');
    expect(attr(el, 'path.best.mean', 'transform')).toBe('translate(9.067,16.17)');
    expect(attr(el, 'path.best.cvar', 'transform')).toBe('translate(9.067,152.46)');
    expect(attr(el, 'line.zero', 'y1')).toBe('157.5');
    expect(tableRows(el)).toEqual([
      ['0', '1,200,000', '0', '0.0%', ''],
      ['500', '1,346,000', '48,000', '0.0%', 'pilot, best for expected profit, best for CVaR 5%'],
      ['15,000', '1,300,000', '−80,000', '50.0%', ''],
      ['30,000', '1,338,300', '−203,400', '50.0%', 'full launch'],
    ]);
  });

  it('while partial, draws no CVaR and no best marks', async () => {
    const partial: SweepView = { ...view, best: null, done: 300, points: view.points.map((p) => ({ ...p, cvar5: null })) };
    const el = await chart(partial);
    expect(el.shadowRoot!.querySelector('g.series.cvar')).toBeNull();
    expect(el.shadowRoot!.querySelector('path.best')).toBeNull();
    expect(caption(el)).toContain('(partial, 300 of 1,000 markets)');
  });
});
