import { afterEach, describe, expect, it } from 'vitest';
import './station-timeline-chart.ts';
import type { GenbaStationTimelineChart, TimelineInterval, TimelineLane } from './station-timeline-chart.ts';
import { stationTimelineSummary } from './station-timeline-summary.ts';
import { caption, chartSvg, mount, svgSnapshot, tableHead, tableRows } from './chart-test-helpers.ts';

const batch: TimelineLane = {
  label: 'Batch',
  intervals: [
    { state: 'setup', from: 0, to: 100 },
    { state: 'working', from: 100, to: 600 },
    { state: 'starved', from: 600, to: 1000 },
  ],
};
// 2,000 intervals of 0.1 (0.055 px each): handling, handling, handling, working, …
const tiny: TimelineInterval[] = Array.from({ length: 2000 }, (_, i) => ({
  state: i % 4 === 3 ? 'working' : 'handling',
  from: 300 + i / 10,
  to: 300 + (i + 1) / 10,
}));
const flow: TimelineLane = {
  label: 'Flow',
  intervals: [{ state: 'working', from: 0, to: 300 }, ...tiny, { state: 'starved', from: 500, to: 1000 }],
};

async function chart(): Promise<GenbaStationTimelineChart> {
  const el = document.createElement('genba-station-timeline-chart');
  el.lanes = [batch, flow];
  el.end = 1000;
  el.timeUnit = 'second';
  el.cursor = 500;
  el.highlights = [{ t: 250, label: 'drift found' }];
  return mount(el);
}

const lane = (el: GenbaStationTimelineChart, i: number): Element => [...el.shadowRoot!.querySelectorAll('g.lane')][i]!;

afterEach(() => document.body.replaceChildren());

describe('genba-station-timeline-chart', () => {
  it('draws each lane’s intervals on the time scale, merging the sub-pixel ones', async () => {
    const el = await chart();
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/station-timeline-chart.svg');
    const summary = stationTimelineSummary({ lanes: el.lanes, end: 1000, timeUnit: 'second', highlights: el.highlights });
    expect(chartSvg(el).getAttribute('aria-label')).toBe(summary);
    expect(caption(el)).toBe(summary);
    expect(summary).toBe(
      'Share of time by state: Batch: working 50%, setup 10%, waiting (starved) 40%; Flow: working 35%, handling 15%, waiting (starved) 50%; flags: drift found at 250.0 s.',
    );

    // Plot 552 wide for 1,000 s: 0.552 px per second, so a 100 s setup is 55.2 px wide.
    const setup = lane(el, 0).querySelector('rect.segment.setup');
    expect([setup?.getAttribute('x'), setup?.getAttribute('width')]).toEqual(['0', '55.2']);
    const working = lane(el, 0).querySelector('rect.segment.working');
    expect([working?.getAttribute('x'), working?.getAttribute('width')]).toEqual(['55.2', '276']);
    // Lanes 36 high, 46 apart, from 5.
    expect([setup?.getAttribute('y'), lane(el, 1).querySelector('rect')?.getAttribute('y')]).toEqual(['5', '51']);

    // The flow lane's 2,000 intervals of 0.0552 px are drawn as columns of 37 (2.04 px), each
    // stacked by state: the first holds 9 working and 28 handling → heights 36 × 9/37, 36 × 28/37.
    // The last 2 (0.11 px) join the wide starved interval after them.
    const flowLane = lane(el, 1);
    expect([...flowLane.querySelectorAll(':scope > rect.segment')].map((r) => r.classList[1])).toEqual(['working', 'starved']);
    const mixed = [...flowLane.querySelectorAll('g.segment.mixed')];
    expect(mixed).toHaveLength(54);
    const firstMix = [...mixed[0]!.querySelectorAll('rect')];
    expect(firstMix.map((r) => [r.getAttribute('class'), r.getAttribute('x'), r.getAttribute('height')])).toEqual([
      ['working', '165.6', '8.757'],
      ['handling', '165.6', '27.243'],
    ]);
    expect(el.shadowRoot!.querySelector('line.cursor')?.getAttribute('x1')).toBe('276');
    expect(el.shadowRoot!.querySelector('.flags text')?.textContent).toBe('drift found');

    expect(tableHead(el)).toEqual([
      'Lane',
      'Working (s)',
      'Setup (s)',
      'Handling (s)',
      'Waiting (starved) (s)',
      'Blocked (s)',
      'Total (s)',
      'Time (s)',
      'Flag',
    ]);
    expect(tableRows(el)).toEqual([
      ['Batch', '500.0 (50%)', '100.0 (10%)', '0.0 (0%)', '400.0 (40%)', '0.0 (0%)', '1,000.0'],
      ['Flow', '350.0 (35%)', '0.0 (0%)', '150.0 (15%)', '500.0 (50%)', '0.0 (0%)', '1,000.0'],
      ['250.0', 'drift found'],
    ]);
  });

  it('moves the cursor without recomputing the lanes', async () => {
    const el = await chart();
    const rect = lane(el, 1).querySelector('rect.segment');
    expect(rect).not.toBeNull();
    el.cursor = 750;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('line.cursor')?.getAttribute('x1')).toBe('414');
    expect(lane(el, 1).querySelector('rect.segment'), 'same rect element').toBe(rect);
  });
});
