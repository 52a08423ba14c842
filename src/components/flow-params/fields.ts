/**
 * Which field shows which validator issue. A field's id is the validator path of the value
 * it edits (`stations[2].processTime.mean`), so an issue finds its field by its path; an
 * issue about a whole distribution goes to the distribution's select, one about an item of
 * a list to the list's field, and any other goes to the editor's summary, never dropped.
 */
import { msg } from '@lit/localize';
import { parseScenario, type FlowLineScenario, type ValidationIssue } from '../../scenario/index.ts';
import { issueText } from '../../i18n/issue-text.ts';
import { formatLimit } from '../../scenario/limits.ts';
import { PARAMS_OF, type DistributionDraft, type ParamKey } from './distribution-draft.ts';
import { candidateOf, handlingApplies, moveApplies, type FlowDraft, type StationDistributionKey } from './draft.ts';

/** Ids of the fields of the line as a whole. */
export const FIELD = {
  name: 'name',
  timeUnit: 'timeUnit',
  transferBatch: 'transferBatch',
  moveTime: 'moveTime',
  releaseMode: 'release.mode',
  quantity: 'release.quantity',
  interarrival: 'release.interarrival',
  horizon: 'release.horizon',
  warmup: 'release.warmup',
  seed: 'seed',
  replications: 'replications',
  processBatch: 'processBatch',
  unitValue: 'unitValue',
  wipCap: 'release.wipCap',
} as const;

export function stationFieldId(index: number, key: 'name' | 'defectRate' | 'buffer' | StationDistributionKey): string {
  return `stations[${index}].${key}`;
}

/** A distribution's select (`…dist`) or one of its parameter fields; `base` is the distribution's path. */
export function distributionFieldId(base: string, part: ParamKey | 'dist'): string {
  return `${base}.${part}`;
}

function distributionFieldIds(base: string, d: DistributionDraft): string[] {
  return [distributionFieldId(base, 'dist'), ...PARAMS_OF[d.dist].map((key) => distributionFieldId(base, key))];
}

/**
 * Every field the editor shows for the draft, in the order it shows them. Fields that do
 * not apply (handling times at batch 1, move time with one station, the other release
 * mode's fields) are not shown, so an issue about one of them goes to the summary.
 */
export function fieldIdsOf(d: FlowDraft): string[] {
  const ids: string[] = [FIELD.name, FIELD.timeUnit, FIELD.seed, FIELD.replications, FIELD.transferBatch];
  if (moveApplies(d)) ids.push(...distributionFieldIds(FIELD.moveTime, d.moveTime));
  ids.push(FIELD.releaseMode);
  if (d.release.mode === 'order') ids.push(FIELD.quantity);
  else ids.push(...distributionFieldIds(FIELD.interarrival, d.release.interarrival), FIELD.horizon, FIELD.warmup);
  const distributions: StationDistributionKey[] = handlingApplies(d) ? ['processTime', 'setupTime', 'handlingTime'] : ['processTime', 'setupTime'];
  d.stations.forEach((s, i) => {
    ids.push(stationFieldId(i, 'name'));
    for (const key of distributions) ids.push(...distributionFieldIds(stationFieldId(i, key), s[key]));
    ids.push(stationFieldId(i, 'defectRate'));
  });
  // The pull section (genba-flow-pull-fields) comes after the stations.
  ids.push(FIELD.processBatch, FIELD.unitValue, FIELD.wipCap);
  d.stations.forEach((_, i) => {
    if (i > 0) ids.push(stationFieldId(i, 'buffer'));
  });
  return ids;
}

/** The field that shows an issue at `path`, or undefined when no field does. */
export function fieldForIssue(path: string, fieldIds: ReadonlySet<string>): string | undefined {
  if (fieldIds.has(path)) return path;
  // `release.interarrival: … must have a mean > 0` is about the whole distribution.
  const select = distributionFieldId(path, 'dist');
  if (fieldIds.has(select)) return select;
  // `processTime.values[3]` is shown by the one field holding the whole list.
  const list = /^(.*)\[\d+\]$/.exec(path)?.[1];
  if (list !== undefined && fieldIds.has(list)) return list;
  return undefined;
}

export interface PlacedIssues {
  /** Messages per field id, in the validator's order. */
  readonly byField: ReadonlyMap<string, readonly string[]>;
  /** Messages no field shows: the summary lists them. */
  readonly unplaced: readonly string[];
}

/**
 * Places each issue at its field, worded by `word` (by default as the file says it). The
 * editor words them for the screen: fields as the form labels them (src/i18n/issue-text.ts).
 */
export function placeIssues(issues: readonly ValidationIssue[], fieldIds: Iterable<string>, word: (issue: ValidationIssue) => string = (i) => i.message): PlacedIssues {
  const ids = new Set(fieldIds);
  const byField = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const issue of issues) {
    const id = fieldForIssue(issue.path, ids);
    if (id === undefined) unplaced.push(word(issue));
    else byField.set(id, [...(byField.get(id) ?? []), word(issue)]);
  }
  return { byField, unplaced };
}

/** The validator's verdict on a draft: the scenario, or every issue placed at its field. */
export type DraftCheck = { readonly ok: true; readonly scenario: FlowLineScenario } | ({ readonly ok: false } & PlacedIssues);

/** A work-limit issue (src/scenario/work-limit-check.ts): its largest value that runs, or null for another issue. */
function largestOf(issue: ValidationIssue): number | null {
  const m = /^must be ≤ ([\d,.]+) on this line \(/.exec(issue.allowed);
  return m ? Number((m[1] as string).replace(/,/g, '')) : null;
}

/** `candidate` with the value at `path` (`release.quantity`, `stations[2].defectRate`) set to `value`. */
function withValueAt(candidate: Record<string, unknown>, path: string, value: number): Record<string, unknown> {
  const steps = path.match(/[A-Za-z_$][\w$]*|\d+/g) ?? [];
  const copy = structuredClone(candidate);
  let node: Record<string, unknown> | unknown[] = copy;
  steps.forEach((step, i) => {
    const key = /^\d+$/.test(step) ? Number(step) : step;
    if (i === steps.length - 1) (node as Record<string | number, unknown>)[key] = value;
    else node = (node as Record<string | number, unknown>)[key] as Record<string, unknown>;
  });
  return copy;
}

/**
 * The lessons run the line as given and with parts passed one at a time (transfer batch 1):
 * both must be able to run. A work-limit issue of either line is reported once, at its field,
 * with the largest value both lines can run (found by trying each line's suggestion in turn).
 */
function pairedIssues(candidate: Record<string, unknown>): readonly ValidationIssue[] {
  const issuesOf = (c: Record<string, unknown>): readonly ValidationIssue[] => {
    const own = parseScenario(c);
    if (!own.ok) return own.issues;
    const twin = parseScenario({ ...own.scenario, transferBatch: 1 });
    return twin.ok ? [] : twin.issues;
  };
  const issues = issuesOf(candidate);
  const work = issues.find((i) => largestOf(i) !== null);
  if (work === undefined) return issues;
  let largest = largestOf(work) as number;
  for (let round = 0; round < 6; round++) {
    const next = issuesOf(withValueAt(candidate, work.path, largest)).find((i) => i.path === work.path && largestOf(i) !== null);
    if (next === undefined) break;
    largest = largestOf(next) as number;
  }
  const shown = formatLimit(largest);
  const allowed = work.allowed.replace(/^must be ≤ [\d,.]+ on this line/, `must be ≤ ${shown} on this line`);
  const fixed: ValidationIssue = { ...work, allowed, message: work.message.replace(work.allowed, allowed) };
  return issues.map((i) => (i === work ? fixed : i));
}

export function checkDraft(d: FlowDraft): DraftCheck {
  const candidate = candidateOf(d);
  const result = parseScenario(candidate);
  if (result.ok && result.scenario.model !== 'flow-line') return { ok: false, byField: new Map(), unplaced: [msg('This editor edits flow lines only.')] };
  const issues = pairedIssues(candidate);
  if (issues.length > 0) return { ok: false, ...placeIssues(issues, fieldIdsOf(d), (issue) => issueText(issue, candidate)) };
  // candidateOf always writes model "flow-line"; the check keeps the compiler sure of it.
  if (!result.ok || result.scenario.model !== 'flow-line') return { ok: false, byField: new Map(), unplaced: [msg('This editor edits flow lines only.')] };
  return { ok: true, scenario: result.scenario };
}

/** What the `scenario` property holds: a flow-line scenario, or why the editor cannot edit it. */
export type LoadedScenario = { readonly ok: true; readonly scenario: FlowLineScenario } | { readonly ok: false; readonly messages: readonly string[] };

/** Reads a validated scenario or a preset's raw JSON; only valid flow-line scenarios can be edited. */
export function loadFlowScenario(value: unknown): LoadedScenario {
  const result = parseScenario(value);
  if (!result.ok) return { ok: false, messages: result.issues.map((i) => issueText(i, value)) };
  if (result.scenario.model !== 'flow-line') return { ok: false, messages: [msg('This editor edits flow lines only.')] };
  return { ok: true, scenario: result.scenario };
}
