/**
 * The one-sentence text summary of `genba-step-chart`: for each series, when it first
 * leaves its starting value, its highest value and when it first gets there (or that it
 * starts there, as WIP does in order mode), and its final value and the instant from which
 * it holds it.
 */
import { msg, str } from '@lit/localize';
import { joinClauses } from '../../i18n/text.ts';
import { formatCount, formatTime, type TimeUnit } from './format.ts';
import { pointsUpTo, type StepPoint, type StepSeries } from './step-data.ts';

/** What the summary says of one series. */
export interface StepSeriesFacts {
  readonly start: number;
  /** The first instant the value differs from `start`; null if it never does. */
  readonly firstChange: number | null;
  readonly max: number;
  /** The first instant the value is `max`. */
  readonly maxAt: number;
  readonly final: number;
  /** The start of the last step: from here on the value is `final`. */
  readonly finalFrom: number;
}

/** Facts of one series' points (in time order, already cut at the end); null if it has none. */
export function stepSeriesFacts(points: readonly StepPoint[]): StepSeriesFacts | null {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  let firstChange: number | null = null;
  let max = first.value;
  let maxAt = first.t;
  for (const p of points) {
    if (firstChange === null && p.value !== first.value) firstChange = p.t;
    if (p.value > max) {
      max = p.value;
      maxAt = p.t;
    }
  }
  let i = points.length - 1;
  while (i > 0 && points[i - 1]!.value === last.value) i--;
  return { start: first.value, firstChange, max, maxAt, final: last.value, finalFrom: points[i]!.t };
}

function describe(label: string, f: StepSeriesFacts | null, unit: TimeUnit): string {
  if (f === null) return msg(str`${label} has no data`);
  if (f.firstChange === null) return msg(str`${label} stays at ${formatCount(f.start)} throughout`);
  const final = formatCount(f.final);
  const finalFrom = formatTime(f.finalFrom, unit);
  if (f.max === f.start) {
    const start = formatCount(f.start);
    const leavesAt = formatTime(f.firstChange, unit);
    return msg(str`${label} starts at its highest value, ${start}, leaves it at ${leavesAt} and ends at ${final} from ${finalFrom}`);
  }
  const start = formatCount(f.start);
  const at = formatTime(f.firstChange, unit);
  if (f.final === f.max && f.finalFrom === f.maxAt) {
    return msg(str`${label} leaves ${start} at ${at} and reaches its highest and final value, ${final}, at ${finalFrom}`);
  }
  const max = formatCount(f.max);
  const maxAt = formatTime(f.maxAt, unit);
  return msg(str`${label} leaves ${start} at ${at}, peaks at ${max} at ${maxAt} and ends at ${final} from ${finalFrom}`);
}

export interface StepSummaryInput {
  readonly series: readonly StepSeries[];
  readonly yLabel: string;
  readonly timeUnit: TimeUnit;
  /** Points after it are left out, as the chart leaves them out. */
  readonly end?: number;
}

/**
 * E.g. "Good units delivered: Batch (B = 10) leaves 0 at 31.2 min and reaches its highest
 * and final value, 50, at 96.0 min; One-piece flow leaves 0 at 5.1 min and …".
 */
export function stepChartSummary({ series, yLabel, timeUnit, end }: StepSummaryInput): string {
  if (series.length === 0) return msg(str`${yLabel}: no data.`);
  const parts = series.map((s) => describe(s.label, stepSeriesFacts(pointsUpTo(s.points, end)), timeUnit));
  const all = joinClauses(parts);
  return msg(str`${yLabel}: ${all}.`);
}
