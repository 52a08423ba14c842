/**
 * The step-series data of `genba-step-chart` and the pure helpers over it: where a series
 * ends, its value at a time, and which instants the data table lists.
 *
 * A point `{ t, value }` means "from t on, until the next point, the value is this"; the
 * first point is at t = 0 and points are in time order (as `src/sim/line/series.ts` writes them).
 */
import { bisector } from 'd3-array';
import type { SeriesKey } from './palette.ts';

export interface StepPoint {
  readonly t: number;
  readonly value: number;
}

export interface StepSeries {
  /** 'batch' and 'flow' take their palette colour and dash; any other key a grey. */
  readonly key: SeriesKey | (string & {});
  readonly label: string;
  readonly points: readonly StepPoint[];
}

/** A horizontal dashed line, e.g. the order quantity. */
export interface StepReference {
  readonly value: number;
  readonly label: string;
}

/** The data table never lists more instants than this. */
export const MAX_TABLE_ROWS = 60;

/** The points at or before `end` (all of them when `end` is undefined). */
export function pointsUpTo(points: readonly StepPoint[], end: number | undefined): readonly StepPoint[] {
  if (end === undefined) return points;
  const n = bisector((p: StepPoint) => p.t).right(points, end);
  return n === points.length ? points : points.slice(0, n);
}

/** Where the time axis ends: `end` if given, else the last point of any series (at least 1). */
export function timeEnd(series: readonly StepSeries[], end: number | undefined): number {
  if (end !== undefined && end > 0) return end;
  let last = 0;
  for (const s of series) last = Math.max(last, s.points.at(-1)?.t ?? 0);
  return last > 0 ? last : 1;
}

/** The value at time t (that of the last point at or before t), or undefined before the first. */
export function valueAt(points: readonly StepPoint[], t: number): number | undefined {
  const i = bisector((p: StepPoint) => p.t).right(points, t) - 1;
  return i >= 0 ? points[i]?.value : undefined;
}

/**
 * The instants the data table lists: every instant at which some series changes, and the
 * end; when that is more than `max`, `max` evenly spaced instants from 0 to the end instead.
 */
export function tableTimes(series: readonly StepSeries[], end: number, max = MAX_TABLE_ROWS): number[] {
  const times = new Set<number>();
  for (const s of series) for (const p of s.points) if (p.t <= end) times.add(p.t);
  times.add(end);
  if (times.size <= max) return [...times].sort((a, b) => a - b);
  return Array.from({ length: max }, (_, i) => (end * i) / (max - 1));
}
