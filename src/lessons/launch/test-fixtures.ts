/** Results of the seed case worked out by hand, shared by the launch lesson's tests (imported by *.test.ts only). */
import type { LaunchQuantitiesResult, LaunchQuantityResult } from '../../sim/launch/monte-carlo.ts';
import { createLaunchMonteCarlo } from '../../sim/launch/monte-carlo.ts';
import { SEED_SPEC, launchScenario } from '../../sim/launch/test-fixtures.ts';
import { runMonteCarloSync } from '../../sim/mc/runner.ts';
import type { LaunchQuantityScenario } from '../../scenario/types.ts';
import type { LaunchSpec } from '../../sim/launch/types.ts';

/** The seed case without noise (MODEL.md): 500 or 30,000, p 20, c 12, v 4, h 0.2, H 12, ramp-up 0. */
export function seedCase(options: { replications?: number; seed?: string | number; launchQuantities?: number[]; spec?: Partial<LaunchSpec> } = {}): LaunchQuantityScenario {
  return launchScenario({ ...SEED_SPEC, ...options.spec }, {
    seed: options.seed ?? 'hand',
    replications: options.replications ?? 400,
    launchQuantities: options.launchQuantities ?? [500, 30000],
  });
}

export function runSync(scenario: LaunchQuantityScenario): LaunchQuantitiesResult {
  return runMonteCarloSync(createLaunchMonteCarlo(scenario), scenario.replications);
}

/**
 * The figures of docs/model-launch.md's worked table (ramp-up 0), per replication, by
 * state: they do not vary within a state when demand has no noise.
 */
export const HAND = {
  pilot: { good: { profit: 2_644_000, lostOpportunity: 236_000, realLoss: 0 }, bad: { profit: 48_000, lostOpportunity: 0, realLoss: 0 } },
  launch: { good: { profit: 2_880_000, lostOpportunity: 0, realLoss: 0 }, bad: { profit: -203_400, lostOpportunity: 0, realLoss: 251_400 } },
} as const;

/**
 * A result with only the figures the ledger and hindsight read, built by hand: shares
 * exactly as given (the Monte Carlo's observed shares never are).
 */
export function handResult(
  q0: number,
  states: Record<string, { share: number; profit: number; lostOpportunity: number; realLoss: number }>,
): LaunchQuantityResult {
  const entries = Object.entries(states);
  const mean = (pick: (s: (typeof entries)[number][1]) => number) => entries.reduce((sum, [, s]) => sum + s.share * pick(s), 0);
  const byState = Object.fromEntries(
    entries.map(([name, s]) => [
      name,
      {
        replications: Math.round(s.share * 1000),
        probability: s.share,
        profit: { mean: s.profit, sd: 0, p5: s.profit, p50: s.profit, p95: s.profit },
        probLoss: s.profit < 0 ? 1 : 0,
        lostOpportunity: { mean: s.lostOpportunity },
        realLoss: { mean: s.realLoss },
      },
    ]),
  );
  return {
    q0,
    profit: { mean: mean((s) => s.profit), sd: null, p5: 0, p50: 0, p95: 0 },
    probLoss: mean((s) => (s.profit < 0 ? 1 : 0)),
    lostOpportunity: { mean: mean((s) => s.lostOpportunity) },
    realLoss: { mean: mean((s) => s.realLoss) },
    byState,
  } as unknown as LaunchQuantityResult;
}
