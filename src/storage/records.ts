/**
 * How saved work is laid out in a key-value storage, and how a stored record is checked
 * when read back (QUALITY S9, W8). Pure functions over strings: no storage access here.
 *
 * Keys (docs/sharing.md):
 *
 * - `genba:v1:saved:<id>`: one entry, the JSON record
 *   `{ schemaVersion: 1, savedAt, checksum, payload: { id, name, kind, body } }`;
 *   `checksum` is the FNV-1a 32-bit hash (8 hex digits) of `JSON.stringify(payload)`.
 * - `genba:v1:quarantine:<id>[~n]`: an entry that could not be read, kept whole as
 *   `{ originalKey, reason, movedAt, raw }`.
 *
 * The store owns only these two prefixes; other `genba:` keys (settings, a later version's
 * data) are never read, moved or deleted by it.
 */
import { LIMITS, MAX_SCENARIO_BYTES, parseScenario } from '../scenario/index.ts';
import { plainJsonCopy } from '../share/plain-json.ts';
import { SAVED_KINDS, type BodyValidator, type SavedEntry, type SavedKind, type SetAsideEntry } from './types.ts';

export const NAMESPACE = 'genba:v1:';
export const ENTRY_PREFIX = `${NAMESPACE}saved:`;
export const QUARANTINE_PREFIX = `${NAMESPACE}quarantine:`;

/** The record format this build writes. */
export const RECORD_SCHEMA_VERSION = 1;

export const MAX_NAME = 100;
/** Longest body, as JSON text (UTF-16 code units): the size of the largest scenario file. */
export const MAX_BODY_CHARS = MAX_SCENARIO_BYTES;
/** Longest record read back: a body plus its envelope. Longer text is not parsed. */
export const MAX_RECORD_CHARS = MAX_BODY_CHARS + 4096;

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function isValidId(id: unknown): id is string {
  return typeof id === 'string' && ID.test(id);
}

/** FNV-1a, 32 bits, over UTF-16 code units: cheap, and enough to notice damage (not an attacker). */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Null when the name is allowed, else why not. */
export function nameProblem(name: unknown): string | null {
  if (typeof name !== 'string') return 'The name must be text.';
  if (name.trim() === '') return 'The name must not be empty.';
  if (name.length > MAX_NAME) return `The name is ${name.length} characters long; at most ${MAX_NAME} are allowed.`;
  return null;
}

function firstIssues(messages: readonly string[]): string {
  return messages.slice(0, 3).join('; ') + (messages.length > 3 ? `; and ${messages.length - 3} more` : '');
}

export const validateScenarioBody: BodyValidator = (body) => {
  const parsed = parseScenario(body);
  if (!parsed.ok) return { ok: false, message: `The scenario is not valid: ${firstIssues(parsed.issues.map((i) => i.message))}` };
  return { ok: true, body: parsed.scenario };
};

/** A kaizen log is the lesson's own data; here it must be plain JSON data within limits. */
export const validateKaizenLogBody: BodyValidator = (body) => {
  const copy = plainJsonCopy(body, { maxDepth: 16, maxNodes: LIMITS.maxNodes, maxString: MAX_BODY_CHARS });
  if (!copy.ok) return { ok: false, message: `The kaizen log is not valid: ${copy.path}: ${copy.problem}` };
  return { ok: true, body: copy.value };
};

export const DEFAULT_VALIDATORS: Readonly<Record<SavedKind, BodyValidator>> = {
  scenario: validateScenarioBody,
  'kaizen-log': validateKaizenLogBody,
};

interface Payload {
  readonly id: string;
  readonly name: string;
  readonly kind: SavedKind;
  readonly body: unknown;
}

/** The stored text of an entry. */
export function encodeRecord(entry: { id: string; name: string; kind: SavedKind; body: unknown; savedAt: number }): string {
  const payload: Payload = { id: entry.id, name: entry.name, kind: entry.kind, body: entry.body };
  const payloadText = JSON.stringify(payload);
  return `{"schemaVersion":${RECORD_SCHEMA_VERSION},"savedAt":${JSON.stringify(entry.savedAt)},"checksum":"${checksum(payloadText)}","payload":${payloadText}}`;
}

export type ReadRecord =
  | { readonly ok: true; readonly entry: SavedEntry }
  /** `inPlace`: leave it where it is (a newer format), rather than moving it aside. */
  | { readonly ok: false; readonly reason: string; readonly inPlace?: boolean };

function exactKeys(value: object, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(value, k));
}

/** Checks one stored entry as untrusted input. Never throws. */
export function readRecord(key: string, raw: string, validators: Readonly<Record<SavedKind, BodyValidator>>): ReadRecord {
  const id = key.slice(ENTRY_PREFIX.length);
  if (!isValidId(id)) return { ok: false, reason: 'its key is not one Genba writes (written by another program?)' };
  if (raw.length > MAX_RECORD_CHARS) return { ok: false, reason: `it is too large (${raw.length} characters)` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON (damaged, or written by another program)' };
  }
  // One walk refuses __proto__/constructor/prototype anywhere and copies into prototype-free objects.
  const copy = plainJsonCopy(parsed, { maxDepth: 24, maxNodes: LIMITS.maxNodes, maxString: MAX_RECORD_CHARS });
  if (!copy.ok) return { ok: false, reason: `${copy.path}: ${copy.problem}` };
  const record = copy.value;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { ok: false, reason: 'it is not a Genba saved entry' };
  const r = record as Record<string, unknown>;
  const version = r['schemaVersion'];
  if (typeof version !== 'number') return { ok: false, reason: 'it is not a Genba saved entry (no schemaVersion)' };
  if (version > RECORD_SCHEMA_VERSION && Number.isInteger(version)) {
    return { ok: false, inPlace: true, reason: `it was saved by a newer version of Genba (record format ${version}); it is left as it is` };
  }
  // Migrations from older record formats go here, one step each (none yet: format 1 is the first).
  if (version !== RECORD_SCHEMA_VERSION) return { ok: false, reason: `its record format ${String(version)} is unknown` };
  if (!exactKeys(r, ['schemaVersion', 'savedAt', 'checksum', 'payload'])) return { ok: false, reason: 'it has fields a Genba saved entry does not have' };
  const savedAt = r['savedAt'];
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || savedAt < 0) return { ok: false, reason: 'its save time is not valid' };
  const payload = r['payload'];
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return { ok: false, reason: 'it holds no saved work' };
  if (r['checksum'] !== checksum(JSON.stringify(payload))) return { ok: false, reason: 'its checksum does not match its contents (damaged, or changed outside Genba)' };
  const p = payload as Record<string, unknown>;
  if (!exactKeys(p, ['id', 'name', 'kind', 'body'])) return { ok: false, reason: 'it has fields a Genba saved entry does not have' };
  if (p['id'] !== id) return { ok: false, reason: 'its id does not match its key' };
  const name = p['name'];
  const problem = nameProblem(name);
  if (problem !== null) return { ok: false, reason: problem.replace(/^The name/, 'its name') };
  const kind = p['kind'];
  if (!(SAVED_KINDS as readonly unknown[]).includes(kind)) return { ok: false, reason: 'its kind is not one Genba knows' };
  const checked = validators[kind as SavedKind](p['body']);
  if (!checked.ok) return { ok: false, reason: checked.message };
  const summary = { id, name: name as string, savedAt };
  if (kind === 'scenario') {
    const body = checked.body as Extract<SavedEntry, { kind: 'scenario' }>['body'];
    return { ok: true, entry: { ...summary, kind, model: body.model, body } };
  }
  return { ok: true, entry: { ...summary, kind: 'kaizen-log', body: checked.body } };
}

/** The stored text of a set-aside entry. */
export function encodeQuarantine(entry: Omit<SetAsideEntry, 'key'>): string {
  return JSON.stringify({ originalKey: entry.originalKey, reason: entry.reason, movedAt: entry.movedAt, raw: entry.raw });
}

/** Reads a set-aside record; an unreadable one is still listed, with its text as found. */
export function readQuarantine(key: string, raw: string): SetAsideEntry {
  try {
    const parsed: unknown = JSON.parse(raw);
    const copy = plainJsonCopy(parsed, { maxDepth: 4, maxNodes: 16, maxString: 16 * MAX_RECORD_CHARS });
    if (copy.ok && typeof copy.value === 'object' && copy.value !== null && !Array.isArray(copy.value)) {
      const q = copy.value as Record<string, unknown>;
      const { originalKey, reason, movedAt, raw: original } = q;
      if (typeof originalKey === 'string' && typeof reason === 'string' && typeof movedAt === 'number' && typeof original === 'string') {
        return { key, originalKey, reason, movedAt, raw: original };
      }
    }
  } catch {
    // fall through
  }
  return { key, originalKey: key, reason: 'a set-aside record that could not be read', movedAt: 0, raw };
}
