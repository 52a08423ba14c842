/**
 * A time distribution while it is being edited: its name and the text of each parameter
 * field. Pure data and pure functions (no DOM), so the editing rules are unit-tested in node.
 */
import { msg } from '@lit/localize';
import { DISTRIBUTION_NAMES, type FlowLineScenario } from '../../scenario/index.ts';
import { numberListOrText, numberOrText, numberText, roundedText } from './number-text.ts';

/** A validated time distribution, as parseScenario returns it. */
export type Distribution = FlowLineScenario['moveTime'];
export type DistributionName = (typeof DISTRIBUTION_NAMES)[number];
/** Every parameter any distribution takes; `values` is the list of an empirical one. */
export type ParamKey = 'value' | 'mean' | 'sd' | 'cv' | 'min' | 'mode' | 'max' | 'values';

/** The parameters each distribution takes, in the order the fields show them. */
export const PARAMS_OF: { readonly [N in DistributionName]: readonly ParamKey[] } = {
  deterministic: ['value'],
  exponential: ['mean'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  normal: ['mean', 'sd'],
  lognormal: ['mean', 'cv'],
  gamma: ['mean', 'cv'],
  empirical: ['values'],
};

/** A parameter's field label, in the page's language (the file format's own name in English). */
export function paramName(key: ParamKey): string {
  switch (key) {
    case 'value':
      return msg('value', { id: 'param.value' });
    case 'mean':
      return msg('mean', { id: 'param.mean' });
    case 'sd':
      return msg('sd', { id: 'param.sd' });
    case 'cv':
      return msg('cv', { id: 'param.cv' });
    case 'min':
      return msg('min', { id: 'param.min' });
    case 'mode':
      return msg('mode', { id: 'param.mode' });
    case 'max':
      return msg('max', { id: 'param.max' });
    case 'values':
      return msg('values', { id: 'param.values' });
  }
}

/** What the select shows for each distribution, in the page's language; a plain number in a file is `deterministic`. */
export function distributionName(name: DistributionName): string {
  switch (name) {
    case 'deterministic':
      return msg('fixed');
    case 'exponential':
      return msg('exponential');
    case 'uniform':
      return msg('uniform');
    case 'triangular':
      return msg('triangular');
    case 'normal':
      return msg('normal');
    case 'lognormal':
      return msg('lognormal');
    case 'gamma':
      return msg('gamma');
    case 'empirical':
      return msg('empirical (list)');
  }
}

export { DISTRIBUTION_NAMES };

export interface DistributionDraft {
  readonly dist: DistributionName;
  /** The text of each parameter field of `dist` (a list is one text: `1, 2.5, 3`). */
  readonly params: { readonly [K in ParamKey]?: string };
}

export function isDistributionName(name: string): name is DistributionName {
  return (DISTRIBUTION_NAMES as readonly string[]).includes(name);
}

/** The draft of a validated distribution. */
export function distributionDraftOf(d: Distribution): DistributionDraft {
  const fields: Readonly<Record<string, unknown>> = d;
  const params: { [K in ParamKey]?: string } = {};
  for (const key of PARAMS_OF[d.dist]) {
    const value = fields[key];
    if (typeof value === 'number') params[key] = numberText(value);
    else if (Array.isArray(value)) params[key] = value.map((n) => numberText(Number(n))).join(', ');
  }
  return { dist: d.dist, params };
}

/** A fixed time, e.g. the default setup time 0. */
export function fixedDraft(value: number): DistributionDraft {
  return { dist: 'deterministic', params: { value: numberText(value) } };
}

/**
 * The distribution as scenario JSON for the validator: `{ dist, ...parameters }`, each
 * parameter a number when its text is one, else the text (so the validator reports it).
 * Always the object form, never the plain-number shorthand, so that a bad value gets a
 * message at its own field (`processTime.value`) rather than at the whole distribution.
 */
export function distributionCandidate(d: DistributionDraft): Record<string, unknown> {
  const out: Record<string, unknown> = { dist: d.dist };
  for (const key of PARAMS_OF[d.dist]) {
    const text = d.params[key] ?? '';
    out[key] = key === 'values' ? numberListOrText(text) : numberOrText(text);
  }
  return out;
}

/** The distribution's mean when every parameter it needs is a number, else undefined. */
export function draftMean(d: DistributionDraft): number | undefined {
  const n = (key: ParamKey): number | undefined => {
    const value = numberOrText(d.params[key] ?? '');
    return typeof value === 'number' ? value : undefined;
  };
  const sum = (...keys: ParamKey[]): number | undefined => {
    const values = keys.map(n);
    return values.every((v) => v !== undefined) ? values.reduce<number>((a, b) => a + (b ?? 0), 0) : undefined;
  };
  switch (d.dist) {
    case 'deterministic':
      return n('value');
    case 'exponential':
    case 'normal':
    case 'lognormal':
    case 'gamma':
      return n('mean');
    case 'uniform': {
      const s = sum('min', 'max');
      return s === undefined ? undefined : s / 2;
    }
    case 'triangular': {
      const s = sum('min', 'mode', 'max');
      return s === undefined ? undefined : s / 3;
    }
    case 'empirical': {
      const values = numberListOrText(d.params.values ?? '');
      if (values.length === 0 || !values.every((v): v is number => typeof v === 'number')) return undefined;
      return values.reduce((a, b) => a + b, 0) / values.length;
    }
  }
}

/**
 * Switches to another distribution keeping the mean where it can: parameters the two share
 * keep their text (exponential mean 2 → lognormal mean 2), the others are derived from the
 * old mean (a spread of ±50% for uniform and triangular, cv 0.5, sd a quarter of the mean).
 * A derived mean that must be > 0 becomes 1 when the old mean was 0 or unreadable; a shared
 * parameter keeps its text even then, so the validator says what is wrong with it.
 */
export function switchDistribution(d: DistributionDraft, dist: DistributionName): DistributionDraft {
  if (dist === d.dist) return d;
  const known = draftMean(d);
  const m = known !== undefined && known >= 0 ? known : 1;
  const positive = roundedText(m > 0 ? m : 1);
  const defaults: { [N in DistributionName]: { [K in ParamKey]?: string } } = {
    deterministic: { value: roundedText(m) },
    exponential: { mean: positive },
    uniform: { min: roundedText(m / 2), max: roundedText(m * 1.5) },
    triangular: { min: roundedText(m / 2), mode: roundedText(m), max: roundedText(m * 1.5) },
    normal: { mean: roundedText(m), sd: roundedText(m / 4) },
    lognormal: { mean: positive, cv: '0.5' },
    gamma: { mean: positive, cv: '0.5' },
    empirical: { values: roundedText(m) },
  };
  const params: { [K in ParamKey]?: string } = { ...defaults[dist] };
  for (const key of PARAMS_OF[dist]) {
    const kept = d.params[key];
    // `mean` means the same in every distribution that has it; so do min and max.
    if (kept !== undefined && PARAMS_OF[d.dist].includes(key)) params[key] = kept;
  }
  return { dist, params };
}

/** The draft with one parameter's text replaced. */
export function withParam(d: DistributionDraft, key: ParamKey, text: string): DistributionDraft {
  return { dist: d.dist, params: { ...d.params, [key]: text } };
}
