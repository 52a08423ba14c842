/**
 * Time distributions in scenario files (MODEL.md, Distributions). Every one has support
 * ≥ 0, since a time cannot be negative, and parameters ≤ LIMITS.maxTime, so sums of draws
 * stay finite. A plain number n is shorthand for `{"dist":"deterministic","value":n}`.
 */
import * as v from 'valibot';
import type { Distribution } from '../sim/rng/distribution-shape.ts';
import {
  cleanNumber,
  crossCheck,
  fieldStep,
  isFiniteNumber,
  isRecord,
  listChoices,
  listField,
  numberField,
  report,
  strictObject,
  type AddIssue,
  type Dataset,
} from './fields.ts';
import { LIMITS, formatLimit } from './limits.ts';

export const DISTRIBUTION_NAMES = [
  'deterministic',
  'exponential',
  'uniform',
  'triangular',
  'normal',
  'lognormal',
  'gamma',
  'empirical',
] as const satisfies readonly Distribution['dist'][];

const MIN_TIME = formatLimit(LIMITS.minPositiveTime);

/** Refuses a time above 0 but below LIMITS.minPositiveTime (only when the number is otherwise valid). */
function notTooSmall<T>(allowed: string, least: number = LIMITS.minPositiveTime): v.RawCheckAction<T> {
  return crossCheck<T>((dataset, addIssue) => {
    const t = dataset.value;
    if (dataset.issues === undefined && isFiniteNumber(t) && t > 0 && t < least) report(addIssue, undefined, t, allowed);
  });
}

/** A time: 0, or from LIMITS.minPositiveTime to LIMITS.maxTime, so every figure computed from it stays finite. */
const time = v.pipe(
  numberField({ min: 0, max: LIMITS.maxTime }),
  v.description(`0, or from ${MIN_TIME} to ${formatLimit(LIMITS.maxTime)}.`),
  notTooSmall(`must be 0 or at least ${MIN_TIME}`),
);
/** A time that must be more than 0: from LIMITS.minPositiveTime to LIMITS.maxTime. */
const positiveTime = v.pipe(
  numberField({ gt: 0, max: LIMITS.maxTime }),
  v.description(`From ${MIN_TIME} to ${formatLimit(LIMITS.maxTime)}.`),
  notTooSmall(`must be at least ${MIN_TIME}`),
);
const MIN_CV = formatLimit(LIMITS.minPositiveCV);
/** A coefficient of variation: 0, or from LIMITS.minPositiveCV to LIMITS.maxCV (a tinier one makes a gamma's draws NaN). */
const cv = v.pipe(
  numberField({ min: 0, max: LIMITS.maxCV }),
  v.description(`0, or from ${MIN_CV} to ${formatLimit(LIMITS.maxCV)}.`),
  notTooSmall(`must be 0 or at least ${MIN_CV}`, LIMITS.minPositiveCV),
);

/** Reports each `keys[i]` smaller than `keys[i - 1]` (min ≤ mode ≤ max). */
function ordered<T>(...keys: readonly string[]): v.RawCheckAction<T> {
  return crossCheck<T>((dataset: Dataset, addIssue: AddIssue) => {
    const object = dataset.value;
    if (!isRecord(object)) return;
    for (let i = 1; i < keys.length; i++) {
      const lowKey = keys[i - 1] as string;
      const key = keys[i] as string;
      const low = cleanNumber(dataset, lowKey);
      const high = cleanNumber(dataset, key);
      if (low !== undefined && high !== undefined && high < low) report(addIssue, [fieldStep(object, key)], high, `must be ≥ ${lowKey} (${formatLimit(low)})`);
    }
  });
}

/** A distribution written out as an object, `{"dist": …}`. */
export const distributionObjectSchema = v.variant(
  'dist',
  [
    strictObject({ dist: v.literal('deterministic'), value: time }),
    strictObject({ dist: v.literal('exponential'), mean: positiveTime }),
    v.pipe(strictObject({ dist: v.literal('uniform'), min: time, max: time }), v.description('min ≤ max.'), ordered('min', 'max')),
    v.pipe(
      strictObject({ dist: v.literal('triangular'), min: time, mode: time, max: time }),
      v.description('min ≤ mode ≤ max.'),
      ordered('min', 'mode', 'max'),
    ),
    v.pipe(
      strictObject({ dist: v.literal('normal'), mean: time, sd: time }),
      v.description('Truncated at 0 by resampling negative draws; mean ≥ 0 keeps at least half the draws.'),
    ),
    strictObject({ dist: v.literal('lognormal'), mean: positiveTime, cv }),
    strictObject({ dist: v.literal('gamma'), mean: positiveTime, cv }),
    strictObject({ dist: v.literal('empirical'), values: listField(time, 1, LIMITS.maxEmpiricalValues, 'values') }),
  ],
  (issue) => (issue.path === undefined ? 'must be an object {…}' : `must be ${listChoices(DISTRIBUTION_NAMES)}`),
);

/** True unless every draw is 0 (an inter-arrival time must have a mean > 0). */
export function hasPositiveMean(d: unknown): boolean {
  if (isFiniteNumber(d)) return d > 0;
  if (!isRecord(d)) return true;
  const positive = (x: unknown): boolean => isFiniteNumber(x) && x > 0;
  switch (d['dist']) {
    case 'deterministic':
      return positive(d['value']);
    case 'uniform':
    case 'triangular':
      return positive(d['max']);
    case 'normal':
      return positive(d['mean']) || positive(d['sd']);
    case 'empirical':
      return Array.isArray(d['values']) && d['values'].some(positive);
    default:
      return true;
  }
}

const SHORTHAND_HINT = 'a number ≥ 0 is shorthand for {"dist":"deterministic","value":n}';

export interface DistributionOptions {
  /** Refuse distributions whose every draw is 0. */
  readonly positiveMean?: boolean;
  readonly description?: string;
}

/** A time distribution, or a plain number ≥ 0 standing for a deterministic time. */
export function timeDistribution(options: DistributionOptions = {}) {
  const description = [options.description, options.positiveMean === true ? 'Its mean must be > 0.' : undefined, `A plain number n means {"dist":"deterministic","value":n}.`]
    .filter((d) => d !== undefined)
    .join(' ');
  return v.pipe(
    v.union([time, distributionObjectSchema], `must be a number ≥ 0 or a distribution such as {"dist":"exponential","mean":4} (${SHORTHAND_HINT})`),
    crossCheck((dataset, addIssue) => {
      // Only on an otherwise valid distribution: `mean: -3` says enough by itself.
      if (options.positiveMean === true && dataset.issues === undefined && !hasPositiveMean(dataset.value)) {
        report(addIssue, undefined, dataset.value, 'must have a mean > 0 (units cannot all arrive at the same instant)');
      }
    }),
    v.description(description),
    v.transform((d): Distribution => (typeof d === 'number' ? { dist: 'deterministic', value: d } : d)),
  );
}
