import { describe, expect, it } from 'vitest';
import { stationSplitSummary, type StationSplitLine } from './station-split-summary.ts';

const batch: StationSplitLine = {
  key: 'batch',
  label: 'Batch (B = 10)',
  stations: [
    // Cut: total 100, setup 12 → 12%.
    { name: 'Cut', working: 50, setup: 12, handling: 8, starved: 30, blocked: 0 },
    // Bend: total 200, handling 30 → 15%.
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

describe('stationSplitSummary', () => {
  it('names the station with most handling, the largest setup share and each line’s total handling', () => {
    expect(stationSplitSummary({ lines: [batch, flow], timeUnit: 'minute' })).toBe(
      'Time per station: Bend on Batch (B = 10) spends the most time handling, 30.0 min (15% of its time); ' +
        'the largest setup share is Cut on Batch (B = 10), 12%; total handling is 38.0 min on Batch (B = 10) and 10.0 min on One-piece flow.',
    );
  });

  it('says so when nothing is handled or set up', () => {
    const bare: StationSplitLine = {
      key: 'flow',
      label: 'Flow',
      stations: [{ name: 'Flip', working: 20, setup: 0, handling: 0, starved: 15, blocked: 0 }],
    };
    expect(stationSplitSummary({ lines: [bare], timeUnit: 'second' })).toBe(
      'Time per station: no station spends time handling; no station spends time on setup; total handling is 0.0 s on Flow.',
    );
    expect(stationSplitSummary({ lines: [], timeUnit: 'second' })).toBe('Time per station: no data.');
  });
});
