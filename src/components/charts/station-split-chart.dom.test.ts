import { afterEach, describe, expect, it } from 'vitest';
import './station-split-chart.ts';
import type { GenbaStationSplitChart, StationSplitLine } from './station-split-chart.ts';
import { stationSplitSummary } from './station-split-summary.ts';
import { caption, chartSvg, mount, svgSnapshot, tableHead, tableRows } from './chart-test-helpers.ts';

const batch: StationSplitLine = {
  key: 'batch',
  label: 'Batch (B = 10)',
  stations: [
    { name: 'Cut', working: 50, setup: 12, handling: 8, starved: 30, blocked: 0 },
    { name: 'Bend', working: 120, setup: 10, handling: 30, starved: 40, blocked: 0 },
  ],
};
const flow: StationSplitLine = {
  key: 'flow',
  label: 'One-piece flow',
  stations: [
    { name: 'Cut', working: 50, setup: 0, handling: 4, starved: 46, blocked: 0 },
    { name: 'Bend', working: 120, setup: 0, handling: 6, starved: 74, blocked: 0 },
  ],
};

async function chart(share = false): Promise<GenbaStationSplitChart> {
  const el = document.createElement('genba-station-split-chart');
  el.lines = [batch, flow];
  el.timeUnit = 'minute';
  el.share = share;
  return mount(el);
}

const widths = (el: GenbaStationSplitChart, station: string, line: string): Record<string, string | null> =>
  Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll(`g.bar[data-station="${station}"][data-line="${line}"] rect.segment`)].map((r) => [
      r.classList[1],
      r.getAttribute('width'),
    ]),
  );

afterEach(() => document.body.replaceChildren());

describe('genba-station-split-chart', () => {
  it('stacks each station’s states in time, one bar per line', async () => {
    const el = await chart();
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/station-split-chart.svg');
    const summary = stationSplitSummary({ lines: el.lines, timeUnit: 'minute' });
    expect(chartSvg(el).getAttribute('aria-label')).toBe(summary);
    expect(caption(el)).toBe(summary);

    // Left margin max(64, 4 × 8.4 + (8.4 + 14) + 12) = 68 → plot 548 wide; x 0…200 → 2.74 per minute.
    expect(widths(el, 'Cut', 'batch')).toEqual({ working: '137', setup: '32.88', handling: '21.92', starved: '82.2' });
    expect(widths(el, 'Bend', 'flow'), 'zero setup draws no rect').toEqual({ working: '328.8', handling: '16.44', starved: '202.76' });
    // Groups 54 high (2 × 18 + 4 + 14); Cut's group starts at 7, the flow bar 22 below.
    const cutFlow = el.shadowRoot!.querySelector('g.bar[data-station="Cut"][data-line="flow"] rect.segment');
    expect(cutFlow?.getAttribute('y')).toBe('29');
    expect(cutFlow?.getAttribute('height')).toBe('18');
    const tags = [...el.shadowRoot!.querySelectorAll('text.tag')].map((t) => t.textContent);
    expect(tags).toEqual(['B', 'B', '1', '1']);
    expect(el.shadowRoot!.querySelector('rect.setup')?.getAttribute('fill'), 'setup is filled with its pattern').toBe('url(#split-diagonal)');

    expect(tableHead(el)).toEqual([
      'Station',
      'Line',
      'Working (min)',
      'Setup (min)',
      'Handling (min)',
      'Waiting (starved) (min)',
      'Blocked (min)',
      'Total (min)',
    ]);
    expect(tableRows(el)).toEqual([
      ['Cut', 'Batch (B = 10)', '50.0', '12.0', '8.0', '30.0', '0.0', '100.0'],
      ['Bend', 'Batch (B = 10)', '120.0', '10.0', '30.0', '40.0', '0.0', '200.0'],
      ['Cut', 'One-piece flow', '50.0', '0.0', '4.0', '46.0', '0.0', '100.0'],
      ['Bend', 'One-piece flow', '120.0', '0.0', '6.0', '74.0', '0.0', '200.0'],
    ]);
    const legend = [...el.shadowRoot!.querySelectorAll('.legend li')].map((li) => li.textContent?.trim());
    expect(legend, 'blocked never occurs, so it is left out of the legend').toEqual(['Working', 'Setup', 'Handling', 'Waiting (starved)']);
  });

  it('shows percentages of each station’s own time with share', async () => {
    const el = await chart(true);
    // x 0…100% → 5.48 per percent; Bend on the batch line: 60%, 5%, 15%, 20%.
    expect(widths(el, 'Bend', 'batch')).toEqual({ working: '328.8', setup: '27.4', handling: '82.2', starved: '109.6' });
    expect(el.shadowRoot!.querySelector('text.x-label')?.textContent).toBe('Share of station time (%)');
    expect(tableRows(el)[1]).toEqual(['Bend', 'Batch (B = 10)', '60.0', '5.0', '15.0', '20.0', '0.0', '200.0']);
  });
});
