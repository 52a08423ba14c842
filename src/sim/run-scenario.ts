/**
 * Runs a validated scenario (either model) and labels the result with what made it: the
 * engine version, the generator and the seed (QUALITY R12). The app, the worker, the CLI
 * and the benchmarks all come through here.
 */
import type { FlowLineScenario, LaunchScenario, Scenario } from '../scenario/types.ts';
import { createLaunchMonteCarlo } from './launch/monte-carlo.ts';
import type { LaunchQuantitiesResult, LaunchResult, LaunchStrategiesResult } from './launch/monte-carlo.ts';
import { createFlowLineMonteCarlo, type FlowLineResult } from './line/monte-carlo.ts';
import { inThreadExecutor, runMonteCarlo, runMonteCarloSync, type ChunkExecutor, type MonteCarloRunOptions } from './mc/runner.ts';
import { RNG_ALGORITHM, type Seed } from './rng/stream.ts';
import { ENGINE_VERSION } from './version.ts';

export interface ResultMeta {
  readonly engineVersion: string;
  readonly rng: string;
  readonly seed: Seed;
  readonly model: Scenario['model'];
  readonly replications: number;
}

export type FlowLineOutput = ResultMeta & { readonly timeUnit: FlowLineScenario['timeUnit'] } & FlowLineResult['figures'] & {
  readonly perReplication?: FlowLineResult['perReplication'];
};
export type LaunchOutput = ResultMeta & LaunchResult;
/** A version-1 launch output (launch quantities, each result with its q0). */
export type LaunchQuantitiesOutput = ResultMeta & LaunchQuantitiesResult;
/** A version-2 launch output (strategies, each result with its "strategy" name). */
export type LaunchStrategiesOutput = ResultMeta & LaunchStrategiesResult;
export type ScenarioOutput = FlowLineOutput | LaunchOutput;

function meta(scenario: Scenario): ResultMeta {
  return {
    engineVersion: ENGINE_VERSION,
    rng: RNG_ALGORITHM,
    seed: scenario.seed,
    model: scenario.model,
    replications: scenario.replications,
  };
}

export interface OutputOptions {
  /** Flow line: also list each replication's figures. */
  readonly perReplication?: boolean;
}

function flowLineOutput(scenario: FlowLineScenario, result: FlowLineResult, options: OutputOptions): FlowLineOutput {
  return {
    ...meta(scenario),
    timeUnit: scenario.timeUnit,
    ...result.figures,
    ...(options.perReplication ? { perReplication: result.perReplication } : {}),
  } as FlowLineOutput;
}

function launchOutput(scenario: LaunchScenario, result: LaunchResult): LaunchOutput {
  return { ...meta(scenario), ...result };
}

/** Runs on this thread, synchronously. */
export function runScenarioSync(scenario: Scenario, options: OutputOptions = {}): ScenarioOutput {
  if (scenario.model === 'flow-line') {
    return flowLineOutput(scenario, runMonteCarloSync(createFlowLineMonteCarlo(scenario), scenario.replications), options);
  }
  return launchOutput(scenario, runMonteCarloSync(createLaunchMonteCarlo(scenario), scenario.replications));
}

/**
 * Runs through the given executors (workers), or on this thread between event-loop turns
 * when none are given; progress and cancellation as `runMonteCarlo`.
 */
export async function runScenario(
  scenario: Scenario,
  executors: readonly ChunkExecutor<unknown>[] | null,
  options: MonteCarloRunOptions & OutputOptions = {},
): Promise<ScenarioOutput> {
  if (scenario.model === 'flow-line') {
    const model = createFlowLineMonteCarlo(scenario);
    const result = await runMonteCarlo(model, (executors as ChunkExecutor<never>[] | null) ?? [inThreadExecutor(model)], scenario.replications, options);
    return flowLineOutput(scenario, result, options);
  }
  const model = createLaunchMonteCarlo(scenario);
  const result = await runMonteCarlo(model, (executors as ChunkExecutor<never>[] | null) ?? [inThreadExecutor(model)], scenario.replications, options);
  return launchOutput(scenario, result);
}
