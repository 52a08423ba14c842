/**
 * Little's law as a sentence: WIP = throughput × flow time, read the way a supervisor
 * would: "30 units in the line at 0.5 an hour means 60 hours to get through".
 */
export interface LittleReading {
  /** Units in the line (released, not yet delivered). */
  readonly wip: number;
  /** Units delivered per time unit. */
  readonly throughput: number;
  /** Time to get through: WIP / throughput. */
  readonly flowTime: number;
}

/** The reading, or null when it cannot be said: no throughput, or a figure that is not finite or negative. */
export function littleReading(wip: number, throughput: number): LittleReading | null {
  if (!Number.isFinite(wip) || !Number.isFinite(throughput) || wip < 0 || throughput <= 0) return null;
  return { wip, throughput, flowTime: wip / throughput };
}

/**
 * What Little's law can say at a moment: a reading; that the line is empty (no unit in it:
 * no time to get through to speak of, rather than "0 hours"); that the run delivered nothing
 * (no rate to divide by); or nothing, for a figure that is not finite or is negative.
 */
export type LittleCase = { readonly kind: 'reading'; readonly reading: LittleReading } | { readonly kind: 'empty' } | { readonly kind: 'no-deliveries' };

export function littleCase(wip: number, throughput: number): LittleCase | null {
  if (!Number.isFinite(wip) || !Number.isFinite(throughput) || wip < 0 || throughput < 0) return null;
  if (throughput === 0) return { kind: 'no-deliveries' };
  if (wip === 0) return { kind: 'empty' };
  return { kind: 'reading', reading: { wip, throughput, flowTime: wip / throughput } };
}

/** WIP at time t of a step series ({ t, wip } points, the value holds from t on). */
export function wipAt(series: readonly { readonly t: number; readonly wip: number }[], t: number): number {
  let lo = 0;
  let hi = series.length - 1;
  if (hi < 0 || t < (series[0] as { t: number }).t) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((series[mid] as { t: number }).t <= t) lo = mid;
    else hi = mid - 1;
  }
  return (series[lo] as { wip: number }).wip;
}
