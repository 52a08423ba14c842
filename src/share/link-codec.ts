/**
 * Share links: the state that matters (lesson, scenario with its seed, replication,
 * playback position, and predictions when the user opts in) as a short, versioned string
 * for the query part of the URL fragment, `#/batching?v=1&s=…` (docs/sharing.md). The
 * fragment never reaches a server (QUALITY S12).
 *
 * ## API
 *
 * - `encodeLink(state, { includePredictions })` → `{ ok: true, query }` or
 *   `{ ok: false, message }` (an invalid scenario, or too large for a link: save a file).
 *   The same state always gives the same query (keys are sorted, packing is deterministic).
 *   Predictions go in only with `includePredictions: true`: the caller asks the user first.
 *   `extra` (a lesson's own state, e.g. lesson 2's improvements) always goes in when given.
 * - `decodeLink(query)` → `{ ok: true, state, origin, notices }` or
 *   `{ ok: false, reason, message, issues? }`. It never throws. `reason` is `'absent'`
 *   when the query carries no link (show nothing), otherwise the message says what was
 *   wrong, to show as text while the screen keeps its defaults. `notices` are to show
 *   as well (made with another engine version; a replication or position that did not
 *   fit and was dropped).
 * - `LINK_FORMAT` (the version written), `MAX_LINK_QUERY_CHARS`.
 *
 * Use with the router: `fragmentOf('batching', encoded.query)` to make a link,
 * `decodeLink(parseFragment(location.hash).query)` to open one.
 *
 * ## Format version 1
 *
 * `v=1&s=<base64url, no padding, of a zlib stream (RFC 1950) of UTF-8 JSON>`, where the
 * JSON is `{ engineVersion, rng, lesson, scenario, replication?, t?, predictions?, extra? }`
 * with keys sorted at every level. `extra` was added later within format 1: links made
 * before it simply have none, and a build that ignores it still opens the scenario. `scenario` is the validated scenario; `engineVersion` and
 * `rng` say which engine made the numbers (QUALITY R12), so a link opened by another
 * engine says its numbers may differ. Other query parameters are ignored, so a screen may
 * add its own.
 *
 * ## Versions
 *
 * `v` names the format. Each version has a reader (`LinkReader`) that turns the query
 * into the current envelope's raw JSON; the envelope is then validated the same way
 * whatever the version. A future version 2 would add `readV2` and keep version 1 readable
 * by wrapping its reader in a migration: `[1, (p) => migrateV1ToV2(readV1(p))]`, so every
 * link ever made still opens or says clearly why not. A version this build does not know
 * gets a message saying so.
 *
 * Names and labels in a link are data: screens show them as text (Lit bindings,
 * textContent), never as HTML (QUALITY S5).
 */
import { msg, str } from '@lit/localize';
import { issuesText } from '../i18n/issue-text.ts';
import { joinClauses } from '../i18n/text.ts';
import { parseScenario, MAX_SCENARIO_BYTES, type Scenario, type ValidationIssue } from '../scenario/index.ts';
import { RNG_ALGORITHM } from '../sim/rng/algorithm.ts';
import { ENGINE_VERSION } from '../sim/version.ts';
import { decodeBase64url, encodeBase64url } from './base64url.ts';
import { canonicalJson, plainJsonCopy, RESERVED_KEYS, type PlainJson } from './plain-json.ts';
import { packZlib, unpackZlib } from './zlib-frame.ts';
import { crc32Bytes } from './crc32.ts';

/** The link format this build writes. */
export const LINK_FORMAT = 2;

/** Longest query accepted or written (QUALITY S7: 32 KiB, refused before decoding). */
export const MAX_LINK_QUERY_CHARS = 32 * 1024;

/** Limits on the predictions a link may carry: they are small answers, not data sets. */
export const PREDICTION_LIMITS = { maxDepth: 8, maxNodes: 1000, maxString: 1000 } as const;

/**
 * Limits on a lesson's own state in a link (`extra`): a list of steps or a few settings,
 * checked as plain JSON here and by the screen for its meaning.
 */
export const EXTRA_LIMITS = { maxDepth: 8, maxNodes: 5000, maxString: 1000 } as const;

/** A lesson id: the route of its screen. */
export type LessonId = 'batching' | 'launch' | (string & {});

const LESSON = /^[a-z][a-z0-9-]{0,39}$/;

export interface LinkState {
  readonly lesson: LessonId;
  readonly scenario: Scenario;
  /** Which replication is shown (0-based, below `scenario.replications`). */
  readonly replication?: number;
  /** Playback position, in the scenario's time unit (≥ 0). */
  readonly t?: number;
  /** The user's predictions, as plain JSON data; only when the user chose to share them. */
  readonly predictions?: unknown;
  /**
   * The lesson's own state, as plain JSON data (EXTRA_LIMITS), e.g. lesson 2's list of
   * improvements. The codec checks only that it is plain data; the screen validates its meaning.
   */
  readonly extra?: unknown;
}

export interface EncodeOptions {
  /** Put `state.predictions` in the link. Off unless the user opted in. */
  readonly includePredictions?: boolean;
}

export type EncodeResult = { readonly ok: true; readonly query: string } | { readonly ok: false; readonly message: string };

/** What made the link's numbers, as the link says. */
export interface LinkOrigin {
  readonly format: number;
  readonly engineVersion: string;
  readonly rng: string;
}

export type DecodeFailure =
  /** No link in this query (no `v` and no `s`): nothing to report. */
  | 'absent'
  /** A format version this build cannot read. */
  | 'unsupported-version'
  /** The query is longer than MAX_LINK_QUERY_CHARS. */
  | 'too-long'
  /** Cut short, altered, not base64url, not packed data, not JSON. */
  | 'damaged'
  /** Unpacks to more than MAX_SCENARIO_BYTES. */
  | 'too-large'
  /** Readable, but not a valid state: `issues` holds the scenario validator's issues when it is the scenario. */
  | 'invalid';

export type DecodeResult =
  | { readonly ok: true; readonly state: LinkState; readonly origin: LinkOrigin; readonly notices: readonly string[] }
  | { readonly ok: false; readonly reason: DecodeFailure; readonly message: string; readonly issues?: readonly ValidationIssue[] };

type Failure = Extract<DecodeResult, { ok: false }>;

/** Reads one format version's query into the raw JSON of the current envelope. */
export type LinkReader = (params: URLSearchParams) => { readonly ok: true; readonly envelope: unknown } | Failure;

const group = (n: number): string => n.toLocaleString('en-US');

function fail(reason: DecodeFailure, message: string, issues?: readonly ValidationIssue[]): Failure {
  return issues === undefined ? { ok: false, reason, message } : { ok: false, reason, message, issues };
}

// ——— Encoding ———

export function encodeLink(state: LinkState, options: EncodeOptions = {}): EncodeResult {
  try {
    const parsed = parseScenario(state.scenario);
    if (!parsed.ok) {
      const issues = summarise(parsed.issues, state.scenario);
      return { ok: false, message: msg(str`The scenario is not valid: ${issues}`) };
    }
    if (typeof state.lesson !== 'string' || !LESSON.test(state.lesson)) {
      const lesson = JSON.stringify(String(state.lesson)).slice(0, 50);
      return { ok: false, message: msg(str`The lesson ${lesson} cannot go in a link.`) };
    }
    const envelope: Record<string, unknown> = {
      engineVersion: ENGINE_VERSION,
      rng: RNG_ALGORITHM,
      lesson: state.lesson,
      scenario: parsed.scenario,
    };
    if (state.replication !== undefined) {
      const problem = replicationProblem(state.replication, parsed.scenario);
      if (problem) return { ok: false, message: `replication: ${problem}` };
      envelope['replication'] = state.replication;
    }
    if (state.t !== undefined) {
      const problem = positionProblem(state.t);
      if (problem) return { ok: false, message: `t: ${problem}` };
      envelope['t'] = state.t === 0 ? 0 : state.t;
    }
    if (options.includePredictions && state.predictions !== undefined) {
      const copy = plainJsonCopy(state.predictions, PREDICTION_LIMITS);
      if (!copy.ok) return { ok: false, message: `predictions: ${copy.path}: ${copy.problem}` };
      envelope['predictions'] = copy.value;
    }
    if (state.extra !== undefined) {
      const copy = plainJsonCopy(state.extra, EXTRA_LIMITS);
      if (!copy.ok) return { ok: false, message: `extra: ${copy.path}: ${copy.problem}` };
      envelope['extra'] = copy.value;
    }
    const bytes = new TextEncoder().encode(canonicalJson(envelope));
    if (bytes.length > MAX_SCENARIO_BYTES) {
      const [size, most] = [group(bytes.length), group(MAX_SCENARIO_BYTES)];
      return { ok: false, message: msg(str`This scenario is too large for a link (${size} bytes; at most ${most}). Save it as a file instead.`) };
    }
    const query = `v=${LINK_FORMAT}&s=${encodeBase64url(withChecksum(packZlib(bytes), bytes))}`;
    if (query.length > MAX_LINK_QUERY_CHARS) {
      const [size, most] = [group(query.length), group(MAX_LINK_QUERY_CHARS)];
      return { ok: false, message: msg(str`This scenario is too large for a link (${size} characters; at most ${most}). Save it as a file instead.`) };
    }
    return { ok: true, query };
  } catch {
    return { ok: false, message: msg('This state could not be put in a link.') };
  }
}

/** Format 2's data: the zlib stream, then the CRC-32 of the JSON it holds. */
function withChecksum(packed: Uint8Array, json: Uint8Array): Uint8Array {
  const out = new Uint8Array(packed.length + 4);
  out.set(packed, 0);
  out.set(crc32Bytes(json), packed.length);
  return out;
}

// ——— Decoding ———

function summarise(issues: readonly ValidationIssue[], input: unknown): string {
  // Named as the forms label them, in the page's language (the CLI never reads links).
  const shown = issuesText(issues, input, 3);
  const text = joinClauses(shown);
  const more = issues.length - 3;
  return more > 0 ? msg(str`${text}; and ${more} more`) : text;
}

function replicationProblem(value: unknown, scenario: Scenario): string | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < scenario.replications) return null;
  const shown = typeof value === 'number' ? String(value) : JSON.stringify(value)?.slice(0, 40) ?? String(value);
  const last = scenario.replications - 1;
  return msg(str`${shown} is not allowed; it must be a whole number from 0 to ${last}`);
}

function positionProblem(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return null;
  const shown = typeof value === 'number' ? String(value) : JSON.stringify(value)?.slice(0, 40) ?? String(value);
  return msg(str`${shown} is not allowed; it must be a time of at least 0`);
}


/** The JSON envelope inside unpacked bytes. */
function envelopeOf(bytes: Uint8Array): ReturnType<LinkReader> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('damaged', msg('This link is damaged: its data is not text.'));
  }
  try {
    return { ok: true, envelope: JSON.parse(text) as unknown };
  } catch {
    return fail('damaged', msg('This link is damaged: its data is not valid JSON.'));
  }
}

/** The bytes of `s`, or why there are none. */
function dataOf(params: URLSearchParams): { readonly ok: true; readonly bytes: Uint8Array } | Failure {
  const data = params.get('s');
  if (data === null || data === '') return fail('damaged', msg('This link is damaged: it has no data (the s= part is missing). Copy the whole link again.'));
  const decoded = decodeBase64url(data);
  if (!decoded.ok) {
    const problem = decoded.problem;
    return fail('damaged', msg(str`This link is damaged: in its data, ${problem}. Copy the whole link again.`));
  }
  return { ok: true, bytes: decoded.bytes };
}

/** Unpacks a zlib stream of at most MAX_SCENARIO_BYTES. */
function unpacked(bytes: Uint8Array): { readonly ok: true; readonly bytes: Uint8Array } | Failure {
  const result = unpackZlib(bytes, MAX_SCENARIO_BYTES);
  if (result.ok) return result;
  if (result.reason === 'too-large') {
    const most = group(MAX_SCENARIO_BYTES);
    return fail('too-large', msg(str`This link's scenario is too large: it unpacks to more than ${most} bytes (at most 1 MiB).`));
  }
  const problem = result.problem;
  return fail('damaged', msg(str`This link is damaged: ${problem}. Copy the whole link again.`));
}

/** Format 1: `s` = base64url(zlib(UTF-8 JSON)), checked only by zlib's Adler-32. Still read; no longer written. */
export const readV1: LinkReader = (params) => {
  const data = dataOf(params);
  if (!data.ok) return data;
  const inner = unpacked(data.bytes);
  return inner.ok ? envelopeOf(inner.bytes) : inner;
};

/** Format 2: `s` = base64url(zlib(UTF-8 JSON) followed by the 4-byte CRC-32 of that JSON). */
export const readV2: LinkReader = (params) => {
  const data = dataOf(params);
  if (!data.ok) return data;
  const bytes = data.bytes;
  if (bytes.length < 11) return fail('damaged', msg('This link is damaged: it is too short to hold any data (cut short?). Copy the whole link again.'));
  const inner = unpacked(bytes.subarray(0, bytes.length - 4));
  if (!inner.ok) return inner;
  const expected = bytes.subarray(bytes.length - 4);
  const actual = crc32Bytes(inner.bytes);
  if (actual.some((b, i) => b !== expected[i])) {
    return fail('damaged', msg('This link is damaged: its checksum does not match its data (altered or cut short?). Copy the whole link again.'));
  }
  return envelopeOf(inner.bytes);
};

/** The readers of every format version this build opens. */
export const LINK_READERS: ReadonlyMap<number, LinkReader> = new Map([
  [1, readV1],
  [2, readV2],
]);

const VERSION = /^[0-9]{1,6}$/;

function ownValue(record: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** Validates the current envelope (whatever version it was read from) into a state. */
function stateFromEnvelope(envelope: unknown, format: number): DecodeResult {
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
    return fail('invalid', msg('This link holds no scenario: its data is not a {…} record.'));
  }
  for (const key of Object.keys(envelope)) {
    if (RESERVED_KEYS.has(key)) {
      const name = JSON.stringify(key);
      return fail('invalid', msg(str`This link is not valid: the key ${name} is not allowed.`));
    }
  }
  const engineVersion = ownValue(envelope, 'engineVersion');
  const rng = ownValue(envelope, 'rng');
  if (typeof engineVersion !== 'string' || engineVersion.length === 0 || engineVersion.length > 40) {
    return fail('invalid', msg('This link is not valid: it does not say which engine version made it.'));
  }
  if (typeof rng !== 'string' || rng.length === 0 || rng.length > 60) {
    return fail('invalid', msg('This link is not valid: it does not say which random number generator made it.'));
  }
  const lesson = ownValue(envelope, 'lesson');
  if (typeof lesson !== 'string' || !LESSON.test(lesson)) {
    return fail('invalid', msg('This link is not valid: it does not name a lesson.'));
  }
  if (ownValue(envelope, 'scenario') === undefined) return fail('invalid', msg('This link holds no scenario.'));
  const parsed = parseScenario(ownValue(envelope, 'scenario'));
  if (!parsed.ok) {
    const issues = summarise(parsed.issues, ownValue(envelope, 'scenario'));
    return fail('invalid', msg(str`This link's scenario is not valid: ${issues}`), parsed.issues);
  }
  const scenario = parsed.scenario;

  const notices: string[] = [];
  if (format < LINK_FORMAT) {
    notices.push(msg(str`This link was made by an earlier Genba (link format ${format}, with a weaker check for damage): check that the scenario is the one you expected.`));
  }
  if (engineVersion !== ENGINE_VERSION) {
    const engine = JSON.stringify(engineVersion).slice(1, -1);
    notices.push(msg(str`This link was made with engine ${engine}; numbers may differ from the original.`));
  }
  if (rng !== RNG_ALGORITHM) {
    const generator = JSON.stringify(rng).slice(1, -1);
    notices.push(msg(str`This link was made with the random number generator ${generator}; numbers may differ from the original.`));
  }
  let state: { -readonly [K in keyof LinkState]: LinkState[K] } = { lesson, scenario };

  const replication = ownValue(envelope, 'replication');
  if (replication !== undefined) {
    const problem = replicationProblem(replication, scenario);
    if (problem) notices.push(msg(str`The link's replication was left out: ${problem}.`));
    else state = { ...state, replication: replication as number };
  }
  const t = ownValue(envelope, 't');
  if (t !== undefined) {
    const problem = positionProblem(t);
    if (problem) notices.push(msg(str`The link's playback position was left out: ${problem}.`));
    else state = { ...state, t: (t as number) === 0 ? 0 : (t as number) };
  }
  const predictions = ownValue(envelope, 'predictions');
  if (predictions !== undefined) {
    const copy = plainJsonCopy(predictions, PREDICTION_LIMITS);
    if (!copy.ok) {
      const [where, problem] = [copy.path, copy.problem];
      notices.push(msg(str`The link's predictions were left out: ${where}: ${problem}.`));
    }
    else state = { ...state, predictions: copy.value satisfies PlainJson };
  }
  const extra = ownValue(envelope, 'extra');
  if (extra !== undefined) {
    const copy = plainJsonCopy(extra, EXTRA_LIMITS);
    if (!copy.ok) {
      const [where, problem] = [copy.path, copy.problem];
      notices.push(msg(str`The link's lesson settings were left out: ${where}: ${problem}.`));
    }
    else state = { ...state, extra: copy.value satisfies PlainJson };
  }
  return { ok: true, state, origin: { format, engineVersion, rng }, notices };
}

/** A decoder over the given readers; `decodeLink` is the one over LINK_READERS. */
export function createLinkDecoder(readers: ReadonlyMap<number, LinkReader>): (query: string) => DecodeResult {
  const known = [...readers.keys()].sort((a, b) => a - b).join(', ');
  return (query) => {
    try {
      if (typeof query !== 'string') return fail('absent', 'There is no link to open.');
      const text = query.startsWith('?') ? query.slice(1) : query;
      if (text.length > MAX_LINK_QUERY_CHARS) {
        const [size, most] = [group(text.length), group(MAX_LINK_QUERY_CHARS)];
        return fail('too-long', msg(str`This link is too long (${size} characters; at most ${most}). It was not opened.`));
      }
      const params = new URLSearchParams(text);
      const versions = params.getAll('v');
      const data = params.getAll('s');
      if (versions.length === 0 && data.length === 0) return fail('absent', 'There is no link to open.');
      if (versions.length > 1) return fail('damaged', msg('This link is damaged: it names its version (v=) twice.'));
      if (data.length > 1) return fail('damaged', msg('This link is damaged: it names its data (s=) twice.'));
      const v = versions[0];
      if (v === undefined) return fail('unsupported-version', msg('This link is damaged: it does not say its format version (the v= part is missing).'));
      if (!VERSION.test(v)) {
        const given = JSON.stringify(v.slice(0, 20));
        return fail('unsupported-version', msg(str`This link is damaged: its format version ${given} is not a version number.`));
      }
      const format = Number(v);
      const reader = readers.get(format);
      if (reader === undefined) {
        const newer = format > Math.max(...readers.keys());
        return fail(
          'unsupported-version',
          newer
            ? msg(str`This link uses link format ${format}, which this version of Genba cannot read (it reads format ${known}). It was probably made by a newer Genba: open it there, or ask for the scenario file.`)
            : msg(str`This link uses link format ${format}, which this version of Genba cannot read (it reads format ${known}).`),
        );
      }
      const read = reader(params);
      if (!read.ok) return read;
      return stateFromEnvelope(read.envelope, format);
    } catch {
      // Not reached by any query we know of; a link must never break the page.
      return fail('damaged', msg('This link is damaged: it could not be read.'));
    }
  };
}

export const decodeLink: (query: string) => DecodeResult = createLinkDecoder(LINK_READERS);
