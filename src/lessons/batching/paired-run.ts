/**
 * Lesson 1 runs one scenario twice: as written (its transfer batch, the "batch" line) and
 * with a transfer batch of 1 (the "one-piece flow" line). Both runs use the scenario's seed
 * and the same replication, so they meet the same random numbers: every station draws its
 * process, setup, handling and drift times from its own named streams, whatever the batch
 * size (common random numbers). What differs is only how parts travel.
 */
import { eventCapFor } from '../../sim/models.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { simulateFlowLine, type FlowLineRun } from '../../sim/line/flow-line.ts';

export type LineKey = 'batch' | 'flow';

export interface TracedRun {
  readonly key: LineKey;
  readonly scenario: FlowLineScenario;
  readonly run: FlowLineRun;
  /** Where the run ends on the clock: the makespan in order mode, the horizon in flow mode. */
  readonly end: number;
}

export interface PairedRun {
  readonly batch: TracedRun;
  readonly flow: TracedRun;
  readonly replication: number;
  /** The longer of the two ends: the playback clock runs to here. */
  readonly end: number;
}

/** Most trace records kept per line; a longer run plays only its beginning (the figures are whole). */
export const TRACE_LIMIT = 400_000;

/** The two scenarios of the lesson: as written, and the same with a transfer batch of 1. */
export function pairScenarios(scenario: FlowLineScenario): { batch: FlowLineScenario; flow: FlowLineScenario } {
  return { batch: scenario, flow: { ...scenario, transferBatch: 1 } };
}

function endOf(run: FlowLineRun, scenario: FlowLineScenario): number {
  if (scenario.release.mode === 'flow') return scenario.release.horizon;
  return run.makespan ?? run.window.to;
}

/** Runs one line with its event trace. */
export function runTraced(key: LineKey, scenario: FlowLineScenario, replication: number): TracedRun {
  const run = simulateFlowLine(scenario, scenario.seed, replication, { trace: { limit: TRACE_LIMIT }, maxEvents: eventCapFor(scenario) });
  return { key, scenario, run, end: endOf(run, scenario) };
}

/** Runs both lines of the lesson with their event traces, for replication `replication`. */
export function runPair(scenario: FlowLineScenario, replication = 0): PairedRun {
  const pair = pairScenarios(scenario);
  const batch = runTraced('batch', pair.batch, replication);
  const flow = runTraced('flow', pair.flow, replication);
  return { batch, flow, replication, end: Math.max(batch.end, flow.end) };
}
