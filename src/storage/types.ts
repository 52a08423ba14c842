/**
 * Saved work in the browser: scenarios and kaizen logs, with a list to reopen, rename,
 * duplicate and delete (docs/sharing.md). This is the interface screens use; the
 * localStorage implementation is `createLocalSavedWorkStore` (local-store.ts). The
 * interface is asynchronous so that an IndexedDB implementation could replace it without
 * touching a screen.
 *
 * Every method resolves, never rejects: a failure is a result with a `reason` and a
 * `message` to show as text (quota exhausted, not found, invalid input). Everything read
 * back is validated as untrusted input (QUALITY S9); what does not pass is set aside, kept
 * whole, and listed with the reason (W8), so nothing is lost silently and nothing stored
 * can break the list.
 */
import type { Scenario } from '../scenario/index.ts';

export type SavedKind = 'scenario' | 'kaizen-log';

export const SAVED_KINDS: readonly SavedKind[] = ['scenario', 'kaizen-log'];

/** One entry in the list: what a screen shows without loading the body. */
export interface SavedSummary {
  readonly id: string;
  readonly name: string;
  readonly kind: SavedKind;
  /** When it was last written (ms since the epoch, from the store's clock). */
  readonly savedAt: number;
  /** For scenarios: the model, so the list can say which lesson opens it. */
  readonly model?: Scenario['model'];
}

export type SavedEntry =
  | (SavedSummary & { readonly kind: 'scenario'; readonly body: Scenario })
  /** A kaizen log's body is plain JSON data (prototype-free objects), checked by the store's validator. */
  | (SavedSummary & { readonly kind: 'kaizen-log'; readonly body: unknown });

/** An entry that could not be read, kept as it was found. */
export interface SetAsideEntry {
  /** The storage key it is kept under now (pass it to `discardSetAside`). */
  readonly key: string;
  /** The key it was found under. */
  readonly originalKey: string;
  /** Why it was set aside, e.g. "its checksum does not match its contents". */
  readonly reason: string;
  /** When it was set aside (ms since the epoch). */
  readonly movedAt: number;
  /** The stored text, untouched: offer it as a download before discarding. */
  readonly raw: string;
}

export interface SavedList {
  /** Newest first (by savedAt, then id). */
  readonly entries: readonly SavedSummary[];
  /** Everything set aside so far, including entries set aside by this call. */
  readonly setAside: readonly SetAsideEntry[];
}

export type StoreFailure =
  /** Browser storage is full: nothing was written; offer to export or delete. */
  | 'quota'
  /** No entry with this id (deleted, maybe in another tab). */
  | 'not-found'
  /** The name or body given is not allowed (the message says why). */
  | 'invalid'
  /** The stored entry could not be read and was set aside. */
  | 'set-aside'
  /** Browser storage refused access (private mode, disabled storage). */
  | 'unavailable';

export type StoreResult<T> =
  | { readonly ok: true; readonly value: T; readonly notice?: string }
  | { readonly ok: false; readonly reason: StoreFailure; readonly message: string };

export interface SaveInput {
  /** 1 to 100 characters, not only spaces. Shown as text, never as HTML. */
  readonly name: string;
  readonly kind: SavedKind;
  /** A scenario (validated as on import) or a kaizen log (plain JSON data). */
  readonly body: unknown;
}

export interface UpdateOptions {
  /**
   * The `savedAt` this tab last saw. When the stored entry is newer (another tab changed
   * it), this write still wins (last writer wins) and the result carries a notice saying so.
   */
  readonly basedOn?: number;
}

export interface StoreChange {
  /** 'other-tab': the browser's `storage` event; 'this-tab': a change made through this store. */
  readonly source: 'this-tab' | 'other-tab';
  /** The entry that changed, or null when anything may have changed (storage cleared). */
  readonly id: string | null;
}

export interface SavedWorkStore {
  /** False when browser storage was unavailable and work is kept in memory only. */
  readonly persistent: boolean;
  list(): Promise<SavedList>;
  save(input: SaveInput): Promise<StoreResult<SavedSummary>>;
  load(id: string): Promise<StoreResult<SavedEntry>>;
  /** Replaces the name and/or body (autosave). */
  update(id: string, changes: { readonly name?: string; readonly body?: unknown }, options?: UpdateOptions): Promise<StoreResult<SavedSummary>>;
  rename(id: string, name: string, options?: UpdateOptions): Promise<StoreResult<SavedSummary>>;
  /** A new entry with the same body, named "<name> (copy)". */
  duplicate(id: string): Promise<StoreResult<SavedSummary>>;
  remove(id: string): Promise<StoreResult<null>>;
  /** Deletes a set-aside entry for good (after the user saw, and perhaps downloaded, it). */
  discardSetAside(key: string): Promise<StoreResult<null>>;
  /** Calls `listener` on every change, from this tab or another (W9). Returns the unsubscribe. */
  onChange(listener: (change: StoreChange) => void): () => void;
}

/** Validates a body of a kind: a fresh, safe copy or a message. */
export type BodyValidator = (body: unknown) => { readonly ok: true; readonly body: unknown } | { readonly ok: false; readonly message: string };
