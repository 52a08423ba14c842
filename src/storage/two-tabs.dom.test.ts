/**
 * Two tabs on one localStorage (QUALITY W9), in happy-dom: the browser delivers a `storage`
 * event to the other tab, whose store tells its listeners so the list can be re-read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pennyGame } from '../lessons/batching/test-fixtures.ts';
import { createLocalSavedWorkStore } from './local-store.ts';
import { ENTRY_PREFIX } from './records.ts';
import type { StoreChange } from './types.ts';

afterEach(() => localStorage.clear());

/** What the browser does in every other tab after this one writes. */
function deliverToOtherTab(target: EventTarget, key: string | null, storageArea: Storage = localStorage): void {
  target.dispatchEvent(new StorageEvent('storage', { key, newValue: key === null ? null : localStorage.getItem(key), storageArea }));
}

describe('two tabs (W9)', () => {
  it('tells the other tab which entry changed, and its list shows the change', async () => {
    const tabA = createLocalSavedWorkStore({ events: new EventTarget() });
    const tabB = createLocalSavedWorkStore(); // window.localStorage and window's storage events
    expect(tabB.persistent).toBe(true);
    const seen: StoreChange[] = [];
    const stop = tabB.onChange((change) => seen.push(change));

    const saved = await tabA.save({ name: 'From tab A', kind: 'scenario', body: pennyGame(5) });
    if (!saved.ok) throw new Error(saved.message);
    deliverToOtherTab(window, ENTRY_PREFIX + saved.value.id);
    expect(seen).toEqual([{ source: 'other-tab', id: saved.value.id }]);
    expect((await tabB.list()).entries.map((e) => e.name)).toEqual(['From tab A']);

    await tabA.remove(saved.value.id);
    deliverToOtherTab(window, ENTRY_PREFIX + saved.value.id);
    expect(seen).toHaveLength(2);
    expect((await tabB.list()).entries).toEqual([]);

    deliverToOtherTab(window, null); // localStorage.clear() in tab A
    expect(seen[2]).toEqual({ source: 'other-tab', id: null });

    stop();
    deliverToOtherTab(window, ENTRY_PREFIX + 'x');
    expect(seen).toHaveLength(3);
  });

  it('ignores other apps\' keys and sessionStorage', () => {
    const store = createLocalSavedWorkStore();
    const seen: StoreChange[] = [];
    store.onChange((change) => seen.push(change));
    deliverToOtherTab(window, 'someone-else');
    deliverToOtherTab(window, `${ENTRY_PREFIX}abc`, sessionStorage);
    expect(seen).toEqual([]);
  });
});
