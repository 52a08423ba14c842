import { afterEach, describe, expect, it } from 'vitest';
import './launch-break-even-chart.ts';
import { breakEvenSummary, type GenbaLaunchBreakEvenChart } from './launch-break-even-chart.ts';
import { breakEvenView, type StateFigures } from '../../sim/launch/break-even.ts';
import { SEED_STATES } from '../../sim/launch/test-fixtures.ts';
import { attr, caption, chartSvg, mount, svgSnapshot, tableRows } from './launch-chart-test-helpers.ts';

/** MODEL.md's worked case given the market: the pilot and the forecast commitment. */
const figures = (good: number, bad: number, lossGood: number, lossBad: number): StateFigures => ({
  byState: { good: { profit: { mean: good }, probLoss: lossGood }, bad: { profit: { mean: bad }, probLoss: lossBad } },
});
const pilot = figures(2_404_000, 44_000, 0, 0);
const forecast = figures(2_880_000, -797_400, 0, 1);
const names = { base: 'pilot', challenger: 'forecast', good: 'good' };

afterEach(() => document.body.replaceChildren());

/**
 * Issue 16, second look: a vertical mark drawn across both panels crossed the lower panel's
 * title ("Probability of a loss (%)") like a strike-through, and its label touched the upper
 * panel's title. The mark's segments stay inside the panels; each title is a line above the label.
 */
function markStaysOffTheTitles(el: HTMLElement, mark: string, label: string): void {
  const root = el.shadowRoot!;
  const panels = [...root.querySelectorAll('g.panel')].map((g) => {
    const m = /translate\(0,([\d.]+)\)/.exec(g.getAttribute('transform') ?? '');
    return { top: Number(m?.[1] ?? 0), title: Number(g.querySelector('text.panel-title')!.getAttribute('y')) };
  });
  expect(panels).toHaveLength(2);
  const gapTop = Math.min(...panels.map((p) => p.top).filter((t) => t > 0));
  // No segment of the mark runs through the band where the lower title is written.
  for (const line of root.querySelectorAll(mark)) {
    const [y1, y2] = [Number(line.getAttribute('y1')), Number(line.getAttribute('y2'))];
    const titleBand = [gapTop - 34, gapTop - 4];
    expect(y2 <= titleBand[0]! || y1 >= titleBand[1]!, `${y1}–${y2} against ${titleBand.join('–')}`).toBe(true);
  }
  // The label (baseline y, about 14 units tall) and the upper title's baseline are a line apart.
  const labelY = Number(root.querySelector(label)!.getAttribute('y'));
  for (const p of panels) expect(labelY - 14 - p.title, 'title above the label').toBeGreaterThanOrEqual(4);
}


async function chart(): Promise<GenbaLaunchBreakEvenChart> {
  const el = document.createElement('genba-launch-break-even-chart');
  el.view = breakEvenView(SEED_STATES, 'good', pilot, forecast, 20);
  el.names = names;
  return mount(el);
}

describe('genba-launch-break-even-chart', () => {
  it('draws both strategies against the chance of a good market and marks where the forecast starts to pay', async () => {
    const el = await chart();
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/launch-break-even.svg');
    const view = el.view!;
    // 841,400 / 1,317,400 = 0.6387…: the forecast pays from 63.9%.
    expect(view.threshold).toBeCloseTo(0.638682, 6);
    const summary = `Break-even view. ${breakEvenSummary(view, names)}`;
    expect(summary).toBe(
      'Break-even view. forecast earns more on average than pilot only when the chance of a good market is above 63.9%; below it pilot earns more. At that chance forecast loses money in 36.1% of markets, pilot in 0.0%.',
    );
    expect(chartSvg(el).getAttribute('aria-label')).toBe(summary);
    expect(caption(el)).toBe(summary);
    // x: 0…1 over 544 units, so the threshold sits at 544 × 0.63868… = 347.443.
    expect(attr(el, 'line.vertical.threshold', 'x1')).toBe('347.443');
    markStaysOffTheTitles(el, 'line.vertical.threshold', 'g.threshold text.threshold-label');
    const rows = tableRows(el);
    expect(rows).toHaveLength(21);
    expect(rows[10]).toEqual(['50%', '1,224,000', '1,041,300', '0.0%', '50.0%']);
    expect(rows[16]).toEqual(['80%', '1,932,000', '2,144,520', '0.0%', '20.0%']);
  });

  it('says so when the forecast never pays, and draws no threshold', async () => {
    const el = document.createElement('genba-launch-break-even-chart');
    el.view = breakEvenView(SEED_STATES, 'good', pilot, figures(2_000_000, -797_400, 0, 1), 4);
    el.names = names;
    await mount(el);
    expect(el.shadowRoot!.querySelector('line.vertical.threshold')).toBeNull();
    expect(caption(el)).toBe('Break-even view. forecast never earns more on average than pilot, whatever the chance of a good market.');
  });
});
