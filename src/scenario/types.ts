/** Scenario files as the app, the worker and the CLI use them once validated (docs/scenarios.md). */
import type { Seed } from '../sim/rng/stream.ts';
import type { FlowLineSpec } from '../sim/line/types.ts';
import type { LaunchSpec } from '../sim/launch/types.ts';

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

export type LaunchQuantities =
  | { readonly launchQuantities: readonly number[]; readonly sweep?: undefined }
  | { readonly sweep: { readonly from: number; readonly to: number; readonly step: number }; readonly launchQuantities?: undefined };

export type LaunchScenario = ScenarioCommon & LaunchSpec & LaunchQuantities & { readonly model: 'launch' };

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
