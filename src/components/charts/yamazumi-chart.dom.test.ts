import { afterEach, describe, expect, it } from 'vitest';
import './yamazumi-chart.ts';
import { WORK_TINTS, type GenbaYamazumiChart, type YamazumiStation } from './yamazumi-chart.ts';
import { yamazumiSummary } from './yamazumi-summary.ts';
import { caption, chartSvg, mount, svgSnapshot, tableHead, tableRows } from './chart-test-helpers.ts';

// Cut 0.3 + 0.6 + 0.1 = 1.0; Weld 0.3 + 1.2 + 0.4 = 1.9 (over a takt of 1.5); Pack 0.5 + 0.3 = 0.8.
const stations: readonly YamazumiStation[] = [
  {
    name: 'Cut',
    elements: [
      { name: 'Load', time: 0.3, kind: 'handling' },
      { name: 'Cut', time: 0.6, kind: 'work' },
      { name: 'Deburr', time: 0.1, kind: 'work' },
    ],
  },
  {
    name: 'Weld',
    elements: [
      { name: 'Fixture', time: 0.3, kind: 'handling' },
      { name: 'Weld seams', time: 1.2, kind: 'work' },
      { name: 'Die change', time: 0.4, kind: 'setup' },
    ],
  },
  {
    name: 'Pack',
    elements: [
      { name: 'Box', time: 0.5, kind: 'work' },
      { name: 'Label', time: 0.3, kind: 'handling' },
    ],
  },
];

async function chart(takt: number | undefined = 1.5, highlight: string | undefined = 'Weld'): Promise<GenbaYamazumiChart> {
  const el = document.createElement('genba-yamazumi-chart');
  el.stations = stations;
  el.takt = takt;
  el.timeUnit = 'minute';
  el.highlight = highlight;
  return mount(el);
}

const q = (el: GenbaYamazumiChart, selector: string): Element | null => el.shadowRoot!.querySelector(selector);
const attrs = (e: Element | null, ...names: string[]): Record<string, string | null> =>
  Object.fromEntries(names.map((n) => [n, e?.getAttribute(n) ?? null]));

afterEach(() => document.body.replaceChildren());

describe('genba-yamazumi-chart', () => {
  it('stacks each station’s elements in order against the takt line', async () => {
    const el = await chart();
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/yamazumi-chart.svg');
    const summary = yamazumiSummary({ stations, takt: 1.5, timeUnit: 'minute' });
    expect(chartSvg(el).getAttribute('aria-label'), 'aria-label is the summary').toBe(summary);
    expect(caption(el)).toBe(summary);

    // Plot 488 × 252 (640 × 360 less margins 64 + 88 and 40 + 68). y: 1.9 × 252 / (252 − 40)
    // = 2.26, niced (in steps of 0.2) to 0…2.4 → 105 units a minute. x: step 488 / (3 − 0.15 +
    // 2 × 0.1) = 160, bands 136 wide from 16; bars capped at 120, centred: Weld's from 176 + 8.
    const seams = q(el, 'g.bar[data-station="Weld"] rect.segment[data-element="Weld seams"]');
    // From 0.3 to 1.5: y = 252 − 1.5 × 105 = 94.5, height 1.2 × 105 = 126.
    expect(attrs(seams, 'x', 'width', 'y', 'height', 'fill')).toEqual({ x: '184', width: '120', y: '94.5', height: '126', fill: WORK_TINTS[0] });
    const die = q(el, 'g.bar[data-station="Weld"] rect.segment[data-element="Die change"]');
    expect(attrs(die, 'y', 'height', 'fill'), 'setup on top, hatched').toEqual({ y: '52.5', height: '42', fill: 'url(#yamazumi-diagonal)' });
    const cutFills = [...el.shadowRoot!.querySelectorAll('g.bar[data-station="Cut"] rect.segment')].map((r) => r.getAttribute('fill'));
    expect(cutFills, 'handling dotted, then work in alternating tints').toEqual(['url(#yamazumi-dots)', WORK_TINTS[0], WORK_TINTS[1]]);

    // Takt 1.5 at y 94.5; Weld's total 6 above its top (52.5), the marker a line above that.
    expect(q(el, 'g.takt line')?.getAttribute('y1')).toBe('94.5');
    expect([...el.shadowRoot!.querySelectorAll('g.takt text')].map((t) => t.textContent)).toEqual(['Takt time', '1.5 min']);
    const weldTotal = q(el, 'g.bar-labels[data-station="Weld"] text.total');
    expect(weldTotal?.textContent).toBe('1.9 min');
    expect(weldTotal?.getAttribute('y')).toBe('46.5');
    expect(weldTotal?.classList.contains('over'), 'over takt: bold').toBe(true);
    expect(q(el, 'g.bar-labels[data-station="Weld"] text.over-marker')?.textContent).toBe('▲ over takt');
    expect(el.shadowRoot!.querySelectorAll('text.over-marker'), 'only Weld is over').toHaveLength(1);
    expect(q(el, 'g.bar-labels[data-station="Cut"] text.total')?.classList.contains('over')).toBe(false);

    // Labels where they fit: Deburr is 0.1 × 105 = 10.5 high, too low for 14 px text.
    const labels = [...el.shadowRoot!.querySelectorAll('g.bar-labels[data-station="Cut"] text.segment-label')].map((t) => t.textContent);
    expect(labels).toEqual(['Load', 'Cut']);

    expect(tableHead(el)).toEqual(['Station', 'Element', 'Kind', 'Time per unit (min)', 'Station', 'Total (min)', 'Against takt (min)']);
    expect(tableRows(el)).toEqual([
      ['Cut', 'Load', 'Handling', '0.3'],
      ['Cut', 'Cut', 'Work', '0.6'],
      ['Cut', 'Deburr', 'Work', '0.1'],
      ['Weld', 'Fixture', 'Handling', '0.3'],
      ['Weld', 'Weld seams', 'Work', '1.2'],
      ['Weld', 'Die change', 'Setup (per unit)', '0.4'],
      ['Pack', 'Box', 'Work', '0.5'],
      ['Pack', 'Label', 'Handling', '0.3'],
      ['Cut', '1.0', '−0.5'],
      ['Weld', '1.9', '+0.4 (over takt)'],
      ['Pack', '0.8', '−0.7'],
    ]);
    expect(q(el, 'text.y-label')?.textContent, 'the time axis carries its unit').toBe('Time per unit (min)');
  });

  it('emphasises the highlighted station with a band, a heavy outline and its name in bold', async () => {
    const el = await chart();
    expect(attrs(q(el, 'rect.highlight-band'), 'x', 'width'), 'one band step (160) centred on Weld’s bar (centre 244)').toEqual({ x: '164', width: '160' });
    expect(attrs(q(el, 'g.bar[data-station="Weld"] rect.outline'), 'stroke-width', 'height')).toEqual({ 'stroke-width': '2.5', height: '199.5' });
    const ticks = [...el.shadowRoot!.querySelectorAll('g.x-axis .tick text')];
    expect(ticks.map((t) => [t.textContent, t.getAttribute('font-weight')])).toEqual([
      ['Cut', null],
      ['Weld', 'bold'],
      ['Pack', null],
    ]);
    el.highlight = 'Pack';
    await el.updateComplete;
    expect(q(el, 'g.bar[data-highlight]')?.getAttribute('data-station')).toBe('Pack');
    expect(ticks[1]?.getAttribute('font-weight')).toBe(null);
  });

  it('draws no takt line without a takt, and wraps long station names under the axis', async () => {
    const el = document.createElement('genba-yamazumi-chart');
    el.stations = [...stations.slice(0, 2), { name: 'Final assembly and pack', elements: stations[2]!.elements }];
    el.timeUnit = 'second';
    await mount(el);
    expect(q(el, 'g.takt')).toBe(null);
    expect(q(el, 'text.over-marker')).toBe(null);
    expect(q(el, 'rect.highlight-band')).toBe(null);
    expect(tableHead(el).slice(4)).toEqual(['Station', 'Total (s)']);
    // A band step of 160 less 4 holds 18 characters.
    const last = [...el.shadowRoot!.querySelectorAll('g.x-axis .tick text')].at(-1);
    expect([...last!.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual(['Final assembly and', 'pack']);
    expect(chartSvg(el).getAttribute('aria-label')).toBe('Weld carries 1.9 s a unit; Final assembly and pack only 0.8 s, a spread of 1.1 s.');
  });

  it('renders no stations, and a station without elements, without failing', async () => {
    const el = document.createElement('genba-yamazumi-chart');
    el.takt = 1;
    await mount(el);
    expect(chartSvg(el).getAttribute('aria-label')).toBe('Yamazumi: no stations.');
    expect(el.shadowRoot!.querySelectorAll('g.bar')).toHaveLength(0);
    el.stations = [{ name: 'Idle', elements: [] }, stations[2]!];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('g.bar[data-station="Idle"] rect.segment')).toHaveLength(0);
    expect(q(el, 'g.bar-labels[data-station="Idle"] text.total')?.textContent).toBe('0.0 min');
    expect(tableRows(el).slice(-2)).toEqual([
      ['Idle', '0.0', '−1.0'],
      ['Pack', '0.8', '−0.2'],
    ]);
  });
});
