/**
 * Lesson 2's kaizen log as a file, a saved entry and a link (docs/lesson-kaizen.md,
 * docs/sharing.md). What matters is the original scenario, the list of improvements and,
 * when the user shares them, the expectations; the log's figures are always recomputed
 * from those (the same seed gives the same numbers), never trusted from the file.
 *
 * Everything read back (a file, browser storage, a link) is untrusted input (QUALITY S5–S9):
 *
 * - `parseKaizenLog(value)`: the file's shape, field by field, with messages naming the
 *   field (`improvements[2].station: missing, must be a station's name`); the scenario
 *   through the scenario validator (its messages prefixed with `scenario.`); keys
 *   `__proto__`, `constructor` and `prototype` refused at any depth; then the improvements
 *   applied to the scenario, each one that does not apply named by its place in the list.
 * - `parseKaizenLogText(text)` / `readKaizenLogFile(file)`: the same from a file's text,
 *   refusing anything over 1 MiB before reading it.
 * - `parseImprovements`, `parseExpectations`: the parts a link carries.
 *
 * None of them throws; each returns the work to open or every problem found. The problems
 * stay English, like the scenario validator's they include (docs/i18n.md); the notice about
 * another engine version is in the page's language.
 */
import { msg, str } from '@lit/localize';
import { LIMITS, MAX_SCENARIO_BYTES, parseScenario, type FlowLineScenario, type ValidationIssue } from '../../scenario/index.ts';
import { formatLimit } from '../../scenario/limits.ts';
import { formatPath, printValue, type Path } from '../../scenario/issues.ts';
import { plainJsonCopy } from '../../share/plain-json.ts';
import { ENGINE_VERSION } from '../../sim/version.ts';
import type { Improvement, ImprovementKind, ImprovementProblem } from './improvements.ts';
import { improvedOnePieceFlow } from './it-failed-before.ts';
import type { Direction, Expectation, KaizenLog } from './kaizen-log.ts';

export const KAIZEN_LOG_FORMAT = 'genba-kaizen-log';
export const KAIZEN_LOG_VERSION = 1;
/** Most improvements in one log (our choice: a lesson takes about seven). */
export const MAX_IMPROVEMENTS = 50;
/** Longest improvement id. */
export const MAX_IMPROVEMENT_ID = 200;
/** Longest stated basis of a shortening (what makes the step faster). */
export const MAX_BASIS = 200;
/** Longest station or element name an improvement may name (as in a scenario). */
const MAX_NAME = LIMITS.maxStationName;
/** Largest expected change of lead time, in the scenario's time unit. */
const MAX_EXPECTED = LIMITS.maxTime;

/** What an exported kaizen log file holds. */
export interface KaizenLogFile {
  readonly format: typeof KAIZEN_LOG_FORMAT;
  readonly version: typeof KAIZEN_LOG_VERSION;
  readonly engineVersion: string;
  readonly scenario: FlowLineScenario;
  readonly improvements: readonly Improvement[];
  readonly expectations: Readonly<Record<string, Expectation>>;
  readonly log: KaizenLog;
}

/** The state that matters: what a file, a saved entry or a link reopens. */
export interface KaizenWork {
  readonly scenario: FlowLineScenario;
  readonly improvements: readonly Improvement[];
  readonly expectations: ReadonlyMap<string, Expectation>;
}

/**
 * A parse's answer. A failure's `issues` are the English messages with the file's paths (the
 * CLI's and the files' wording); screens word them from the structure beside them when there
 * is one: the scenario validator's issues (`scenarioIssues`, about `scenarioInput`) and the
 * steps that do not apply (`problems`, on a line in `timeUnit`).
 */
export type KaizenParse<T> =
  | { readonly ok: true; readonly value: T; readonly notices: readonly string[] }
  | {
      readonly ok: false;
      readonly issues: readonly string[];
      readonly scenarioIssues?: readonly ValidationIssue[];
      readonly scenarioInput?: unknown;
      readonly problems?: readonly ImprovementProblem[];
      readonly timeUnit?: FlowLineScenario['timeUnit'];
    };

export function kaizenLogFile(work: KaizenWork, log: KaizenLog): KaizenLogFile {
  return {
    format: KAIZEN_LOG_FORMAT,
    version: KAIZEN_LOG_VERSION,
    engineVersion: ENGINE_VERSION,
    scenario: work.scenario,
    improvements: work.improvements,
    expectations: Object.fromEntries(work.expectations),
    log,
  };
}

// ——— Messages ———

class Issues {
  readonly list: string[] = [];
  value(path: Path, value: unknown, allowed: string): void {
    this.list.push(value === undefined ? `${formatPath(path)}: missing, ${allowed}` : `${formatPath(path)}: ${printValue(value)} is not allowed, ${allowed}`);
  }
  phrase(path: Path, phrase: string, allowed: string): void {
    this.list.push(`${formatPath(path)}: ${phrase}, ${allowed}`);
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function unknownKeys(record: Record<string, unknown>, allowed: readonly string[], path: Path, issues: Issues): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) issues.phrase([...path, key], 'unknown key', `must be one of ${allowed.join(', ')}`);
  }
}

// ——— Improvements ———

const KINDS: readonly ImprovementKind[] = ['externalise-setup', 'shorten-element', 'remove-element', 'move-element', 'add-check', 'set-transfer-batch', 'set-process-batch'];

const FIELDS: Readonly<Record<ImprovementKind, readonly string[]>> = {
  'externalise-setup': ['station', 'element'],
  'shorten-element': ['station', 'element', 'to', 'basis'],
  'remove-element': ['station', 'element'],
  'move-element': ['element', 'from', 'to'],
  'add-check': ['station'],
  'set-transfer-batch': ['batch'],
  'set-process-batch': ['batch'],
};

const NAME_WORDS: Readonly<Record<string, string>> = {
  station: "a station's name",
  element: "a basic step's name",
  from: "the name of the station it moves from",
  to: "the name of the station it moves to",
};

function name(record: Record<string, unknown>, key: string, path: Path, issues: Issues): string {
  const v = own(record, key);
  if (typeof v === 'string' && v.trim() !== '' && v.length <= MAX_NAME) return v;
  issues.value([...path, key], v, `must be ${NAME_WORDS[key] ?? 'a name'} (1 to ${MAX_NAME} characters)`);
  return '';
}

function improvement(value: unknown, path: Path, issues: Issues): Improvement | null {
  if (!isRecord(value)) {
    issues.value(path, value, 'must be an improvement {id, kind, …}');
    return null;
  }
  const before = issues.list.length;
  const id = own(value, 'id');
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_IMPROVEMENT_ID) {
    issues.value([...path, 'id'], id, `must be a text of 1 to ${MAX_IMPROVEMENT_ID} characters`);
  }
  const kind = own(value, 'kind');
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) {
    issues.value([...path, 'kind'], kind, `must be one of ${KINDS.map((k) => `"${k}"`).join(', ')}`);
    return null;
  }
  const k = kind as ImprovementKind;
  unknownKeys(value, ['id', 'kind', ...FIELDS[k]], path, issues);
  const text = (key: string) => name(value, key, path, issues);
  let result: Improvement | null = null;
  const i = typeof id === 'string' ? id : '';
  switch (k) {
    case 'externalise-setup':
      result = { id: i, kind: k, station: text('station'), element: text('element') };
      break;
    case 'remove-element':
      result = { id: i, kind: k, station: text('station'), element: text('element') };
      break;
    case 'move-element':
      result = { id: i, kind: k, element: text('element'), from: text('from'), to: text('to') };
      break;
    case 'add-check':
      result = { id: i, kind: k, station: text('station') };
      break;
    case 'set-process-batch': {
      const batch = own(value, 'batch');
      if (typeof batch !== 'number' || !Number.isInteger(batch) || batch < 1 || batch > LIMITS.maxProcessBatch) {
        issues.value([...path, 'batch'], batch, `must be a whole number from 1 to ${formatLimit(LIMITS.maxProcessBatch)}`);
      }
      result = { id: i, kind: k, batch: batch as number };
      break;
    }
    case 'set-transfer-batch': {
      const batch = own(value, 'batch');
      if (typeof batch !== 'number' || !Number.isInteger(batch) || batch < 1 || batch > LIMITS.maxTransferBatch) {
        issues.value([...path, 'batch'], batch, `must be a whole number from 1 to ${formatLimit(LIMITS.maxTransferBatch)}`);
      }
      result = { id: i, kind: k, batch: batch as number };
      break;
    }
    case 'shorten-element': {
      const station = text('station');
      const element = text('element');
      const basisValue = own(value, 'basis');
      if (basisValue !== undefined && (typeof basisValue !== 'string' || basisValue.trim() === '' || basisValue.length > MAX_BASIS)) {
        issues.value([...path, 'basis'], basisValue, `must be a text of 1 to ${MAX_BASIS} characters: what makes the step faster`);
      }
      const basis = typeof basisValue === 'string' ? { basis: basisValue } : {};
      const to = own(value, 'to');
      const toPath = [...path, 'to'];
      if (!isRecord(to)) {
        issues.value(toPath, to, 'must be {"share": a number between 0 and 1} or {"time": a time > 0}');
        break;
      }
      unknownKeys(to, ['share', 'time'], toPath, issues);
      const share = own(to, 'share');
      const time = own(to, 'time');
      if ((share === undefined) === (time === undefined)) {
        issues.value(toPath, to, 'must have exactly one of "share" and "time"');
      } else if (share !== undefined) {
        if (typeof share !== 'number' || !(share > 0 && share < 1)) issues.value([...toPath, 'share'], share, 'must be a number > 0 and < 1');
        else result = { id: i, kind: k, station, element, to: { share }, ...basis };
      } else if (typeof time !== 'number' || !(time > 0 && time <= LIMITS.maxTime)) {
        issues.value([...toPath, 'time'], time, `must be a time > 0 and ≤ ${formatLimit(LIMITS.maxTime)}`);
      } else result = { id: i, kind: k, station, element, to: { time }, ...basis };
      break;
    }
  }
  return issues.list.length === before ? result : null;
}

/** A list of improvements, checked field by field (not yet applied to a scenario). */
export function parseImprovements(value: unknown, path: Path = ['improvements']): KaizenParse<Improvement[]> {
  const issues = new Issues();
  const copy = plainJsonCopy(value, { maxDepth: 6, maxNodes: 20 * MAX_IMPROVEMENTS, maxString: MAX_IMPROVEMENT_ID });
  if (!copy.ok) return { ok: false, issues: [`${formatPath(path)}${copy.path === '(root)' ? '' : ` at ${copy.path}`}: ${copy.problem}`] };
  if (!Array.isArray(copy.value)) {
    issues.value(path, value, 'must be a list [ … ] of improvements');
    return { ok: false, issues: issues.list };
  }
  if (copy.value.length > MAX_IMPROVEMENTS) {
    issues.list.push(`${formatPath(path)}: ${copy.value.length} items is not allowed, must be at most ${MAX_IMPROVEMENTS} improvements`);
    return { ok: false, issues: issues.list };
  }
  const out: Improvement[] = [];
  copy.value.forEach((item, index) => {
    const parsed = improvement(item, [...path, index], issues);
    if (parsed) out.push(parsed);
  });
  return issues.list.length > 0 ? { ok: false, issues: issues.list } : { ok: true, value: out, notices: [] };
}

const DIRECTIONS: readonly Direction[] = ['down', 'same', 'up'];

/** Expectations by improvement id: `{ "<id>": { "direction": "down", "by": 3 } }`, for ids of `improvements` only. */
export function parseExpectations(value: unknown, improvements: readonly Improvement[], path: Path = ['expectations']): KaizenParse<Map<string, Expectation>> {
  const issues = new Issues();
  const copy = plainJsonCopy(value, { maxDepth: 4, maxNodes: 10 * MAX_IMPROVEMENTS, maxString: MAX_IMPROVEMENT_ID });
  if (!copy.ok) return { ok: false, issues: [`${formatPath(path)}${copy.path === '(root)' ? '' : ` at ${copy.path}`}: ${copy.problem}`] };
  const record = copy.value;
  if (!isRecord(record)) {
    issues.value(path, value, 'must be a record {…} of expectations by improvement id');
    return { ok: false, issues: issues.list };
  }
  const ids = new Set(improvements.map((i) => i.id));
  const out = new Map<string, Expectation>();
  for (const id of Object.keys(record)) {
    const at = [...path, id];
    if (!ids.has(id)) {
      issues.phrase(at, 'no improvement in the list has this id', 'must be the id of one of the improvements');
      continue;
    }
    const e = record[id];
    if (!isRecord(e)) {
      issues.value(at, e, 'must be {"direction": "down", "same" or "up", "by": a number ≥ 0}');
      continue;
    }
    unknownKeys(e, ['direction', 'by'], at, issues);
    const direction = own(e, 'direction');
    const by = own(e, 'by');
    const okDirection = typeof direction === 'string' && (DIRECTIONS as readonly string[]).includes(direction);
    const okBy = typeof by === 'number' && by >= 0 && by <= MAX_EXPECTED;
    if (!okDirection) issues.value([...at, 'direction'], direction, 'must be "down", "same" or "up"');
    if (!okBy) issues.value([...at, 'by'], by, `must be a number from 0 to ${formatLimit(MAX_EXPECTED)}`);
    if (okDirection && okBy) out.set(id, { direction: direction as Direction, by: by as number });
  }
  return issues.list.length > 0 ? { ok: false, issues: issues.list } : { ok: true, value: out, notices: [] };
}

/** The improvements applied to the scenario (in one-piece flow, as the lesson runs them): every one that does not apply, by its place. */
export function applicationIssues(scenario: FlowLineScenario, improvements: readonly Improvement[], path: Path = ['improvements']): string[] {
  const applied = improvedOnePieceFlow(scenario, improvements);
  if (applied.ok) return [];
  return applied.problems.map((p) => (p.index < improvements.length ? `${formatPath([...path, p.index])}: ${p.message}` : `${formatPath(path)}: ${p.message}`));
}

const FILE_KEYS = ['format', 'version', 'engineVersion', 'scenario', 'improvements', 'expectations', 'log'] as const;

/** A kaizen log file's data (already parsed JSON): the work to reopen, or every problem. */
export function parseKaizenLog(value: unknown): KaizenParse<KaizenWork> {
  try {
    // Plain data first: no reserved key at any depth, nothing a prototype could be reached through.
    const copy = plainJsonCopy(value, { maxDepth: 16, maxNodes: LIMITS.maxNodes, maxString: MAX_SCENARIO_BYTES });
    if (!copy.ok) return { ok: false, issues: [`${copy.path}: ${copy.problem}`] };
    const data = copy.value;
    if (!isRecord(data)) return { ok: false, issues: [`(root): ${printValue(value)} is not allowed, must be a kaizen log {"format": "${KAIZEN_LOG_FORMAT}", …}`] };
    const issues = new Issues();
    const format = own(data, 'format');
    if (format !== KAIZEN_LOG_FORMAT) {
      issues.value(['format'], format, `must be "${KAIZEN_LOG_FORMAT}" (a kaizen log file downloaded from lesson 2)`);
      return { ok: false, issues: issues.list };
    }
    const version = own(data, 'version');
    if (version !== KAIZEN_LOG_VERSION) {
      issues.value(['version'], version, typeof version === 'number' && version > KAIZEN_LOG_VERSION ? `must be ${KAIZEN_LOG_VERSION}: a newer Genba made this file` : `must be ${KAIZEN_LOG_VERSION}`);
    }
    unknownKeys(data, FILE_KEYS, [], issues);
    const engineVersion = own(data, 'engineVersion');
    if (engineVersion !== undefined && (typeof engineVersion !== 'string' || engineVersion.length === 0 || engineVersion.length > 40)) {
      issues.value(['engineVersion'], engineVersion, 'must be the engine version that made the file, e.g. "1.0.0"');
    }
    const parsed = parseScenario(own(data, 'scenario'));
    let scenario: FlowLineScenario | null = null;
    if (!parsed.ok) issues.list.push(...parsed.issues.map((i) => (i.path === '(root)' ? `scenario: ${i.message.replace(/^\(root\): /, '')}` : `scenario.${i.message}`)));
    else if (parsed.scenario.model !== 'flow-line') issues.value(['scenario', 'model'], parsed.scenario.model, 'must be "flow-line": lesson 2 improves a flow line');
    else scenario = parsed.scenario;
    const improvements = parseImprovements(own(data, 'improvements') ?? []);
    if (!improvements.ok) issues.list.push(...improvements.issues);
    const expectations = improvements.ok ? parseExpectations(own(data, 'expectations') ?? {}, improvements.value) : null;
    if (expectations && !expectations.ok) issues.list.push(...expectations.issues);
    if (issues.list.length > 0 || !scenario || !improvements.ok || !expectations?.ok) {
      return { ok: false, issues: issues.list, ...(parsed.ok ? {} : { scenarioIssues: parsed.issues, scenarioInput: own(data, 'scenario') }) };
    }
    const notApplied = applicationIssues(scenario, improvements.value);
    if (notApplied.length > 0) {
      const applied = improvedOnePieceFlow(scenario, improvements.value);
      return { ok: false, issues: notApplied, ...(applied.ok ? {} : { problems: applied.problems, timeUnit: scenario.timeUnit }) };
    }
    const engine = ENGINE_VERSION;
    const notices =
      typeof engineVersion === 'string' && engineVersion !== ENGINE_VERSION
        ? [msg(str`This kaizen log was made with engine ${engineVersion}; its figures were run again with engine ${engine} and may differ from the original.`)]
        : [];
    return { ok: true, value: { scenario, improvements: improvements.value, expectations: expectations.value }, notices };
  } catch {
    return { ok: false, issues: ['(root): could not be read, must be plain JSON data'] };
  }
}

/** A kaizen log file's text: size, JSON, then parseKaizenLog. */
export function parseKaizenLogText(text: string): KaizenParse<KaizenWork> {
  if (text.length > MAX_SCENARIO_BYTES || new TextEncoder().encode(text).length > MAX_SCENARIO_BYTES) {
    return { ok: false, issues: [`(file): too large, must be at most 1 MiB (${formatLimit(MAX_SCENARIO_BYTES)} bytes)`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : 'a syntax error';
    return { ok: false, issues: [`(file): not valid JSON, must be a kaizen log file (${detail})`] };
  }
  return parseKaizenLog(data);
}

/** A kaizen log file: refused from its size before a byte is read, then parseKaizenLogText. Never rejects. */
export async function readKaizenLogFile(file: Blob): Promise<KaizenParse<KaizenWork>> {
  if (file.size > MAX_SCENARIO_BYTES) {
    return { ok: false, issues: [`(file): ${formatLimit(file.size)} bytes is too large, must be at most 1 MiB (${formatLimit(MAX_SCENARIO_BYTES)} bytes)`] };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, issues: ['(file): could not be read, must be a file this browser can read'] };
  }
  return parseKaizenLogText(text);
}
