/**
 * A sweep of launch quantities: from, from + step, … up to `to`, as the core computes it:
 * each point from its index, and `to` itself when a point lands on it within 1e-9.
 */
import { gridPoints } from '../sim/launch/sweep.ts';
import { LIMITS } from './limits.ts';
import { hasStrategies, type LaunchScenario } from './types.ts';

export interface Sweep {
  readonly from: number;
  readonly to: number;
  readonly step: number;
}

/** How many launch quantities a sweep gives (Infinity when absurdly many). */
export function sweepPointCount(sweep: Sweep): number {
  const steps = (sweep.to - sweep.from) / sweep.step;
  if (!(steps >= 0)) return steps < 0 ? 0 : Number.POSITIVE_INFINITY;
  // Far over the limit: no need to build the grid to know validation refuses it.
  if (steps > LIMITS.maxLaunchQuantities + 1) return Math.floor(steps) + 1;
  return gridPoints(sweep).length;
}

/**
 * The launch quantities of a sweep, in increasing order. The grid itself is the core's
 * (src/sim/launch/sweep.ts), so validation counts exactly the points the model will run.
 */
export function sweepQuantities(sweep: Sweep): number[] {
  const count = sweepPointCount(sweep);
  // Validation keeps sweeps to LIMITS.maxLaunchQuantities points; refuse to build a huge array.
  if (count > LIMITS.maxLaunchQuantities) throw new RangeError(`a sweep of ${count} points is more than ${LIMITS.maxLaunchQuantities}`);
  return gridPoints(sweep);
}

/** The launch quantities a validated launch scenario asks for. */
export function launchQuantitiesOf(scenario: LaunchScenario): readonly number[] {
  if (hasStrategies(scenario)) return scenario.strategies.map((s) => s.initial);
  return scenario.sweep === undefined ? scenario.launchQuantities : sweepQuantities(scenario.sweep);
}
