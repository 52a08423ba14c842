/**
 * The distributions of MODEL.md as data: their shapes, and what can be said of one without
 * drawing from it (is it a single value, its nominal mean). No arithmetic beyond + − × ÷ and
 * no streams: the scenario validator uses this on the main thread without the samplers (and
 * their engine-independent ln/exp) that distribution.ts adds.
 */
export type Distribution =
  | { readonly dist: 'deterministic'; readonly value: number }
  | { readonly dist: 'exponential'; readonly mean: number }
  | { readonly dist: 'uniform'; readonly min: number; readonly max: number }
  | { readonly dist: 'triangular'; readonly min: number; readonly mode: number; readonly max: number }
  | { readonly dist: 'normal'; readonly mean: number; readonly sd: number }
  | { readonly dist: 'lognormal'; readonly mean: number; readonly cv: number }
  | { readonly dist: 'gamma'; readonly mean: number; readonly cv: number }
  | { readonly dist: 'empirical'; readonly values: readonly number[] };

export type DistributionName = Distribution['dist'];

/** A bound sampler: each call takes the next value from its stream. */
export type Draw = () => number;

export const deterministic = (value: number): Distribution => ({ dist: 'deterministic', value });

/** True when the distribution has a single value; such a sampler consumes no draws (QUALITY R5). */
export function isDegenerate(d: Distribution): boolean {
  switch (d.dist) {
    case 'deterministic':
      return true;
    case 'lognormal':
    case 'gamma':
      return d.cv === 0;
    case 'normal':
      return d.sd === 0;
    case 'uniform':
      return d.min === d.max;
    case 'triangular':
      return d.min === d.max;
    case 'empirical':
      return d.values.every((v) => v === d.values[0]);
    case 'exponential':
      return d.mean === 0;
  }
}

/** True when every draw is 0: such a time needs neither a draw nor an event. */
export function isAlwaysZero(d: Distribution): boolean {
  return isDegenerate(d) && nominalMean(d) === 0;
}

/** The single value of a degenerate distribution. */
export function degenerateValue(d: Distribution): number {
  switch (d.dist) {
    case 'deterministic':
      return d.value;
    case 'uniform':
    case 'triangular':
      return d.min;
    case 'empirical':
      return d.values[0] ?? 0;
    case 'exponential':
    case 'normal':
    case 'lognormal':
    case 'gamma':
      return Math.max(0, d.mean);
  }
}

/** The distribution's mean (for a normal, the mean of its truncation at 0 is not computed here). */
export function nominalMean(d: Distribution): number {
  switch (d.dist) {
    case 'deterministic':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'empirical':
      return d.values.reduce((a, b) => a + b, 0) / d.values.length;
    case 'exponential':
    case 'normal':
    case 'lognormal':
    case 'gamma':
      return d.mean;
  }
}
