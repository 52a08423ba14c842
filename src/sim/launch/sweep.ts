/** The launch quantities a scenario asks about: a list as given, or a sweep's grid. */

/** How close (relative) a grid point must come to `to` to count as landing on it. */
const GRID_TOLERANCE = 1e-9;

export interface GridRange {
  readonly from: number;
  readonly to: number;
  readonly step: number;
}

/** A version-1 question: a list of launch quantities, or a sweep over Q0. */
export type QuantityQuestion =
  | { readonly launchQuantities: readonly number[]; readonly sweep?: undefined }
  | { readonly sweep: GridRange; readonly launchQuantities?: undefined };

/**
 * A sweep {from, to, step} gives from + k·step for k = 0, 1, … while ≤ to; each point is
 * computed from k, never by adding step repeatedly, so rounding does not drift along the
 * grid. `to` itself is included, exactly, only when a grid point lands on it within 1e-9
 * relative: 0 to 0.3 by 0.1 ends at 0.3, not at 0.30000000000000004, and 0 to 1,000 by 300
 * ends at 900.
 */
export function gridPoints(range: GridRange): number[] {
  const { from, to, step } = range;
  if (!(step > 0) || !Number.isFinite(from) || !Number.isFinite(to) || !Number.isFinite(step)) {
    throw new RangeError(`launch sweep: step ${step} from ${from} to ${to} does not make a finite grid`);
  }
  const grid: number[] = [];
  for (let k = 0; ; k++) {
    const q = from + k * step;
    if (Math.abs(q - to) <= GRID_TOLERANCE * Math.max(Math.abs(q), Math.abs(to))) {
      grid.push(to);
      break;
    }
    if (q > to) break;
    grid.push(q);
  }
  return grid;
}

/** A list is kept as given (order and repeats); a sweep gives its grid (gridPoints). */
export function launchQuantities(scenario: QuantityQuestion): number[] {
  if (scenario.launchQuantities !== undefined) return [...scenario.launchQuantities];
  return gridPoints(scenario.sweep);
}
