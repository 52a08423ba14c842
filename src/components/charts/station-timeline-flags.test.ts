import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { placeFlags } from './station-timeline-chart.ts';

// 0…100 min on 0…500 units: 5 units a minute. "ab" is 2 × 0.6 × 14 + 4 = 20.8 units wide.
const x = scaleLinear().domain([0, 100]).range([0, 500]);

describe('placeFlags: drift labels never overlap, nor cross another flag’s line', () => {
  it('puts far-apart flags in the first row', () => {
    const flags = placeFlags([{ t: 10, label: 'ab' }, { t: 50, label: 'ab' }], x);
    expect(flags.map((f) => f.row)).toEqual([0, 0]);
  });

  it('lifts a flag to the second row when its label would overlap, if its line clears the label under it', () => {
    // First label spans 50…70.8. A flag at t = 14.5 (x 72.5) is within 8 of its end: row 0 is taken,
    // and its line at 72.5 is more than 4 units right of the row-0 label's end (70.8 + 4 = 74.8? no: 72.5 < 74.8).
    const tooClose = placeFlags([{ t: 10, label: 'ab' }, { t: 14.5, label: 'ab' }], x);
    expect(tooClose.map((f) => f.row), 'its line would cross the first label: left unlabelled').toEqual([0, null]);
    // At t = 15.5 (x 77.5) the line clears the first label (ends 70.8, + 4 gap = 74.8), but row 0
    // needs 70.8 + 8 = 78.8 ≤ start: second row.
    const lifted = placeFlags([{ t: 10, label: 'ab' }, { t: 15.5, label: 'ab' }], x);
    expect(lifted.map((f) => f.row)).toEqual([0, 1]);
  });

  it('never puts a label over the line of a flag labelled in a higher row', () => {
    // 10 → row 0 (50…70.8); 15.5 → row 1, its line at 77.5. A flag at 16 (x 80) fits row 0 by the
    // first label (78.8 ≤ 80), but its label would start 2.5 units from row 1's line (under the 4-unit gap).
    expect(placeFlags([{ t: 10, label: 'ab' }, { t: 15.5, label: 'ab' }, { t: 16, label: 'ab' }], x).map((f) => f.row)).toEqual([0, 1, null]);
    // At 17 (x 85) the label clears that line by 7.5: row 0.
    expect(placeFlags([{ t: 10, label: 'ab' }, { t: 15.5, label: 'ab' }, { t: 17, label: 'ab' }], x).map((f) => f.row)).toEqual([0, 1, 0]);
  });
});
