/** Scenarios shared by the launch model's tests (imported by *.test.ts only). */
import type { LaunchQuantityScenario, LaunchStrategyScenario } from '../../scenario/types.ts';
import type { LaunchSpec, LaunchStrategy, MarketState } from './types.ts';

export const SEED_STATES: readonly MarketState[] = [
  { name: 'good', probability: 0.5, level: 30000 },
  { name: 'bad', probability: 0.5, level: 500 },
];

/** The seed case of MODEL.md: good 30,000 or bad 500 a month, p 20, c 12, v 4, h 0.2, H 12. */
export const SEED_SPEC: LaunchSpec = {
  market: { states: SEED_STATES, demandCV: 0 },
  economics: { price: 20, cost: 12, salvage: 4, holding: 0.2 },
  horizon: 12,
  rampUp: 0,
  capacity: 40000,
  patience: 0,
};

/** A launch scenario from a spec, with the seed case's question (500 or 30,000) by default. */
export function launchScenario(
  spec: LaunchSpec,
  options: { seed?: string | number; replications?: number; launchQuantities?: number[] } = {},
): LaunchQuantityScenario {
  return {
    version: 1,
    model: 'launch',
    seed: options.seed ?? 2024,
    replications: options.replications ?? 1000,
    ...spec,
    launchQuantities: options.launchQuantities ?? [500, 30000],
  };
}

/** MODEL.md's version-2 worked case: the pilot (500, ramp-up 1) and the forecast (30,000 a month for 3 months, ramp-up 0). */
export const PILOT: LaunchStrategy = { name: 'pilot', initial: 500, rampUp: 1 };
export const FORECAST: LaunchStrategy = { name: 'forecast', initial: 0, commit: { rate: 30000, periods: 3 }, rampUp: 0, fixedCost: 0 };

/** A version-2 scenario: the seed spec with strategies (MODEL.md's worked case by default). */
export function strategyScenario(
  spec: LaunchSpec,
  options: { seed?: string | number; replications?: number; strategies?: LaunchStrategy[]; safetyFactor?: number } = {},
): LaunchStrategyScenario {
  return {
    version: 1,
    model: 'launch',
    seed: options.seed ?? 2024,
    replications: options.replications ?? 1000,
    ...spec,
    ...(options.safetyFactor === undefined ? {} : { safetyFactor: options.safetyFactor }),
    strategies: options.strategies ?? [PILOT, FORECAST],
  };
}
