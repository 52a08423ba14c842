/**
 * Lesson 4 runs one scenario twice on the same random numbers: pulled, as written (its WIP
 * cap and kanban buffers), and pushed, the same line with no cap and no buffers (the whole
 * order released as raw material at once, or every arrival released as it comes). Both use
 * the scenario's seed and replication, and every station draws from its own named streams,
 * so the two lines meet the same process times (common random numbers): what differs is only
 * when work is let into the line. The runs reuse lesson 1's traced pair, with the pushed line
 * in the `batch` slot and the pulled line in the `flow` slot.
 */
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { FlowLineRun } from '../../sim/line/flow-line.ts';
import { runTraced, type PairedRun } from '../batching/paired-run.ts';

export type PullKey = 'push' | 'pull';

/** The pushed line: the scenario without its WIP cap and without kanban buffers. */
export function pushScenario(scenario: FlowLineScenario): FlowLineScenario {
  const { wipCap: _cap, ...release } = scenario.release;
  const stations = scenario.stations.map(({ buffer: _buffer, ...station }) => station);
  return { ...scenario, release, stations } as FlowLineScenario;
}

/** Does the scenario pull at all (a WIP cap or a kanban buffer)? */
export function pulls(scenario: FlowLineScenario): boolean {
  return scenario.release.wipCap !== undefined || scenario.stations.some((s) => s.buffer !== undefined);
}

/** Both lines, traced: pushed in `batch`, pulled in `flow` (the replay's two slots). */
export function runPushPull(scenario: FlowLineScenario, replication = 0): PairedRun {
  const batch = runTraced('batch', pushScenario(scenario), replication);
  const flow = runTraced('flow', scenario, replication);
  return { batch, flow, replication, end: Math.max(batch.end, flow.end) };
}

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
