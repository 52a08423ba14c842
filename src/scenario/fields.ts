/**
 * Building blocks of the scenario schema. Each valibot message here is the "allowed" part
 * of an issue (`must be > 0`); parse.ts adds the path and the value. Bounds are written as
 * valibot actions rather than custom checks wherever JSON Schema has a keyword for them, so
 * the generated schema/scenario.schema.json carries them too.
 */
import * as v from 'valibot';
import { printValue } from './issues.ts';
import { formatLimit } from './limits.ts';

export interface NumberRule {
  readonly integer?: boolean;
  /** Inclusive lower bound. */
  readonly min?: number;
  /** Exclusive lower bound. */
  readonly gt?: number;
  /** Inclusive upper bound. */
  readonly max?: number;
  /** Exclusive upper bound. */
  readonly lt?: number;
  readonly description?: string;
}

/** `must be a whole number from 1 to 1,000`, `must be a number > 0 and ≤ 1,000,000,000`. */
export function describeNumber(rule: NumberRule): string {
  const kind = rule.integer === true ? 'a whole number' : 'a number';
  if (rule.min !== undefined && rule.max !== undefined) return `must be ${kind} from ${formatLimit(rule.min)} to ${formatLimit(rule.max)}`;
  const lower = rule.min !== undefined ? `≥ ${formatLimit(rule.min)}` : rule.gt !== undefined ? `> ${formatLimit(rule.gt)}` : undefined;
  const upper = rule.max !== undefined ? `≤ ${formatLimit(rule.max)}` : rule.lt !== undefined ? `< ${formatLimit(rule.lt)}` : undefined;
  const bounds = [lower, upper].filter((b) => b !== undefined).join(' and ');
  return bounds === '' ? `must be ${kind}` : `must be ${kind} ${bounds}`;
}

/**
 * A finite number within the rule. A wrong type gets the whole rule in its message; a
 * number out of range gets only the bound it breaks (`-3 is not allowed, must be > 0`).
 */
export function numberField(rule: NumberRule): v.GenericSchema<number> {
  const whole = describeNumber(rule);
  let schema: v.GenericSchema<number> = v.pipe(v.number(whole), v.finite(whole));
  if (rule.integer === true) schema = v.pipe(schema, v.integer('must be a whole number'));
  if (rule.min !== undefined) schema = v.pipe(schema, v.minValue(rule.min, `must be ≥ ${formatLimit(rule.min)}`));
  if (rule.gt !== undefined) schema = v.pipe(schema, v.gtValue(rule.gt, `must be > ${formatLimit(rule.gt)}`));
  if (rule.max !== undefined) schema = v.pipe(schema, v.maxValue(rule.max, `must be ≤ ${formatLimit(rule.max)}`));
  if (rule.lt !== undefined) schema = v.pipe(schema, v.ltValue(rule.lt, `must be < ${formatLimit(rule.lt)}`));
  if (rule.description !== undefined) schema = v.pipe(schema, v.description(rule.description));
  return schema;
}

/**
 * Characters that show nothing on screen: soft hyphen, zero-width space and joiners,
 * direction marks, word joiner and invisible operators, variation selectors, byte-order
 * mark, Hangul fillers (a regex character-class body, for JSON Schema as well).
 */
const INVISIBLE = '\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0';
/** C0 and C1 controls, line and paragraph separators, and the characters that reorder text (bidi embeddings, overrides, isolates, marks). */
const CONTROL_OR_DIRECTION = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const INVISIBLE_ALL = new RegExp(`[${INVISIBLE}]`, 'g');
const CONTROL_OR_DIRECTION_ANY = new RegExp(`[${CONTROL_OR_DIRECTION}]`);

/**
 * The form of a name that two names must not share: Unicode-composed (NFC), characters that
 * show nothing removed, white space trimmed and runs of it made one space. "pilot" and
 * "pilot" + a zero-width space, or "é" composed and "e" + a combining accent, read the same.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').replace(INVISIBLE_ALL, '').trim().replace(/\s+/g, ' ');
}

export interface TextRule {
  readonly maxLength: number;
  /**
   * A name: refuse the empty string, strings of only white space or invisible characters, and
   * control or text-direction characters (a name is shown as typed, in tables and charts).
   */
  readonly nonBlank?: boolean;
  readonly description?: string;
}

export function textField(rule: TextRule): v.GenericSchema<string> {
  const max = formatLimit(rule.maxLength);
  const whole = rule.nonBlank === true ? `must be non-empty text of at most ${max} characters` : `must be text of at most ${max} characters`;
  let schema: v.GenericSchema<string> = v.string(whole);
  // A regex rather than a custom check so that JSON Schema gets it as `pattern`; \S is linear.
  if (rule.nonBlank === true) {
    schema = v.pipe(
      schema,
      // Blank: only white space or characters that show nothing.
      v.regex(new RegExp(`[^\\s${INVISIBLE}]`), 'must not be empty or blank'),
      // A raw check, not a second regex: JSON Schema takes one pattern (the file's schema leaves this rule to the validator).
      v.rawCheck(({ dataset, addIssue }) => {
        if (dataset.typed && CONTROL_OR_DIRECTION_ANY.test(dataset.value)) addIssue({ message: 'must not contain control or text-direction characters' });
      }),
    );
  }
  schema = v.pipe(schema, v.maxLength(rule.maxLength, `must be at most ${max} characters long`));
  if (rule.description !== undefined) schema = v.pipe(schema, v.description(rule.description));
  return schema;
}

/** A list of `min`..`max` items, each checked by `item`; `noun` names them in messages. */
export function listField<TItem extends v.GenericSchema>(item: TItem, min: number, max: number, noun: string) {
  const range = `must have ${formatLimit(min)} to ${formatLimit(max)} ${noun}`;
  return v.pipe(v.array(item, `must be a list […] of ${formatLimit(min)} to ${formatLimit(max)} ${noun}`), v.minLength(min, range), v.maxLength(max, range));
}

/**
 * An object that refuses keys it does not know, naming each one (valibot's strictObject
 * reports only the first). A missing required key gets the message `required`.
 */
export function strictObject<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  const known = Object.keys(entries).join(', ');
  return v.objectWithRest(entries, v.never(`the key must be one of ${known}`), (issue) =>
    issue.expected?.startsWith('"') === true ? 'required' : 'must be an object {…}',
  );
}

/** The choices as a message lists them: `"second", "minute" or "hour"`. */
export function listChoices(choices: readonly string[]): string {
  const quoted = choices.map((c) => JSON.stringify(c));
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1] ?? ''}`;
}

/** One of a fixed set of strings. */
export function choiceField<const TChoices extends readonly [string, ...string[]]>(choices: TChoices) {
  return v.picklist(choices, `must be ${listChoices(choices)}`);
}

// --- Cross-field checks -------------------------------------------------------------------
// They run in valibot rawCheck actions, which run even when some fields have the wrong
// type, so every problem is reported at once. They therefore look at values as unknown,
// and skip a comparison when one side already has its own issue: `-5 must be ≥ 0` says
// enough without also `warmup must be < horizon (-5)`.

export type Dataset = { readonly value: unknown; readonly issues?: readonly v.BaseIssue<unknown>[] | undefined };
export type IssuePath = [v.IssuePathItem, ...v.IssuePathItem[]];
export interface CrossFieldIssue {
  readonly input: unknown;
  readonly message: string;
  readonly received: string;
  readonly path: IssuePath | undefined;
}
export type AddIssue = (info: CrossFieldIssue) => void;

/**
 * A cross-field check in a pipe. It is a valibot rawCheck, typed for whatever schema it
 * follows, that sees the dataset as unknown data (it may hold wrongly typed fields).
 */
export function crossCheck<T>(check: (dataset: Dataset, addIssue: AddIssue) => void): v.RawCheckAction<T> {
  return v.rawCheck<T>(({ dataset, addIssue }) => check(dataset, (info) => addIssue({ ...info, label: 'cross-field' })));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** True when an issue was already raised at `key` (a field of the dataset's object or an index of its list). */
export function hasIssueAt(dataset: Dataset, ...keys: readonly (string | number)[]): boolean {
  return (
    dataset.issues?.some((issue) => {
      const path = issue.path;
      if (path === undefined || path.length < keys.length) return false;
      return keys.every((key, i) => path[i]?.key === key);
    }) ?? false
  );
}

/** The number at `key` when it is a finite number with no issue of its own. */
export function cleanNumber(dataset: Dataset, key: string): number | undefined {
  const value = isRecord(dataset.value) ? dataset.value[key] : undefined;
  return isFiniteNumber(value) && !hasIssueAt(dataset, key) ? value : undefined;
}

/** A path step into a field of an object, as valibot records it. */
export function fieldStep(object: Record<string, unknown>, key: string): v.ObjectPathItem {
  return { type: 'object', origin: 'value', input: object, key, value: object[key] };
}

/** A path step into an item of a list, as valibot records it. */
export function itemStep(list: unknown[], index: number): v.ArrayPathItem {
  return { type: 'array', origin: 'value', input: list, key: index, value: list[index] };
}

/**
 * Reports a cross-field problem. `shown` replaces the printed value when the value alone
 * would mislead (a list whose probabilities do not sum to 1). The printed value travels in
 * `received`, which parse.ts reads on these issues only.
 */
export function report(addIssue: AddIssue, path: IssuePath | undefined, input: unknown, allowed: string, shown?: string): void {
  addIssue({ input, message: allowed, path, received: shown ?? printValue(input) });
}

/** Issues raised by report() carry this type; `received` is only trusted on them. */
export const CROSS_FIELD_ISSUE_TYPE = 'raw_check';
