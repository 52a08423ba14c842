/**
 * The strategies of a version-2 launch scenario (MODEL.md "a launch is a commitment") as the
 * parameter editor holds them: every field as typed text, a commitment that can be switched
 * off without losing what was typed in it, and the pure edits of the list (add, remove,
 * rename, change a field). launch-form.ts puts them into the whole form and validates them
 * through the scenario validator, so each problem lands on its field by its path.
 *
 * Optional fields of a strategy (rampUp, capacity, fixedCost) are empty text when the
 * scenario leaves them out: left out they take the scenario's value (0 for fixedCost), and an
 * empty field writes nothing back, so a scenario goes through the form and comes back equal.
 */
import { tickStep } from 'd3-array';
import { LIMITS } from '../../scenario/limits.ts';
import type { StrategySweepField } from '../../scenario/types.ts';
import type { LaunchStrategy } from '../../sim/launch/types.ts';

/** One strategy's fields as typed. */
export interface StrategyFields {
  readonly name: string;
  readonly initial: string;
  /** Whether the strategy commits to a production plan; off keeps the typed rate and periods. */
  readonly commit: boolean;
  readonly commitRate: string;
  readonly commitPeriods: string;
  /** Empty: the scenario's ramp-up. */
  readonly rampUp: string;
  /** Empty: the scenario's capacity. */
  readonly capacity: string;
  /** Empty: no fixed cost. */
  readonly fixedCost: string;
}

/** The text fields of a strategy. */
export type StrategyTextField = Exclude<keyof StrategyFields, 'commit'>;

/** Most strategies in a scenario (and the editor). */
export const MAX_STRATEGIES = LIMITS.maxStrategies;

/** The list's path (its length, its names). */
export const STRATEGIES_PATH = 'strategies';

/** Each text field's path inside its strategy, as the validator reports it. */
export const STRATEGY_FIELD_KEYS: Readonly<Record<StrategyTextField, string>> = {
  name: 'name',
  initial: 'initial',
  commitRate: 'commit.rate',
  commitPeriods: 'commit.periods',
  rampUp: 'rampUp',
  capacity: 'capacity',
  fixedCost: 'fixedCost',
};

/** The text fields in the order the editor shows them. */
export const STRATEGY_TEXT_FIELDS: readonly StrategyTextField[] = ['name', 'initial', 'commitRate', 'commitPeriods', 'rampUp', 'capacity', 'fixedCost'];

/** `strategies[1]`, `strategies[1].commit.rate`, `strategies[1].commit`. */
export function strategyPath(index: number, field?: StrategyTextField | 'commit'): string {
  const item = `${STRATEGIES_PATH}[${index}]`;
  if (field === undefined) return item;
  return `${item}.${field === 'commit' ? 'commit' : STRATEGY_FIELD_KEYS[field]}`;
}

/** Every path the editor has a place for in strategy `index`. */
export function strategyPaths(index: number): string[] {
  return [strategyPath(index), strategyPath(index, 'commit'), ...STRATEGY_TEXT_FIELDS.map((f) => strategyPath(index, f))];
}

const text = (x: number | undefined): string => (x === undefined ? '' : String(x));

/** A validated strategy as fields. */
export function strategyFieldsOf(s: LaunchStrategy): StrategyFields {
  return {
    name: s.name,
    initial: text(s.initial),
    commit: s.commit !== undefined,
    commitRate: text(s.commit?.rate),
    commitPeriods: text(s.commit?.periods),
    rampUp: text(s.rampUp),
    capacity: text(s.capacity),
    fixedCost: text(s.fixedCost),
  };
}

/** The raw strategy (before validation) the fields describe; `read` reads a typed number. */
export function rawStrategyOf(s: StrategyFields, read: (text: string) => unknown): Record<string, unknown> {
  const entries: [string, unknown][] = [
    ['name', s.name],
    ['initial', read(s.initial)],
    ['commit', s.commit ? omitUndefined({ rate: read(s.commitRate), periods: read(s.commitPeriods) }) : undefined],
    ['rampUp', read(s.rampUp)],
    ['capacity', read(s.capacity)],
    ['fixedCost', read(s.fixedCost)],
  ];
  return omitUndefined(Object.fromEntries(entries));
}

function omitUndefined(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

/** The list with strategy `index`'s text field changed (a rename is the name field). */
export function withStrategyField(list: readonly StrategyFields[], index: number, field: StrategyTextField, value: string): StrategyFields[] {
  return list.map((s, i) => (i === index ? { ...s, [field]: value } : s));
}

/**
 * The list with strategy `index`'s commitment switched on or off. Off keeps the typed rate
 * and periods (switching back on restores them); on with nothing typed starts from `fill`.
 */
export function withStrategyCommit(list: readonly StrategyFields[], index: number, on: boolean, fill: { rate: string; periods: string }): StrategyFields[] {
  return list.map((s, i) => {
    if (i !== index) return s;
    if (!on) return { ...s, commit: false };
    return { ...s, commit: true, commitRate: s.commitRate.trim() === '' ? fill.rate : s.commitRate, commitPeriods: s.commitPeriods.trim() === '' ? fill.periods : s.commitPeriods };
  });
}

/** A name not in `taken`: `base 2`, `base 3`… (or `strategy N` when that would be too long). */
export function freeName(base: string, taken: ReadonlySet<string>): string {
  const stem = base.trim() === '' ? 'strategy' : base.trim();
  for (let n = 2; ; n++) {
    const name = `${stem} ${n}`;
    if (name.length > LIMITS.maxStationName) return freeName('strategy', taken);
    if (!taken.has(name)) return name;
  }
}

/** The list with a copy of its last strategy added at the end, under a new unique name; at most MAX_STRATEGIES. */
export function withStrategyAdded(list: readonly StrategyFields[]): StrategyFields[] {
  const last = list.at(-1);
  if (list.length >= MAX_STRATEGIES) return [...list];
  const taken = new Set(list.map((s) => s.name));
  const base: StrategyFields = last ?? { name: 'strategy', initial: '0', commit: false, commitRate: '', commitPeriods: '', rampUp: '', capacity: '', fixedCost: '' };
  return [...list, { ...base, name: freeName(last === undefined ? 'strategy' : base.name, taken) }];
}

/** The list without strategy `index` (the last one is kept: a scenario needs a strategy). */
export function withStrategyRemoved(list: readonly StrategyFields[], index: number): StrategyFields[] {
  if (list.length <= 1) return [...list];
  return list.filter((_s, i) => i !== index);
}

/** A typed number, or undefined when the text is not a plain finite number. */
function plainNumber(text: string): number | undefined {
  const t = text.trim().replaceAll(',', '');
  if (t === '') return undefined;
  const x = Number(t);
  return Number.isFinite(x) ? x : undefined;
}

/** What the default grid of a strategy sweep is made from: the form as typed. */
export interface GridContext {
  /** The market states' demand levels, as typed. */
  readonly levels: readonly string[];
  readonly capacity: string;
  readonly horizon: string;
}

/** A grid as text fields. */
export interface GridFields {
  readonly sweepFrom: string;
  readonly sweepTo: string;
  readonly sweepStep: string;
}

function niceGrid(top: number): GridFields {
  if (!(top > 0)) return { sweepFrom: '0', sweepTo: '100', sweepStep: '5' };
  const step = tickStep(0, top, 20);
  return { sweepFrom: '0', sweepTo: String(Math.ceil(top / step) * step), sweepStep: String(step) };
}

/**
 * A valid first grid for sweeping `field` of `strategy`: its initial batch from 0 to a little
 * above the largest demand level (as version 1's sweep of Q0), its commitment rate from 0 to
 * its capacity (never above it), its committed months from 1 to the horizon by 1.
 */
export function defaultStrategyGrid(field: StrategySweepField, strategy: StrategyFields | undefined, context: GridContext): GridFields {
  if (field === 'commit.periods') {
    const horizon = plainNumber(context.horizon);
    const top = horizon !== undefined && Number.isInteger(horizon) && horizon >= 1 && horizon <= LIMITS.maxLaunchPeriods ? horizon : 12;
    return { sweepFrom: '1', sweepTo: String(top), sweepStep: '1' };
  }
  const levels = context.levels.map(plainNumber).filter((x): x is number => x !== undefined && x >= 0);
  const levelGrid = niceGrid(Math.max(0, ...levels) * 1.25);
  if (field === 'initial') return levelGrid;
  const capacity = plainNumber(strategy?.capacity ?? '') ?? plainNumber(context.capacity);
  if (capacity === undefined || !(capacity > 0)) return { sweepFrom: '0', sweepTo: '0', sweepStep: '1' };
  const step = tickStep(0, capacity, 20);
  return { sweepFrom: '0', sweepTo: String(Math.floor(capacity / step) * step), sweepStep: String(step) };
}
