/**
 * Lesson 1 with long setups (issue 14): three ways to run the same order, side by side, on
 * the same random numbers. Transfer batch = process batch (the batches as run today, one
 * setup per batch); one piece at a time with a setup for every piece; and the remedy
 * Factory Physics teaches, lot splitting: set up once for a process batch of B, then pass
 * the parts on one at a time. Handling can be switched off to show that waiting for the
 * batch alone still makes the batches slower. Pure: it runs the core, nothing else.
 */
import type { FlowLineScenario } from '../../scenario/types.ts';
import { deterministic } from '../../sim/rng/distribution-shape.ts';
import { simulateFlowLine } from '../../sim/line/flow-line.ts';
export { hasLongSetups } from './long-setups.ts';

export type SetupOptionKey = 'batches' | 'one-piece' | 'lot-splitting';

export interface SetupOption {
  readonly key: SetupOptionKey;
  /** Parts moved together. */
  readonly transferBatch: number;
  /** Parts made per setup. */
  readonly processBatch: number;
  readonly scenario: FlowLineScenario;
}

export interface SetupOptionFigures {
  readonly key: SetupOptionKey;
  readonly transferBatch: number;
  readonly processBatch: number;
  /** Means over the replications (lead time null if a replication delivered nothing). */
  readonly leadTime: number | null;
  readonly wip: number;
  /** Good units per time unit. */
  readonly throughput: number;
  /** Order mode: time the order was finished, else null. */
  readonly makespan: number | null;
  readonly replications: number;
}

/** The three options for the scenario's batch size B; `handling` false sets every station's handling to 0. */
export function setupOptions(scenario: FlowLineScenario, handling = true): SetupOption[] {
  const b = scenario.processBatch ?? scenario.transferBatch;
  const { processBatch: _p, ...rest } = scenario;
  const base: FlowLineScenario = handling ? rest : { ...rest, stations: rest.stations.map((s) => ({ ...s, handlingTime: deterministic(0) })) };
  const option = (key: SetupOptionKey, transferBatch: number, processBatch: number): SetupOption => ({
    key,
    transferBatch,
    processBatch,
    scenario: { ...base, transferBatch, ...(processBatch !== transferBatch ? { processBatch } : {}) },
  });
  return [option('batches', b, b), option('one-piece', 1, 1), option('lot-splitting', 1, b)];
}

/** Means over replications 0 … n − 1 (the same random numbers for every option). */
export function optionFigures(option: SetupOption, replications: number = option.scenario.replications): SetupOptionFigures {
  let lead = 0;
  let leadRuns = 0;
  let wip = 0;
  let throughput = 0;
  let makespan = 0;
  let finished = 0;
  for (let r = 0; r < replications; r++) {
    const run = simulateFlowLine(option.scenario, option.scenario.seed, r);
    if (run.leadTime !== null) {
      lead += run.leadTime.mean;
      leadRuns++;
    }
    wip += run.wip.mean;
    throughput += run.throughput;
    if (run.makespan !== null) {
      makespan += run.makespan;
      finished++;
    }
  }
  return {
    key: option.key,
    transferBatch: option.transferBatch,
    processBatch: option.processBatch,
    leadTime: leadRuns === replications ? lead / replications : null,
    wip: wip / replications,
    throughput: throughput / replications,
    makespan: finished === replications ? makespan / replications : null,
    replications,
  };
}
