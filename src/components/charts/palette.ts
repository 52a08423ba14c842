/**
 * Colours and marks shared by every chart and view, chosen to survive colour-blindness and
 * a washed-out projector: the Okabe–Ito palette, and for every colour a second cue (line
 * dash, fill pattern or shape) so that nothing is told by colour alone (WCAG 1.4.1).
 */
import { msg } from '@lit/localize';

/** The two lines of lesson 1, and the two strategies of lesson 3. */
export const SERIES = {
  /** Batch / transfer batch B > 1: vermillion, dashed. */
  batch: { colour: '#D55E00', dash: '8 4' },
  /** One-piece flow: blue, solid. */
  flow: { colour: '#0072B2', dash: '' },
} as const;

export type SeriesKey = keyof typeof SERIES;

/** What a station (operator) is doing, each with a colour and an SVG pattern id. */
export const STATION_STATES = {
  working: { colour: '#009E73', pattern: 'solid' },
  setup: { colour: '#E69F00', pattern: 'diagonal' },
  handling: { colour: '#CC79A7', pattern: 'dots' },
  starved: { colour: '#D9D9D9', pattern: 'none' },
  blocked: { colour: '#000000', pattern: 'cross' },
} as const;

export type StationStateKey = keyof typeof STATION_STATES;

/** A station state's name in legends and tables, in the page's language. */
export function stateLabel(state: StationStateKey): string {
  switch (state) {
    case 'working':
      return msg('Working');
    case 'setup':
      return msg('Setup');
    case 'handling':
      return msg('Handling');
    case 'starved':
      return msg('Waiting (starved)');
    case 'blocked':
      return msg('Blocked');
  }
}

/** The same inside a sentence: "working 45%, waiting (starved) 30%". */
export function stateWord(state: StationStateKey): string {
  switch (state) {
    case 'working':
      return msg('working');
    case 'setup':
      return msg('setup');
    case 'handling':
      return msg('handling');
    case 'starved':
      return msg('waiting (starved)');
    case 'blocked':
      return msg('blocked');
  }
}

/** Ink for axes and text; passes 4.5:1 on white. */
export const INK = '#1b1f24';
export const MUTED_INK = '#4a5360';
export const GRID = '#e3e7ec';

/**
 * Series other than `batch` and `flow` (e.g. several transfer batch sizes): greys from dark to
 * light, each at least 3:1 on white, told apart by dash rather than by shade alone.
 */
export const OTHER_SERIES = [
  { colour: '#1b1f24', dash: '2 3' },
  { colour: '#4a5360', dash: '12 3 3 3' },
  { colour: '#6b7480', dash: '4 4' },
  { colour: '#1b1f24', dash: '14 4' },
  { colour: '#4a5360', dash: '2 6' },
] as const;
