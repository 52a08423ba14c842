/**
 * What lesson 4's outcome compares, per line and pulled over pushed: plain figures of a run,
 * apart from the engine (the page reads them without loading the simulator).
 */
import type { FlowLineRun } from '../../sim/line/flow-line.ts';

/** The figures the outcome compares, per line. */
export interface LineOutcome {
  readonly throughput: number;
  readonly wip: number;
  /** Release to delivery (lead time when nothing waits outside the line). */
  readonly flowTime: number | null;
  readonly leadTime: number | null;
  /** WIP × unitValue, when the scenario values its units. */
  readonly cash: number | null;
  readonly delivered: number;
}

export function lineOutcome(run: FlowLineRun, unitValue: number | undefined): LineOutcome {
  const flow = run.flowTime === undefined ? run.leadTime : run.flowTime;
  return {
    throughput: run.throughput,
    wip: run.wip.mean,
    flowTime: flow?.mean ?? null,
    leadTime: run.leadTime?.mean ?? null,
    cash: unitValue === undefined ? null : (run.wipValue?.mean ?? run.wip.mean * unitValue),
    delivered: run.delivered,
  };
}

/** Pulled over pushed: how much of the throughput is kept, and what fraction of the WIP and flow time remains. */
export interface PushPullRatios {
  readonly throughput: number;
  readonly wip: number;
  readonly flowTime: number | null;
}

export function pushPullRatios(push: LineOutcome, pull: LineOutcome): PushPullRatios | null {
  if (!(push.throughput > 0) || !(push.wip > 0)) return null;
  const flowTime = push.flowTime && pull.flowTime !== null ? pull.flowTime / push.flowTime : null;
  return { throughput: pull.throughput / push.throughput, wip: pull.wip / push.wip, flowTime };
}
