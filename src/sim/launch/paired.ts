/**
 * Paired differences between launches met by the same markets (common random numbers): for
 * every pair (a, b) of launches, a < b in the order of the results, exact Σ(profit_a − profit_b)
 * and Σ(profit_a − profit_b)², and how many markets one of the two lost money in and the
 * other did not. From these, the standard error of the difference of two mean profits (and of
 * two loss shares) is the one of the paired replications, much smaller than two independent
 * samples would give: the same market's luck cancels out (lesson 3 grades a prediction
 * against it). Exact sums, so the figures do not depend on chunking or worker count.
 *
 * Kept only when there are at most MAX_PAIRED launches (190 pairs at 20), so a sweep of a
 * hundred launch quantities does not pay for 4,950 pairs it never shows.
 */
import { addExact, exactSum, mergeExact, valueOf, type ExactSum } from '../stats/exact-sum.ts';
import { addSquareExact, sampleVariance } from '../stats/exact-moments.ts';
import type { ExactCascade } from '../stats/exact-cascade.ts';

/** Most launches whose pairs are kept (the most strategies a scenario may have). */
export const MAX_PAIRED = 20;

export interface PairSummary {
  /** Exact Σ (profit_a − profit_b) over the replications. */
  diff: ExactSum;
  /** Exact Σ (profit_a − profit_b)². */
  diffSquares: ExactSum;
  /** Replications in which exactly one of the two lost money (Σ (loss_a − loss_b)²). */
  discordantLosses: number;
}

export function emptyPair(): PairSummary {
  return { diff: exactSum(), diffSquares: exactSum(), discordantLosses: 0 };
}

/** The index of pair (a, b), a < b < n, in the list of pairs (0,1), (0,2), …, (1,2), …. */
export function pairIndex(a: number, b: number, n: number): number {
  if (!(a >= 0 && a < b && b < n)) throw new RangeError(`pair (${a}, ${b}) is not a pair of ${n} launches`);
  return a * n - (a * (a + 1)) / 2 + (b - a - 1);
}

export function pairCount(n: number): number {
  return (n * (n - 1)) / 2;
}

/** Adds one replication's profits (one per launch) to the pairs. */
export function addToPairs(pairs: PairSummary[], profits: Float64Array, n: number): void {
  let k = 0;
  for (let a = 0; a < n; a++) {
    const pa = profits[a] as number;
    for (let b = a + 1; b < n; b++) {
      const pb = profits[b] as number;
      const pair = pairs[k++] as PairSummary;
      const d = pa - pb;
      addExact(pair.diff, d);
      addSquareExact(pair.diffSquares, d);
      if (pa < 0 !== pb < 0) pair.discordantLosses++;
    }
  }
}

/** Slots a pair takes in an ExactCascade: Σd, then Σd². */
export const PAIR_SLOTS = 2;

/** addToPairs for a chunk's hot loop: the sums wait in `slots` (from `base` on) until flushPairSlots. */
export function addToPairSlots(pairs: PairSummary[], slots: ExactCascade, base: number, profits: Float64Array, n: number): void {
  let k = 0;
  for (let a = 0; a < n; a++) {
    const pa = profits[a] as number;
    for (let b = a + 1; b < n; b++) {
      const pb = profits[b] as number;
      const d = pa - pb;
      const slot = base + PAIR_SLOTS * k;
      slots.add(slot, d);
      slots.addSquare(slot + 1, d);
      if (pa < 0 !== pb < 0) (pairs[k] as PairSummary).discordantLosses++;
      k++;
    }
  }
}

/** Moves the sums kept in `slots` for the pairs (addToPairSlots) into them, after `replications` (> 0) were added. */
export function flushPairSlots(pairs: PairSummary[], slots: ExactCascade, base: number, replications: number): void {
  if (replications === 0) return;
  pairs.forEach((pair, k) => {
    slots.flushInto(base + PAIR_SLOTS * k, pair.diff);
    slots.flushInto(base + PAIR_SLOTS * k + 1, pair.diffSquares);
  });
}

export function mergePairs(into: PairSummary[], from: readonly PairSummary[]): void {
  into.forEach((pair, k) => {
    const other = from[k] as PairSummary;
    mergeExact(pair.diff, other.diff);
    mergeExact(pair.diffSquares, other.diffSquares);
    pair.discordantLosses += other.discordantLosses;
  });
}

/** The paired figures of a over b: mean and sample sd (n − 1) of the per-replication differences. */
export interface PairedDifference {
  readonly replications: number;
  /** Mean of profit_a − profit_b. */
  readonly meanProfit: number;
  /** Sample sd of profit_a − profit_b; null with fewer than 2 replications. */
  readonly sdProfit: number | null;
  /** Share of markets where a lost money minus that where b did. */
  readonly lossShare: number;
  /** Sample sd of loss_a − loss_b (each 0 or 1); null with fewer than 2 replications. */
  readonly sdLoss: number | null;
}

/**
 * The paired difference a − b from a pair summary (a < b as stored; `flip` gives b − a), with
 * the two launches' loss counts.
 */
export function pairedDifference(pair: PairSummary, n: number, lossesA: number, lossesB: number, flip = false): PairedDifference {
  const sign = flip ? -1 : 1;
  const variance = sampleVariance(n, pair.diff, pair.diffSquares);
  // Σd = lossesA − lossesB and Σd² = discordant: the loss indicator's paired variance.
  const lossSum = lossesA - lossesB;
  const lossVariance = n < 2 ? null : Math.max(0, (n * pair.discordantLosses - lossSum * lossSum) / (n * (n - 1)));
  return {
    replications: n,
    meanProfit: n > 0 ? (sign * valueOf(pair.diff)) / n : 0,
    sdProfit: variance === null ? null : Math.sqrt(variance),
    lossShare: n > 0 ? (sign * lossSum) / n : 0,
    sdLoss: lossVariance === null ? null : Math.sqrt(lossVariance),
  };
}
