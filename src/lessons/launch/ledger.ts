/**
 * The ledger of a strategy: real loss (cash spent on stock that did not sell, holding
 * included) and lost opportunity (margin never earned on demand never served; no cash was
 * spent), by market state and over all markets. The two are kept apart on purpose: one is
 * money that left the till, the other money that never came in, and adding them would hide
 * exactly what lesson 3 is about.
 */
import { shownName } from '../../i18n/preset-names.ts';
import { msg, str } from '@lit/localize';
import { joinClauses } from '../../i18n/text.ts';
import type { LaunchQuantityResult } from '../../sim/launch/monte-carlo.ts';
import { formatMoney, formatShare } from './format.ts';
import { strategyLabel, type StrategyKey } from './strategies.ts';

export interface LedgerLine {
  /** 'state': the markets in one state; 'all': every market (the expectation before deciding). */
  readonly scope: 'state' | 'all';
  /** The state's name, or "All markets". */
  readonly name: string;
  /** Observed share of markets (1 for all markets). */
  readonly share: number;
  readonly replications: number;
  /** Mean real loss; null for a state no replication met. */
  readonly realLoss: number | null;
  /** Mean lost opportunity; null for a state no replication met. */
  readonly lostOpportunity: number | null;
  /** Mean profit; null for a state no replication met. */
  readonly profit: number | null;
}

export interface StrategyLedger {
  readonly key: StrategyKey;
  readonly q0: number;
  /** The states in the order the scenario lists them, then all markets. */
  readonly lines: readonly LedgerLine[];
}

/** The name of the line for every market (data: charts word it from its scope, in the page's language). */
export const ALL_MARKETS = 'All markets';

/** The ledger of one strategy's result; `stateNames` in the scenario's order. */
export function strategyLedger(key: StrategyKey, result: LaunchQuantityResult, stateNames: readonly string[]): StrategyLedger {
  const stateLines = stateNames.map((name): LedgerLine => {
    // Own properties only: a state may be called "constructor".
    const s = Object.hasOwn(result.byState, name) ? result.byState[name] : undefined;
    return {
      scope: 'state',
      name,
      share: s?.probability ?? 0,
      replications: s?.replications ?? 0,
      realLoss: s?.realLoss.mean ?? null,
      lostOpportunity: s?.lostOpportunity.mean ?? null,
      profit: s?.profit.mean ?? null,
    };
  });
  const replications = stateLines.reduce((n, line) => n + line.replications, 0);
  const all: LedgerLine = {
    scope: 'all',
    name: ALL_MARKETS,
    share: 1,
    replications,
    realLoss: result.realLoss.mean,
    lostOpportunity: result.lostOpportunity.mean,
    profit: result.profit.mean,
  };
  return { key, q0: result.q0, lines: [...stateLines, all] };
}

/** The line for all markets. */
export function allMarkets(ledger: StrategyLedger): LedgerLine {
  return ledger.lines[ledger.lines.length - 1] as LedgerLine;
}

/**
 * One sentence on both ledgers, for a chart's text alternative: "Over all markets, Launch
 * 30,000 spends 143,397 on stock that does not sell and misses 276,997 of margin; Pilot 500
 * spends 18,693 and misses 400,537. In the bad market (49.6%), Launch 30,000 loses 251,482 in
 * cash."
 */
export function ledgerSummary(ledgers: readonly StrategyLedger[]): string {
  const parts = ledgers.map((l, i) => {
    const all = allMarkets(l);
    const label = strategyLabel(l.key, l.q0);
    const spent = formatMoney(all.realLoss);
    const missed = formatMoney(all.lostOpportunity);
    return i === 0
      ? msg(str`${label} spends ${spent} on stock that does not sell and misses ${missed} of margin`)
      : msg(str`${label} spends ${spent} and misses ${missed}`);
  });
  let worst: { ledger: StrategyLedger; line: LedgerLine } | null = null;
  for (const ledger of ledgers) {
    for (const line of ledger.lines) {
      if (line.scope !== 'state' || line.realLoss === null) continue;
      if (worst === null || line.realLoss > (worst.line.realLoss as number)) worst = { ledger, line };
    }
  }
  const clauses = joinClauses(parts);
  const head = msg(str`On average over all markets, ${clauses}.`);
  if (worst === null) return head;
  const strategy = strategyLabel(worst.ledger.key, worst.ledger.q0);
  const state = shownName(worst.line.name);
  const share = formatShare(worst.line.share);
  const cash = formatMoney(worst.line.realLoss);
  return msg(str`${head} The largest real loss: ${strategy} in the ${state} market (${share} of markets), ${cash} of cash on average.`);
}
