/**
 * The kaizen log of lesson 2: the line's figures before the first change, then one entry
 * per improvement with what the trainee expected and what happened to one-piece flow
 * (mean lead time, throughput, WIP, scrap over the scenario's replications, on its seed).
 * The target stays fixed: the batch line as the team runs it, before any change.
 */
import type { FlowLineScenario } from '../../scenario/types.ts';
import { runScenarioSync, type FlowLineOutput } from '../../sim/run-scenario.ts';
import type { Improvement } from './improvements.ts';

export interface LineFigures {
  /** Mean lead time (time unit of the scenario). */
  readonly leadTime: number;
  /** Good units per hour. */
  readonly throughput: number;
  /** Time-average WIP (units). */
  readonly wip: number;
  /** Units scrapped per run. */
  readonly scrap: number;
  /** Time to finish the order (order mode), else null. */
  readonly makespan: number | null;
}

export type Direction = 'down' | 'same' | 'up';

export interface Expectation {
  /** What the trainee expects of one-piece flow's mean lead time. */
  readonly direction: Direction;
  /** By how much (≥ 0, time unit of the scenario). */
  readonly by: number;
}

export interface KaizenEntry {
  readonly improvement: Improvement;
  readonly description: string;
  readonly expected: Expectation | null;
  readonly before: LineFigures;
  readonly after: LineFigures;
}

export interface KaizenLog {
  readonly scenarioName: string;
  readonly seed: string | number;
  readonly replications: number;
  /** The batch line as the team runs it: the figure to beat. */
  readonly target: LineFigures;
  /** One-piece flow switched on as the line stands: where the trainee starts. */
  readonly start: LineFigures;
  readonly entries: readonly KaizenEntry[];
}

const PER_HOUR = { second: 3600, minute: 60, hour: 1 } as const;

const meanOf = (v: unknown): number => (typeof v === 'number' ? v : ((v as { mean?: number } | null)?.mean ?? Number.NaN));

/** The line's figures: means over the scenario's replications (replication i on the same random numbers for every variant). */
export function lineFigures(scenario: FlowLineScenario): LineFigures {
  const o = runScenarioSync(scenario) as FlowLineOutput;
  const lead = o.leadTime as unknown as { mean: unknown } | null;
  const wip = o.wip as unknown as { mean: unknown };
  return {
    leadTime: meanOf(lead?.mean ?? null),
    throughput: meanOf(o.throughput) * PER_HOUR[scenario.timeUnit],
    wip: meanOf(wip.mean),
    scrap: meanOf(o.scrapped),
    makespan: scenario.release.mode === 'order' ? meanOf(o.makespan) : null,
  };
}

export interface Verdict {
  readonly leadTime: boolean;
  readonly wip: boolean;
  readonly scrap: boolean;
  /** One-piece flow beats the batches on lead time, WIP and scrap. */
  readonly all: boolean;
}

/** Does one-piece flow now beat the batch line? Strictly better, or no scrap on either side. */
export function flowWins(flow: LineFigures, batch: LineFigures): Verdict {
  const leadTime = flow.leadTime < batch.leadTime;
  const wip = flow.wip < batch.wip;
  const scrap = flow.scrap < batch.scrap || (flow.scrap === 0 && batch.scrap === 0);
  return { leadTime, wip, scrap, all: leadTime && wip && scrap };
}

/** What happened to the lead time, in the words of the expectation (a change under 1% is "same"). */
export function directionOf(before: number, after: number): Direction {
  const change = (after - before) / before;
  if (!Number.isFinite(change) || Math.abs(change) < 0.01) return 'same';
  return change < 0 ? 'down' : 'up';
}
