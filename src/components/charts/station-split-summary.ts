/**
 * The data of `genba-station-split-chart` (each station's time split by state, for each
 * line) and its one-sentence text summary: which station spends the most time handling and
 * which has the largest setup share, and the total handling time of each line.
 */
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

/** The list "a, b and c". */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
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
  if (lines.every((l) => l.stations.length === 0)) return 'Time per station: no data.';
  const parts: string[] = [];
  if (handling) {
    const total = stationTotal(handling.station);
    parts.push(
      `${handling.station.name} on ${handling.line.label} spends the most time handling, ${t(handling.station.handling)}` +
        ` (${formatPercent(handling.station.handling / total)} of its time)`,
    );
  } else {
    parts.push('no station spends time handling');
  }
  parts.push(setup ? `the largest setup share is ${setup.station.name} on ${setup.line.label}, ${formatPercent(setup.share)}` : 'no station spends time on setup');
  const totals = lines.map((l) => `${t(l.stations.reduce((sum, s) => sum + s.handling, 0))} on ${l.label}`);
  parts.push(`total handling is ${listOf(totals)}`);
  return `Time per station: ${parts.join('; ')}.`;
}
