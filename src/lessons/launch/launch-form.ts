/**
 * The parameter form of the launch lesson as text fields, and its validation through the
 * scenario validator (src/scenario, parseScenario), so the screen gives the same messages as
 * the CLI and the file format: `economics.salvage: 12 is not allowed, must be < economics.cost (12)`.
 * Each field is known by the path the validator reports for it, so a problem lands on its
 * field; problems with no field of their own are listed apart.
 *
 * The form describes two scenarios run on the same markets (same seed, so replication i is
 * the same market in both): the strategies' (launch quantities pilot and launch: what
 * `genba run` runs for the same file) and the sweep's (a grid of launch quantities plus the
 * strategies'). Nothing runs unless both are valid.
 */
import { parseScenario, sweepQuantities } from '../../scenario/index.ts';
import { hasStrategies, type LaunchScenario, type ValidationIssue } from '../../scenario/types.ts';
import type { LaunchStrategy } from '../../sim/launch/types.ts';
import { MAX_SWEEP_POINTS, sweepRunQuantities, type SweepGrid } from './sweep-series.ts';
import type { StrategyQuantities } from './strategies.ts';

export interface StateFields {
  readonly name: string;
  readonly probability: string;
  readonly level: string;
}

/** Every field as typed. Names and descriptions come with a preset and are not edited here. */
export interface LaunchForm {
  readonly name?: string;
  readonly description?: string;
  readonly seed: string;
  readonly replications: string;
  readonly launch: string;
  readonly pilot: string;
  readonly states: readonly StateFields[];
  readonly demandCV: string;
  readonly price: string;
  readonly cost: string;
  readonly salvage: string;
  readonly holding: string;
  readonly horizon: string;
  readonly rampUp: string;
  readonly capacity: string;
  readonly patience: string;
  readonly sweepFrom: string;
  readonly sweepTo: string;
  readonly sweepStep: string;
  /**
   * Version 2: the scenario's strategies and safety factor, carried through unchanged (this
   * form does not edit them yet; the launch and pilot fields are then unused).
   */
  readonly strategies?: readonly LaunchStrategy[];
  readonly safetyFactor?: number;
}

/** The form's single-value fields. */
export type FormField = Exclude<keyof LaunchForm, 'states' | 'name' | 'description' | 'strategies' | 'safetyFactor'>;

/** The path the validator reports for each single-value field. */
export const FIELD_PATHS: Readonly<Record<FormField, string>> = {
  seed: 'seed',
  replications: 'replications',
  pilot: 'launchQuantities[0]',
  launch: 'launchQuantities[1]',
  demandCV: 'market.demandCV',
  price: 'economics.price',
  cost: 'economics.cost',
  salvage: 'economics.salvage',
  holding: 'economics.holding',
  horizon: 'horizon',
  rampUp: 'rampUp',
  capacity: 'capacity',
  patience: 'patience',
  sweepFrom: 'sweep.from',
  sweepTo: 'sweep.to',
  sweepStep: 'sweep.step',
};

/** The path of a market state's field, and of the list of states (sums, counts). */
export function statePath(index: number, field: keyof StateFields): string {
  return `market.states[${index}].${field}`;
}
export const STATES_PATH = 'market.states';
export const SWEEP_PATH = 'sweep';

/** Most market states the editor offers (the file format allows 20). */
export const MAX_STATES = 20;

/**
 * A typed number: "30000", "30,000", "1e4", "-3", ".5". Commas are read as thousands
 * separators only in their usual places. Empty text is no value (the validator then reports
 * a missing field, or fills in the default of an optional one); other text is handed to the
 * validator as it is, which refuses it with its own message.
 */
export function readNumber(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const plain = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t) ? t.replaceAll(',', '') : t;
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain) ? Number(plain) : t;
}

/** A typed seed, read as the CLI's --seed: up to 15 digits are a number, anything else a string. */
export function readSeed(text: string): number | string {
  return /^-?\d{1,15}$/.test(text) ? Number(text) : text;
}

/** The form of a validated scenario, with a sweep grid; the strategies are its smallest and largest launch quantity. */
export function formFromScenario(scenario: LaunchScenario, grid: SweepGrid): LaunchForm {
  const list = scenario.launchQuantities ?? [grid.from, grid.to];
  const text = (x: number) => String(x);
  return {
    ...(scenario.name === undefined ? {} : { name: scenario.name }),
    ...(scenario.description === undefined ? {} : { description: scenario.description }),
    seed: String(scenario.seed),
    replications: text(scenario.replications),
    launch: text(Math.max(...list)),
    pilot: text(Math.min(...list)),
    states: scenario.market.states.map((s) => ({ name: s.name, probability: text(s.probability), level: text(s.level) })),
    demandCV: text(scenario.market.demandCV),
    price: text(scenario.economics.price),
    cost: text(scenario.economics.cost),
    salvage: text(scenario.economics.salvage),
    holding: text(scenario.economics.holding),
    horizon: text(scenario.horizon),
    rampUp: text(scenario.rampUp),
    capacity: text(scenario.capacity),
    patience: text(scenario.patience),
    sweepFrom: text(grid.from),
    sweepTo: text(grid.to),
    sweepStep: text(grid.step),
    ...(hasStrategies(scenario) ? { strategies: scenario.strategies } : {}),
    ...(scenario.safetyFactor === undefined ? {} : { safetyFactor: scenario.safetyFactor }),
  };
}

/** The raw scenario object of the form (before validation), with the strategies' launch quantities. */
export function rawScenarioOf(form: LaunchForm): Record<string, unknown> {
  const omitEmpty = (entries: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
  return omitEmpty({
    version: 1,
    model: 'launch',
    name: form.name,
    description: form.description,
    seed: readSeed(form.seed),
    replications: readNumber(form.replications),
    market: omitEmpty({
      states: form.states.map((s) => omitEmpty({ name: s.name, probability: readNumber(s.probability), level: readNumber(s.level) })),
      demandCV: readNumber(form.demandCV),
    }),
    economics: omitEmpty({
      price: readNumber(form.price),
      cost: readNumber(form.cost),
      salvage: readNumber(form.salvage),
      holding: readNumber(form.holding),
    }),
    horizon: readNumber(form.horizon),
    rampUp: readNumber(form.rampUp),
    capacity: readNumber(form.capacity),
    patience: readNumber(form.patience),
    safetyFactor: form.safetyFactor,
    ...(form.strategies ? { strategies: form.strategies } : { launchQuantities: [readNumber(form.pilot), readNumber(form.launch)] }),
  });
}

/** What the screen runs once the form is valid. */
export interface ValidLaunchForm {
  readonly ok: true;
  /** The strategies' scenario: the same file `genba run` would get. */
  readonly scenario: LaunchScenario;
  readonly quantities: StrategyQuantities;
  readonly grid: SweepGrid;
  /** The sweep run's scenario: the same markets, the grid's and the strategies' launch quantities. */
  readonly sweepScenario: LaunchScenario;
}

export type FormValidation = ValidLaunchForm | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

function issue(path: string, value: unknown, allowed: string): ValidationIssue {
  const printed = String(value);
  return { path, value: printed, allowed, message: `${path}: ${printed} is not allowed, ${allowed}` };
}

/** Validates the whole form; every problem at once, each at its field's path. */
export function validateLaunchForm(form: LaunchForm): FormValidation {
  const raw = rawScenarioOf(form);
  const parsed = parseScenario(raw);
  const issues: ValidationIssue[] = parsed.ok ? [] : [...parsed.issues];
  if (form.strategies) {
    // Version 2: the strategies are the scenario's; there is no sweep of Q0 to check.
    if (!parsed.ok || parsed.scenario.model !== 'launch') return { ok: false, issues };
    const grid = { from: 0, to: 0, step: 1 };
    const [a, b] = form.strategies;
    return { ok: true, scenario: parsed.scenario, quantities: { pilot: a?.initial ?? 0, launch: b?.initial ?? 0 }, grid, sweepScenario: parsed.scenario };
  }

  // The strategies: the pilot is the smaller batch (checked when both are valid on their own).
  const [pilot, launch] = raw.launchQuantities as unknown[];
  const quantityOk = (path: string) => !issues.some((i) => i.path === path);
  if (typeof pilot === 'number' && typeof launch === 'number' && quantityOk(FIELD_PATHS.pilot) && quantityOk(FIELD_PATHS.launch) && !(pilot < launch)) {
    issues.push(issue(FIELD_PATHS.pilot, pilot, `must be < ${FIELD_PATHS.launch} (${launch}): the pilot is the smaller batch`));
  }

  // The sweep, checked by the validator as a sweep of the same scenario.
  const { launchQuantities: _strategies, ...withoutQuantities } = raw;
  const sweepRaw = { ...withoutQuantities, sweep: { from: readNumber(form.sweepFrom), to: readNumber(form.sweepTo), step: readNumber(form.sweepStep) } };
  const sweepParsed = parseScenario(sweepRaw);
  if (!sweepParsed.ok) issues.push(...sweepParsed.issues.filter((i) => i.path === SWEEP_PATH || i.path.startsWith(`${SWEEP_PATH}.`)));

  if (!parsed.ok || issues.length > 0 || !sweepParsed.ok || sweepParsed.scenario.model !== 'launch' || parsed.scenario.model !== 'launch') {
    return { ok: false, issues };
  }
  const scenario = parsed.scenario;
  const grid = sweepParsed.scenario.sweep as SweepGrid;
  const quantities = { pilot: pilot as number, launch: launch as number };
  const points = sweepQuantities(grid);
  const runQuantities = sweepRunQuantities(points, [quantities.pilot, quantities.launch]);
  if (runQuantities.length > MAX_SWEEP_POINTS) {
    return {
      ok: false,
      issues: [issue(FIELD_PATHS.sweepStep, grid.step, `must give at most ${MAX_SWEEP_POINTS} launch quantities with the strategies' (this gives ${runQuantities.length})`)],
    };
  }
  // The sweep run as one scenario: the validator also bounds replications × launch quantities.
  const { sweep: _grid, ...sweepBase } = sweepRaw;
  const sweepRun = parseScenario({ ...sweepBase, launchQuantities: runQuantities });
  if (!sweepRun.ok || sweepRun.scenario.model !== 'launch') return { ok: false, issues: sweepRun.ok ? [] : sweepRun.issues };
  return { ok: true, scenario, quantities, grid, sweepScenario: sweepRun.scenario };
}

/** Problems by path, for the fields to show under themselves. */
export function issuesByPath(issues: readonly ValidationIssue[]): Map<string, ValidationIssue[]> {
  const byPath = new Map<string, ValidationIssue[]>();
  for (const i of issues) byPath.set(i.path, [...(byPath.get(i.path) ?? []), i]);
  return byPath;
}

/** Every path the form has a field (or field group) for. */
export function formPaths(form: LaunchForm): Set<string> {
  const paths = new Set<string>([...Object.values(FIELD_PATHS), STATES_PATH, SWEEP_PATH]);
  form.states.forEach((_s, i) => {
    for (const f of ['name', 'probability', 'level'] as const) paths.add(statePath(i, f));
    paths.add(`market.states[${i}]`);
  });
  return paths;
}

/** The problems that have no field on the form (listed apart). */
export function unplacedIssues(form: LaunchForm, issues: readonly ValidationIssue[]): ValidationIssue[] {
  const paths = formPaths(form);
  return issues.filter((i) => !paths.has(i.path));
}

/** A DOM id for a path: `market.states[0].level` → `field-market-states-0-level`. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

/** The form with one single-value field changed. */
export function withField(form: LaunchForm, field: FormField, value: string): LaunchForm {
  return { ...form, [field]: value };
}

/** The form with one market state's field changed. */
export function withStateField(form: LaunchForm, index: number, field: keyof StateFields, value: string): LaunchForm {
  return { ...form, states: form.states.map((s, i) => (i === index ? { ...s, [field]: value } : s)) };
}

/**
 * The form with a new market state at the end, named "state N" (the first free N), with
 * probability 0 and level 0 so the shares still add up; at most MAX_STATES.
 */
export function withStateAdded(form: LaunchForm): LaunchForm {
  if (form.states.length >= MAX_STATES) return form;
  const names = new Set(form.states.map((s) => s.name));
  let n = form.states.length + 1;
  while (names.has(`state ${n}`)) n++;
  return { ...form, states: [...form.states, { name: `state ${n}`, probability: '0', level: '0' }] };
}

/** The form without market state `index` (the last one is kept: a market needs a state). */
export function withStateRemoved(form: LaunchForm, index: number): LaunchForm {
  if (form.states.length <= 1) return form;
  return { ...form, states: form.states.filter((_s, i) => i !== index) };
}

/** True when `field` names a single-value field of the form. */
export function isFormField(field: string): field is FormField {
  return Object.hasOwn(FIELD_PATHS, field);
}

/** One edit of the form, as the parameter editor reports it. */
export type FormEdit =
  | { readonly kind: 'field'; readonly field: FormField; readonly value: string }
  | { readonly kind: 'state'; readonly index: number; readonly key: keyof StateFields; readonly value: string }
  | { readonly kind: 'add-state' }
  | { readonly kind: 'remove-state'; readonly index: number };

/** The form after an edit. */
export function applyEdit(form: LaunchForm, edit: FormEdit): LaunchForm {
  switch (edit.kind) {
    case 'field':
      return withField(form, edit.field, edit.value);
    case 'state':
      return withStateField(form, edit.index, edit.key, edit.value);
    case 'add-state':
      return withStateAdded(form);
    case 'remove-state':
      return withStateRemoved(form, edit.index);
  }
}
