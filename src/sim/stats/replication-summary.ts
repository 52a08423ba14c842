/**
 * Figures over replications: each number becomes its mean and 95% confidence half-width
 * (Student's t, n − 1 degrees of freedom). Sums are exact, so the figures do not depend on
 * the order replications are added in.
 */
import { addExact, exactSum, valueOf } from './exact-sum.ts';
import { studentT975 } from './student-t.ts';

export interface MeanCi {
  readonly mean: number;
  /** Half-width of the 95% confidence interval of the mean; 0 with one replication. */
  readonly ci95: number;
}

/** Mean, sample standard deviation (n − 1) and 95% half-width of the values. */
export function meanCi(values: readonly number[]): MeanCi & { readonly sd: number } {
  const n = values.length;
  const s1 = exactSum();
  for (const v of values) addExact(s1, v);
  const mean = valueOf(s1) / n;
  if (n < 2) return { mean, sd: 0, ci95: 0 };
  const s2 = exactSum();
  for (const v of values) addExact(s2, (v - mean) * (v - mean));
  const sd = Math.sqrt(valueOf(s2) / (n - 1));
  return { mean, sd, ci95: (studentT975(n - 1) * sd) / Math.sqrt(n) };
}

export type Aggregated<T> = T extends number
  ? MeanCi
  : T extends string | boolean
    ? T
    : T extends null
      ? null
      : T extends readonly (infer U)[]
        ? Aggregated<U>[]
        : T extends object
          ? { [K in keyof T]: Aggregated<T[K]> }
          : T;

/**
 * Aggregates results of the same shape leaf by leaf: numbers → {mean, ci95}; strings and
 * booleans are taken from the first; a figure missing (null) in any replication is null.
 */
export function aggregateReplications<T>(runs: readonly T[]): Aggregated<T> {
  return aggregate(runs as readonly unknown[]) as Aggregated<T>;
}

function aggregate(values: readonly unknown[]): unknown {
  const first = values[0];
  if (values.some((v) => v === null || v === undefined)) return null;
  if (typeof first === 'number') {
    const { mean, ci95 } = meanCi(values as number[]);
    return { mean, ci95 };
  }
  if (typeof first !== 'object' || first === null) return first;
  if (Array.isArray(first)) return first.map((_, i) => aggregate(values.map((v) => (v as unknown[])[i])));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(first)) out[key] = aggregate(values.map((v) => (v as Record<string, unknown>)[key]));
  return out;
}
