import { afterEach, describe, expect, it } from 'vitest';
import './waterfall-chart.ts';
import { WATERFALL_FILLS, type GenbaWaterfallChart, type WaterfallPoint } from './waterfall-chart.ts';
import { waterfallSummary } from './waterfall-summary.ts';
import { caption, chartSvg, mount, svgSnapshot, tableHead, tableRows } from './chart-test-helpers.ts';

const start: WaterfallPoint = { label: 'Batch of 10', value: 112 };
// 112 → 95 → 57 → 60 → 60 → 41: −17, −38, +3 (worse), 0, −19.
const steps: readonly WaterfallPoint[] = [
  { label: 'Transfer batch of 1', value: 95 },
  { label: 'Externalise die change at Weld', value: 57 },
  { label: 'Add a final check at Pack', value: 60 },
  { label: '5S at Paint', value: 60 },
  { label: 'Kanban between Cut and Weld', value: 41 },
];

function chart(): GenbaWaterfallChart {
  const el = document.createElement('genba-waterfall-chart');
  el.start = start;
  el.steps = steps;
  el.metric = 'Mean lead time';
  el.unit = 'min';
  el.better = 'lower';
  el.reference = { label: 'Target', value: 45 };
  return el;
}

const q = (el: GenbaWaterfallChart, selector: string): Element | null => el.shadowRoot!.querySelector(selector);
const attrs = (e: Element | null, ...names: string[]): Record<string, string | null> =>
  Object.fromEntries(names.map((n) => [n, e?.getAttribute(n) ?? null]));
const tickLines = (el: GenbaWaterfallChart): string[][] =>
  [...el.shadowRoot!.querySelectorAll('g.x-axis .tick text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? ''));

afterEach(() => document.body.replaceChildren());

describe('genba-waterfall-chart', () => {
  it('floats each step from the value before it to its value', async () => {
    const el = await mount(chart());
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/waterfall-chart.svg');
    const summary = waterfallSummary({ start, steps, metric: 'Mean lead time', unit: 'min', better: 'lower' });
    expect(chartSvg(el).getAttribute('aria-label'), 'aria-label is the summary').toBe(summary);
    expect(caption(el)).toBe(summary);

    // 7 columns: viewBox 64 + 104 + 7 × 120 = 1008 wide, plot 840 × 260. x: step 840 / (7 − 0.3 +
    // 0.3) = 120, bars 84 wide from 18. y: 112 + 112 × 24 / 236 = 123.4, niced to 0…130 → 2 a minute.
    expect(chartSvg(el).getAttribute('viewBox')).toBe('0 0 1008 400');
    expect(attrs(q(el, '[data-column="start"] rect.bar'), 'x', 'width', 'y', 'height', 'fill')).toEqual({
      x: '18',
      width: '84',
      y: '36',
      height: '224',
      fill: WATERFALL_FILLS.total,
    });
    // 95 → 57: top y(95) = 70, bottom y(57) = 146.
    const die = q(el, '[data-column="step-1"]');
    expect(die?.classList.contains('better')).toBe(true);
    expect(attrs(die!.querySelector('rect.bar'), 'x', 'y', 'height', 'fill')).toEqual({ x: '258', y: '70', height: '76', fill: WATERFALL_FILLS.better });
    expect(attrs(die!.querySelector('text.change-label'), 'y')).toEqual({ y: '64' });
    expect(die!.querySelector('text.change-label')?.textContent).toBe('▼ −38 min');
    // 57 → 60 is worse: hatched, ▲, from y(60) = 140 down to y(57) = 146.
    const check = q(el, '[data-column="step-2"]');
    expect(check?.classList.contains('worse')).toBe(true);
    expect(attrs(check!.querySelector('rect.bar'), 'y', 'height', 'fill')).toEqual({ y: '140', height: '6', fill: 'url(#waterfall-worse)' });
    expect(check!.querySelector('text.change-label')?.textContent).toBe('▲ +3 min');
    // 60 → 60: a flat line at y(60) = 140 and the words.
    const same = q(el, '[data-column="step-3"]');
    expect(same?.querySelector('rect')).toBe(null);
    expect(attrs(same!.querySelector('line.no-change'), 'x1', 'x2', 'y1')).toEqual({ x1: '498', x2: '582', y1: '140' });
    expect(same!.querySelector('text')?.textContent).toBe('no change');
    // The end from 0 to 41: y(41) = 178.
    expect(attrs(q(el, '[data-column="end"] rect.bar'), 'x', 'y', 'height')).toEqual({ x: '738', y: '178', height: '82' });
    expect(q(el, '[data-column="end"] text.value-label')?.textContent).toBe('41 min');
    // The first connector runs at 112 from the start bar's right edge to the next bar.
    expect(attrs(q(el, 'g.connectors line'), 'x1', 'x2', 'y1')).toEqual({ x1: '102', x2: '138', y1: '36' });
    // Reference 45 at y(45) = 170; its label right of the plot (840 + 8).
    expect(attrs(q(el, 'g.reference line'), 'y1', 'x2')).toEqual({ y1: '170', x2: '844' });
    expect([...el.shadowRoot!.querySelectorAll('g.reference text')].map((t) => [t.textContent, t.getAttribute('x')])).toEqual([
      ['Target', '848'],
      ['45 min', '848'],
    ]);

    // Each column holds 114 / 8.4 = 13 characters a line.
    expect(tickLines(el)).toEqual([
      ['Batch of 10'],
      ['Transfer', 'batch of 1'],
      ['Externalise', 'die change at', 'Weld'],
      ['Add a final', 'check at Pack'],
      ['5S at Paint'],
      ['Kanban', 'between Cut', 'and Weld'],
      ['After kaizen'],
    ]);
    expect(tableHead(el)).toEqual(['Step', 'Mean lead time (min)', 'Change (min)', 'Effect']);
    expect(tableRows(el)).toEqual([
      ['Batch of 10', '112', '–', '–'],
      ['Transfer batch of 1', '95', '−17', 'Better'],
      ['Externalise die change at Weld', '57', '−38', 'Better'],
      ['Add a final check at Pack', '60', '+3', 'Worse'],
      ['5S at Paint', '60', '0', 'No change'],
      ['Kanban between Cut and Weld', '41', '−19', 'Better'],
      ['After kaizen', '41', '−71 (−63%)', 'Better'],
    ]);
    const legend = [...el.shadowRoot!.querySelectorAll('.legend li')].map((li) => li.textContent?.trim());
    expect(legend).toEqual(['Start and end', '▼ Improvement (lower is better)', '▲ Worsening']);
    expect(q(el, 'text.y-label')?.textContent, 'the value axis carries its unit').toBe('Mean lead time (min)');
  });

  it('shows the start alone when there are no steps yet', async () => {
    const el = chart();
    el.steps = [];
    el.reference = undefined;
    await mount(el);
    // One column on a 640-wide viewBox: plot 552, the band 386.4 wide from 82.8; the bar capped at 96, centred.
    expect(chartSvg(el).getAttribute('viewBox')).toBe('0 0 640 400');
    expect(el.shadowRoot!.querySelectorAll('g.column')).toHaveLength(1);
    expect(attrs(q(el, '[data-column="start"] rect.bar'), 'x', 'width')).toEqual({ x: '228', width: '96' });
    expect(chartSvg(el).getAttribute('aria-label')).toBe('Mean lead time is 112 min (Batch of 10); no kaizen steps yet.');
    expect(tableRows(el)).toEqual([['Batch of 10', '112', '–', '–']]);
    expect([...el.shadowRoot!.querySelectorAll('.legend li')].map((li) => li.textContent?.trim())).toEqual(['Start']);
  });

  it('reads "higher is better", cuts over-long labels and drops the unit from a change too wide for its column', async () => {
    const el = document.createElement('genba-waterfall-chart');
    el.start = { label: 'Today', value: 12.5 };
    el.steps = [
      { label: 'Level the mix', value: 14 },
      { label: 'Move the paint booth next to the welding cell and retrain both crews', value: 13.6 },
      { label: 'SMED at Weld', value: 17.2 },
      { label: 'Cross-train', value: 17.2 },
    ];
    el.metric = 'Throughput';
    el.unit = 'units/h';
    el.better = 'higher';
    await mount(el);
    expect(q(el, '[data-column="step-0"]')?.classList.contains('better')).toBe(true);
    expect(q(el, '[data-column="step-1"]')?.classList.contains('worse')).toBe(true);
    // 6 columns: 808 wide, step 120; "▲ +1.5 units/h" is 14 × 8.4 = 117.6 > 116.
    expect(q(el, '[data-column="step-0"] text.change-label')?.textContent).toBe('▲ +1.5');
    expect(q(el, '[data-column="step-1"] text.change-label')?.textContent).toBe('▼ −0.4');
    const long = el.shadowRoot!.querySelectorAll('g.x-axis .tick text')[2];
    expect([...long!.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual(['Move the', 'paint booth', 'next to the…']);
    expect(long?.querySelector('title')?.textContent, 'the whole label as a tooltip').toBe(
      'Move the paint booth next to the welding cell and retrain both crews',
    );
    expect(tableRows(el).at(-1)).toEqual(['After kaizen', '17.2', '+4.7 (+38%)', 'Better']);
  });
});
