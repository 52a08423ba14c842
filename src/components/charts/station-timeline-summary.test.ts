import { describe, expect, it } from 'vitest';
import { stationTimelineSummary } from './station-timeline-summary.ts';
import type { TimelineLane } from './timeline-data.ts';

const batch: TimelineLane = {
  label: 'Batch of 10',
  intervals: [
    { state: 'setup', from: 0, to: 10 }, // 10%
    { state: 'handling', from: 10, to: 30 }, // 20%
    { state: 'working', from: 30, to: 75 }, // 45%
    { state: 'starved', from: 75, to: 100 }, // 25%
  ],
};
const flow: TimelineLane = {
  label: 'One-piece flow',
  intervals: [
    { state: 'starved', from: 0, to: 40 }, // 40% of 100
    { state: 'working', from: 40, to: 100 }, // 60%
    { state: 'working', from: 100, to: 150 }, // after the end: not counted
  ],
};

describe('stationTimelineSummary', () => {
  it('gives each lane’s share of time per state, exactly', () => {
    expect(stationTimelineSummary({ lanes: [batch, flow], end: 100, timeUnit: 'minute' })).toBe(
      'Share of time by state: Batch of 10: working 45%, setup 10%, handling 20%, waiting (starved) 25%; One-piece flow: working 60%, waiting (starved) 40%.',
    );
  });

  it('names the flags in time order, at most five', () => {
    const highlights = [50, 10, 20, 30, 40, 60, 70].map((t) => ({ t, label: t === 10 ? 'drifts' : 'drift found' }));
    expect(stationTimelineSummary({ lanes: [{ label: 'Weld', intervals: [] }], end: 100, timeUnit: 'second', highlights })).toBe(
      'Share of time by state: Weld: no data; flags: drifts at 10.0 s, drift found at 20.0 s, drift found at 30.0 s, drift found at 40.0 s, drift found at 50.0 s and 2 more.',
    );
    expect(stationTimelineSummary({ lanes: [], end: 1, timeUnit: 'second' })).toBe('Share of time by state: no data.');
  });
});
