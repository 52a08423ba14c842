import { describe, expect, it } from 'vitest';
import { isOverTakt, stationLoad, yamazumiSummary, type YamazumiStation } from './yamazumi-summary.ts';

// Cut 0.3 + 0.6 + 0.1 = 1.0; Weld 0.3 + 1.2 + 0.4 = 1.9; Pack 0.5 + 0.3 = 0.8 (min a unit).
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

describe('yamazumiSummary', () => {
  it('names the bottleneck against takt, the least loaded station and the spread', () => {
    // 1.9 − 1.5 = 0.4 over; 1.9 − 0.8 = 1.1 spread.
    expect(yamazumiSummary({ stations, takt: 1.5, timeUnit: 'minute' })).toBe(
      'Weld carries 1.9 min a unit against a takt of 1.5 min (0.4 min over); Pack only 0.8 min, a spread of 1.1 min.',
    );
  });

  it('says how far under takt the bottleneck is, or that it has no takt', () => {
    expect(yamazumiSummary({ stations, takt: 2, timeUnit: 'second' })).toBe(
      'Weld carries 1.9 s a unit against a takt of 2.0 s (0.1 s under); Pack only 0.8 s, a spread of 1.1 s.',
    );
    expect(yamazumiSummary({ stations, timeUnit: 'minute' })).toBe('Weld carries 1.9 min a unit; Pack only 0.8 min, a spread of 1.1 min.');
  });

  it('counts the stations over takt when there are several', () => {
    // Takt 0.9: Cut (1.0) and Weld (1.9) are over, Pack (0.8) is not.
    expect(yamazumiSummary({ stations, takt: 0.9, timeUnit: 'minute' })).toBe(
      'Weld carries 1.9 min a unit against a takt of 0.9 min (1.0 min over); Pack only 0.8 min, a spread of 1.1 min; 2 of 3 stations are over takt.',
    );
  });

  it('does not call rounding noise over takt', () => {
    const flip: YamazumiStation = {
      name: 'Flip',
      elements: [
        { name: 'a', time: 0.1, kind: 'work' },
        { name: 'b', time: 0.2, kind: 'work' },
        { name: 'c', time: 0.3, kind: 'work' },
      ],
    };
    expect(0.1 + 0.2 + 0.3).toBeGreaterThan(0.6);
    expect(stationLoad(flip)).toBe(0.6);
    expect(isOverTakt(0.6000000000000001, 0.6)).toBe(false);
    expect(isOverTakt(0.61, 0.6)).toBe(true);
    expect(yamazumiSummary({ stations: [flip], takt: 0.6, timeUnit: 'minute' })).toBe('Flip carries 0.6 min a unit against a takt of 0.6 min (at takt).');
  });

  it('handles balanced lines, ties, negative times and no stations', () => {
    const even = (name: string, time: number): YamazumiStation => ({ name, elements: [{ name: 'Work', time, kind: 'work' }] });
    expect(yamazumiSummary({ stations: [even('A', 1.2), even('B', 1.2)], takt: 1.5, timeUnit: 'hour' })).toBe(
      'Both stations carry 1.2 h a unit against a takt of 1.5 h (0.3 h under).',
    );
    expect(yamazumiSummary({ stations: [even('A', 1.2), even('B', 1.2), even('C', 1.2)], timeUnit: 'hour' })).toBe('All 3 stations carry 1.2 h a unit.');
    // The first of equal stations is named; a negative time counts as none.
    expect(yamazumiSummary({ stations: [even('A', 1), even('B', 1), even('C', -3)], timeUnit: 'minute' })).toBe(
      'A carries 1.0 min a unit; C only 0.0 min, a spread of 1.0 min.',
    );
    expect(yamazumiSummary({ stations: [], takt: 1, timeUnit: 'minute' })).toBe('Yamazumi: no stations.');
  });
});
