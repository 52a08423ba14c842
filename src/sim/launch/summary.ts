/**
 * Streaming statistics of the replications of one launch quantity in one market state:
 * exact sums for means, exact Σ profit² for the standard deviation, a loss count, and a
 * quantile sketch of profit. Everything merges exactly, so a summary is the same function
 * of its replications however they were chunked (QUALITY R2), and its size does not grow
 * with the number of replications (QUALITY W5).
 */
import { addExact, exactSum, mergeExact, valueOf, type ExactSum } from '../stats/exact-sum.ts';
import {
  addToSketch,
  createQuantileSketch,
  describeSketch,
  mergeSketches,
  type QuantileSketch,
  type SketchDescription,
} from '../stats/quantile-sketch.ts';
import { addSquareExact, sampleVariance } from '../stats/exact-moments.ts';
import type { ExactCascade } from '../stats/exact-cascade.ts';
import { TOTAL_INDEX, TOTALS_LENGTH, type LaunchTotalName } from './replication.ts';

export interface GroupSummary {
  replications: number;
  /** Replications with profit < 0. */
  losses: number;
  /** Exact sum of each total, in TOTAL_INDEX order. */
  sums: ExactSum[];
  /** Exact Σ profit². */
  profitSquares: ExactSum;
  profit: QuantileSketch;
}

export function emptyGroup(): GroupSummary {
  return {
    replications: 0,
    losses: 0,
    sums: Array.from({ length: TOTALS_LENGTH }, exactSum),
    profitSquares: exactSum(),
    profit: createQuantileSketch(),
  };
}

/** Adds one replication's totals (a TOTAL_INDEX-ordered buffer). */
export function addToGroup(group: GroupSummary, totals: Float64Array): void {
  const profit = totals[TOTAL_INDEX.profit] as number;
  group.replications++;
  if (profit < 0) group.losses++;
  for (let m = 0; m < TOTALS_LENGTH; m++) addExact(group.sums[m] as ExactSum, totals[m] as number);
  addSquareExact(group.profitSquares, profit);
  addToSketch(group.profit, profit);
}

/** Slots a group takes in an ExactCascade: one per total, then Σ profit². */
export const GROUP_SLOTS = TOTALS_LENGTH + 1;

/**
 * addToGroup for a chunk's hot loop: the same replication added, with its sums kept in
 * `slots` (from slot `base` on, GROUP_SLOTS of them) until flushGroupSlots hands them to the
 * group. After the flush the group's sums are exactly addToGroup's (the same rounded
 * values); the counts and the sketch are updated at once.
 */
export function addToGroupSlots(group: GroupSummary, slots: ExactCascade, base: number, totals: Float64Array): void {
  const profit = totals[TOTAL_INDEX.profit] as number;
  group.replications++;
  if (profit < 0) group.losses++;
  for (let m = 0; m < TOTALS_LENGTH; m++) slots.add(base + m, totals[m] as number);
  slots.addSquare(base + TOTALS_LENGTH, profit);
  addToSketch(group.profit, profit);
}

/** Moves the sums kept in `slots` for a group (addToGroupSlots) into the group; a group no replication met has none. */
export function flushGroupSlots(group: GroupSummary, slots: ExactCascade, base: number): void {
  if (group.replications === 0) return;
  for (let m = 0; m < TOTALS_LENGTH; m++) slots.flushInto(base + m, group.sums[m] as ExactSum);
  slots.flushInto(base + TOTALS_LENGTH, group.profitSquares);
}

/** Merges `from` into `into` and returns `into`; `from` is not changed. */
export function mergeGroups(into: GroupSummary, from: GroupSummary): GroupSummary {
  into.replications += from.replications;
  into.losses += from.losses;
  for (let m = 0; m < TOTALS_LENGTH; m++) mergeExact(into.sums[m] as ExactSum, from.sums[m] as ExactSum);
  mergeExact(into.profitSquares, from.profitSquares);
  mergeSketches(into.profit, from.profit);
  return into;
}

/** The profit figures of a group; null where the group is empty (and sd with fewer than 2). */
export interface ProfitFigures<N extends number | null> {
  readonly mean: N;
  /** Sample standard deviation (n − 1); null with fewer than 2 replications. */
  readonly sd: number | null;
  readonly p5: N;
  readonly p50: N;
  readonly p95: N;
}

export interface MeanFigure<N extends number | null> {
  readonly mean: N;
}

/** The totals reported by their mean only. */
export type MeanOnlyName = Exclude<LaunchTotalName, 'profit'>;

/** The figures reported for a group, in the order they are printed. */
export type GroupFigures<N extends number | null> = {
  readonly profit: ProfitFigures<N>;
  /** Share of replications with profit < 0. */
  readonly probLoss: N;
  /** Mean profit of the worst ⌈0.05·n⌉ replications (negative is a loss). */
  readonly cvar5: N;
} & { readonly [name in MeanOnlyName]: MeanFigure<N> };

/** The mean-only totals in the order they are printed. */
const MEAN_ONLY_NAMES = [
  'lostOpportunity',
  'realLoss',
  'revenue',
  'salvage',
  'productionCost',
  'holdingCost',
  'demandUnits',
  'producedUnits',
  'soldUnits',
  'lostUnits',
  'leftoverUnits',
] as const satisfies readonly MeanOnlyName[];

/** Does not compile if a total is missing from MEAN_ONLY_NAMES. */
type EveryTotalReported<Missing extends never> = Missing;
// eslint-disable-next-line @typescript-eslint/no-unused-vars
type MeanOnlyCoverage = EveryTotalReported<Exclude<MeanOnlyName, (typeof MEAN_ONLY_NAMES)[number]>>;

/** Number of replications CVaR 5% averages over: ⌈0.05·n⌉, in integer arithmetic. */
export function cvarTailCount(n: number): number {
  return Math.ceil(n / 20);
}

/** The reported figures of a non-empty group. */
export function groupFigures(group: GroupSummary): GroupFigures<number> {
  const n = group.replications;
  if (n === 0) throw new RangeError('launch summary: no replications to report');
  const profitSum = group.sums[TOTAL_INDEX.profit] as ExactSum;
  const variance = sampleVariance(n, profitSum, group.profitSquares);
  // Not null: the sketch holds the group's n > 0 profits.
  const sketch = describeSketch(group.profit, [0.05, 0.5, 0.95], cvarTailCount(n)) as SketchDescription;
  const [p5, p50, p95] = sketch.quantiles as [number, number, number];
  const figures: Record<string, unknown> = {
    profit: { mean: valueOf(profitSum) / n, sd: variance === null ? null : Math.sqrt(variance), p5, p50, p95 },
    probLoss: group.losses / n,
    cvar5: sketch.lowerTailMean,
  };
  for (const name of MEAN_ONLY_NAMES) figures[name] = { mean: valueOf(group.sums[TOTAL_INDEX[name]] as ExactSum) / n };
  return figures as GroupFigures<number>;
}

/** The figures of a group with no replications: every figure null, the shape unchanged. */
export function emptyGroupFigures(): GroupFigures<null> {
  const figures: Record<string, unknown> = {
    profit: { mean: null, sd: null, p5: null, p50: null, p95: null },
    probLoss: null,
    cvar5: null,
  };
  for (const name of MEAN_ONLY_NAMES) figures[name] = { mean: null };
  return figures as GroupFigures<null>;
}
