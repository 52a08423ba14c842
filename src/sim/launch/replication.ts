/**
 * One replication of Model B (launch sizing): the policy of MODEL.md run against one
 * market, for one launch plan (version 1: a launch quantity Q0; version 2: a strategy with
 * `initial`, an optional commitment, its own ramp-up, capacity and fixed cost).
 *
 * Order of events in period k (1-based), where MODEL.md leaves it open:
 *   1. Production. In periods 1..F of a commitment the plant makes exactly `rate`, whatever
 *      the demand. After that nothing is made while k < 2 + L; from then on the plant makes
 *      max(0, min(capacity, estimate × (1 + safetyFactor) − stock on hand)), where "stock on hand" is the
 *      finished stock physically there at the start of the period: what period k − 1
 *      carried over (Q0 for k = 1), before this period's production and sales. Waiting
 *      backorders are not subtracted from it (MODEL.md: the target is literal). The
 *      estimate is the mean new demand of periods 1..k−1. What is made is available at once.
 *   2. Last period's backorders are served first, from what is available; any of them not
 *      served now is lost (they wait one period only).
 *   3. This period's new demand is served from what is left.
 *   4. Of the new demand not served, `patience` × unmet waits as a backorder for period
 *      k + 1 and the rest is lost; in period H all of it is lost (no period H + 1).
 *   5. The stock left is carried, paying holding h per unit, when k < H; after period H it
 *      is salvaged at v instead, with no holding.
 *   6. The period's new demand (served or not, backorders not counted again) joins the
 *      estimate used from period k + 1 on.
 * Q0 (`initial`) is made before period 1 and paid up front, like the fixed cost; capacity
 * does not limit it. Units are continuous: nothing is rounded. With no commitment, a
 * safety factor of 0 and no fixed cost, every operation is version 1's (× 1 and − 0 are
 * exact), so version-1 results are unchanged to the bit.
 */
import type { Seed } from '../rng/stream.ts';
import { createMarketSampler } from './market.ts';
import { planOfQuantity, type LaunchPlan, type LaunchSpec } from './types.ts';

/** Where each total of a replication sits in a totals buffer. */
export const TOTAL_INDEX = {
  revenue: 0,
  salvage: 1,
  productionCost: 2,
  holdingCost: 3,
  profit: 4,
  lostOpportunity: 5,
  realLoss: 6,
  demandUnits: 7,
  producedUnits: 8,
  soldUnits: 9,
  lostUnits: 10,
  leftoverUnits: 11,
} as const;

export type LaunchTotalName = keyof typeof TOTAL_INDEX;

/** The totals' names in buffer order. */
export const TOTAL_NAMES = Object.keys(TOTAL_INDEX) as readonly LaunchTotalName[];

export const TOTALS_LENGTH = TOTAL_NAMES.length;

/** A replication's totals for one launch quantity, by name. */
export type LaunchTotals = Record<LaunchTotalName, number> & {
  /** Index of the market state drawn, in `market.states`. */
  readonly stateIndex: number;
};

/** The story of one replication, period by period (index k − 1 holds period k). */
export interface LaunchTimeline {
  /** New demand of the period; returning backorders are not counted again. */
  readonly demand: number[];
  /** Units sold in the period, backorders served included. */
  readonly sales: number[];
  /** Units of demand lost in the period: the impatient share, backorders not served, and in period H the would-be backorders. */
  readonly lostSales: number[];
  /** Units waiting at the end of the period, to be served first in the next (0 after period H). */
  readonly backorders: number[];
  /** Units made in the period; Q0 is made before period 1 and is not included. */
  readonly production: number[];
  /** Units on hand at the end of the period, after sales: carried on, or salvaged after period H. */
  readonly stock: number[];
  /** Cumulative cash at the end of the period, from −c·Q0 − fixed cost paid before period 1; after period H it includes the salvage, so it ends at the profit (up to rounding). */
  readonly cash: number[];
}

function emptyTimeline(): LaunchTimeline {
  return { demand: [], sales: [], lostSales: [], backorders: [], production: [], stock: [], cash: [] };
}

/**
 * Runs a launch plan against a market's new demand per period and writes the totals into
 * `totals` (TOTAL_INDEX order); profit is net of the plan's fixed cost. Allocates nothing; a
 * timeline, when given, receives one entry per period.
 */
export function runLaunchPolicy(
  spec: LaunchSpec,
  demand: Float64Array,
  plan: LaunchPlan,
  totals: Float64Array,
  timeline: LaunchTimeline | null = null,
): void {
  const { price, cost, salvage, holding } = spec.economics;
  const { horizon, patience } = spec;
  const { capacity, commitRate, commitPeriods, fixedCost } = plan;
  const q0 = plan.initial;
  const firstProductionPeriod = 2 + plan.rampUp;
  const targetFactor = 1 + (spec.safetyFactor ?? 0);

  let stock = q0;
  let backorders = 0;
  let demandSeen = 0;
  let produced = q0;
  let sold = 0;
  let lost = 0;
  let unitPeriodsHeld = 0;
  let cash = -cost * q0 - fixedCost;

  for (let k = 1; k <= horizon; k++) {
    const newDemand = demand[k - 1] as number;
    let made = 0;
    if (k <= commitPeriods) {
      made = commitRate;
    } else if (k >= firstProductionPeriod) {
      const estimate = demandSeen / (k - 1);
      made = Math.max(0, Math.min(capacity, estimate * targetFactor - stock));
    }
    const available = stock + made;
    const backordersServed = Math.min(backorders, available);
    const afterBackorders = available - backordersServed;
    const newServed = Math.min(newDemand, afterBackorders);
    const unmet = newDemand - newServed;
    const waiting = k < horizon ? patience * unmet : 0;
    const lostNow = backorders - backordersServed + (unmet - waiting);

    stock = afterBackorders - newServed;
    backorders = waiting;
    demandSeen += newDemand;
    produced += made;
    sold += backordersServed + newServed;
    lost += lostNow;
    if (k < horizon) unitPeriodsHeld += stock;

    if (timeline !== null) {
      const sales = backordersServed + newServed;
      cash += price * sales - cost * made - (k < horizon ? holding * stock : -salvage * stock);
      timeline.demand.push(newDemand);
      timeline.sales.push(sales);
      timeline.lostSales.push(lostNow);
      timeline.backorders.push(waiting);
      timeline.production.push(made);
      timeline.stock.push(stock);
      timeline.cash.push(cash);
    }
  }

  const revenue = price * sold;
  const salvageValue = salvage * stock;
  const productionCost = cost * produced;
  const holdingCost = holding * unitPeriodsHeld;
  totals[TOTAL_INDEX.revenue] = revenue;
  totals[TOTAL_INDEX.salvage] = salvageValue;
  totals[TOTAL_INDEX.productionCost] = productionCost;
  totals[TOTAL_INDEX.holdingCost] = holdingCost;
  totals[TOTAL_INDEX.profit] = revenue + salvageValue - productionCost - holdingCost - fixedCost;
  totals[TOTAL_INDEX.lostOpportunity] = (price - cost) * lost;
  totals[TOTAL_INDEX.realLoss] = (cost - salvage) * stock + holdingCost;
  totals[TOTAL_INDEX.demandUnits] = demandSeen;
  totals[TOTAL_INDEX.producedUnits] = produced;
  totals[TOTAL_INDEX.soldUnits] = sold;
  totals[TOTAL_INDEX.lostUnits] = lost;
  totals[TOTAL_INDEX.leftoverUnits] = stock;
}

/** Totals by name, from a totals buffer. */
export function totalsByName(totals: Float64Array, stateIndex: number): LaunchTotals {
  const named = { stateIndex } as Record<string, number>;
  for (const name of TOTAL_NAMES) named[name] = totals[TOTAL_INDEX[name]] as number;
  return named as LaunchTotals;
}

/** One replication recomputed on demand: replications are not kept by the Monte Carlo. */
export interface LaunchReplication {
  readonly replication: number;
  /** The plan's `initial` (version 1's launch quantity). */
  readonly q0: number;
  /** Name of the market state drawn. */
  readonly state: string;
  readonly totals: LaunchTotals;
  /** Present when asked for. */
  readonly timeline?: LaunchTimeline;
}

export interface LaunchReplicationOptions {
  /** Record the period-by-period story (off by default). */
  readonly timeline?: boolean;
}

/**
 * Replication i of a scenario for launch quantity q0 (or a strategy's plan, see planOf),
 * exactly as the Monte Carlo computed it (same streams), with its timeline when asked: for a
 * screen that tells one market's story.
 */
export function launchReplication(
  scenario: LaunchSpec & { readonly seed: Seed },
  replication: number,
  launch: number | LaunchPlan,
  options: LaunchReplicationOptions = {},
): LaunchReplication {
  const plan = typeof launch === 'number' ? planOfQuantity(scenario, launch) : launch;
  const q0 = plan.initial;
  const demand = new Float64Array(scenario.horizon);
  const stateIndex = createMarketSampler(scenario, scenario.seed).sample(replication, demand);
  const totals = new Float64Array(TOTALS_LENGTH);
  const timeline = options.timeline === true ? emptyTimeline() : null;
  runLaunchPolicy(scenario, demand, plan, totals, timeline);
  const state = (scenario.market.states[stateIndex] as { name: string }).name;
  const named = totalsByName(totals, stateIndex);
  return timeline === null
    ? { replication, q0, state, totals: named }
    : { replication, q0, state, totals: named, timeline };
}

/**
 * The first replication, from `from` on, whose market is in the named state, or null if
 * none is within `limit` replications: a "typical good (or bad) market" for a screen to
 * tell with launchReplication. Draws only the market state, so it is cheap.
 */
export function findReplicationInState(
  scenario: LaunchSpec & { readonly seed: Seed },
  stateName: string,
  from = 0,
  limit = 10_000,
): number | null {
  const wanted = scenario.market.states.findIndex((s) => s.name === stateName);
  if (wanted < 0) return null;
  // Demand noise is not needed to know the state: sample with noise switched off.
  const stateOnly: LaunchSpec = { ...scenario, horizon: 0, market: { ...scenario.market, demandCV: 0 } };
  const sampler = createMarketSampler(stateOnly, scenario.seed);
  const noDemand = new Float64Array(0);
  for (let i = from; i < from + limit; i++) if (sampler.sample(i, noDemand) === wanted) return i;
  return null;
}
