/**
 * The challenge's scenario from the preset and a trainee's parameters. DOM-free: the phone
 * runs it in its browser and the server re-runs it with the same engine before any number is
 * shown on the board.
 */
import type { FlowLineScenario } from '../scenario/types.ts';

/** Most unit-steps (replications × units × stations) one submission may cost the server. */
export const MAX_CHALLENGE_WORK = 2_000_000;

export interface ChallengeParams {
  readonly transferBatch: number;
  readonly moveTime: number;
}

export function challengeScenario(base: FlowLineScenario, params: ChallengeParams): unknown {
  return { ...base, name: `${base.name} · batch ${params.transferBatch}`, transferBatch: params.transferBatch, moveTime: params.moveTime };
}

/** What a run costs, in unit-steps: replications × units released × stations. */
export function challengeWork(scenario: FlowLineScenario): number {
  const units = scenario.release.mode === 'order' ? scenario.release.quantity : Number.POSITIVE_INFINITY;
  return scenario.replications * units * scenario.stations.length;
}

/** A figure of a run's output: a number (one replication) or `{ mean, ci95 }` (several). */
function meanOf(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && value !== null && typeof (value as { mean?: unknown }).mean === 'number') return (value as { mean: number }).mean;
  return null;
}

/** The challenge's two figures from a flow-line output, or null when either is not finite. */
export function challengeFigures(output: { leadTime?: unknown; makespan?: unknown }): { leadTime: number; makespan: number } | null {
  const leadTime = meanOf((output.leadTime as { mean?: unknown } | null | undefined)?.mean);
  const makespan = meanOf(output.makespan);
  if (leadTime === null || makespan === null || !Number.isFinite(leadTime) || !Number.isFinite(makespan)) return null;
  return { leadTime, makespan };
}
