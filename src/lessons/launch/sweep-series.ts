/**
 * The sweep of the launch quantity Q0: expected profit, probability of a loss and CVaR 5%
 * for each Q0 on a grid, with the newsvendor quantity and the best Q0 as reference marks.
 *
 * While the Monte Carlo runs, the points come from the running summary's exact sums: mean
 * profit and the share of losses are exact for the replications done (the same numbers the
 * final result will have once every replication is in), CVaR waits for the final result.
 * (The sentence for the chart is in sweep-summary.ts: this module runs in the launch worker
 * too, which needs no words.)
 */
import { tickStep } from 'd3-array';
import type { LaunchQuantitiesResult, LaunchSummary } from '../../sim/launch/monte-carlo.ts';
import { TOTAL_INDEX } from '../../sim/launch/replication.ts';
import { exactSum, mergeExact, valueOf, type ExactSum } from '../../sim/stats/exact-sum.ts';

export interface SweepPoint {
  readonly q0: number;
  readonly meanProfit: number;
  readonly probLoss: number;
  /** Null while the run is partial. */
  readonly cvar5: number | null;
}

export interface SweepView {
  /** By increasing Q0. */
  readonly points: readonly SweepPoint[];
  /** F⁻¹((p − c)/(p − v)) of one period's demand. */
  readonly newsvendorQ: number;
  /** The best Q0 of the grid; null while the run is partial. */
  readonly best: { readonly byExpectedProfit: number; readonly byCvar5: number } | null;
  readonly done: number;
  readonly total: number;
}

export interface SweepGrid {
  readonly from: number;
  readonly to: number;
  readonly step: number;
}

/** At most this many launch quantities in the screen's sweep: enough for a smooth curve, cheap enough for 1,000,000 markets. */
export const MAX_SWEEP_POINTS = 101;

/**
 * A grid from 0 to a little above the largest demand level, in about 20 nice steps: 0 to
 * 38,000 by 2,000 for the seed case (30,000 a month at most).
 */
export function defaultSweepGrid(levels: readonly number[]): SweepGrid {
  const top = Math.max(0, ...levels) * 1.25;
  if (!(top > 0)) return { from: 0, to: 100, step: 5 };
  const step = tickStep(0, top, 20);
  return { from: 0, to: Math.ceil(top / step) * step, step };
}

/** The quantities a sweep run evaluates: the grid and the strategies' own, increasing, without repeats. */
export function sweepRunQuantities(grid: readonly number[], strategies: readonly number[]): number[] {
  return [...new Set([...grid, ...strategies])].sort((a, b) => a - b);
}

/** The points of a finished sweep run, by increasing Q0. */
export function sweepPointsFromResult(result: LaunchQuantitiesResult): SweepPoint[] {
  return result.results
    .map((r) => ({ q0: r.q0, meanProfit: r.profit.mean, probLoss: r.probLoss, cvar5: r.cvar5 }))
    .sort((a, b) => a.q0 - b.q0);
}

/**
 * The points of a running sweep from its merged summary: exact means and loss shares of the
 * replications done, CVaR null. `quantities` as the run lists them. Empty when no
 * replication is done yet.
 */
export function sweepPointsFromSummary(summary: LaunchSummary, quantities: readonly number[]): SweepPoint[] {
  if (summary.replications === 0) return [];
  return quantities
    .map((q0, q) => {
      const sum: ExactSum = exactSum();
      let n = 0;
      let losses = 0;
      for (const group of summary.groups[q] ?? []) {
        mergeExact(sum, group.sums[TOTAL_INDEX.profit] as ExactSum);
        n += group.replications;
        losses += group.losses;
      }
      return { q0, meanProfit: valueOf(sum) / n, probLoss: losses / n, cvar5: null };
    })
    .sort((a, b) => a.q0 - b.q0);
}
