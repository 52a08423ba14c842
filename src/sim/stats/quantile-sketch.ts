/**
 * A mergeable quantile summary for Monte Carlo outputs: p5/p50/p95 and lower-tail means
 * (CVaR) in memory that does not grow with the number of replications (QUALITY W5).
 *
 * Its state, and so every answer, depends only on the multiset of values added: never on
 * how they were chunked or the order summaries were merged in (QUALITY R2).
 *
 * - Up to EXACT_LIMIT values it keeps them all: quantiles are exact (type 7, as d3-array's
 *   `quantile`) and tail means are exact sums.
 * - Beyond, it is a log-bucketed histogram with relative accuracy α = 1e-3 (DDSketch, Masson
 *   et al. 2019): separate stores for negative values, zeros and positive values; bucket i
 *   of a store holds magnitudes in (γ^(i−1), γ^i], γ = (1 + α)/(1 − α), and stands for
 *   2γ^i/(1 + γ), within α of every magnitude in it, moved inside the smallest and largest
 *   magnitude the bucket holds (so a repeated value is reported exactly, and no answer leaves
 *   [min, max]). Counts are integers and extremes are extremes, so merging is exact. Whether a summary is exact depends only on its count, and turning values into
 *   buckets gives the buckets adding them directly would, so the switch cannot see chunking.
 *
 * Accuracy in the bucketed mode: a quantile whose two neighbouring order statistics have
 * the same sign is within relative error α (+ 1e-12 for rounding at bucket edges) of the
 * exact type-7 quantile; across a sign change the error is at most α × the larger
 * magnitude. A tail mean is within α of the exact one when the tail does not change sign.
 * A store keeps at most MAX_BUCKETS buckets (a magnitude range of γ^8192 ≈ 1.3e7): smaller
 * magnitudes are folded into its lowest bucket, so values below max|x|/1.3e7 of their own
 * sign are off by at most that much in absolute terms.
 *
 * The state is plain data (numbers, arrays, nulls), so it crosses worker boundaries as is.
 */
import { exp } from '../math/elementary.ts';
import { bucketIndex, GAMMA, LN_GAMMA, RELATIVE_ACCURACY } from './bucket-index.ts';
import { addExact, exactSum, valueOf } from './exact-sum.ts';
import { quantileSorted } from './quantile.ts';

/** Most values a sketch keeps exactly. */
export const EXACT_LIMIT = 20_000;

/** Relative accuracy of the bucketed mode. */
export { RELATIVE_ACCURACY };

/** Most buckets per sign; the lowest collects every smaller magnitude. */
export const MAX_BUCKETS = 8192;


/**
 * Magnitudes by bucket: counts[j] values in bucket offset + j, the smallest of them lows[j]
 * and the largest highs[j] (0 where counts[j] is 0). The extremes cost two numbers per
 * bucket and make a bucket that holds one repeated value report it exactly.
 */
export interface BucketStore {
  offset: number;
  counts: number[];
  lows: number[];
  highs: number[];
}

export interface QuantileSketch {
  count: number;
  /**
   * Every value while count ≤ EXACT_LIMIT, in no particular order; null once bucketed. A
   * sketch about to cross a thread may hold them in a Float64Array (packSketchValues): it
   * clones as one block of bytes, where an array of numbers clones number by number.
   */
  values: number[] | Float64Array | null;
  /** Smallest and largest value added (null while empty). */
  min: number | null;
  max: number | null;
  /** The bucketed mode (empty while exact). */
  zeros: number;
  positive: BucketStore;
  negative: BucketStore;
}

export function createQuantileSketch(): QuantileSketch {
  return { count: 0, values: [], min: null, max: null, zeros: 0, positive: emptyStore(), negative: emptyStore() };
}

function emptyStore(): BucketStore {
  return { offset: 0, counts: [], lows: [], highs: [] };
}

/**
 * Moves an exact sketch's values into a Float64Array (the same values in the same order), so
 * that a summary posted to another thread clones them as one block: a chunk's summary does
 * this before it leaves a worker. Adding to or merging into the sketch later turns them back
 * into an array.
 */
export function packSketchValues(sketch: QuantileSketch): void {
  if (Array.isArray(sketch.values)) sketch.values = Float64Array.from(sketch.values);
}

/** The values of an exact sketch as an array that can grow (unpacking packed ones). */
function growableValues(sketch: QuantileSketch): number[] | null {
  const values = sketch.values;
  if (values === null || Array.isArray(values)) return values;
  const unpacked = Array.from(values);
  sketch.values = unpacked;
  return unpacked;
}

/** Adds one finite value. */
export function addToSketch(sketch: QuantileSketch, x: number): void {
  if (!Number.isFinite(x)) throw new RangeError(`quantile sketch: ${x} is not a finite number`);
  const value = x === 0 ? 0 : x; // −0 and 0 are one value here
  sketch.count++;
  sketch.min = sketch.min === null || value < sketch.min ? value : sketch.min;
  sketch.max = sketch.max === null || value > sketch.max ? value : sketch.max;
  const values = Array.isArray(sketch.values) ? sketch.values : growableValues(sketch);
  if (values !== null) {
    values.push(value);
    if (values.length > EXACT_LIMIT) toBuckets(sketch);
  } else {
    addToBuckets(sketch, value);
  }
}

/** Merges `from` into `into` and returns `into`; `from` is left as it was and shares nothing with it. */
export function mergeSketches(into: QuantileSketch, from: QuantileSketch): QuantileSketch {
  if (from.count === 0) return into;
  into.count += from.count;
  into.min = into.min === null || (from.min as number) < into.min ? from.min : into.min;
  into.max = into.max === null || (from.max as number) > into.max ? from.max : into.max;
  if (into.values !== null && into.count > EXACT_LIMIT) toBuckets(into);
  const values = growableValues(into);
  if (values !== null) {
    const fromValues = from.values as number[] | Float64Array;
    for (let i = 0; i < fromValues.length; i++) values.push(fromValues[i] as number);
  } else if (from.values !== null) {
    const fromValues = from.values;
    for (let i = 0; i < fromValues.length; i++) addToBuckets(into, fromValues[i] as number);
  } else {
    into.zeros += from.zeros;
    mergeStores(into.positive, from.positive);
    mergeStores(into.negative, from.negative);
  }
  return into;
}

/** What a Monte Carlo reports from a sketch: quantiles and a lower-tail mean. */
export interface SketchDescription {
  /** The requested quantiles, in the order asked. */
  readonly quantiles: number[];
  /** The mean of the k smallest values. */
  readonly lowerTailMean: number;
}

/**
 * The p-quantiles (0 ≤ p ≤ 1, linear interpolation between order statistics: type 7) and
 * the mean of the k smallest values (1 ≤ k ≤ count; CVaR when the values are profits), or
 * null for an empty sketch. One sort serves them all.
 */
export function describeSketch(sketch: QuantileSketch, probabilities: readonly number[], k: number): SketchDescription | null {
  if (sketch.count === 0) return null;
  const take = Math.min(Math.max(1, Math.floor(k)), sketch.count);
  const tailSum = exactSum();
  if (sketch.values !== null) {
    const sorted = Float64Array.from(sketch.values).sort();
    for (let i = 0; i < take; i++) addExact(tailSum, sorted[i] as number);
    return { quantiles: probabilities.map((p) => quantileSorted(sorted, p)), lowerTailMean: valueOf(tailSum) / take };
  }
  let taken = 0;
  forEachBucketAscending(sketch, (value, count) => {
    const used = Math.min(count, take - taken);
    addExact(tailSum, value * used);
    taken += used;
    return taken < take;
  });
  return { quantiles: probabilities.map((p) => bucketedQuantile(sketch, p)), lowerTailMean: valueOf(tailSum) / take };
}

/** The p-quantile (type 7), or null for an empty sketch. */
export function sketchQuantile(sketch: QuantileSketch, p: number): number | null {
  return describeSketch(sketch, [p], 1)?.quantiles[0] ?? null;
}

/** The mean of the k smallest values, or null for an empty sketch. */
export function sketchLowerTailMean(sketch: QuantileSketch, k: number): number | null {
  return describeSketch(sketch, [], k)?.lowerTailMean ?? null;
}

/** Type 7 on the bucketed mode: the same formula, on bucket values of the two order statistics. */
function bucketedQuantile(sketch: QuantileSketch, p: number): number {
  const n = sketch.count;
  if (p <= 0 || n === 1) return sketch.min as number;
  if (p >= 1) return sketch.max as number;
  const h = (n - 1) * p;
  const i = Math.floor(h);
  const lo = valueAtRank(sketch, i);
  const hi = valueAtRank(sketch, i + 1);
  return lo + (hi - lo) * (h - i);
}

/** Switches an exact sketch to buckets; the values become exactly the buckets adding them would give. */
function toBuckets(sketch: QuantileSketch): void {
  const values = sketch.values as number[] | Float64Array;
  sketch.values = null;
  for (let i = 0; i < values.length; i++) addToBuckets(sketch, values[i] as number);
}

function bucketValue(index: number): number {
  return (2 * exp(index * LN_GAMMA)) / (1 + GAMMA);
}

function addToBuckets(sketch: QuantileSketch, value: number): void {
  if (value > 0) addToStore(sketch.positive, bucketIndex(value), 1, value, value);
  else if (value < 0) addToStore(sketch.negative, bucketIndex(-value), 1, -value, -value);
  else sketch.zeros++;
}

/**
 * Adds `count` magnitudes from `low` to `high` to bucket `index`, folding magnitudes more
 * than MAX_BUCKETS buckets below the top into the lowest kept bucket. The fold depends only
 * on the largest index ever seen, so the store is the same function of the multiset
 * whatever the order of adds and merges.
 */
function addToStore(store: BucketStore, index: number, count: number, low: number, high: number): void {
  const j = index - store.offset;
  if (j >= 0 && j < store.counts.length) {
    // Inside the buckets kept: the top, and so the fold floor, stay as they are (the store
    // already starts at or above the floor), so the general steps below would only add.
    addToSlot(store, j, count, low, high);
    return;
  }
  if (store.counts.length === 0) {
    store.offset = index;
    store.counts.push(count);
    store.lows.push(low);
    store.highs.push(high);
    return;
  }
  const top = Math.max(index, store.offset + store.counts.length - 1);
  const floor = top - MAX_BUCKETS + 1;
  const target = Math.max(index, floor);
  if (store.offset < floor) foldBelow(store, floor);
  if (target < store.offset) {
    // Shifted in place: no new arrays (a store of a run's profits is extended downwards a
    // few hundred times, and copying it into new generic arrays made most of the garbage).
    const zeros = new Array<number>(store.offset - target).fill(0);
    store.counts.unshift(...zeros);
    store.lows.unshift(...zeros);
    store.highs.unshift(...zeros);
    store.offset = target;
  }
  while (store.offset + store.counts.length <= target) {
    store.counts.push(0);
    store.lows.push(0);
    store.highs.push(0);
  }
  addToSlot(store, target - store.offset, count, low, high);
}

function addToSlot(store: BucketStore, j: number, count: number, low: number, high: number): void {
  const had = store.counts[j] as number;
  store.lows[j] = had === 0 ? low : Math.min(store.lows[j] as number, low);
  store.highs[j] = had === 0 ? high : Math.max(store.highs[j] as number, high);
  store.counts[j] = had + count;
}

/** Folds every bucket below `floor` into bucket `floor`. */
function foldBelow(store: BucketStore, floor: number): void {
  const cut = Math.min(floor - store.offset, store.counts.length);
  const folded: BucketStore = {
    offset: floor,
    counts: store.counts.slice(cut),
    lows: store.lows.slice(cut),
    highs: store.highs.slice(cut),
  };
  if (folded.counts.length === 0) {
    folded.counts.push(0);
    folded.lows.push(0);
    folded.highs.push(0);
  }
  for (let j = 0; j < cut; j++) {
    const c = store.counts[j] as number;
    if (c > 0) addToSlot(folded, 0, c, store.lows[j] as number, store.highs[j] as number);
  }
  Object.assign(store, folded);
}

function mergeStores(into: BucketStore, from: BucketStore): void {
  if (into.counts.length === 0) {
    // Into an empty store: the buckets adding from's one by one would give (from's top is a
    // used bucket and all its buckets lie within MAX_BUCKETS of it, so nothing folds): its
    // arrays from the lowest used bucket up, copied at once instead of grown from the top
    // down one bucket at a time (quadratic in the number of buckets).
    let first = 0;
    while (first < from.counts.length && from.counts[first] === 0) first++;
    if (first === from.counts.length) return;
    into.offset = from.offset + first;
    into.counts = from.counts.slice(first);
    into.lows = from.lows.slice(first);
    into.highs = from.highs.slice(first);
    return;
  }
  // Highest bucket first, so the fold floor is set before the low buckets arrive.
  for (let j = from.counts.length - 1; j >= 0; j--) {
    const c = from.counts[j] as number;
    if (c > 0) addToStore(into, from.offset + j, c, from.lows[j] as number, from.highs[j] as number);
  }
}

/** The value a bucket stands for: its DDSketch value, moved inside the magnitudes it holds. */
function bucketMagnitude(store: BucketStore, j: number): number {
  const v = bucketValue(store.offset + j);
  return Math.min(store.highs[j] as number, Math.max(store.lows[j] as number, v));
}

/**
 * Calls visit(value, count) for each non-empty bucket from the smallest value up: negative
 * buckets by decreasing magnitude, zeros, then positive buckets. Stops when visit returns
 * false.
 */
function forEachBucketAscending(sketch: QuantileSketch, visit: (value: number, count: number) => boolean): void {
  const { negative, positive } = sketch;
  for (let j = negative.counts.length - 1; j >= 0; j--) {
    const c = negative.counts[j] as number;
    if (c > 0 && !visit(-bucketMagnitude(negative, j), c)) return;
  }
  if (sketch.zeros > 0 && !visit(0, sketch.zeros)) return;
  for (let j = 0; j < positive.counts.length; j++) {
    const c = positive.counts[j] as number;
    if (c > 0 && !visit(bucketMagnitude(positive, j), c)) return;
  }
}

/** The bucket value of the order statistic of 0-based rank r (0 ≤ r < count). */
function valueAtRank(sketch: QuantileSketch, rank: number): number {
  let seen = 0;
  let found = sketch.max as number;
  forEachBucketAscending(sketch, (value, count) => {
    seen += count;
    if (rank < seen) {
      found = value;
      return false;
    }
    return true;
  });
  return found;
}
