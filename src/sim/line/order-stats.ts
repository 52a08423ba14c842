/** Mean and order statistics of a run's lead times or flow times (type-7 percentiles, MODEL.md). */
import { sumCompensated } from '../stats/exact-sum.ts';
import { quantileSorted } from '../stats/quantile.ts';
import type { GrowableFloat64 } from '../util/growable.ts';

export interface OrderStats {
  readonly mean: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}

/** The figures of the values collected, or null when there are none. */
export function orderStatsOf(values: GrowableFloat64): OrderStats | null {
  const count = values.length;
  if (count === 0) return null;
  const sorted = values.toArray().sort();
  return {
    mean: sumCompensated(sorted) / count,
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    p99: quantileSorted(sorted, 0.99),
    max: sorted[count - 1] as number,
  };
}
