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
 * (`issues`) stay English with the file's paths, like the scenario validator's they include,
 * for files and the CLI; beside them, `logIssues` gives each problem of the format's own
 * fields as data (path, value, rule), which lesson 2's screen words in the page's language
 * (src/screens/kaizen/kaizen-log-words.ts). The notice about another engine version is in
 * the page's language.
 */
import { msg, str } from '@lit/localize';
import { LIMITS, MAX_SCENARIO_BYTES, parseScenario, type FlowLineScenario, type ValidationIssue } from '../../scenario/index.ts';
import { formatLimit } from '../../scenario/limits.ts';
import { formatPath, printValue, type Path } from '../../scenario/issues.ts';
import { plainJsonCopy, type PlainJsonResult, type PlainReason } from '../../share/plain-json.ts';
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
 * What a field of the log format allows, as data a screen words in its language (the English
 * phrase beside it in `issues` is the CLI's and the files' wording).
 */
export type LogRule =
  | { readonly kind: 'name'; readonly key: string; readonly most: number }
  | { readonly kind: 'improvement' }
  | { readonly kind: 'id'; readonly most: number }
  | { readonly kind: 'kind'; readonly kinds: readonly string[] }
  | { readonly kind: 'keys'; readonly keys: readonly string[] }
  | { readonly kind: 'batch'; readonly most: number }
  | { readonly kind: 'basis'; readonly most: number }
  | { readonly kind: 'target' }
  | { readonly kind: 'one-target' }
  | { readonly kind: 'share' }
  | { readonly kind: 'time'; readonly most: number }
  | { readonly kind: 'list' }
  | { readonly kind: 'too-many'; readonly count: number; readonly most: number }
  | { readonly kind: 'expectations' }
  | { readonly kind: 'no-such-id' }
  | { readonly kind: 'expectation' }
  | { readonly kind: 'direction' }
  | { readonly kind: 'by'; readonly most: number }
  | { readonly kind: 'format' }
  | { readonly kind: 'version'; readonly newer: boolean }
  | { readonly kind: 'engine-version' }
  | { readonly kind: 'flow-line' }
  | { readonly kind: 'log' }
  | { readonly kind: 'plain'; readonly reason: PlainReason }
  | { readonly kind: 'file-too-large'; readonly bytes?: number }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'unreadable-file' };

/** One problem of the log format's own fields: where (keys and indices), the value given (absent: missing) and the rule. */
export interface LogIssue {
  readonly path: Path;
  /** The value found there; `missing` when there was none. */
  readonly value?: unknown;
  readonly missing: boolean;
  /** True for a key the format does not have. */
  readonly unknownKey?: boolean;
  /** For a field of an improvement: the improvement's kind (its fields' names depend on it). */
  readonly improvementKind?: string;
  readonly rule: LogRule;
}

/**
 * A parse's answer. A failure's `issues` are the English messages with the file's paths (the
 * CLI's and the files' wording); screens word them from the structure beside them: the log
 * format's own problems (`logIssues`), the scenario validator's issues (`scenarioIssues`,
 * about `scenarioInput`) and the steps that do not apply (`problems`, on a line in `timeUnit`).
 */
export type KaizenParse<T> =
  | { readonly ok: true; readonly value: T; readonly notices: readonly string[] }
  | {
      readonly ok: false;
      readonly issues: readonly string[];
      readonly logIssues?: readonly LogIssue[];
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
  readonly structured: LogIssue[] = [];
  /** The kind of the improvement being read, if known. */
  kind: string | undefined;
  value(path: Path, value: unknown, allowed: string, rule: LogRule): void {
    this.list.push(value === undefined ? `${formatPath(path)}: missing, ${allowed}` : `${formatPath(path)}: ${printValue(value)} is not allowed, ${allowed}`);
    const kind = this.kind === undefined ? {} : { improvementKind: this.kind };
    this.structured.push(value === undefined ? { path, missing: true, rule, ...kind } : { path, value, missing: false, rule, ...kind });
  }
  unknownKey(path: Path, allowed: readonly string[]): void {
    this.list.push(`${formatPath(path)}: unknown key, must be one of ${allowed.join(', ')}`);
    this.structured.push({ path, missing: false, unknownKey: true, rule: { kind: 'keys', keys: allowed } });
  }
  phrase(path: Path, phrase: string, allowed: string, rule: LogRule): void {
    this.list.push(`${formatPath(path)}: ${phrase}, ${allowed}`);
    this.structured.push({ path, missing: false, rule });
  }
  /** A failure with every problem found. */
  failure(): { ok: false; issues: string[]; logIssues: LogIssue[] } {
    return { ok: false, issues: this.list, logIssues: this.structured };
  }
}

/** A plain-data check's failure under `path`, with the English message `text`. */
function plainFailure(text: string, path: Path, copy: Extract<PlainJsonResult, { ok: false }>): { ok: false; issues: string[]; logIssues: LogIssue[] } {
  return { ok: false, issues: [text], logIssues: [{ path: [...path, ...copy.steps], missing: false, rule: { kind: 'plain', reason: copy.reason } }] };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function unknownKeys(record: Record<string, unknown>, allowed: readonly string[], path: Path, issues: Issues): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) issues.unknownKey([...path, key], allowed);
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
  issues.value([...path, key], v, `must be ${NAME_WORDS[key] ?? 'a name'} (1 to ${MAX_NAME} characters)`, { kind: 'name', key, most: MAX_NAME });
  return '';
}

function improvement(value: unknown, path: Path, issues: Issues): Improvement | null {
  if (!isRecord(value)) {
    issues.value(path, value, 'must be an improvement {id, kind, …}', { kind: 'improvement' });
    return null;
  }
  const before = issues.list.length;
  const id = own(value, 'id');
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_IMPROVEMENT_ID) {
    issues.value([...path, 'id'], id, `must be a text of 1 to ${MAX_IMPROVEMENT_ID} characters`, { kind: 'id', most: MAX_IMPROVEMENT_ID });
  }
  const kind = own(value, 'kind');
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) {
    issues.value([...path, 'kind'], kind, `must be one of ${KINDS.map((k) => `"${k}"`).join(', ')}`, { kind: 'kind', kinds: KINDS });
    return null;
  }
  const k = kind as ImprovementKind;
  issues.kind = k;
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
        issues.value([...path, 'batch'], batch, `must be a whole number from 1 to ${formatLimit(LIMITS.maxProcessBatch)}`, { kind: 'batch', most: LIMITS.maxProcessBatch });
      }
      result = { id: i, kind: k, batch: batch as number };
      break;
    }
    case 'set-transfer-batch': {
      const batch = own(value, 'batch');
      if (typeof batch !== 'number' || !Number.isInteger(batch) || batch < 1 || batch > LIMITS.maxTransferBatch) {
        issues.value([...path, 'batch'], batch, `must be a whole number from 1 to ${formatLimit(LIMITS.maxTransferBatch)}`, { kind: 'batch', most: LIMITS.maxTransferBatch });
      }
      result = { id: i, kind: k, batch: batch as number };
      break;
    }
    case 'shorten-element': {
      const station = text('station');
      const element = text('element');
      const basisValue = own(value, 'basis');
      if (basisValue !== undefined && (typeof basisValue !== 'string' || basisValue.trim() === '' || basisValue.length > MAX_BASIS)) {
        issues.value([...path, 'basis'], basisValue, `must be a text of 1 to ${MAX_BASIS} characters: what makes the step faster`, { kind: 'basis', most: MAX_BASIS });
      }
      const basis = typeof basisValue === 'string' ? { basis: basisValue } : {};
      const to = own(value, 'to');
      const toPath = [...path, 'to'];
      if (!isRecord(to)) {
        issues.value(toPath, to, 'must be {"share": a number between 0 and 1} or {"time": a time > 0}', { kind: 'target' });
        break;
      }
      unknownKeys(to, ['share', 'time'], toPath, issues);
      const share = own(to, 'share');
      const time = own(to, 'time');
      if ((share === undefined) === (time === undefined)) {
        issues.value(toPath, to, 'must have exactly one of "share" and "time"', { kind: 'one-target' });
      } else if (share !== undefined) {
        if (typeof share !== 'number' || !(share > 0 && share < 1)) issues.value([...toPath, 'share'], share, 'must be a number > 0 and < 1', { kind: 'share' });
        else result = { id: i, kind: k, station, element, to: { share }, ...basis };
      } else if (typeof time !== 'number' || !(time > 0 && time <= LIMITS.maxTime)) {
        issues.value([...toPath, 'time'], time, `must be a time > 0 and ≤ ${formatLimit(LIMITS.maxTime)}`, { kind: 'time', most: LIMITS.maxTime });
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
  if (!copy.ok) return plainFailure(`${formatPath(path)}${copy.path === '(root)' ? '' : ` at ${copy.path}`}: ${copy.problem}`, path, copy);
  if (!Array.isArray(copy.value)) {
    issues.value(path, value, 'must be a list [ … ] of improvements', { kind: 'list' });
    return issues.failure();
  }
  if (copy.value.length > MAX_IMPROVEMENTS) {
    issues.phrase(path, `${copy.value.length} items is not allowed`, `must be at most ${MAX_IMPROVEMENTS} improvements`, { kind: 'too-many', count: copy.value.length, most: MAX_IMPROVEMENTS });
    return issues.failure();
  }
  const out: Improvement[] = [];
  copy.value.forEach((item, index) => {
    const parsed = improvement(item, [...path, index], issues);
    issues.kind = undefined;
    if (parsed) out.push(parsed);
  });
  return issues.list.length > 0 ? issues.failure() : { ok: true, value: out, notices: [] };
}

const DIRECTIONS: readonly Direction[] = ['down', 'same', 'up'];

/** Expectations by improvement id: `{ "<id>": { "direction": "down", "by": 3 } }`, for ids of `improvements` only. */
export function parseExpectations(value: unknown, improvements: readonly Improvement[], path: Path = ['expectations']): KaizenParse<Map<string, Expectation>> {
  const issues = new Issues();
  const copy = plainJsonCopy(value, { maxDepth: 4, maxNodes: 10 * MAX_IMPROVEMENTS, maxString: MAX_IMPROVEMENT_ID });
  if (!copy.ok) return plainFailure(`${formatPath(path)}${copy.path === '(root)' ? '' : ` at ${copy.path}`}: ${copy.problem}`, path, copy);
  const record = copy.value;
  if (!isRecord(record)) {
    issues.value(path, value, 'must be a record {…} of expectations by improvement id', { kind: 'expectations' });
    return issues.failure();
  }
  const ids = new Set(improvements.map((i) => i.id));
  const out = new Map<string, Expectation>();
  for (const id of Object.keys(record)) {
    const at = [...path, id];
    if (!ids.has(id)) {
      issues.phrase(at, 'no improvement in the list has this id', 'must be the id of one of the improvements', { kind: 'no-such-id' });
      continue;
    }
    const e = record[id];
    if (!isRecord(e)) {
      issues.value(at, e, 'must be {"direction": "down", "same" or "up", "by": a number ≥ 0}', { kind: 'expectation' });
      continue;
    }
    unknownKeys(e, ['direction', 'by'], at, issues);
    const direction = own(e, 'direction');
    const by = own(e, 'by');
    const okDirection = typeof direction === 'string' && (DIRECTIONS as readonly string[]).includes(direction);
    const okBy = typeof by === 'number' && by >= 0 && by <= MAX_EXPECTED;
    if (!okDirection) issues.value([...at, 'direction'], direction, 'must be "down", "same" or "up"', { kind: 'direction' });
    if (!okBy) issues.value([...at, 'by'], by, `must be a number from 0 to ${formatLimit(MAX_EXPECTED)}`, { kind: 'by', most: MAX_EXPECTED });
    if (okDirection && okBy) out.set(id, { direction: direction as Direction, by: by as number });
  }
  return issues.list.length > 0 ? issues.failure() : { ok: true, value: out, notices: [] };
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
    if (!copy.ok) return plainFailure(`${copy.path}: ${copy.problem}`, [], copy);
    const data = copy.value;
    if (!isRecord(data)) {
      return { ok: false, issues: [`(root): ${printValue(value)} is not allowed, must be a kaizen log {"format": "${KAIZEN_LOG_FORMAT}", …}`], logIssues: [{ path: [], value, missing: false, rule: { kind: 'log' } }] };
    }
    const issues = new Issues();
    const format = own(data, 'format');
    if (format !== KAIZEN_LOG_FORMAT) {
      issues.value(['format'], format, `must be "${KAIZEN_LOG_FORMAT}" (a kaizen log file downloaded from lesson 2)`, { kind: 'format' });
      return issues.failure();
    }
    const version = own(data, 'version');
    if (version !== KAIZEN_LOG_VERSION) {
      const newer = typeof version === 'number' && version > KAIZEN_LOG_VERSION;
      issues.value(['version'], version, newer ? `must be ${KAIZEN_LOG_VERSION}: a newer Genba made this file` : `must be ${KAIZEN_LOG_VERSION}`, { kind: 'version', newer });
    }
    unknownKeys(data, FILE_KEYS, [], issues);
    const engineVersion = own(data, 'engineVersion');
    if (engineVersion !== undefined && (typeof engineVersion !== 'string' || engineVersion.length === 0 || engineVersion.length > 40)) {
      issues.value(['engineVersion'], engineVersion, 'must be the engine version that made the file, e.g. "1.0.0"', { kind: 'engine-version' });
    }
    const parsed = parseScenario(own(data, 'scenario'));
    let scenario: FlowLineScenario | null = null;
    if (!parsed.ok) issues.list.push(...parsed.issues.map((i) => (i.path === '(root)' ? `scenario: ${i.message.replace(/^\(root\): /, '')}` : `scenario.${i.message}`)));
    else if (parsed.scenario.model !== 'flow-line') issues.value(['scenario', 'model'], parsed.scenario.model, 'must be "flow-line": lesson 2 improves a flow line', { kind: 'flow-line' });
    else scenario = parsed.scenario;
    const improvements = parseImprovements(own(data, 'improvements') ?? []);
    if (!improvements.ok) {
      issues.list.push(...improvements.issues);
      issues.structured.push(...(improvements.logIssues ?? []));
    }
    const expectations = improvements.ok ? parseExpectations(own(data, 'expectations') ?? {}, improvements.value) : null;
    if (expectations && !expectations.ok) {
      issues.list.push(...expectations.issues);
      issues.structured.push(...(expectations.logIssues ?? []));
    }
    if (issues.list.length > 0 || !scenario || !improvements.ok || !expectations?.ok) {
      return { ...issues.failure(), ...(parsed.ok ? {} : { scenarioIssues: parsed.issues, scenarioInput: own(data, 'scenario') }) };
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
    return { ok: false, issues: ['(root): could not be read, must be plain JSON data'], logIssues: [{ path: [], missing: false, rule: { kind: 'plain', reason: { kind: 'unreadable' } } }] };
  }
}

/** A kaizen log file's text: size, JSON, then parseKaizenLog. */
export function parseKaizenLogText(text: string): KaizenParse<KaizenWork> {
  if (text.length > MAX_SCENARIO_BYTES || new TextEncoder().encode(text).length > MAX_SCENARIO_BYTES) {
    return { ok: false, issues: [`(file): too large, must be at most 1 MiB (${formatLimit(MAX_SCENARIO_BYTES)} bytes)`], logIssues: [{ path: [], missing: false, rule: { kind: 'file-too-large' } }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : 'a syntax error';
    return { ok: false, issues: [`(file): not valid JSON, must be a kaizen log file (${detail})`], logIssues: [{ path: [], missing: false, rule: { kind: 'not-json' } }] };
  }
  return parseKaizenLog(data);
}

/** A kaizen log file: refused from its size before a byte is read, then parseKaizenLogText. Never rejects. */
export async function readKaizenLogFile(file: Blob): Promise<KaizenParse<KaizenWork>> {
  if (file.size > MAX_SCENARIO_BYTES) {
    return { ok: false, issues: [`(file): ${formatLimit(file.size)} bytes is too large, must be at most 1 MiB (${formatLimit(MAX_SCENARIO_BYTES)} bytes)`], logIssues: [{ path: [], missing: false, rule: { kind: 'file-too-large', bytes: file.size } }] };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, issues: ['(file): could not be read, must be a file this browser can read'], logIssues: [{ path: [], missing: false, rule: { kind: 'unreadable-file' } }] };
  }
  return parseKaizenLogText(text);
}
