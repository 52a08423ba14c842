/**
 * Histograms of profit, one per strategy on shared bins, read from the Monte Carlo's own
 * quantile sketches (src/sim/stats/quantile-sketch.ts), so no replication has to be kept.
 *
 * - While a sketch holds its values exactly (at most 20,000 per market state), every value
 *   is counted in its bin.
 * - Once bucketed, a bucket counts at the middle of the smallest and largest value it holds.
 *   A bucket spans at most 0.2% of its magnitude (relative accuracy 1e-3 each side), so only
 *   values within 0.2% of a bin edge can land one bin off: invisible at 30 bins.
 *
 * Bin edges are "nice" numbers (d3-array's ticks) covering every value, and 0 is an edge
 * whenever profits of both signs occur, so no bin mixes losses and gains.
 */
import { nice, ticks } from 'd3-array';
import type { QuantileSketch, BucketStore } from '../../sim/stats/quantile-sketch.ts';

/** Bins a histogram aims for (d3 picks a nice step near it). */
export const DEFAULT_BIN_COUNT = 30;

/** Calls visit(value, count) for every value (or bucket) the sketch holds, in no particular order. */
export function forEachSketchValue(sketch: QuantileSketch, visit: (value: number, count: number) => void): void {
  if (sketch.count === 0) return;
  if (sketch.values !== null) {
    for (const v of sketch.values) visit(v, 1);
    return;
  }
  if (sketch.zeros > 0) visit(0, sketch.zeros);
  visitStore(sketch.positive, 1, visit);
  visitStore(sketch.negative, -1, visit);
}

function visitStore(store: BucketStore, sign: 1 | -1, visit: (value: number, count: number) => void): void {
  for (let j = 0; j < store.counts.length; j++) {
    const count = store.counts[j] as number;
    if (count > 0) visit((sign * ((store.lows[j] as number) + (store.highs[j] as number))) / 2, count);
  }
}

/**
 * Nice, equally spaced edges from at or below `min` to at or above `max`; at least two.
 * A single value v gets the nice bin around it.
 */
export function histogramEdges(min: number, max: number, binCount = DEFAULT_BIN_COUNT): number[] {
  let [lo, hi] = min < max ? [min, max] : [min - Math.max(1, Math.abs(min) * 0.01), max + Math.max(1, Math.abs(max) * 0.01)];
  [lo, hi] = nice(lo, hi, binCount);
  const edges = ticks(lo, hi, binCount);
  // nice() makes the ends ticks, but guard rounding: the edges must cover [min, max].
  if ((edges[0] as number) > min) edges.unshift(min);
  if ((edges[edges.length - 1] as number) < max) edges.push(max);
  return edges.length >= 2 ? edges : [lo, hi];
}

/** The bin of x: edges[j] ≤ x < edges[j + 1], the last bin closed; −1 outside. */
export function binIndex(edges: readonly number[], x: number): number {
  const last = edges.length - 2;
  if (last < 0 || x < (edges[0] as number) || x > (edges[last + 1] as number)) return -1;
  let lo = 0;
  let hi = last;
  // Binary search for the last edge ≤ x.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((edges[mid] as number) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Counts per bin of every value in the sketches (e.g. one per market state). */
export function binCounts(edges: readonly number[], sketches: readonly QuantileSketch[]): number[] {
  const counts = new Array<number>(Math.max(0, edges.length - 1)).fill(0);
  for (const sketch of sketches) {
    forEachSketchValue(sketch, (value, count) => {
      // A bucket's middle can sit a hair outside [min, max]: clamp it into the end bins.
      const x = Math.min(edges[edges.length - 1] as number, Math.max(edges[0] as number, value));
      const j = binIndex(edges, x);
      if (j >= 0) counts[j] = (counts[j] as number) + count;
    });
  }
  return counts;
}

/** Histograms of several series (strategies) on shared bins. */
export interface SharedHistograms {
  readonly edges: readonly number[];
  /** counts[i][j]: series i, bin j. */
  readonly counts: readonly (readonly number[])[];
  /** Values per series. */
  readonly totals: readonly number[];
}

/**
 * Shared-bin histograms of several series, each the union of its sketches (one per
 * market state): bins span the smallest to the largest value of all series. Null when
 * every sketch is empty.
 */
export function sharedHistograms(series: readonly (readonly QuantileSketch[])[], binCount = DEFAULT_BIN_COUNT): SharedHistograms | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const sketches of series) {
    for (const s of sketches) {
      if (s.count === 0) continue;
      min = Math.min(min, s.min as number);
      max = Math.max(max, s.max as number);
    }
  }
  if (!(min <= max)) return null;
  const edges = histogramEdges(min, max, binCount);
  const counts = series.map((sketches) => binCounts(edges, sketches));
  return { edges, counts, totals: counts.map((c) => c.reduce((a, b) => a + b, 0)) };
}
