/**
 * The ledger of a strategy: real loss (cash spent on stock that did not sell, holding
 * included) and lost opportunity (margin never earned on demand never served; no cash was
 * spent), by market state and over all markets. The two are kept apart on purpose: one is
 * money that left the till, the other money that never came in, and adding them would hide
 * exactly what lesson 3 is about.
 */
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
    return i === 0
      ? `${label} spends ${formatMoney(all.realLoss)} on stock that does not sell and misses ${formatMoney(all.lostOpportunity)} of margin`
      : `${label} spends ${formatMoney(all.realLoss)} and misses ${formatMoney(all.lostOpportunity)}`;
  });
  let worst: { ledger: StrategyLedger; line: LedgerLine } | null = null;
  for (const ledger of ledgers) {
    for (const line of ledger.lines) {
      if (line.scope !== 'state' || line.realLoss === null) continue;
      if (worst === null || line.realLoss > (worst.line.realLoss as number)) worst = { ledger, line };
    }
  }
  const tail =
    worst === null
      ? ''
      : ` The largest real loss: ${strategyLabel(worst.ledger.key, worst.ledger.q0)} in the ${worst.line.name} market (${formatShare(worst.line.share)} of markets), ${formatMoney(worst.line.realLoss)} of cash on average.`;
  return `On average over all markets, ${parts.join('; ')}.${tail}`;
}
