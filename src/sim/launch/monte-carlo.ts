/**
 * Model B's Monte Carlo: every launch quantity against the same R markets (common random
 * numbers), summarised per quantity and market state in streaming, exactly mergeable
 * summaries (QUALITY R2, W5). Replication i uses only the streams of (seed, i, name), so
 * the result is the same for any chunking, worker count or merge order.
 */
import type { LaunchScenario } from '../../scenario/types.ts';
import type { MonteCarloModel } from '../mc/types.ts';
import { createMarketSampler } from './market.ts';
import { newsvendorQuantity } from './newsvendor.ts';
import { runLaunchPolicy, TOTALS_LENGTH } from './replication.ts';
import {
  addToGroup,
  emptyGroup,
  emptyGroupFigures,
  groupFigures,
  mergeGroups,
  type GroupFigures,
  type GroupSummary,
} from './summary.ts';
import { launchQuantities } from './sweep.ts';

export { launchReplication, findReplicationInState } from './replication.ts';
export type { LaunchReplication, LaunchReplicationOptions, LaunchTimeline, LaunchTotals } from './replication.ts';

/** The Monte Carlo's running summary: plain data, so it crosses worker boundaries. */
export interface LaunchSummary {
  replications: number;
  /** groups[q][s]: launch quantity q (in the order of the results), market state s (as listed). */
  groups: GroupSummary[][];
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

export interface LaunchResult {
  readonly results: LaunchQuantityResult[];
  /** F⁻¹((p − c)/(p − v)) of single-period demand: the reference line. */
  readonly newsvendorQ: number;
  /** Present when there is more than one launch quantity; ties go to the smaller q0. */
  readonly best?: { readonly byExpectedProfit: number; readonly byCvar5: number };
}

/** No options yet: replications' timelines are recomputed with launchReplication instead. */
export interface LaunchMonteCarloOptions {
  readonly timelineFor?: never;
}

export function createLaunchMonteCarlo(
  scenario: LaunchScenario,
  _options: LaunchMonteCarloOptions = {},
): MonteCarloModel<LaunchSummary, LaunchResult> {
  const quantities = launchQuantities(scenario);
  if (quantities.length === 0) throw new RangeError('launch Monte Carlo: no launch quantity to evaluate');
  const states = scenario.market.states;
  const sampler = createMarketSampler(scenario, scenario.seed);
  const newsvendorQ = newsvendorQuantity(scenario);
  // Reused by every replication: the hot path allocates only a market's streams and sampler.
  const demand = new Float64Array(scenario.horizon);
  const totals = new Float64Array(TOTALS_LENGTH);

  const empty = (): LaunchSummary => ({
    replications: 0,
    groups: quantities.map(() => states.map(emptyGroup)),
  });

  return {
    empty,
    runChunk(from, to) {
      const summary = empty();
      for (let i = from; i < to; i++) {
        const state = sampler.sample(i, demand);
        for (let q = 0; q < quantities.length; q++) {
          runLaunchPolicy(scenario, demand, quantities[q] as number, totals);
          addToGroup((summary.groups[q] as GroupSummary[])[state] as GroupSummary, totals);
        }
      }
      summary.replications = Math.max(0, to - from);
      return summary;
    },
    merge(a, b) {
      a.replications += b.replications;
      a.groups.forEach((byState, q) =>
        byState.forEach((group, s) => mergeGroups(group, (b.groups[q] as GroupSummary[])[s] as GroupSummary)),
      );
      return a;
    },
    // The figures use the summary's own replication count, so a partial summary reports
    // what it holds; a summary of no replications has nothing to report and throws.
    finalize(summary) {
      const results = quantities.map((q0, q) => quantityResult(q0, summary.groups[q] as GroupSummary[], summary.replications));
      return results.length > 1 ? { results, newsvendorQ, best: bestQuantities(results) } : { results, newsvendorQ };
    },
  };

  function quantityResult(q0: number, byState: GroupSummary[], replications: number): LaunchQuantityResult {
    // The whole is the exact merge of its states: the same numbers as summing it directly.
    const all = byState.reduce((whole, group) => mergeGroups(whole, group), emptyGroup());
    const stateResults = byState.map((group, s): [string, LaunchStateResult] => {
      const name = (states[s] as (typeof states)[number]).name;
      const share = { replications: group.replications, probability: group.replications / replications };
      return [name, { ...share, ...(group.replications > 0 ? groupFigures(group) : emptyGroupFigures()) }];
    });
    // fromEntries defines own properties, so a state called "__proto__" stays data.
    return { q0, ...groupFigures(all), byState: Object.fromEntries(stateResults) };
  }
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
