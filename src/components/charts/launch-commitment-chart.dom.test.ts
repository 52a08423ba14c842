import { afterEach, describe, expect, it } from 'vitest';
import './launch-commitment-chart.ts';
import { commitmentSummary, payingLengths, type GenbaLaunchCommitmentChart } from './launch-commitment-chart.ts';
import type { CommitmentView } from '../../lessons/launch/strategy-run.ts';
import { attr, caption, chartSvg, mount, svgSnapshot, tableRows } from './launch-chart-test-helpers.ts';

/**
 * A view made up for the chart: the pilot's expected profit of MODEL.md's worked case
 * (1,224,000, P(loss) 0) and the forecast's at 3 months (1,041,300), with a forecast line
 * that crosses the pilot's between 2 and 3 months. The model's figures are tested in
 * src/lessons/launch/strategy-run.test.ts; here the drawing and the words are.
 */
const VIEW: CommitmentView = {
  first: 'pilot',
  second: 'forecast',
  periods: 3,
  points: [
    { periods: 1, meanProfit: 1_400_000, probLoss: 0.5 },
    { periods: 2, meanProfit: 1_250_000, probLoss: 0.5 },
    { periods: 3, meanProfit: 1_041_300, probLoss: 0.5 },
    { periods: 4, meanProfit: 800_000, probLoss: 0.5 },
  ],
  firstMeanProfit: 1_224_000,
  firstProbLoss: 0,
  done: 100,
  total: 100,
};
const names = { first: 'pilot', second: 'forecast' };

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


describe('genba-launch-commitment-chart', () => {
  it('draws the forecast by months committed against the pilot, marks the case’s own length, and says where it pays', async () => {
    const el = document.createElement('genba-launch-commitment-chart') as GenbaLaunchCommitmentChart;
    el.view = VIEW;
    el.names = names;
    await mount(el);
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/launch-commitment.svg');
    expect(payingLengths(VIEW)).toEqual([1, 2]);
    const summary = `Commitment length. ${commitmentSummary(VIEW, names)}`;
    expect(summary).toBe(
      "Commitment length. forecast earns at least as much on average as pilot only with these commitment lengths (months): 1, 2. Its chance of a loss stays at 50.0% whatever the length; pilot's is 0.0%.",
    );
    expect(chartSvg(el).getAttribute('aria-label')).toBe(summary);
    expect(caption(el)).toBe(summary);
    expect(tableRows(el)).toEqual([
      ['1', '1,400,000', '50.0%'],
      ['2', '1,250,000', '50.0%'],
      ['3', '1,041,300', '50.0%'],
      ['4', '800,000', '50.0%'],
    ]);
    // x: 1…4 over 544 units, so month 3 is at 544 × 2/3 = 362.667.
    expect(attr(el, 'line.vertical.now', 'x1')).toBe('362.667');
    markStaysOffTheTitles(el, 'line.vertical.now', 'g.now text.mark-label');
  });

  it('says the chance of a loss goes from one figure to another only when it moves (issue 16, second look)', () => {
    const rising: CommitmentView = { ...VIEW, points: VIEW.points.map((p, i) => ({ ...p, probLoss: 0.2 + 0.1 * i })) };
    expect(commitmentSummary(rising, names)).toMatch(/Its chance of a loss goes from 20\.0% \(1 month\) to 50\.0% \(4 months\); pilot's is 0\.0%\.$/);
    expect(commitmentSummary(VIEW, names)).not.toMatch(/from 50\.0% .* to 50\.0%/);
  });

  it('says so when no length pays, or every length does', () => {
    expect(commitmentSummary({ ...VIEW, firstMeanProfit: 2_000_000 }, names)).toMatch(/^Committed for any length from 1 to 4 months, forecast earns less on average than pilot\./);
    expect(commitmentSummary({ ...VIEW, firstMeanProfit: 0 }, names)).toMatch(/^Committed for any length from 1 to 4 months, forecast earns at least as much on average as pilot\./);
  });
});
