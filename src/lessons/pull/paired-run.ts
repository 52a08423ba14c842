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

export { lineOutcome, pushPullRatios, type LineOutcome, type PushPullRatios } from './outcome.ts';
