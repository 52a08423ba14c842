/**
 * Saved work (QUALITY P4, P5, S9, W7, W8): a model-based test against a Map, quota,
 * corruption and set-aside, prototype pollution through stored JSON, and boot on any
 * stored text.
 */
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pennyGame } from '../lessons/batching/test-fixtures.ts';
import { createLocalSavedWorkStore, copyName } from './local-store.ts';
import { MemoryStorage } from './memory-storage.ts';
import { ENTRY_PREFIX, QUARANTINE_PREFIX } from './records.ts';
import type { SavedKind, SavedWorkStore } from './types.ts';

const RUNS = Number(process.env['FC_NUM_RUNS'] ?? 500);

function counterIds(): () => string {
  let n = 0;
  return () => `e${(n++).toString().padStart(4, '0')}`;
}

function clock(start = 1_700_000_000_000): () => number {
  let t = start;
  return () => (t += 1000);
}

function newStore(storage: MemoryStorage, ids = counterIds(), now = clock()): SavedWorkStore {
  return createLocalSavedWorkStore({ storage, events: null, newId: ids, now });
}

const PROTOTYPES = [Object.prototype, Array.prototype];
let before: string[][] = [];
beforeAll(() => {
  before = PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort());
});
afterEach(() => {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort())).toEqual(before);
});

// ——— Model-based test (P5) ———

interface ModelEntry {
  name: string;
  kind: SavedKind;
  body: unknown;
}
interface Model {
  entries: Map<string, ModelEntry>;
  /** Original keys of entries set aside. */
  setAside: Set<string>;
  /** Storage may be full: writes may fail with 'quota' (and then must change nothing). */
  full: boolean;
}
interface Real {
  storage: MemoryStorage;
  store: SavedWorkStore;
  ids: () => string;
  now: () => number;
}

const bodies: readonly { kind: SavedKind; body: unknown }[] = [
  { kind: 'scenario', body: pennyGame(5) },
  { kind: 'scenario', body: pennyGame(1, { name: '<img src=x onerror=alert(1)>' }) },
  { kind: 'kaizen-log', body: { steps: [{ change: 'batch 20 → 5', leadTime: 35 }] } },
  { kind: 'kaizen-log', body: [] },
];
const nameArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim() !== ''),
  fc.constantFrom('Penny game', '=HYPERLINK("x")', '<script>alert(1)</script>', '__proto__', 'constructor'),
);

async function expectListMatches(m: Model, r: Real): Promise<void> {
  const list = await r.store.list();
  const actual = list.entries.map((e) => ({ id: e.id, name: e.name, kind: e.kind })).sort((a, b) => (a.id < b.id ? -1 : 1));
  const expected = [...m.entries].map(([id, e]) => ({ id, name: e.name, kind: e.kind })).sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(actual).toEqual(expected);
  expect(new Set(list.setAside.map((s) => s.originalKey))).toEqual(m.setAside);
  for (let i = 1; i < list.entries.length; i++) {
    expect(list.entries[i - 1]!.savedAt, 'newest first').toBeGreaterThanOrEqual(list.entries[i]!.savedAt);
  }
}

/** Picks an existing id by index (commands are generated before the ids exist). */
const pick = (m: Model, index: number): string | undefined => {
  const ids = [...m.entries.keys()].sort();
  return ids.length === 0 ? undefined : ids[index % ids.length];
};

/** A write either works, or (only when storage may be full) fails with 'quota' and changes nothing. */
function expectWriteOutcome(m: Model, result: { ok: boolean; reason?: string; message?: string }): boolean {
  if (result.ok) return true;
  expect(m.full, `a write failed while storage had room: ${result.message}`).toBe(true);
  expect(result.reason).toBe('quota');
  expect(result.message).toMatch(/^Browser storage is full, so nothing was saved/);
  return false;
}

class Save implements fc.AsyncCommand<Model, Real> {
  constructor(readonly name: string, readonly which: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const { kind, body } = bodies[this.which % bodies.length]!;
    const result = await r.store.save({ name: this.name, kind, body });
    if (expectWriteOutcome(m, result) && result.ok) m.entries.set(result.value.id, { name: this.name, kind, body });
    await expectListMatches(m, r);
  }
  toString = () => `save(${JSON.stringify(this.name)}, ${this.which})`;
}

class Rename implements fc.AsyncCommand<Model, Real> {
  constructor(readonly index: number, readonly name: string) {}
  check = (m: Readonly<Model>) => m.entries.size > 0;
  async run(m: Model, r: Real) {
    const id = pick(m, this.index)!;
    const result = await r.store.rename(id, this.name);
    if (expectWriteOutcome(m, result)) m.entries.get(id)!.name = this.name;
    await expectListMatches(m, r);
  }
  toString = () => `rename(#${this.index}, ${JSON.stringify(this.name)})`;
}

class Remove implements fc.AsyncCommand<Model, Real> {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => m.entries.size > 0;
  async run(m: Model, r: Real) {
    const id = pick(m, this.index)!;
    expect(await r.store.remove(id)).toEqual({ ok: true, value: null });
    m.entries.delete(id);
    expect((await r.store.load(id)).ok).toBe(false);
    await expectListMatches(m, r);
  }
  toString = () => `remove(#${this.index})`;
}

class Duplicate implements fc.AsyncCommand<Model, Real> {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => m.entries.size > 0;
  async run(m: Model, r: Real) {
    const id = pick(m, this.index)!;
    const original = m.entries.get(id)!;
    const result = await r.store.duplicate(id);
    if (expectWriteOutcome(m, result) && result.ok) m.entries.set(result.value.id, { ...original, name: copyName(original.name) });
    await expectListMatches(m, r);
  }
  toString = () => `duplicate(#${this.index})`;
}

class Load implements fc.AsyncCommand<Model, Real> {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => m.entries.size > 0;
  async run(m: Model, r: Real) {
    const id = pick(m, this.index)!;
    const result = await r.store.load(id);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const expected = m.entries.get(id)!;
    expect(result.value.name).toBe(expected.name);
    expect(JSON.parse(JSON.stringify(result.value.body))).toEqual(JSON.parse(JSON.stringify(expected.body)));
  }
  toString = () => `load(#${this.index})`;
}

const CORRUPTIONS = ['truncate', 'checksum', 'proto', 'foreign', 'newer', 'wrong-id'] as const;
type Corruption = (typeof CORRUPTIONS)[number];

function corrupt(raw: string, how: Corruption): string {
  switch (how) {
    case 'truncate':
      return raw.slice(0, Math.floor(raw.length / 2));
    case 'checksum':
      return raw.replace('"name":"', '"name":"changed ');
    case 'proto':
      return raw.replace('"payload":{', '"payload":{"__proto__":{"polluted":1},');
    case 'foreign':
      return 'hello from another program';
    case 'newer':
      return raw.replace('"schemaVersion":1', '"schemaVersion":2');
    case 'wrong-id':
      return raw.replace(/"id":"[^"]*"/, '"id":"other"');
  }
}

class CorruptEntry implements fc.AsyncCommand<Model, Real> {
  constructor(readonly index: number, readonly how: Corruption) {}
  check = (m: Readonly<Model>) => m.entries.size > 0;
  async run(m: Model, r: Real) {
    const id = pick(m, this.index)!;
    const key = ENTRY_PREFIX + id;
    const raw = r.storage.getItem(key)!;
    // Written past the quota on purpose: the damage comes from outside (an extension, a user).
    const quota = r.storage.quota;
    r.storage.quota = Infinity;
    r.storage.setItem(key, corrupt(raw, this.how));
    r.storage.quota = quota;
    m.entries.delete(id);
    m.setAside.add(key);
    const loaded = await r.store.load(id);
    expect(loaded).toMatchObject({ ok: false, reason: 'set-aside' });
    await expectListMatches(m, r);
  }
  toString = () => `corruptEntry(#${this.index}, ${this.how})`;
}

class FillQuota implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => !m.full;
  async run(m: Model, r: Real) {
    r.storage.quota = r.storage.usage;
    m.full = true;
    await expectListMatches(m, r);
  }
  toString = () => 'fillQuota';
}

class FreeQuota implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => m.full;
  async run(m: Model, r: Real) {
    r.storage.quota = Infinity;
    m.full = false;
    await expectListMatches(m, r);
  }
  toString = () => 'freeQuota';
}

class Reload implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    r.store = newStore(r.storage, r.ids, r.now);
    await expectListMatches(m, r);
  }
  toString = () => 'reload';
}

const index = fc.nat({ max: 1000 });
const saveArb = fc.tuple(nameArb, fc.nat({ max: 3 })).map(([name, which]) => new Save(name, which));
const commands = [
  saveArb,
  saveArb,
  saveArb,
  fc.tuple(index, nameArb).map(([i, name]) => new Rename(i, name)),
  index.map((i) => new Remove(i)),
  index.map((i) => new Duplicate(i)),
  index.map((i) => new Load(i)),
  fc.tuple(index, fc.constantFrom(...CORRUPTIONS)).map(([i, how]) => new CorruptEntry(i, how)),
  fc.constant(new FillQuota()),
  fc.constant(new FreeQuota()),
  fc.constant(new Reload()),
];

describe('saved work against a Map model (P5)', () => {
  it('keeps list() equal to the model after every command, through corruption, full storage and reloads', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 50, size: 'max' }), async (cmds) => {
        const storage = new MemoryStorage({ quota: Infinity });
        const ids = counterIds();
        const now = clock();
        const setup = () => ({
          model: { entries: new Map(), setAside: new Set<string>(), full: false } satisfies Model,
          real: { storage, store: newStore(storage, ids, now), ids, now } satisfies Real,
        });
        await fc.asyncModelRun(setup, cmds);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

// ——— Quota (W7) ———

describe('quota exhaustion (W7)', () => {
  it('reports a full storage and leaves the saved work as it was', async () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    const first = await store.save({ name: 'Kept', kind: 'scenario', body: pennyGame(5) });
    expect(first.ok).toBe(true);
    // Fill the browser's ~5 Mi characters with someone else's data.
    storage.setItem('other-app', 'x'.repeat(storage.quota - storage.usage - 'other-app'.length - 10));
    const before = new Map(Array.from({ length: storage.length }, (_, i) => [storage.key(i)!, storage.getItem(storage.key(i)!)]));

    const second = await store.save({ name: 'Too much', kind: 'scenario', body: pennyGame(1) });
    expect(second).toEqual({
      ok: false,
      reason: 'quota',
      message:
        'Browser storage is full, so nothing was saved and your saved work is unchanged. Export scenarios to files, or delete saved entries you no longer need, then try again.',
    });
    const renamed = await store.rename(first.ok ? first.value.id : '', 'A much longer name than the one it had before');
    expect(renamed).toMatchObject({ ok: false, reason: 'quota' });
    const after = new Map(Array.from({ length: storage.length }, (_, i) => [storage.key(i)!, storage.getItem(storage.key(i)!)]));
    expect(after, 'nothing half-written').toEqual(before);
    const list = await store.list();
    expect(list.entries.map((e) => e.name)).toEqual(['Kept']);
  });
});

// ——— Corruption and untrusted storage (W8, S9, P4) ———

describe('corrupt and foreign entries (W8)', () => {
  it('sets a damaged entry aside with its text and the reason, and boots', async () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    const saved = await store.save({ name: 'Penny', kind: 'scenario', body: pennyGame(5) });
    if (!saved.ok) throw new Error(saved.message);
    const key = ENTRY_PREFIX + saved.value.id;
    const damaged = storage.getItem(key)!.slice(0, 50);
    storage.setItem(key, damaged);

    const list = await newStore(storage).list();
    expect(list.entries).toEqual([]);
    expect(list.setAside).toEqual([
      {
        key: `${QUARANTINE_PREFIX}${saved.value.id}`,
        originalKey: key,
        reason: 'it is not valid JSON (damaged, or written by another program)',
        movedAt: expect.any(Number),
        raw: damaged,
      },
    ]);
    expect(storage.getItem(key)).toBeNull();
    expect(await store.discardSetAside(list.setAside[0]!.key)).toEqual({ ok: true, value: null });
    expect((await store.list()).setAside).toEqual([]);
  });

  it('checks a stored scenario with the scenario validator', async () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    const saved = await store.save({ name: 'Penny', kind: 'scenario', body: pennyGame(5) });
    if (!saved.ok) throw new Error(saved.message);
    // A well-formed record (right checksum) whose scenario is invalid: written by a buggy tool.
    const { encodeRecord } = await import('./records.ts');
    storage.setItem(ENTRY_PREFIX + saved.value.id, encodeRecord({ id: saved.value.id, name: 'Penny', kind: 'scenario', body: { ...pennyGame(5), transferBatch: 0 }, savedAt: 1 }));
    const list = await store.list();
    expect(list.setAside.map((s) => s.reason)).toEqual(['The scenario is not valid: transferBatch: 0 is not allowed, must be ≥ 1']);
  });

  it('leaves an entry from a newer Genba in place, listed, and other apps\' keys alone', async () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    const saved = await store.save({ name: 'Penny', kind: 'kaizen-log', body: { a: 1 } });
    if (!saved.ok) throw new Error(saved.message);
    const key = ENTRY_PREFIX + saved.value.id;
    storage.setItem(key, storage.getItem(key)!.replace('"schemaVersion":1', '"schemaVersion":3'));
    storage.setItem('genba:v1:settings', '{"theme":"projector"}');
    storage.setItem('someone-else', '<<<');
    const list = await store.list();
    expect(list.setAside).toMatchObject([{ key, originalKey: key, reason: 'it was saved by a newer version of Genba (record format 3); it is left as it is' }]);
    expect(storage.getItem(key)).not.toBeNull();
    expect(storage.getItem('genba:v1:settings')).toBe('{"theme":"projector"}');
    expect(storage.getItem('someone-else')).toBe('<<<');
  });

  it('keeps a damaged entry in place, still listed, when storage is too full to move it', async () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    const saved = await store.save({ name: 'Penny', kind: 'scenario', body: pennyGame(5) });
    if (!saved.ok) throw new Error(saved.message);
    const key = ENTRY_PREFIX + saved.value.id;
    storage.setItem(key, 'garbage');
    storage.quota = storage.usage;
    const list = await store.list();
    expect(list.setAside).toMatchObject([{ key, originalKey: key, raw: 'garbage' }]);
    expect(list.setAside[0]!.reason).toMatch(/could not be moved aside \(storage is full\) and stays where it is$/);
    storage.quota = Infinity;
    const later = await store.list();
    expect(later.setAside).toMatchObject([{ key: `${QUARANTINE_PREFIX}${saved.value.id}`, originalKey: key, raw: 'garbage' }]);
  });

  it('refuses __proto__ and constructor anywhere in stored JSON without polluting (P4)', async () => {
    const storage = new MemoryStorage();
    const store = newStore(storage);
    const a = await store.save({ name: 'A', kind: 'kaizen-log', body: { steps: [{ x: 1 }] } });
    const b = await store.save({ name: 'B', kind: 'scenario', body: pennyGame(5) });
    if (!a.ok || !b.ok) throw new Error('save failed');
    const ka = ENTRY_PREFIX + a.value.id;
    const kb = ENTRY_PREFIX + b.value.id;
    storage.setItem(ka, storage.getItem(ka)!.replace('{"x":1}', '{"x":1,"__proto__":{"polluted":1}}'));
    storage.setItem(kb, storage.getItem(kb)!.replace('"release":{', '"release":{"constructor":{"prototype":{"polluted":1}},'));
    storage.setItem(`${ENTRY_PREFIX}c`, '{"__proto__":{"polluted":1},"schemaVersion":1}');
    const list = await store.list();
    expect(list.entries).toEqual([]);
    expect(list.setAside.map((s) => s.reason).sort()).toEqual([
      'payload.body.release.constructor: reserved key, not allowed anywhere',
      'payload.body.steps[0].__proto__: reserved key, not allowed anywhere',
      '__proto__: reserved key, not allowed anywhere',
    ].sort());
  });

  it('boots whatever text is stored under its keys (fast-check)', async () => {
    const keyArb = fc.oneof(
      fc.string().map((s) => ENTRY_PREFIX + s),
      fc.string().map((s) => QUARANTINE_PREFIX + s),
      fc.constantFrom(`${ENTRY_PREFIX}e0001`, `${ENTRY_PREFIX}abc`),
    );
    const valueArb = fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.constant('{"schemaVersion":1,"savedAt":1,"checksum":"00000000","payload":{}}'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(keyArb, valueArb), { maxLength: 8 }), async (pairs) => {
        const storage = new MemoryStorage();
        for (const [k, v] of pairs) storage.setItem(k, v);
        const store = newStore(storage);
        const list = await store.list();
        expect(list.entries.length + list.setAside.length).toBeLessThanOrEqual(pairs.length);
        // And it still works afterwards.
        const saved = await store.save({ name: 'After', kind: 'scenario', body: pennyGame(5) });
        expect(saved.ok).toBe(true);
        expect((await store.list()).entries.map((e) => e.name)).toContain('After');
      }),
      { numRuns: 1000 },
    );
  });
});

// ——— The rest of the API ———

describe('saved work API', () => {
  it('saves, loads, renames, duplicates and removes', async () => {
    const store = newStore(new MemoryStorage());
    const saved = await store.save({ name: '<b>Penny</b> & co', kind: 'scenario', body: pennyGame(5) });
    expect(saved).toEqual({ ok: true, value: { id: 'e0000', name: '<b>Penny</b> & co', kind: 'scenario', savedAt: 1_700_000_001_000, model: 'flow-line' } });
    const loaded = await store.load('e0000');
    expect(loaded.ok && loaded.value.body).toEqual(pennyGame(5));
    expect(await store.rename('e0000', 'Penny, B = 5')).toMatchObject({ ok: true, value: { name: 'Penny, B = 5' } });
    expect(await store.duplicate('e0000')).toMatchObject({ ok: true, value: { id: 'e0001', name: 'Penny, B = 5 (copy)' } });
    expect((await store.list()).entries.map((e) => e.name)).toEqual(['Penny, B = 5 (copy)', 'Penny, B = 5']);
    expect(await store.remove('e0000')).toEqual({ ok: true, value: null });
    expect(await store.remove('e0000')).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await store.load('../../etc')).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('refuses invalid names and bodies with a message', async () => {
    const store = newStore(new MemoryStorage());
    expect(await store.save({ name: '   ', kind: 'scenario', body: pennyGame(5) })).toEqual({ ok: false, reason: 'invalid', message: 'The name must not be empty.' });
    expect(await store.save({ name: 'x'.repeat(101), kind: 'scenario', body: pennyGame(5) })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await store.save({ name: 'x', kind: 'scenario', body: { version: 1 } })).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: expect.stringMatching(/^The scenario is not valid: model: missing/),
    });
    expect(await store.save({ name: 'x', kind: 'other' as never, body: {} })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await store.save({ name: 'x', kind: 'kaizen-log', body: { when: new Date(0) } })).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('says when an update replaced a newer version from another tab (last writer wins)', async () => {
    const storage = new MemoryStorage();
    const tabA = newStore(storage);
    const tabB = newStore(storage, () => 'unused', clock(1_800_000_000_000));
    const saved = await tabA.save({ name: 'Log', kind: 'kaizen-log', body: { steps: 1 } });
    if (!saved.ok) throw new Error(saved.message);
    const seenByA = saved.value.savedAt;
    const b = await tabB.update(saved.value.id, { body: { steps: 2 } }, { basedOn: seenByA });
    expect(b.ok && b.notice).toBeUndefined();
    const a = await tabA.update(saved.value.id, { body: { steps: 3 } }, { basedOn: seenByA });
    expect(a.ok && a.notice).toBe('“Log” had been changed in another tab since it was opened here; this tab\'s version replaced it (the last change wins).');
    expect(a.ok && b.ok && a.value.savedAt > b.value.savedAt).toBe(true);
    const loaded = await tabB.load(saved.value.id);
    expect(loaded.ok && JSON.stringify(loaded.value.body)).toBe('{"steps":3}');
  });

  it('cuts a long name for the copy without splitting a character', () => {
    expect(copyName('a'.repeat(93))).toBe(`${'a'.repeat(93)} (copy)`);
    const long = `${'a'.repeat(92)}😀xxxx`;
    expect(copyName(long)).toBe(`${'a'.repeat(92)} (copy)`);
    expect(copyName(long).length).toBeLessThanOrEqual(100);
  });

  it('keeps work in memory, and says so, when the browser has no storage', async () => {
    const store = createLocalSavedWorkStore({ events: null });
    expect(store.persistent).toBe(false);
    expect((await store.save({ name: 'x', kind: 'kaizen-log', body: 1 })).ok).toBe(true);
  });

  it('tells listeners of its own changes', async () => {
    const store = newStore(new MemoryStorage());
    const seen: unknown[] = [];
    const stop = store.onChange((change) => seen.push(change));
    await store.save({ name: 'x', kind: 'kaizen-log', body: 1 });
    await store.remove('e0000');
    stop();
    await store.save({ name: 'y', kind: 'kaizen-log', body: 1 });
    expect(seen).toEqual([
      { source: 'this-tab', id: 'e0000' },
      { source: 'this-tab', id: 'e0000' },
    ]);
  });
});
