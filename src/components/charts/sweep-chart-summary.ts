/**
 * The data of `genba-sweep-chart` (lead time, WIP and throughput per transfer batch size,
 * each a mean with its 95% CI over replications), the batch ticks of its x axis and its
 * one-sentence text summary: where mean lead time is shortest, and what it is at B = 1 and
 * at the current batch. Nothing assumes small batches win.
 */
import { msg, str } from '@lit/localize';
import { joinClauses } from '../../i18n/text.ts';
import { formatNumber, timeUnitSuffix, type TimeUnit } from './format.ts';

export interface MeanCi95 {
  readonly mean: number;
  /** Half-width of the 95% confidence interval. */
  readonly ci95: number;
}

export interface SweepPoint {
  /** Transfer batch size B. */
  readonly batch: number;
  readonly leadTime: MeanCi95;
  readonly wip: MeanCi95;
  readonly throughput: MeanCi95;
}

/** The point with the shortest mean lead time (the smallest batch among equals); null if none. */
export function bestForLeadTime(points: readonly SweepPoint[]): SweepPoint | null {
  let best: SweepPoint | null = null;
  for (const p of points) if (best === null || p.leadTime.mean < best.leadTime.mean || (p.leadTime.mean === best.leadTime.mean && p.batch < best.batch)) best = p;
  return best;
}

/** Ticks for batch sizes on a linear axis: 1, 5, 10, then every 10 (or every 1 up to 10). */
export function batchTicks(min: number, max: number): number[] {
  const ticks = max <= 10 ? Array.from({ length: max }, (_, i) => i + 1) : [1, 5, 10];
  for (let b = 20; b <= max; b += 10) ticks.push(b);
  return ticks.filter((b) => b >= min && b <= max);
}

export interface SweepSummaryInput {
  readonly points: readonly SweepPoint[];
  readonly timeUnit: TimeUnit;
  /** The batch chosen on the left line. */
  readonly current?: number;
}

/**
 * E.g. "Transfer batch sweep: mean lead time is shortest at B = 2, 15.0 ± 1.0 min; at B = 1
 * it is 20.0 ± 1.0 min, 5.0 min longer; at the current B = 10 it is 30.0 ± 2.0 min, 15.0 min longer."
 */
export function sweepChartSummary({ points, timeUnit, current }: SweepSummaryInput): string {
  const best = bestForLeadTime(points);
  if (best === null) return msg('Transfer batch sweep: no data.');
  const unit = timeUnitSuffix(timeUnit);
  const mci = (m: MeanCi95): string => {
    const mean = formatNumber(m.mean);
    const ci = formatNumber(m.ci95);
    return msg(str`${mean} ± ${ci} ${unit}`);
  };
  const bestBatch = best.batch;
  const bestTime = mci(best.leadTime);
  const parts = [
    best.batch === current
      ? msg(str`mean lead time is shortest at B = ${bestBatch} (the current batch), ${bestTime}`)
      : msg(str`mean lead time is shortest at B = ${bestBatch}, ${bestTime}`),
  ];
  for (const b of new Set([1, ...(current === undefined ? [] : [current])])) {
    const p = points.find((q) => q.batch === b);
    if (!p || p === best) continue;
    const time = mci(p.leadTime);
    const longer = formatNumber(p.leadTime.mean - best.leadTime.mean);
    const within = p.leadTime.mean - best.leadTime.mean <= p.leadTime.ci95 + best.leadTime.ci95;
    if (b === current) {
      parts.push(
        within
          ? msg(str`at the current B = ${b} it is ${time}, ${longer} ${unit} longer, within the confidence intervals`)
          : msg(str`at the current B = ${b} it is ${time}, ${longer} ${unit} longer`),
      );
    } else {
      parts.push(
        within
          ? msg(str`at B = ${b} it is ${time}, ${longer} ${unit} longer, within the confidence intervals`)
          : msg(str`at B = ${b} it is ${time}, ${longer} ${unit} longer`),
      );
    }
  }
  const all = joinClauses(parts);
  return msg(str`Transfer batch sweep: ${all}.`);
}
