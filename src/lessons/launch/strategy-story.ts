/**
 * One market's story for version-2 strategies: the same market (replication i), told with
 * each of the two strategies compared, month by month, exactly as the Monte Carlo counted it
 * (launchReplication with the strategy's plan), and in the words a shop-floor trainee uses:
 * cars made, cars sold, customers we could not serve, cars stacked in the warehouse, and at
 * the end the cars nobody bought.
 */
import { msg, str } from '@lit/localize';
import { shownName } from '../../i18n/preset-names.ts';
import { launchReplication } from '../../sim/launch/monte-carlo.ts';
import { planOf, type LaunchStrategy } from '../../sim/launch/types.ts';
import type { LaunchStrategyScenario } from '../../scenario/types.ts';
import { formatMoney, formatWhole } from './format.ts';
import type { MarketStory, StoryMonth } from './market-story.ts';
import type { ComparedPair } from './strategy-compare.ts';
import type { StrategyKey } from './strategies.ts';

/** A strategy's story in one market, with what it paid before month 1. */
export interface StrategyStory extends MarketStory {
  readonly strategy: string;
  readonly fixedCost: number;
  /** Cars left after the last month: nobody bought them (sold off at the salvage price). */
  readonly leftover: number;
}

/** Replication `replication`'s story for one strategy, drawn in the style `key`. */
export function strategyStory(scenario: LaunchStrategyScenario, replication: number, strategy: LaunchStrategy, key: StrategyKey): StrategyStory {
  const plan = planOf(scenario, strategy);
  const r = launchReplication(scenario, replication, plan, { timeline: true });
  const t = r.timeline;
  if (t === undefined) throw new Error('launchReplication gave no timeline');
  const months = t.demand.map(
    (demand, k): StoryMonth => ({
      month: k + 1,
      demand,
      sales: t.sales[k] as number,
      lostSales: t.lostSales[k] as number,
      production: t.production[k] as number,
      stock: t.stock[k] as number,
      cash: t.cash[k] as number,
    }),
  );
  return {
    key,
    label: shownName(strategy.name),
    strategy: strategy.name,
    q0: plan.initial,
    replication,
    state: r.state,
    months,
    profit: r.totals.profit,
    lostOpportunity: r.totals.lostOpportunity,
    realLoss: r.totals.realLoss,
    fixedCost: plan.fixedCost,
    leftover: r.totals.leftoverUnits,
  };
}

/** The two compared strategies' stories in one market: the first drawn as the pilot, the second as the forecast. */
export function pairStories(scenario: LaunchStrategyScenario, replication: number, pair: ComparedPair): StrategyStory[] {
  const first = scenario.strategies[pair.first];
  const second = scenario.strategies[pair.second];
  if (first === undefined) return [];
  // A scenario of one strategy has only its own story.
  if (second === undefined || scenario.strategies.length < 2) return [strategyStory(scenario, replication, first, 'pilot')];
  return [strategyStory(scenario, replication, first, 'pilot'), strategyStory(scenario, replication, second, 'launch')];
}

/** What a strategy did before month 1, in plain words. */
export function storyStart(s: StrategyStory): string {
  const name = s.label ?? s.strategy;
  const built = formatWhole(s.q0);
  const fixed = formatMoney(s.fixedCost);
  return s.fixedCost > 0
    ? msg(str`Before month 1, ${name} built ${built} cars and paid ${fixed} for its line.`)
    : msg(str`Before month 1, ${name} built ${built} cars.`);
}

/** How a strategy's market ended, in plain words. */
export function storyEnd(s: StrategyStory, salvage: number): string {
  const name = s.label ?? s.strategy;
  const months = s.months.length;
  const left = formatWhole(s.leftover);
  const price = formatWhole(salvage);
  const profit = formatMoney(s.profit);
  const tied = formatMoney(s.realLoss);
  const missed = formatMoney(s.lostOpportunity);
  const notServed = formatWhole(s.months.reduce((sum, m) => sum + m.lostSales, 0));
  return msg(
    str`After month ${months}, ${name} had ${left} cars nobody bought, sold off at ${price} each. It earned ${profit} in this market: ${tied} of cash went into cars nobody bought and their storage, and ${missed} of margin was never earned from ${notServed} customers we could not serve.`,
  );
}
