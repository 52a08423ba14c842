/**
 * "A typical good market": among the first replications that met a market state, the one
 * whose total demand is the median of them. With no demand noise every market of a state
 * is the same, and this is simply the first one.
 */
import { findReplicationInState, launchReplication } from '../../sim/launch/monte-carlo.ts';
import type { LaunchScenario } from '../../scenario/types.ts';

export interface MarketCandidate {
  readonly replication: number;
  /** Units demanded over the horizon. */
  readonly demand: number;
}

/** How many replications of a state are compared; odd, so the median is one of them. */
export const TYPICAL_CANDIDATES = 101;

/** The candidate with the median demand (the lower median for an even count; ties to the earlier replication). */
export function medianCandidate(candidates: readonly MarketCandidate[]): MarketCandidate | null {
  if (candidates.length === 0) return null;
  const sorted = [...candidates].sort((a, b) => a.demand - b.demand || a.replication - b.replication);
  return sorted[Math.floor((sorted.length - 1) / 2)] as MarketCandidate;
}

/**
 * The replication (0-based, below `scenario.replications`, so one the Monte Carlo counted)
 * of a typical market in the named state, or null if none of them met it.
 */
export function typicalMarket(scenario: LaunchScenario, stateName: string, candidates = TYPICAL_CANDIDATES): number | null {
  const found: MarketCandidate[] = [];
  let from = 0;
  while (found.length < candidates && from < scenario.replications) {
    const i = findReplicationInState(scenario, stateName, from, scenario.replications - from);
    if (i === null) break;
    found.push({ replication: i, demand: launchReplication(scenario, i, 0).totals.demandUnits });
    from = i + 1;
  }
  return medianCandidate(found)?.replication ?? null;
}
