/**
 * The transfer batches the sweep tries, from 1 to 50: every size up to 10, then coarser.
 * Sixteen points: enough to see the curve's shape, few enough to run many replications.
 */
export const SWEEP_BATCHES: readonly number[] = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 35, 40, 50];

/** Replications per sweep point: the scenario's, capped so a sweep stays quick. */
export function sweepReplications(scenarioReplications: number): number {
  return Math.max(2, Math.min(scenarioReplications, 30));
}
