/**
 * The quantile sketch's bucket of a magnitude, ⌈ln(m) / ln γ⌉ with the engine-independent
 * `ln`, found without computing `ln(m)` for almost every m (issue 18: the sketch took a log
 * per value, on the thread that merges the workers' summaries).
 *
 * `slowBucketIndex` is the definition. `bucketIndex` gives the same integer for every
 * positive finite m (bucket-index.test.ts checks it on a million values, bucket edges and
 * their neighbouring doubles included):
 *
 * - The lower edge of bucket i is found once, by the definition itself: the smallest double
 *   e_i that the definition puts in bucket i or above (a hint, then a walk one double at a
 *   time until the definition changes between two neighbouring doubles). Edges are kept in
 *   one table covering the buckets met so far, grown by blocks of 1,024 buckets (about 3
 *   `ln` per bucket; profits of a launch meet a few thousand buckets).
 * - For m, a hint of its bucket comes from a rough ln (the binary exponent and a short
 *   series, within a bucket or two), moved until e_i ≤ m < e_(i+1).
 * - The answer is taken from the edges only when m is more than a relative 1e-12 away from
 *   both edges. The definition's quotient is then at least 5e-10 away from every integer,
 *   while `ln` is within an ulp and the division within half an ulp (under 6e-11 for every
 *   finite double), so the definition gives i there whatever the hint was. A value closer
 *   to an edge (about one in 10⁹) takes the definition itself.
 *
 * Magnitudes outside [1e-300, 1e300], and those of bucket 0 (whose index is −0 below 1 and
 * +0 at 1, as the definition gives it), take the definition too.
 */
import { exp, ln } from '../math/elementary.ts';

/** Relative accuracy of the sketch's bucketed mode. */
export const RELATIVE_ACCURACY = 1e-3;

export const GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
export const LN_GAMMA = ln(GAMMA);

/** The bucket of a positive finite magnitude, by definition. */
export function slowBucketIndex(magnitude: number): number {
  return Math.ceil(ln(magnitude) / LN_GAMMA);
}

const SMALLEST_FAST = 1e-300;
const LARGEST_FAST = 1e300;
const EDGE_BAND = 1e-12;
/** Edges are computed for whole blocks of this many buckets. */
const BLOCK = 1024;
/**
 * The table holds at most this many blocks (65,536 buckets, 512 kB: magnitudes spanning a
 * factor of e^131); buckets beyond it take the definition. Where the table lies depends on
 * the first magnitudes met, which changes only the speed, never an answer.
 */
const MAX_BLOCKS = 64;

/** edges[j]: the lower edge of bucket edgeBase + j, for the blocks computed so far (a contiguous range). */
let edges = new Float64Array(0);
let edgeBase = 0;

const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);
/** Index of the low word in WORDS: 0 on a little-endian machine, 1 on a big-endian one. */
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HIGH = 1 - LOW;

/** The next double up (+1) or down (−1) from a positive finite x: its bit pattern ± 1. */
function neighbour(x: number, step: 1 | -1): number {
  BITS[0] = x;
  const low = (WORDS[LOW] as number) + step;
  WORDS[LOW] = low >>> 0;
  if (low > 0xffffffff) WORDS[HIGH] = (WORDS[HIGH] as number) + 1;
  else if (low < 0) WORDS[HIGH] = (WORDS[HIGH] as number) - 1;
  return BITS[0] as number;
}

/** The smallest positive double the definition puts in bucket `index` or above. */
export function lowerEdge(index: number): number {
  // A hint near γ^(index − 1), then the walk decides: the definition only, one double at a time.
  let x = exp((index - 1) * LN_GAMMA);
  if (slowBucketIndex(x) >= index) {
    for (let below = neighbour(x, -1); slowBucketIndex(below) >= index; below = neighbour(x, -1)) x = below;
  } else {
    do x = neighbour(x, 1);
    while (slowBucketIndex(x) < index);
  }
  return x;
}

/** The lower edge of bucket `index` from the table, grown to hold it when it may; NaN beyond. */
function edge(index: number): number {
  const j = index - edgeBase;
  if (j >= 0 && j < edges.length) return edges[j] as number;
  // + : a number, so the two branches meet as an unboxed double where edge is inlined.
  return +growEdges(index);
}

/**
 * Buckets the table may hold: [−TABLE_LIMIT, TABLE_LIMIT), whose edges γ^(i−1) lie between
 * about 2e-300 and 5e299, so the walk that finds an edge starts from a finite, normal hint
 * a few doubles away (beyond, a hint could overflow or underflow and the walk never end).
 */
const TABLE_LIMIT = 337 * BLOCK;

/** Grows the table (at least doubling it, within MAX_BLOCKS and TABLE_LIMIT) to hold bucket `index`; NaN if it cannot. */
function growEdges(index: number): number {
  if (!(index >= -TABLE_LIMIT && index < TABLE_LIMIT)) return NaN;
  const block = Math.floor(index / BLOCK) * BLOCK;
  if (edges.length === 0) {
    edges = new Float64Array(BLOCK);
    edgeBase = block;
    for (let k = 0; k < BLOCK; k++) edges[k] = lowerEdge(block + k);
    return edges[index - block] as number;
  }
  const end = edgeBase + edges.length;
  const needed = Math.max(end, block + BLOCK) - Math.min(edgeBase, block);
  if (needed > MAX_BLOCKS * BLOCK) return NaN;
  // Grow towards the bucket asked for, up if it lies above the table, else down, and not past ±TABLE_LIMIT.
  const up = block >= end;
  const room = up ? TABLE_LIMIT - edgeBase : end + TABLE_LIMIT;
  const size = Math.min(Math.max(edges.length * 2, needed), MAX_BLOCKS * BLOCK, room);
  const base = up ? edgeBase : edgeBase - (size - edges.length);
  const grown = new Float64Array(size);
  grown.set(edges, edgeBase - base);
  for (let k = base; k < edgeBase; k++) grown[k - base] = lowerEdge(k);
  for (let k = end; k < base + size; k++) grown[k - base] = lowerEdge(k);
  edges = grown;
  edgeBase = base;
  return edges[index - base] as number;
}

const LN2 = 0.6931471805599453;
/** 2^-e for the binary exponents e of [1e-300, 1e300], exact: INVERSE_POWERS[e + 1023]. */
const INVERSE_POWERS = Float64Array.from({ length: 2047 }, (_, j) => {
  let p = 1;
  for (let e = j - 1023; e > 0; e--) p /= 2;
  for (let e = j - 1023; e < 0; e++) p *= 2;
  return p;
});

/**
 * ln(m) to within 0.002 for m in [1e-300, 1e300]: the binary exponent e from m's bits, and
 * ln x of the significand x = m·2^-e in [1, 2) by 2·atanh((x − 1)/(x + 1)) to the t³ term.
 */
function roughLn(magnitude: number): number {
  BITS[0] = magnitude;
  const e = (((WORDS[HIGH] as number) >>> 20) & 0x7ff) - 1023;
  const x = magnitude * (INVERSE_POWERS[e + 1023] as number);
  const t = (x - 1) / (x + 1);
  return e * LN2 + 2 * t * (1 + (t * t) / 3);
}

/** The bucket of a positive finite magnitude: slowBucketIndex's answer, mostly without a log. */
export function bucketIndex(magnitude: number): number {
  if (!(magnitude >= SMALLEST_FAST && magnitude <= LARGEST_FAST)) return slowBucketIndex(magnitude);
  // Only a hint, within a bucket or two: the edges decide.
  let i = Math.ceil(roughLn(magnitude) / LN_GAMMA);
  let low = edge(i);
  while (magnitude < low) {
    i--;
    low = edge(i);
  }
  let high = edge(i + 1);
  while (magnitude >= high) {
    i++;
    low = high;
    high = edge(i + 1);
  }
  // A NaN edge (beyond the table) fails every comparison above and lands here.
  if (!(magnitude - low > low * EDGE_BAND && high - magnitude > high * EDGE_BAND)) return slowBucketIndex(magnitude);
  // Bucket 0 is −0 below a magnitude of 1 (the ceiling of a negative quotient): the definition says which zero.
  return i === 0 ? slowBucketIndex(magnitude) : i;
}
