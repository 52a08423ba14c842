/**
 * One market's story, month by month, for both strategies: the same market (replication i
 * draws its state and demand from its own stream), told once with each launch quantity,
 * exactly as the Monte Carlo counted it (launchReplication recomputes it).
 */
import { shownName } from '../../i18n/preset-names.ts';
import { msg, str } from '@lit/localize';
import { joinClauses } from '../../i18n/text.ts';
import { launchReplication } from '../../sim/launch/monte-carlo.ts';
import type { LaunchScenario } from '../../scenario/types.ts';
import { formatMoney, formatWhole } from './format.ts';
import { strategyLabel, type StrategyKey } from './strategies.ts';

export interface StoryMonth {
  /** 1-based month. */
  readonly month: number;
  /** New demand of the month. */
  readonly demand: number;
  /** Units sold, backorders served included. */
  readonly sales: number;
  /** Units of demand lost. */
  readonly lostSales: number;
  /** Units made in the month (the launch quantity is made before month 1). */
  readonly production: number;
  /** Units on hand at the end of the month. */
  readonly stock: number;
  /** Cumulative cash at the end of the month; after the last month it includes the salvage. */
  readonly cash: number;
}

export interface MarketStory {
  /** The style it is drawn in: 'pilot' for the first strategy compared, 'launch' for the second. */
  readonly key: StrategyKey;
  /** How it is named on screen (a version-2 strategy's name, shown through shownName); absent: "Launch 30,000" / "Pilot 500". */
  readonly label?: string;
  readonly q0: number;
  /** 0-based replication index, as the core and the CLI count it. */
  readonly replication: number;
  /** The market state this replication met. */
  readonly state: string;
  readonly months: readonly StoryMonth[];
  readonly profit: number;
  readonly lostOpportunity: number;
  readonly realLoss: number;
}

/** Replication `replication`'s story with launch quantity q0. */
export function marketStory(scenario: LaunchScenario, replication: number, key: StrategyKey, q0: number): MarketStory {
  const r = launchReplication(scenario, replication, q0, { timeline: true });
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
    q0,
    replication,
    state: r.state,
    months,
    profit: r.totals.profit,
    lostOpportunity: r.totals.lostOpportunity,
    realLoss: r.totals.realLoss,
  };
}

/** How a story's strategy is named on screen. */
export function storyLabel(s: MarketStory): string {
  return s.label ?? strategyLabel(s.key, s.q0);
}

/** One sentence telling a market's story for both strategies (launch first). */
export function storySummary(stories: readonly MarketStory[]): string {
  const first = stories[0];
  if (first === undefined) return msg('No market chosen.');
  const parts = stories.map((s) => {
    const strategy = storyLabel(s);
    const profit = formatMoney(s.profit);
    const realLoss = formatMoney(s.realLoss);
    const lost = formatMoney(s.lostOpportunity);
    return msg(str`${strategy} ends with ${profit} profit, ${realLoss} real loss and ${lost} lost opportunity`);
  });
  const market = formatWhole(first.replication + 1);
  const state = shownName(first.state);
  const demand = formatWhole(first.months.reduce((sum, m) => sum + m.demand, 0));
  const months = first.months.length;
  const clauses = joinClauses(parts);
  return msg(str`Market ${market} is a ${state} market: ${demand} units demanded over ${months} months. ${clauses}.`);
}
