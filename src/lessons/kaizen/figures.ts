/**
 * The figures a kaizen step is judged by (lead time, throughput, WIP, scrap), as means over
 * a scenario's replications. Replication i meets the same random numbers before and after
 * a change (every stream is named by seed, replication and purpose), so a difference between
 * two lines is the change's effect, not luck.
 */
import { eventCapFor } from '../../sim/models.ts';
import type { FlowLineScenario } from '../../scenario/index.ts';
import { simulateFlowLine } from '../../sim/line/flow-line.ts';

export interface KaizenFigures {
  /** Mean lead time of good units (null when no replication delivered any). */
  readonly leadTime: number | null;
  /** Good units per time unit. */
  readonly throughput: number;
  /** Time-average WIP. */
  readonly wip: number;
  /** Units scrapped per run. */
  readonly scrapped: number;
  readonly replications: number;
}

/** Means over replications 0 … replications − 1 of the scenario's seed. */
export function kaizenFigures(scenario: FlowLineScenario, replications: number = scenario.replications): KaizenFigures {
  let leadTime = 0;
  let leadTimeRuns = 0;
  let throughput = 0;
  let wip = 0;
  let scrapped = 0;
  for (let r = 0; r < replications; r++) {
    const run = simulateFlowLine(scenario, scenario.seed, r, { maxEvents: eventCapFor(scenario) });
    if (run.leadTime !== null) {
      leadTime += run.leadTime.mean;
      leadTimeRuns++;
    }
    throughput += run.throughput;
    wip += run.wip.mean;
    scrapped += run.scrapped;
  }
  return {
    leadTime: leadTimeRuns === replications ? leadTime / replications : null,
    throughput: throughput / replications,
    wip: wip / replications,
    scrapped: scrapped / replications,
    replications,
  };
}
