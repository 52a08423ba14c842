/** Scenario files as the app, the worker and the CLI use them once validated (docs/scenarios.md). */
import type { Seed } from '../sim/rng/stream.ts';
import type { FlowLineSpec } from '../sim/line/types.ts';
import type { LaunchSpec, LaunchStrategy } from '../sim/launch/types.ts';

export const SCENARIO_VERSION = 1;

interface ScenarioCommon {
  readonly version: typeof SCENARIO_VERSION;
  readonly name?: string;
  readonly description?: string;
  readonly seed: Seed;
  readonly replications: number;
}

export interface FlowLineScenario extends ScenarioCommon, FlowLineSpec {
  readonly model: 'flow-line';
}

/** The strategy fields a sweep can vary (Model B version 2). */
export const STRATEGY_SWEEP_FIELDS = ['initial', 'commit.rate', 'commit.periods'] as const;
export type StrategySweepField = (typeof STRATEGY_SWEEP_FIELDS)[number];

/** A sweep over one field of one strategy: that strategy is run once per grid point. */
export interface StrategySweep {
  readonly strategy: string;
  readonly field: StrategySweepField;
  readonly from: number;
  readonly to: number;
  readonly step: number;
}

/** Version 1: launch quantities (a list or a sweep over Q0). */
export type LaunchQuantities =
  | { readonly launchQuantities: readonly number[]; readonly sweep?: undefined; readonly strategies?: undefined }
  | {
      readonly sweep: { readonly from: number; readonly to: number; readonly step: number };
      readonly launchQuantities?: undefined;
      readonly strategies?: undefined;
    };

/** Version 2: strategies, optionally with one strategy field swept. */
export interface LaunchStrategies {
  readonly strategies: readonly LaunchStrategy[];
  readonly sweep?: StrategySweep;
  readonly launchQuantities?: undefined;
}

/** A version-1 launch scenario (launch quantities). */
export type LaunchQuantityScenario = ScenarioCommon & LaunchSpec & LaunchQuantities & { readonly model: 'launch' };

/** A version-2 launch scenario (strategies). */
export type LaunchStrategyScenario = ScenarioCommon & LaunchSpec & LaunchStrategies & { readonly model: 'launch' };

export type LaunchScenario = LaunchQuantityScenario | LaunchStrategyScenario;

/** Whether a launch scenario asks about strategies (version 2) rather than launch quantities. */
export function hasStrategies(scenario: LaunchScenario): scenario is LaunchStrategyScenario {
  return scenario.strategies !== undefined;
}

export type Scenario = FlowLineScenario | LaunchScenario;

/** One problem with a scenario: where, what was given, what is allowed. */
export interface ValidationIssue {
  /** The field's path, e.g. `stations[2].processTime.mean`. */
  readonly path: string;
  /** The value given, as a short printable string. */
  readonly value: string;
  /** What is allowed, e.g. `must be > 0`. */
  readonly allowed: string;
  /** The whole message: `stations[2].processTime.mean: -3 is not allowed, must be > 0`. */
  readonly message: string;
}

export type ParseResult<T = Scenario> =
  | { readonly ok: true; readonly scenario: T }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };
