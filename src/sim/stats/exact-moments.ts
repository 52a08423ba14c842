/**
 * Exact first and second moments, so a reported standard deviation, like a mean, is the same
 * to the bit whatever the chunking and merge order (QUALITY R2).
 *
 * Σx and Σx² are kept as exact sums: each x² enters as the exact pair fl(x²) + error
 * (Dekker's product), so the expansion holds the true Σx². The variance numerator
 * n·Σx² − (Σx)² is then formed exactly and rounded once: a sample of equal values gives a
 * standard deviation of exactly 0, and there is no catastrophic cancellation when the mean
 * dwarfs the spread. Valid for |x| < 1e150 (the products must not overflow), far beyond money.
 *
 * It lives beside its only user; it can move to sim/stats when a second model needs it.
 */
import { addExact, exactSum, valueOf, type ExactSum } from './exact-sum.ts';

/** 2^27 + 1: splits a double into two halves whose products are exact (Veltkamp). */
const SPLITTER = 134217729;

/** Adds x² to an exact sum, exactly. */
export function addSquareExact(squares: ExactSum, x: number): void {
  addProductExact(squares, x, x);
}

/** Adds a·b to an exact sum, exactly: the rounded product and its rounding error. */
function addProductExact(into: ExactSum, a: number, b: number): void {
  const product = a * b;
  const aSplit = SPLITTER * a;
  const aHigh = aSplit - (aSplit - a);
  const aLow = a - aHigh;
  const bSplit = SPLITTER * b;
  const bHigh = bSplit - (bSplit - b);
  const bLow = b - bHigh;
  const error = aLow * bLow - (((product - aHigh * bHigh) - aLow * bHigh) - aHigh * bLow);
  addExact(into, product);
  if (error !== 0) addExact(into, error);
}

/**
 * The sample variance (n − 1 in the denominator) from n and the exact Σx and Σx², or null
 * when n < 2: one replication says nothing about spread, and 0 would claim certainty.
 */
export function sampleVariance(n: number, sum: ExactSum, squares: ExactSum): number | null {
  if (n < 2) return null;
  const numerator = exactSum();
  for (const q of squares) addProductExact(numerator, q, n);
  for (const a of sum) for (const b of sum) addProductExact(numerator, -a, b);
  // n·(n − 1) is an exact double for n below 9e7 replications.
  return Math.max(0, valueOf(numerator)) / (n * (n - 1));
}
