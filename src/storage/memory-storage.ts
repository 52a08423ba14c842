/**
 * A Web Storage (`Storage`) kept in memory, with a quota counted the way Chromium counts
 * localStorage: UTF-16 code units of keys plus values (about 5 Mi per origin, QUALITY §5).
 * Used when the browser refuses localStorage (the store then says it is not persistent),
 * and in tests, where the quota can be set small and where `onSet`/`onRemove` hooks let a
 * test deliver `storage` events to a second "tab".
 *
 * Like a real Storage, a write that does not fit throws a `QuotaExceededError`
 * DOMException and leaves the old value in place.
 */

/** Chromium 156's localStorage quota per origin, in UTF-16 code units (keys + values). */
export const CHROMIUM_LOCAL_STORAGE_QUOTA = 5_241_856;

export interface MemoryStorageOptions {
  /** Most code units of keys + values held; default CHROMIUM_LOCAL_STORAGE_QUOTA. */
  readonly quota?: number;
  /** Called after every successful setItem, removeItem and clear (key null for clear). */
  readonly onChange?: (key: string | null, oldValue: string | null, newValue: string | null) => void;
}

export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  private used = 0;
  quota: number;
  private readonly onChange: MemoryStorageOptions['onChange'];

  constructor(options: MemoryStorageOptions = {}) {
    this.quota = options.quota ?? CHROMIUM_LOCAL_STORAGE_QUOTA;
    this.onChange = options.onChange;
  }

  get length(): number {
    return this.items.size;
  }

  /** Code units in use (keys + values). */
  get usage(): number {
    return this.used;
  }

  key(index: number): string | null {
    if (!Number.isInteger(index) || index < 0 || index >= this.items.size) return null;
    let i = 0;
    for (const key of this.items.keys()) if (i++ === index) return key;
    return null;
  }

  getItem(key: string): string | null {
    return this.items.get(String(key)) ?? null;
  }

  setItem(key: string, value: string): void {
    const k = String(key);
    const v = String(value);
    const old = this.items.get(k);
    const next = this.used - (old === undefined ? 0 : k.length + old.length) + k.length + v.length;
    if (next > this.quota) {
      throw new DOMException(`Setting the value of '${k.slice(0, 40)}' exceeded the quota.`, 'QuotaExceededError');
    }
    this.items.set(k, v);
    this.used = next;
    this.onChange?.(k, old ?? null, v);
  }

  removeItem(key: string): void {
    const k = String(key);
    const old = this.items.get(k);
    if (old === undefined) return;
    this.items.delete(k);
    this.used -= k.length + old.length;
    this.onChange?.(k, old, null);
  }

  clear(): void {
    this.items.clear();
    this.used = 0;
    this.onChange?.(null, null, null);
  }

  [name: string]: unknown;
}
