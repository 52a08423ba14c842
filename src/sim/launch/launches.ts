/**
 * What a launch scenario asks to compare, as plans the policy runs: version 1's launch
 * quantities (a list or a sweep over Q0), or version 2's strategies, one of them possibly
 * swept over a grid of one field.
 */
import { hasStrategies, type LaunchScenario, type LaunchStrategyScenario, type StrategySweepField } from '../../scenario/types.ts';
import { gridPoints, launchQuantities } from './sweep.ts';
import { planOf, planOfQuantity, type LaunchPlan, type LaunchStrategy } from './types.ts';

/** A grid point of a strategy sweep: the field varied and its value there. */
export interface SweepPoint {
  readonly field: StrategySweepField;
  readonly value: number;
}

/** One launch to evaluate: a plan, and how results name it. */
export type LaunchEntry =
  | { readonly kind: 'quantity'; readonly q0: number; readonly plan: LaunchPlan }
  | { readonly kind: 'strategy'; readonly strategy: string; readonly point?: SweepPoint; readonly plan: LaunchPlan };

/** The strategy with one field set to a value (commit fields need the strategy to have a commitment). */
export function withField(strategy: LaunchStrategy, field: StrategySweepField, value: number): LaunchStrategy {
  if (field === 'initial') return { ...strategy, initial: value };
  const commit = strategy.commit;
  if (commit === undefined) throw new RangeError(`launch sweep: strategy "${strategy.name}" has no commit to vary ${field} in`);
  return field === 'commit.rate' ? { ...strategy, commit: { ...commit, rate: value } } : { ...strategy, commit: { ...commit, periods: value } };
}

/** The name a grid point's result carries: the strategy's name and the point, e.g. `forecast [commit.rate = 5000]`. */
export function sweepPointName(strategy: string, point: SweepPoint): string {
  return `${strategy} [${point.field} = ${point.value}]`;
}

function strategyEntries(scenario: LaunchStrategyScenario): LaunchEntry[] {
  const sweep = scenario.sweep;
  return scenario.strategies.flatMap((strategy): LaunchEntry[] => {
    if (sweep === undefined || sweep.strategy !== strategy.name) {
      return [{ kind: 'strategy', strategy: strategy.name, plan: planOf(scenario, strategy) }];
    }
    return gridPoints(sweep).map((value): LaunchEntry => {
      const point = { field: sweep.field, value };
      return { kind: 'strategy', strategy: sweepPointName(strategy.name, point), point, plan: planOf(scenario, withField(strategy, sweep.field, value)) };
    });
  });
}

/** The launches a scenario compares, in the order its results list them. */
export function launchEntries(scenario: LaunchScenario): LaunchEntry[] {
  if (hasStrategies(scenario)) return strategyEntries(scenario);
  return launchQuantities(scenario).map((q0): LaunchEntry => ({ kind: 'quantity', q0, plan: planOfQuantity(scenario, q0) }));
}
