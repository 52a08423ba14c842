/**
 * Validator paths as the forms label them, in the page's language: `stations[0].processTime.mean`
 * is "Station 1 · Cut · Process time · mean" (工位 1 · Cut · 加工时间 · 均值), numbered from
 * 1, with the names shown as the form's name fields show them. The CLI keeps the paths; screens word an
 * issue with `issueText` (issue-text.ts), which uses these labels.
 *
 * A new field needs one entry: in FIELD_LABELS under its path with list indices written
 * `[]` (`stations[].processBatch`), or in LIST_ITEM_LABELS when it is a list of named items.
 * A step with no entry shows its key as it is (never dropped), so a forgotten entry is
 * visible, not silent; `field-labels.test.ts` checks every field of the schema has one.
 */
import { msg, str } from '@lit/localize';

export type PathStep = string | number;

/** `stations[2].processTime["a b"]` → ['stations', 2, 'processTime', 'a b']. Unreadable text gives []. */
export function parsePath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  const pattern = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([A-Za-z_$][A-Za-z0-9_$]*)/gy;
  let match: RegExpExecArray | null;
  let at = 0;
  while ((match = pattern.exec(path)) !== null) {
    if (match[1] !== undefined) steps.push(Number(match[1]));
    else if (match[2] !== undefined) {
      try {
        steps.push(JSON.parse(match[2]) as string);
      } catch {
        return [];
      }
    } else if (match[3] !== undefined) steps.push(match[3]);
    at = pattern.lastIndex;
  }
  return at === path.length ? steps : [];
}

/** Labels of fields, by path with list indices as `[]`; read when needed, so they follow the language. */
export const FIELD_LABELS: Readonly<Record<string, () => string>> = {
  version: () => msg('File version'),
  model: () => msg('Model'),
  name: () => msg('Scenario name'),
  description: () => msg('Description'),
  seed: () => msg('Seed'),
  replications: () => msg('Replications'),
  timeUnit: () => msg('All times in'),
  stations: () => msg('Stations'),
  transferBatch: () => msg('Transfer batch'),
  moveTime: () => msg('Move time'),
  processBatch: () => msg('Process batch'),
  unitValue: () => msg('Unit value'),
  'release.wipCap': () => msg('WIP cap (CONWIP)'),
  'stations[].buffer': () => msg('Buffer'),
  release: () => msg('Release'),
  'release.mode': () => msg('Release'),
  'release.quantity': () => msg('Quantity'),
  'release.interarrival': () => msg('Inter-arrival time'),
  'release.horizon': () => msg('Horizon'),
  'release.warmup': () => msg('Warm-up'),
  'stations[].name': () => msg('Name'),
  'stations[].processTime': () => msg('Process time'),
  'stations[].setupTime': () => msg('Setup time'),
  'stations[].handlingTime': () => msg('Handling time'),
  'stations[].defectRate': () => msg('Defect rate'),
  'stations[].pokaYoke': () => msg('Poka-yoke'),
  'stations[].elements': () => msg('Work elements'),
  'stations[].setupElements': () => msg('Setup steps'),
  'stations[].elements[].name': () => msg('Name'),
  'stations[].elements[].time': () => msg('Time'),
  'stations[].setupElements[].name': () => msg('Name'),
  'stations[].setupElements[].time': () => msg('Time'),
  'stations[].setupElements[].kind': () => msg('Internal or external'),
  // Launch sizing (lesson 3's form).
  market: () => msg('Market'),
  'market.states': () => msg('Market states (one is drawn per market)'),
  'market.states[].name': () => msg('Name'),
  'market.states[].probability': () => msg('Probability'),
  'market.states[].level': () => msg('Demand level (units per month)'),
  'market.demandCV': () => msg('Demand noise (coefficient of variation)'),
  economics: () => msg('Economics, per unit (currency units)'),
  'economics.price': () => msg('Price'),
  'economics.cost': () => msg('Production cost'),
  'economics.salvage': () => msg('Salvage value'),
  'economics.holding': () => msg('Holding cost per month'),
  horizon: () => msg('Months sold over'),
  rampUp: () => msg('Ramp-up (months)'),
  capacity: () => msg('Capacity (units per month)'),
  patience: () => msg('Patience (share 0 to 1)'),
  launchQuantities: () => msg('Launch quantities'),
  sweep: () => msg('Sweep of the launch quantity Q0'),
  'sweep.from': () => msg('From Q0'),
  'sweep.to': () => msg('To Q0'),
  'sweep.step': () => msg('Step', { id: 'sweep.step' }),
  // Launch strategies (Model B version 2, lesson 3's strategy editor).
  safetyFactor: () => msg('Safety factor'),
  strategies: () => msg('Strategies'),
  'strategies[].name': () => msg('Name'),
  'strategies[].initial': () => msg('Initial batch (units)'),
  'strategies[].commit': () => msg('Commitment'),
  'strategies[].commit.rate': () => msg('Commitment rate (units per month)'),
  'strategies[].commit.periods': () => msg('Committed months'),
  'strategies[].rampUp': () => msg('Ramp-up (months)'),
  'strategies[].capacity': () => msg('Capacity (units per month)'),
  'strategies[].fixedCost': () => msg('Fixed cost'),
  'sweep.strategy': () => msg('Strategy swept'),
  'sweep.field': () => msg('Field swept'),
};

/** With strategies the sweep varies one strategy field, not Q0: its fields are labelled so. */
const STRATEGY_SWEEP_LABELS: Readonly<Record<string, () => string>> = {
  sweep: () => msg('Sweep of one strategy field'),
  'sweep.from': () => msg('From', { id: 'sweep.from.value' }),
  'sweep.to': () => msg('To', { id: 'sweep.to.value' }),
};

/** Whether the scenario as given has a list of strategies (version 2). */
function hasStrategyList(input: unknown): boolean {
  return typeof input === 'object' && input !== null && Array.isArray((input as Record<string, unknown>)['strategies']);
}

/** The parameters of a distribution, wherever one stands. */
const DISTRIBUTION_PARTS: Readonly<Record<string, () => string>> = {
  dist: () => msg('distribution'),
  value: () => msg('value', { id: 'param.value' }),
  mean: () => msg('mean', { id: 'param.mean' }),
  sd: () => msg('sd', { id: 'param.sd' }),
  cv: () => msg('cv', { id: 'param.cv' }),
  min: () => msg('min', { id: 'param.min' }),
  mode: () => msg('mode', { id: 'param.mode' }),
  max: () => msg('max', { id: 'param.max' }),
  values: () => msg('values', { id: 'param.values' }),
};

/** Lists whose items are numbered (from 1) and, when they have one, named as typed. */
export const LIST_ITEM_LABELS: Readonly<Record<string, (n: number, name: string | null) => string>> = {
  stations: (n, name) => (name === null ? msg(str`Station ${n}`) : msg(str`Station ${n} · ${name}`)),
  'stations[].elements': (n, name) => (name === null ? msg(str`Work element ${n}`) : msg(str`Work element ${n} · ${name}`)),
  'stations[].setupElements': (n, name) => (name === null ? msg(str`Setup step ${n}`) : msg(str`Setup step ${n} · ${name}`)),
  'market.states': (n, name) => (name === null ? msg(str`Market state ${n}`) : msg(str`Market state ${n} · ${name}`)),
  launchQuantities: (n) => msg(str`Launch quantity ${n}`),
  strategies: (n, name) => (name === null ? msg(str`Strategy ${n}`) : msg(str`Strategy ${n} · ${name}`)),
  'distribution.values': (n) => msg(str`value ${n}`),
};

/** The table's own entry for `key` (never one inherited: a path may hold `constructor` or `toString`). */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

const DISTRIBUTION_FIELDS = /(?:^|\.)(?:processTime|setupTime|handlingTime|moveTime|interarrival|time)$/;

/** The name of the item at `steps` in `input` (a scenario as given), if it has one. */
function nameAt(input: unknown, steps: readonly PathStep[]): string | null {
  let node: unknown = input;
  for (const step of steps) {
    if (typeof node !== 'object' || node === null) return null;
    node = (node as Record<string | number, unknown>)[step];
  }
  if (typeof node !== 'object' || node === null) return null;
  const name = (node as Record<string, unknown>)['name'];
  // As the form's own field shows it (an editable name is data, even a preset's).
  return typeof name === 'string' && name.trim() !== '' ? name : null;
}

/**
 * The path as the form labels it; `input` (the scenario the issue is about, as given) lends
 * the names of stations, elements and market states. The whole input or file has its own words.
 */
export function fieldLabel(path: string, input?: unknown): string {
  if (path === '(root)') return msg('The scenario');
  if (path === '(file)') return msg('The file');
  if (path === '(more)') return msg('More problems');
  const steps = parsePath(path);
  if (steps.length === 0) return path;
  const parts: string[] = [];
  const labels = (key: string) => (hasStrategyList(input) ? own(STRATEGY_SWEEP_LABELS, key) : undefined) ?? own(FIELD_LABELS, key);
  let generic = '';
  let inDistribution = false;
  steps.forEach((step, i) => {
    const isLast = i === steps.length - 1;
    if (typeof step === 'number') {
      const list = inDistribution ? 'distribution.values' : generic;
      const item = own(LIST_ITEM_LABELS, list);
      if (item) {
        // The list's own label is left out: "Station 2 · Cut" says which list.
        const listLabel = inDistribution ? DISTRIBUTION_PARTS['values']?.() : labels(generic)?.();
        if (parts.length > 0 && parts[parts.length - 1] === listLabel) parts.pop();
        parts.push(item(step + 1, nameAt(input, steps.slice(0, i + 1))));
      } else parts.push(String(step + 1));
      generic += '[]';
      return;
    }
    generic = generic === '' ? step : `${generic}.${step}`;
    if (inDistribution) {
      parts.push(own(DISTRIBUTION_PARTS, step)?.() ?? step);
      return;
    }
    const label = labels(generic);
    // A group's label (`release`, `economics`, a strategy's commitment) shows only when it is the field itself.
    const isGroup = generic === 'release' || generic === 'market' || generic === 'economics' || generic === 'sweep' || generic === 'strategies[].commit';
    if (label && (!isGroup || isLast)) parts.push(label());
    else if (!label) parts.push(step);
    if (DISTRIBUTION_FIELDS.test(generic)) inDistribution = true;
  });
  return parts.join(' · ');
}
