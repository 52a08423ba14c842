/**
 * The data of `genba-station-split-chart` (each station's time split by state, for each
 * line) and its one-sentence text summary: which station spends the most time handling and
 * which has the largest setup share, and the total handling time of each line.
 */
import { shownName } from '../../i18n/preset-names.ts';
import { msg, str } from '@lit/localize';
import { joinClauses } from '../../i18n/text.ts';
import { formatList } from '../../i18n/units.ts';
import { formatPercent, formatTime, type TimeUnit } from './format.ts';
import type { SeriesKey, StationStateKey } from './palette.ts';

/** How one station spent the statistics window, in the scenario's time unit. */
export interface StationSplit {
  readonly name: string;
  readonly working: number;
  readonly setup: number;
  readonly handling: number;
  readonly starved: number;
  readonly blocked: number;
}

export interface StationSplitLine {
  /** 'batch' and 'flow' set the default tag ('B', '1'). */
  readonly key: SeriesKey | (string & {});
  readonly label: string;
  /** The short label beside each of this line's bars; default 'B' for batch, '1' for flow, else the label. */
  readonly tag?: string;
  readonly stations: readonly StationSplit[];
}

/** The states in stacking order, left to right. */
export const SPLIT_STATES: readonly StationStateKey[] = ['working', 'setup', 'handling', 'starved', 'blocked'];

export function stationTotal(s: StationSplit): number {
  return s.working + s.setup + s.handling + s.starved + s.blocked;
}

export interface StationSplitSummaryInput {
  readonly lines: readonly StationSplitLine[];
  readonly timeUnit: TimeUnit;
}

/**
 * E.g. "Time per station: Bend on Batch (B = 10) spends the most time handling, 812.3 min
 * (9% of its time); the largest setup share is Cut on Batch (B = 10), 12%; total handling
 * is 3,210.0 min on Batch (B = 10) and 1,190.0 min on One-piece flow."
 */
export function stationSplitSummary({ lines, timeUnit }: StationSplitSummaryInput): string {
  const t = (v: number): string => formatTime(v, timeUnit);
  let handling: { station: StationSplit; line: StationSplitLine } | null = null;
  let setup: { station: StationSplit; line: StationSplitLine; share: number } | null = null;
  for (const line of lines) {
    for (const station of line.stations) {
      if (station.handling > 0 && (handling === null || station.handling > handling.station.handling)) handling = { station, line };
      const total = stationTotal(station);
      const share = total > 0 ? station.setup / total : 0;
      if (share > 0 && (setup === null || share > setup.share)) setup = { station, line, share };
    }
  }
  if (lines.every((l) => l.stations.length === 0)) return msg('Time per station: no data.');
  const parts: string[] = [];
  if (handling) {
    const total = stationTotal(handling.station);
    const station = shownName(handling.station.name);
    const line = handling.line.label;
    const time = t(handling.station.handling);
    const share = formatPercent(handling.station.handling / total);
    parts.push(msg(str`${station} on ${line} spends the most time handling, ${time} (${share} of its time)`));
  } else {
    parts.push(msg('no station spends time handling'));
  }
  if (setup) {
    const station = shownName(setup.station.name);
    const line = setup.line.label;
    const share = formatPercent(setup.share);
    parts.push(msg(str`the largest setup share is ${station} on ${line}, ${share}`));
  } else {
    parts.push(msg('no station spends time on setup'));
  }
  const totals = lines.map((l) => {
    const time = t(l.stations.reduce((sum, s) => sum + s.handling, 0));
    const line = l.label;
    return msg(str`${time} on ${line}`);
  });
  const list = formatList(totals);
  parts.push(msg(str`total handling is ${list}`));
  const all = joinClauses(parts);
  return msg(str`Time per station: ${all}.`);
}
