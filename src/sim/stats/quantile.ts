/**
 * Percentiles by linear interpolation between order statistics (Hyndman and Fan type 7,
 * as numpy's default and d3-array's `quantile`), as MODEL.md fixes.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  if (p <= 0 || n === 1) return sorted[0] as number;
  if (p >= 1) return sorted[n - 1] as number;
  const h = (n - 1) * p;
  const i = Math.floor(h);
  const lo = sorted[i] as number;
  const hi = sorted[i + 1] as number;
  return lo + (hi - lo) * (h - i);
}
