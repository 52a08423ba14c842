/**
 * Saved work kept in localStorage (or any Web Storage): the `SavedWorkStore` of types.ts.
 *
 * ```ts
 * const store = createLocalSavedWorkStore();            // window.localStorage
 * const saved = await store.save({ name: 'Penny game', kind: 'scenario', body: scenario });
 * if (!saved.ok) showError(saved.message);              // e.g. storage full (W7)
 * const { entries, setAside } = await store.list();     // setAside: show with their reasons (W8)
 * const stop = store.onChange(() => refreshList());     // other tabs too (W9)
 * ```
 *
 * Why nothing is ever half-written (W7): every entry is one key, and every operation is
 * one `setItem` or one `removeItem`. A Web Storage write either succeeds whole or throws
 * `QuotaExceededError` and keeps the old value, so a temporary key and a swap would add
 * nothing but a second write that could fail. There is no index key to keep in step:
 * `list()` scans the keys under the store's prefix.
 *
 * Why nothing is lost silently (W8, S9): every read goes through records.ts, which
 * validates the record like an imported file (the scenario validator for scenarios). An
 * entry that fails is moved, text untouched, to a quarantine key and listed in
 * `setAside` with the reason; if even that write does not fit, it stays where it is and
 * is still listed. Only `discardSetAside` deletes it, when the user says so.
 *
 * Two tabs (W9): the browser's `storage` event reaches the other tab; `onChange`
 * listeners hear it (source 'other-tab') and re-read the list. Writes are last-writer-
 * wins; `update` with `basedOn` says when it replaced a newer version from another tab.
 */
import { msg, str } from '@lit/localize';
import { MemoryStorage } from './memory-storage.ts';
import { setAsideReasonText } from './reason-text.ts';
import {
  DEFAULT_VALIDATORS,
  encodeQuarantine,
  encodeRecord,
  ENTRY_PREFIX,
  isValidId,
  MAX_BODY_CHARS,
  MAX_NAME,
  nameProblem,
  QUARANTINE_PREFIX,
  readQuarantine,
  readRecord,
} from './records.ts';
import {
  SAVED_KINDS,
  type BodyValidator,
  type SavedEntry,
  type SavedKind,
  type SavedList,
  type SavedSummary,
  type SavedWorkStore,
  type SetAsideEntry,
  type StoreChange,
  type StoreResult,
} from './types.ts';

export interface LocalStoreOptions {
  /** Where to keep entries; default `window.localStorage`, or memory when the browser refuses it. */
  readonly storage?: Storage;
  /** Where the browser's `storage` events arrive; default `window` (none outside a browser). */
  readonly events?: EventTarget | null;
  /** The clock for `savedAt`; default Date.now. */
  readonly now?: () => number;
  /** New entry ids (`[a-z0-9][a-z0-9-]{0,63}`); default 16 random hex digits from crypto.getRandomValues. */
  readonly newId?: () => string;
  /** Body validators per kind; default: the scenario validator, and plain JSON for kaizen logs. */
  readonly validators?: Partial<Record<SavedKind, BodyValidator>>;
}

type Failure = Extract<StoreResult<never>, { ok: false }>;

function failure(reason: Failure['reason'], message: string): Failure {
  return { ok: false, reason, message };
}

function isQuotaError(error: unknown): boolean {
  if (typeof DOMException === 'undefined' || !(error instanceof DOMException)) {
    return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
  }
  // Chromium and WebKit: QuotaExceededError (code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22 || error.code === 1014;
}

function browserStorage(): Storage | null {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage;
    if (!storage) return null;
    void storage.length; // Some browsers throw a SecurityError here when storage is disabled.
    return storage;
  } catch {
    return null;
  }
}

function browserEvents(): EventTarget | null {
  const target = globalThis as unknown as Partial<EventTarget>;
  return typeof target.addEventListener === 'function' ? (target as EventTarget) : null;
}

let idCounter = 0;
function randomId(): string {
  const cryptoApi = (globalThis as { crypto?: Crypto }).crypto;
  if (cryptoApi?.getRandomValues) {
    const bytes = cryptoApi.getRandomValues(new Uint8Array(8));
    return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  }
  idCounter += 1;
  return `${Date.now().toString(36)}-${idCounter.toString(36)}`;
}

/** "<name> (copy)", cut so it stays within the name limit without splitting a character. */
export function copyName(name: string): string {
  const suffix = ' (copy)';
  if (name.length + suffix.length <= MAX_NAME) return name + suffix;
  let end = MAX_NAME - suffix.length;
  const last = name.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return name.slice(0, end) + suffix;
}

const quoted = (name: string): string => `“${name.length > 60 ? `${name.slice(0, 59)}…` : name}”`;

/** Storage full (W7), in the page's language. Messages are worded when a result is made, never stored. */
const full = (): string =>
  msg('Browser storage is full, so nothing was saved and your saved work is unchanged. Export scenarios to files, or delete saved entries you no longer need, then try again.');

export function createLocalSavedWorkStore(options: LocalStoreOptions = {}): SavedWorkStore {
  const given = options.storage ?? browserStorage();
  const persistent = given !== null;
  const storage: Storage = given ?? new MemoryStorage();
  const events = options.events === undefined ? browserEvents() : options.events;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomId;
  const validators: Readonly<Record<SavedKind, BodyValidator>> = { ...DEFAULT_VALIDATORS, ...options.validators };
  const listeners = new Set<(change: StoreChange) => void>();

  const notify = (change: StoreChange): void => {
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch (error) {
        // One broken listener must not stop the others; still report it.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  const onStorageEvent = (event: Event): void => {
    const e = event as Partial<StorageEvent>;
    if (e.storageArea != null && e.storageArea !== storage) return;
    const key = e.key ?? null;
    if (key === null) notify({ source: 'other-tab', id: null });
    else if (key.startsWith(ENTRY_PREFIX)) notify({ source: 'other-tab', id: key.slice(ENTRY_PREFIX.length) });
    else if (key.startsWith(QUARANTINE_PREFIX)) notify({ source: 'other-tab', id: null });
  };

  /** Every key, read before anything is moved (moving changes the key order). */
  const allKeys = (): string[] => {
    const keys: string[] = [];
    const n = storage.length;
    for (let i = 0; i < n; i++) {
      const key = storage.key(i);
      if (key !== null) keys.push(key);
    }
    return keys;
  };

  /** Moves an unreadable entry to a quarantine key; leaves it in place if that write does not fit. */
  const setAside = (key: string, raw: string, reason: string, inPlace: boolean): SetAsideEntry => {
    const movedAt = now();
    if (!inPlace) {
      const base = QUARANTINE_PREFIX + key.slice(ENTRY_PREFIX.length);
      let target = base;
      for (let n = 2; storage.getItem(target) !== null && n < 1000; n++) target = `${base}~${n}`;
      try {
        storage.setItem(target, encodeQuarantine({ originalKey: key, reason, movedAt, raw }));
        storage.removeItem(key);
        return { key: target, originalKey: key, reason, movedAt, raw };
      } catch {
        reason += '; it could not be moved aside (storage is full) and stays where it is';
      }
    }
    return { key, originalKey: key, reason, movedAt, raw };
  };

  type Read = { ok: true; entry: SavedEntry } | { ok: false; missing: true } | { ok: false; missing: false; setAside: SetAsideEntry };

  const readEntry = (id: string): Read => {
    const key = ENTRY_PREFIX + id;
    const raw = storage.getItem(key);
    if (raw === null) return { ok: false, missing: true };
    const read = readRecord(key, raw, validators);
    if (read.ok) return read;
    return { ok: false, missing: false, setAside: setAside(key, raw, read.reason, read.inPlace === true) };
  };

  const summaryOf = (entry: SavedEntry): SavedSummary => {
    const { body: _body, ...summary } = entry;
    return summary;
  };

  const notFound = (): Failure => failure('not-found', msg('This saved entry no longer exists (it may have been deleted in another tab).'));
  const setAsideFailure = (entry: SetAsideEntry): Failure => {
    const reason = setAsideReasonText(entry.reason);
    return failure('set-aside', msg(str`This saved entry could not be read and was set aside: ${reason}.`));
  };

  const guard = async <T>(work: () => StoreResult<T>): Promise<StoreResult<T>> => {
    try {
      return work();
    } catch (error) {
      if (isQuotaError(error)) return failure('quota', full());
      return failure('unavailable', msg('Browser storage could not be used (it may be turned off for this site).'));
    }
  };

  const checkBody = (kind: unknown, body: unknown): { ok: true; body: unknown } | Failure => {
    if (!(SAVED_KINDS as readonly unknown[]).includes(kind)) return failure('invalid', `The kind must be one of ${SAVED_KINDS.join(', ')}.`);
    const checked = validators[kind as SavedKind](body);
    if (!checked.ok) return failure('invalid', checked.message);
    const size = JSON.stringify(checked.body).length;
    const most = MAX_BODY_CHARS;
    if (size > MAX_BODY_CHARS) return failure('invalid', msg(str`This is too large to save in the browser (${size} characters of JSON; at most ${most}).`));
    return checked;
  };

  const write = (entry: { id: string; name: string; kind: SavedKind; body: unknown; savedAt: number }): SavedSummary => {
    storage.setItem(ENTRY_PREFIX + entry.id, encodeRecord(entry));
    const summary: SavedSummary = { id: entry.id, name: entry.name, kind: entry.kind, savedAt: entry.savedAt };
    const model = entry.kind === 'scenario' ? (entry.body as { model?: SavedSummary['model'] }).model : undefined;
    return model === undefined ? summary : { ...summary, model };
  };

  const freshId = (): string | null => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const id = newId();
      if (isValidId(id) && storage.getItem(ENTRY_PREFIX + id) === null) return id;
    }
    return null;
  };

  const saveNew = (name: unknown, kind: unknown, body: unknown): StoreResult<SavedSummary> => {
    const problem = nameProblem(name);
    if (problem !== null) return failure('invalid', problem);
    const checked = checkBody(kind, body);
    if (!checked.ok) return checked;
    const id = freshId();
    if (id === null) return failure('unavailable', msg('No new id could be made for this entry.'));
    const summary = write({ id, name: name as string, kind: kind as SavedKind, body: checked.body, savedAt: now() });
    notify({ source: 'this-tab', id });
    return { ok: true, value: summary };
  };

  const store: SavedWorkStore = {
    persistent,

    async list() {
      const entries: SavedSummary[] = [];
      const aside: SetAsideEntry[] = [];
      try {
        for (const key of allKeys()) {
          if (key.startsWith(ENTRY_PREFIX)) {
            const raw = storage.getItem(key);
            if (raw === null) continue;
            const read = readRecord(key, raw, validators);
            if (read.ok) entries.push(summaryOf(read.entry));
            else aside.push(setAside(key, raw, read.reason, read.inPlace === true));
          } else if (key.startsWith(QUARANTINE_PREFIX)) {
            const raw = storage.getItem(key);
            if (raw !== null) aside.push(readQuarantine(key, raw));
          }
        }
      } catch {
        // Storage that throws on read (disabled mid-session): show what was read so far.
      }
      entries.sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      aside.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const result: SavedList = { entries, setAside: aside };
      return result;
    },

    save(input) {
      return guard(() => saveNew(input.name, input.kind, input.body));
    },

    load(id) {
      return guard((): StoreResult<SavedEntry> => {
        if (!isValidId(id)) return notFound();
        const read = readEntry(id);
        if (read.ok) return { ok: true, value: read.entry };
        return read.missing ? notFound() : setAsideFailure(read.setAside);
      });
    },

    update(id, changes, updateOptions = {}) {
      return guard((): StoreResult<SavedSummary> => {
        if (!isValidId(id)) return notFound();
        const read = readEntry(id);
        if (!read.ok) return read.missing ? notFound() : setAsideFailure(read.setAside);
        const current = read.entry;
        const name = changes.name ?? current.name;
        const problem = nameProblem(name);
        if (problem !== null) return failure('invalid', problem);
        let body: unknown = current.body;
        if (changes.body !== undefined) {
          const checked = checkBody(current.kind, changes.body);
          if (!checked.ok) return checked;
          body = checked.body;
        }
        // savedAt only moves forward, so "newest" stays meaningful even if clocks disagree.
        const savedAt = Math.max(now(), current.savedAt + 1);
        const summary = write({ id, name, kind: current.kind, body, savedAt });
        notify({ source: 'this-tab', id });
        const basedOn = updateOptions.basedOn;
        if (basedOn !== undefined && current.savedAt > basedOn) {
          const changed = quoted(current.name);
          return {
            ok: true,
            value: summary,
            notice: msg(str`${changed} had been changed in another tab since it was opened here; this tab's version replaced it (the last change wins).`),
          };
        }
        return { ok: true, value: summary };
      });
    },

    rename(id, name, updateOptions) {
      return store.update(id, { name }, updateOptions);
    },

    duplicate(id) {
      return guard((): StoreResult<SavedSummary> => {
        if (!isValidId(id)) return notFound();
        const read = readEntry(id);
        if (!read.ok) return read.missing ? notFound() : setAsideFailure(read.setAside);
        return saveNew(copyName(read.entry.name), read.entry.kind, read.entry.body);
      });
    },

    remove(id) {
      return guard((): StoreResult<null> => {
        if (!isValidId(id)) return notFound();
        const key = ENTRY_PREFIX + id;
        if (storage.getItem(key) === null) return notFound();
        storage.removeItem(key);
        notify({ source: 'this-tab', id });
        return { ok: true, value: null };
      });
    },

    discardSetAside(key) {
      return guard((): StoreResult<null> => {
        if (typeof key !== 'string' || !(key.startsWith(QUARANTINE_PREFIX) || key.startsWith(ENTRY_PREFIX))) {
          return failure('not-found', msg('There is no set-aside entry with this key.'));
        }
        if (storage.getItem(key) === null) return failure('not-found', msg('There is no set-aside entry with this key.'));
        if (key.startsWith(ENTRY_PREFIX) && readRecord(key, storage.getItem(key) as string, validators).ok) {
          return failure('invalid', msg('This entry is readable: delete it from the saved list instead.'));
        }
        storage.removeItem(key);
        notify({ source: 'this-tab', id: null });
        return { ok: true, value: null };
      });
    },

    onChange(listener) {
      if (listeners.size === 0) events?.addEventListener('storage', onStorageEvent);
      listeners.add(listener);
      return () => {
        if (!listeners.delete(listener)) return;
        if (listeners.size === 0) events?.removeEventListener('storage', onStorageEvent);
      };
    },
  };
  return store;
}
