/**
 * Model B's Monte Carlo: every launch quantity (version 1) or strategy (version 2) against
 * the same R markets (common random numbers), summarised per launch and market state in streaming, exactly mergeable
 * summaries (QUALITY R2, W5). Replication i uses only the streams of (seed, i, name), so
 * the result is the same for any chunking, worker count or merge order.
 */
import type { LaunchQuantityScenario, LaunchScenario, LaunchStrategyScenario } from '../../scenario/types.ts';
import type { MonteCarloModel } from '../mc/types.ts';
import { launchEntries, type LaunchEntry, type SweepPoint } from './launches.ts';
import { createMarketSampler } from './market.ts';
import { newsvendorQuantity } from './newsvendor.ts';
import { addToPairSlots, emptyPair, flushPairSlots, MAX_PAIRED, mergePairs, PAIR_SLOTS, pairCount, type PairSummary } from './paired.ts';
import { runLaunchPolicy, TOTAL_INDEX, TOTALS_LENGTH } from './replication.ts';
import { ExactCascade } from '../stats/exact-cascade.ts';
import { packSketchValues } from '../stats/quantile-sketch.ts';
import {
  addToGroupSlots,
  emptyGroup,
  flushGroupSlots,
  GROUP_SLOTS,
  emptyGroupFigures,
  groupFigures,
  mergeGroups,
  type GroupFigures,
  type GroupSummary,
} from './summary.ts';
import type { LaunchPlan } from './types.ts';

export { launchReplication, findReplicationInState } from './replication.ts';
export type { LaunchReplication, LaunchReplicationOptions, LaunchTimeline, LaunchTotals } from './replication.ts';

/** The Monte Carlo's running summary: plain data, so it crosses worker boundaries. */
export interface LaunchSummary {
  replications: number;
  /** groups[q][s]: launch quantity q (in the order of the results), market state s (as listed). */
  groups: GroupSummary[][];
  /**
   * Paired differences of every two launches (paired.ts: pairs (0,1), (0,2), …), kept when
   * there are at most MAX_PAIRED launches, else empty. Not part of the printed result: the
   * lesson reads it to grade a prediction against the run's own noise.
   */
  pairs: PairSummary[];
}

/** The figures of the replications that met one market state. */
export type LaunchStateResult = {
  readonly replications: number;
  /** Observed share of replications in this state. */
  readonly probability: number;
} & GroupFigures<number | null>;

/** The figures of one launch quantity. */
export type LaunchQuantityResult = { readonly q0: number } & GroupFigures<number> & {
    readonly byState: Readonly<Record<string, LaunchStateResult>>;
  };

/** The fixed cost, paid in every market: its own line in the ledger. */
export interface FixedCostFigure<N extends number | null> {
  readonly fixedCost: { readonly mean: N };
}

/** The figures of one strategy (or one grid point of a swept strategy) in one market state. */
export type LaunchStrategyStateResult = LaunchStateResult & FixedCostFigure<number | null>;

/** The figures of one strategy (version 2), or of one grid point of a swept strategy. */
export type LaunchStrategyResult = {
  readonly strategy: string;
  /** Present for a grid point of a strategy sweep. */
  readonly point?: SweepPoint;
} & GroupFigures<number> &
  FixedCostFigure<number> & {
    readonly byState: Readonly<Record<string, LaunchStrategyStateResult>>;
  };

/** Version 1: one result per launch quantity. */
export interface LaunchQuantitiesResult {
  readonly results: LaunchQuantityResult[];
  /** F⁻¹((p − c)/(p − v)) of single-period demand: the reference line. */
  readonly newsvendorQ: number;
  /** Present when there is more than one launch quantity; ties go to the smaller q0. */
  readonly best?: { readonly byExpectedProfit: number; readonly byCvar5: number };
}

/** Version 2: one result per strategy (per grid point for a swept one), in the order given. */
export interface LaunchStrategiesResult {
  readonly results: LaunchStrategyResult[];
  /** F⁻¹((p − c)/(p − v)) of single-period demand: the reference line. */
  readonly newsvendorQ: number;
  /** Present when there is more than one result: the names; ties go to the one listed first. */
  readonly best?: { readonly byExpectedProfit: string; readonly byCvar5: string };
}

export type LaunchResult = LaunchQuantitiesResult | LaunchStrategiesResult;

/** Whether a launch result is version 2's (strategies). */
export function isStrategiesResult(result: LaunchResult): result is LaunchStrategiesResult {
  const first = result.results[0];
  return first !== undefined && 'strategy' in first;
}

/** No options yet: replications' timelines are recomputed with launchReplication instead. */
export interface LaunchMonteCarloOptions {
  readonly timelineFor?: never;
}

export function createLaunchMonteCarlo(
  scenario: LaunchQuantityScenario,
  options?: LaunchMonteCarloOptions,
): MonteCarloModel<LaunchSummary, LaunchQuantitiesResult>;
export function createLaunchMonteCarlo(
  scenario: LaunchStrategyScenario,
  options?: LaunchMonteCarloOptions,
): MonteCarloModel<LaunchSummary, LaunchStrategiesResult>;
export function createLaunchMonteCarlo(scenario: LaunchScenario, options?: LaunchMonteCarloOptions): MonteCarloModel<LaunchSummary, LaunchResult>;
export function createLaunchMonteCarlo(
  scenario: LaunchScenario,
  _options: LaunchMonteCarloOptions = {},
): MonteCarloModel<LaunchSummary, LaunchResult> {
  const entries = launchEntries(scenario);
  if (entries.length === 0) throw new RangeError('launch Monte Carlo: no launch quantity to evaluate');
  const plans: readonly LaunchPlan[] = entries.map((e) => e.plan);
  const states = scenario.market.states;
  const sampler = createMarketSampler(scenario, scenario.seed);
  const newsvendorQ = newsvendorQuantity(scenario);
  // Reused by every replication: the hot path allocates only a market's streams and sampler.
  const demand = new Float64Array(scenario.horizon);
  const totals = new Float64Array(TOTALS_LENGTH);
  const n = plans.length;
  const paired = n >= 2 && n <= MAX_PAIRED;
  const profits = new Float64Array(n);
  // The chunk's exact sums, kept in an ExactCascade while it runs (cheaper per value than an
  // expansion) and flushed into the summary at its end: group (q, s) from slot
  // (q·S + s)·GROUP_SLOTS on, then the pairs.
  const stateCount = states.length;
  const pairBase = n * stateCount * GROUP_SLOTS;
  const slots = new ExactCascade(pairBase + (paired ? pairCount(n) * PAIR_SLOTS : 0));

  const empty = (): LaunchSummary => ({
    replications: 0,
    groups: entries.map(() => states.map(emptyGroup)),
    pairs: paired ? Array.from({ length: pairCount(n) }, emptyPair) : [],
  });

  return {
    empty,
    runChunk(from, to) {
      const summary = empty();
      const groups = summary.groups.flat();
      slots.reset();
      for (let i = from; i < to; i++) {
        const state = sampler.sample(i, demand);
        for (let q = 0; q < n; q++) {
          runLaunchPolicy(scenario, demand, plans[q] as LaunchPlan, totals);
          const g = q * stateCount + state;
          addToGroupSlots(groups[g] as GroupSummary, slots, g * GROUP_SLOTS, totals);
          profits[q] = totals[TOTAL_INDEX.profit] as number;
        }
        if (paired) addToPairSlots(summary.pairs, slots, pairBase, profits, n);
      }
      groups.forEach((group, g) => {
        flushGroupSlots(group, slots, g * GROUP_SLOTS);
        // A chunk's summary usually goes to another thread: its profits cross as one block.
        packSketchValues(group.profit);
      });
      if (paired) flushPairSlots(summary.pairs, slots, pairBase, to - from);
      summary.replications = Math.max(0, to - from);
      return summary;
    },
    merge(a, b) {
      a.replications += b.replications;
      a.groups.forEach((byState, q) =>
        byState.forEach((group, s) => mergeGroups(group, (b.groups[q] as GroupSummary[])[s] as GroupSummary)),
      );
      mergePairs(a.pairs, b.pairs);
      return a;
    },
    // The figures use the summary's own replication count, so a partial summary reports
    // what it holds; a summary of no replications has nothing to report and throws.
    finalize(summary): LaunchResult {
      const groups = (q: number) => summary.groups[q] as GroupSummary[];
      if (entries.every((e) => e.kind === 'quantity')) {
        const results = entries.map((e, q) => quantityResult(e.q0, groups(q), summary.replications));
        return results.length > 1 ? { results, newsvendorQ, best: bestQuantities(results) } : { results, newsvendorQ };
      }
      const results = entries.map((e, q) => strategyResult(e, groups(q), summary.replications));
      return results.length > 1 ? { results, newsvendorQ, best: bestStrategies(results) } : { results, newsvendorQ };
    },
  };

  function stateResults<Extra extends object>(byState: GroupSummary[], replications: number, extra: (empty: boolean) => Extra) {
    return byState.map((group, s): [string, LaunchStateResult & Extra] => {
      const name = (states[s] as (typeof states)[number]).name;
      const share = { replications: group.replications, probability: group.replications / replications };
      const empty = group.replications === 0;
      return [name, { ...share, ...(empty ? emptyGroupFigures() : groupFigures(group)), ...extra(empty) }];
    });
  }

  function quantityResult(q0: number, byState: GroupSummary[], replications: number): LaunchQuantityResult {
    // The whole is the exact merge of its states: the same numbers as summing it directly.
    const all = byState.reduce((whole, group) => mergeGroups(whole, group), emptyGroup());
    // fromEntries defines own properties, so a state called "__proto__" stays data.
    return { q0, ...groupFigures(all), byState: Object.fromEntries(stateResults(byState, replications, () => ({}))) };
  }

  function strategyResult(entry: LaunchEntry, byState: GroupSummary[], replications: number): LaunchStrategyResult {
    if (entry.kind !== 'strategy') throw new TypeError('launch Monte Carlo: a launch quantity among strategies');
    const all = byState.reduce((whole, group) => mergeGroups(whole, group), emptyGroup());
    const fixedCost = entry.plan.fixedCost;
    const byStateResults = stateResults(byState, replications, (empty) => ({ fixedCost: { mean: empty ? null : fixedCost } }));
    return {
      strategy: entry.strategy,
      ...(entry.point === undefined ? {} : { point: entry.point }),
      ...groupFigures(all),
      fixedCost: { mean: fixedCost },
      byState: Object.fromEntries(byStateResults),
    };
  }
}

/** The best strategies by expected profit and by CVaR 5%, by name; ties go to the one listed first. */
function bestStrategies(results: readonly LaunchStrategyResult[]): { byExpectedProfit: string; byCvar5: string } {
  const argmax = (figure: (r: LaunchStrategyResult) => number): string => {
    let best = results[0] as LaunchStrategyResult;
    for (const r of results) if (figure(r) > figure(best)) best = r;
    return best.strategy;
  };
  return { byExpectedProfit: argmax((r) => r.profit.mean), byCvar5: argmax((r) => r.cvar5) };
}

/** The best launch quantity by expected profit and by CVaR 5%; ties go to the smaller q0. */
function bestQuantities(results: readonly LaunchQuantityResult[]): { byExpectedProfit: number; byCvar5: number } {
  const argmax = (figure: (r: LaunchQuantityResult) => number): number => {
    let best = results[0] as LaunchQuantityResult;
    for (const r of results) {
      const better = figure(r) > figure(best) || (figure(r) === figure(best) && r.q0 < best.q0);
      if (better) best = r;
    }
    return best.q0;
  };
  return { byExpectedProfit: argmax((r) => r.profit.mean), byCvar5: argmax((r) => r.cvar5) };
}
