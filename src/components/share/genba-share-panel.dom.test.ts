/**
 * The share panel in happy-dom, on a MemoryStorage: autosave, the saved list (reopen,
 * rename, duplicate, delete), set-aside entries, quota, file import with the validator's
 * messages, names as text, links and CSV downloads, and two tabs.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pennyGame } from '../../lessons/batching/test-fixtures.ts';
import { scenarioFileText } from '../../export/index.ts';
import { decodeLink } from '../../share/index.ts';
import { createLocalSavedWorkStore, ENTRY_PREFIX, MemoryStorage, QUARANTINE_PREFIX, type SavedWorkStore } from '../../storage/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { renameProblem, workingName, type GenbaSharePanel, type OpenScenarioDetail, type OpenWorkDetail, type WorkFiles } from './genba-share-panel.ts';
import './genba-share-panel.ts';

const XSS = '<img src=x onerror="window.__xss=1">';

let downloads: { name: string; blob: Blob }[];

beforeEach(() => {
  downloads = [];
  let n = 0;
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:genba/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

interface Harness {
  readonly el: GenbaSharePanel;
  readonly root: ShadowRoot;
  readonly storage: MemoryStorage;
  readonly store: SavedWorkStore;
  readonly opened: OpenScenarioDetail[];
  /** Waits for the store's promises and the next render. */
  settle(): Promise<void>;
  text(selector: string): string;
  click(selector: string): Promise<void>;
}

async function mount(options: { storage?: MemoryStorage; events?: EventTarget; setup?: (el: GenbaSharePanel) => void } = {}): Promise<Harness> {
  const storage = options.storage ?? new MemoryStorage();
  let clock = 1_700_000_000_000;
  const store = createLocalSavedWorkStore({ storage, events: options.events ?? new EventTarget(), now: () => (clock += 1000) });
  const el = document.createElement('genba-share-panel');
  el.store = store;
  el.model = 'flow-line';
  el.autosaveDelay = 0;
  options.setup?.(el);
  const opened: OpenScenarioDetail[] = [];
  el.addEventListener('genba-open-scenario', (e) => opened.push(e.detail));
  document.body.append(el);
  const root = el.shadowRoot!;
  const settle = async () => {
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
    }
  };
  await settle();
  return {
    el,
    root,
    storage,
    store,
    opened,
    settle,
    text: (selector) => (root.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    click: async (selector) => {
      const button = root.querySelector<HTMLButtonElement>(selector);
      if (!button) throw new Error(`no ${selector}`);
      button.click();
      await settle();
    },
  };
}

const names = (h: Harness) => [...h.root.querySelectorAll('#saved-list .name')].map((n) => n.textContent?.trim());
const fileOf = (text: string, name = 'scenario.json') => new File([text], name, { type: 'application/json' });

describe('names', () => {
  it('marks an edited scenario and keeps names within the limit', () => {
    expect(workingName(pennyGame(5, { name: 'Penny' }), true)).toBe('Penny (edited)');
    expect(workingName(pennyGame(5), false)).toBe('Untitled scenario');
    expect(workingName(pennyGame(5, { name: 'x'.repeat(100) }), true)).toHaveLength(100);
    expect(renameProblem('   ')).toBe('The name must not be empty.');
    expect(renameProblem('y'.repeat(101))).toBe('The name is 101 characters long; at most 100 are allowed.');
    expect(renameProblem('ok')).toBeNull();
  });
});

describe('autosave', () => {
  it('saves a new entry on the first edit, then updates the same entry', async () => {
    const h = await mount();
    expect(h.text('#saved-empty')).toContain('Nothing saved yet');
    h.el.noteEdit(pennyGame(5, { name: 'Penny' }));
    h.el.noteEdit(pennyGame(4, { name: 'Penny' })); // debounced: only the last one is written
    await h.el.flushAutosave();
    await h.settle();
    let list = await h.store.list();
    expect(list.entries.map((e) => e.name)).toEqual(['Penny (edited)']);
    expect(names(h)).toEqual(['Penny (edited)']);
    expect(h.text('#save-status')).toMatch(/^Saved in this browser as “Penny \(edited\)” at /);
    h.el.noteEdit(pennyGame(3, { name: 'Penny' }));
    await h.el.flushAutosave();
    await h.settle();
    list = await h.store.list();
    expect(list.entries, 'still one entry').toHaveLength(1);
    const loaded = await h.store.load(list.entries[0]!.id);
    expect(loaded.ok && loaded.value.body).toEqual(pennyGame(3, { name: 'Penny' }));
    expect(h.text('#saved-list li .meta')).toContain('open now');

    h.el.startFresh();
    h.el.noteEdit(pennyGame(2, { name: 'Penny' }));
    await h.el.flushAutosave();
    expect((await h.store.list()).entries, 'after startFresh, a new entry').toHaveLength(2);
  });

  it('keeps an edit made just before a new scenario opens in its own entry', async () => {
    const h = await mount({ setup: (el) => (el.autosaveDelay = 10_000) });
    h.el.noteEdit(pennyGame(5, { name: 'Before' }));
    h.el.startFresh(); // e.g. a link was opened before the debounce ran out
    h.el.noteEdit(pennyGame(4, { name: 'After' }));
    await h.el.flushAutosave();
    h.el.noteEdit(pennyGame(3, { name: 'After' }));
    await h.el.flushAutosave();
    const list = await h.store.list();
    expect(list.entries.map((e) => e.name).sort()).toEqual(['After (edited)', 'Before (edited)']);
    const bodies = await Promise.all(list.entries.map(async (e) => [e.name, (await h.store.load(e.id)).ok] as const));
    expect(bodies.every(([, ok]) => ok)).toBe(true);
    const before = list.entries.find((e) => e.name === 'Before (edited)')!;
    const loaded = await h.store.load(before.id);
    expect(loaded.ok && loaded.value.body).toEqual(pennyGame(5, { name: 'Before' }));
  });

  it('waits for the debounce before writing', async () => {
    const h = await mount({ setup: (el) => (el.autosaveDelay = 500) });
    vi.useFakeTimers();
    try {
      h.el.noteEdit(pennyGame(5));
      await vi.advanceTimersByTimeAsync(400);
      expect((await h.store.list()).entries).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(200);
      expect((await h.store.list()).entries).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a full storage and keeps what was saved (W7)', async () => {
    const storage = new MemoryStorage({ quota: 1_000_000 });
    const h = await mount({ storage });
    h.el.noteEdit(pennyGame(5, { name: 'Kept' }));
    await h.el.flushAutosave();
    storage.quota = storage.usage + 10;
    h.el.startFresh();
    h.el.noteEdit(pennyGame(4, { name: 'Too much' }));
    await h.el.flushAutosave();
    await h.settle();
    expect(h.text('#save-message')).toMatch(/^Not saved: Browser storage is full, so nothing was saved/);
    expect(h.root.querySelector('#save-message')?.getAttribute('role')).toBe('alert');
    expect(names(h)).toEqual(['Kept (edited)']);
  });
});

describe('the saved list', () => {
  async function withTwo() {
    const h = await mount();
    await h.store.save({ name: 'First', kind: 'scenario', body: pennyGame(5) });
    await h.store.save({ name: 'Second', kind: 'scenario', body: pennyGame(2) });
    await h.settle();
    return h;
  }
  const item = (h: Harness, name: string) => [...h.root.querySelectorAll<HTMLElement>('#saved-list li')].find((li) => li.querySelector('.name')?.textContent?.trim() === name)!;

  it('lists newest first and reopens an entry as a validated scenario', async () => {
    const h = await withTwo();
    expect(names(h)).toEqual(['Second', 'First']);
    item(h, 'First').querySelector<HTMLButtonElement>('.open')!.click();
    await h.settle();
    expect(h.opened).toEqual([{ scenario: pennyGame(5), source: 'saved' }]);
    expect(h.text('#save-status')).toBe('Opened “First”. Your changes are saved to it.');
    // Edits now go to the reopened entry.
    h.el.noteEdit(pennyGame(6));
    await h.el.flushAutosave();
    const list = await h.store.list();
    expect(list.entries.map((e) => e.name)).toEqual(['First', 'Second']);
    const first = await h.store.load(list.entries[0]!.id);
    expect(first.ok && first.value.body).toEqual(pennyGame(6));
  });

  it('renames inline, with the name checked at the field', async () => {
    const h = await withTwo();
    item(h, 'First').querySelector<HTMLButtonElement>('.rename-button')!.click();
    await h.settle();
    const input = h.root.querySelector<HTMLInputElement>('#rename-input')!;
    expect(input.value).toBe('First');
    const type = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await h.settle();
    };
    await type('   ');
    await h.click('#rename-save');
    expect(h.text('#rename-problem')).toBe('The name must not be empty.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await type('z'.repeat(101));
    await h.click('#rename-save');
    expect(h.text('#rename-problem')).toBe('The name is 101 characters long; at most 100 are allowed.');
    await type(`  ${XSS}  `);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await h.settle();
    expect(names(h)).toContain(XSS);
    expect(h.root.querySelector('#saved-list img'), 'a name is text, never markup').toBeNull();
    // Escape cancels.
    item(h, 'Second').querySelector<HTMLButtonElement>('.rename-button')!.click();
    await h.settle();
    h.root.querySelector<HTMLInputElement>('#rename-input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await h.settle();
    expect(h.root.querySelector('#rename-input')).toBeNull();
    expect(names(h)).toContain('Second');
  });

  it('duplicates, and deletes only on a second click', async () => {
    const h = await withTwo();
    item(h, 'First').querySelector<HTMLButtonElement>('.duplicate')!.click();
    await h.settle();
    expect(names(h)).toEqual(['First (copy)', 'Second', 'First']);
    const del = () => item(h, 'Second').querySelector<HTMLButtonElement>('.delete')!;
    del().click();
    await h.settle();
    expect(del().textContent?.trim()).toBe('Delete: click again to confirm');
    expect(names(h)).toContain('Second');
    item(h, 'Second').querySelector<HTMLButtonElement>('.keep')!.click();
    await h.settle();
    expect(del().textContent?.trim()).toBe('Delete');
    del().click();
    await h.settle();
    del().click();
    await h.settle();
    expect(names(h)).toEqual(['First (copy)', 'First']);
    expect(h.text('#save-status')).toBe('Deleted “Second”.');
  });

  it('lists a corrupt entry as set aside with its reason, to download and discard (W8)', async () => {
    const storage = new MemoryStorage();
    storage.setItem(`${ENTRY_PREFIX}broken`, '{"schemaVersion":1, garbage');
    storage.setItem('someone-else', 'not ours');
    const h = await mount({ storage });
    expect(h.root.querySelector('#saved-list')).toBeNull();
    const aside = h.root.querySelector('#set-aside li')!;
    expect(aside.querySelector('.why')?.textContent).toMatch(/JSON/i);
    expect(aside.textContent).toContain(`${ENTRY_PREFIX}broken`);
    aside.querySelector<HTMLButtonElement>('.download-damaged')!.click();
    expect(downloads.map((d) => d.name)).toEqual(['genba damaged entry broken.txt']);
    expect(await downloads[0]!.blob.text()).toBe('{"schemaVersion":1, garbage');
    await h.click('#set-aside .discard');
    expect(storage.getItem(`${QUARANTINE_PREFIX}broken`), 'one click does not discard').not.toBeNull();
    await h.click('#set-aside .discard');
    expect(h.root.querySelector('#set-aside')).toBeNull();
    expect(storage.getItem(`${QUARANTINE_PREFIX}broken`)).toBeNull();
    expect(storage.getItem('someone-else')).toBe('not ours');
  });

  it('does not list another lesson\'s scenarios', async () => {
    const launch = JSON.parse(readFileSync('public/scenarios/launch-seed-case.json', 'utf8')) as unknown;
    const h = await mount();
    const saved = await h.store.save({ name: 'Launch', kind: 'scenario', body: launch });
    expect(saved.ok).toBe(true);
    await h.settle();
    expect(h.root.querySelector('#saved-list')).toBeNull();
    expect(h.root.textContent).toContain('1 saved entry belongs to other lessons.');
  });

  it('refreshes when another tab changes the storage (W9)', async () => {
    const storage = new MemoryStorage();
    const otherTab = createLocalSavedWorkStore({ storage, events: null });
    const windowOfThisTab = new EventTarget();
    const h = await mount({ storage, events: windowOfThisTab });
    const saved = await otherTab.save({ name: 'From the other tab', kind: 'scenario', body: pennyGame(5) });
    if (!saved.ok) throw new Error(saved.message);
    expect(names(h)).toEqual([]);
    windowOfThisTab.dispatchEvent(Object.assign(new Event('storage'), { key: `${ENTRY_PREFIX}${saved.value.id}`, storageArea: storage }));
    await h.settle();
    expect(names(h)).toEqual(['From the other tab']);
  });
});

describe('files', () => {
  it('imports a valid file: opens it and keeps it as a new entry under its name', async () => {
    const h = await mount();
    const scenario = pennyGame(5, { name: 'Imported line' });
    expect(await h.el.openFile(fileOf(scenarioFileText(scenario), 'line.json'))).toBe(true);
    await h.settle();
    expect(h.opened).toEqual([{ scenario, source: 'file' }]);
    expect(names(h)).toEqual(['Imported line']);
    expect(h.text('#save-status')).toBe('Opened the file line.json. It is saved in this browser.');
  });

  it('refuses an invalid file with the validator\'s messages, and opens nothing', async () => {
    const h = await mount();
    const bad = JSON.stringify({ ...pennyGame(5), transferBatch: 0 });
    expect(await h.el.openFile(fileOf(bad, 'bad.json'))).toBe(false);
    await h.settle();
    const errors = h.root.querySelector<HTMLElement>('#import-errors')!;
    expect(errors.getAttribute('role')).toBe('alert');
    expect(h.root.activeElement, 'focus moves to the error summary (A13)').toBe(errors);
    expect(errors.textContent?.replace(/\s+/g, ' ')).toContain('The file bad.json was not opened (1 problem)');
    expect([...errors.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Transfer batch: 0 is not allowed; it must be at least 1']);
    expect(h.opened).toEqual([]);
    expect(names(h)).toEqual([]);
    // Prototype pollution and another model are refused the same way.
    await h.el.openFile(fileOf(scenarioFileText(pennyGame(5)).replace('{', '{"__proto__":{"polluted":1},')));
    expect(h.text('#import-errors li')).toBe('__proto__: this key is not allowed anywhere in a scenario');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    await h.el.openFile(fileOf(readFileSync('public/scenarios/launch-seed-case.json', 'utf8'), 'launch.json'));
    await h.settle();
    expect(h.text('#import-errors li')).toBe('model: "launch" is not allowed here, this lesson opens a flow-line scenario');
    expect(h.opened).toEqual([]);
  });

  it('opens a file chosen with the file input', async () => {
    const h = await mount();
    const input = h.root.querySelector<HTMLInputElement>('#file')!;
    Object.defineProperty(input, 'files', { value: [fileOf(scenarioFileText(pennyGame(4)))], configurable: true });
    input.dispatchEvent(new Event('change'));
    await h.settle();
    expect(h.opened.map((o) => o.scenario)).toEqual([pennyGame(4)]);
  });

  it('shows a hostile name from a file as text only (S5)', async () => {
    const h = await mount();
    await h.el.openFile(fileOf(scenarioFileText(pennyGame(5, { name: XSS })), `${XSS}.json`));
    await h.settle();
    expect(names(h)).toEqual([XSS]);
    expect(h.root.querySelectorAll('img')).toHaveLength(0);
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it('downloads the scenario and the CSV files the screen lists', async () => {
    const scenario = pennyGame(5, { name: 'Penny game' });
    const csv = vi.fn(() => 'Genba export,Units\r\n');
    const h = await mount({
      setup: (el) => {
        el.scenario = scenario;
        el.csvFiles = [{ label: 'Units, batch line', fileName: 'Penny game - units.csv', csv }];
      },
    });
    await h.click('#download-scenario');
    await h.click('#csv-files button');
    expect(downloads.map((d) => d.name)).toEqual(['Penny game.json', 'Penny game - units.csv']);
    expect(JSON.parse(await downloads[0]!.blob.text())).toEqual(scenario);
    expect(csv).toHaveBeenCalledOnce();
    expect(h.text('#csv-files')).toBe('Units, batch line');
  });
});

describe('links', () => {
  function linkSetup(scenario: Scenario, predictions?: unknown) {
    return (el: GenbaSharePanel) => {
      el.route = 'batching';
      el.linkState = () => ({ lesson: 'batching', scenario, t: 12.5, replication: 0, ...(predictions === undefined ? {} : { predictions }) });
    };
  }
  const queryOf = (link: string) => new URL(link).hash.replace(/^#\/batching\?/, '');

  it('shows the link in a read-only field, and copies it when the clipboard allows', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const scenario = pennyGame(5, { name: XSS });
    const h = await mount({ setup: linkSetup(scenario, { first: 'flow', finish: 'flow', by: 3 }) });
    await h.click('#copy-link');
    const field = h.root.querySelector<HTMLInputElement>('#link')!;
    expect(field.readOnly).toBe(true);
    expect(field.value).toMatch(/#\/batching\?v=2&s=[A-Za-z0-9_-]+$/);
    expect(writeText).toHaveBeenCalledWith(field.value);
    expect(h.text('#link-status')).toBe('Copied to the clipboard; the link is also below.');
    const decoded = decodeLink(queryOf(field.value));
    expect(decoded.ok && decoded.state).toEqual({ lesson: 'batching', scenario, t: 12.5, replication: 0 });

    // Opt in: the prediction goes in the link.
    const box = h.root.querySelector<HTMLInputElement>('#include-prediction')!;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    await h.click('#copy-link');
    const withPrediction = decodeLink(queryOf(h.root.querySelector<HTMLInputElement>('#link')!.value));
    expect(withPrediction.ok && withPrediction.state.predictions).toEqual({ first: 'flow', finish: 'flow', by: 3 });
  });

  it('says to select and copy when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => Promise.reject(new Error('NotAllowedError')) }, configurable: true });
    const h = await mount({ setup: linkSetup(pennyGame(5)) });
    await h.click('#copy-link');
    expect(h.root.querySelector<HTMLInputElement>('#link')!.value).toContain('#/batching?v=2&s=');
    expect(h.text('#link-status')).toBe('Select and copy the link below.');
  });
});

describe('another kind of saved work (lesson 2: kaizen logs)', () => {
  const log = (name: string, steps: number) => ({ format: 'test-log', name, steps });
  const workFiles = (downloadable: unknown): WorkFiles => ({
    fileWord: 'kaizen log file',
    downloadLabel: 'Download the kaizen log (JSON)',
    openLabel: 'Open a kaizen log file…',
    download: () => (downloadable === null ? null : { blob: new Blob([JSON.stringify(downloadable)]), fileName: 'log.json' }),
    read: async (file) => {
      const data = JSON.parse(await file.text()) as { format?: unknown; name?: unknown };
      if (data.format !== 'test-log') return { ok: false, issues: [`format: ${JSON.stringify(data.format)} is not allowed, must be "test-log"`] };
      return { ok: true, body: data, name: `${String(data.name)}: kaizen log` };
    },
  });
  const setup = (downloadable: unknown) => (el: GenbaSharePanel) => {
    el.savedKind = 'kaizen-log';
    el.workFiles = workFiles(downloadable);
    el.predictionLabel = 'Include my expectations';
  };

  it('autosaves the work, lists only its own kind, and reopens it with genba-open-work', async () => {
    const h = await mount({ setup: setup(log('Now', 2)) });
    const opened: OpenWorkDetail[] = [];
    h.el.addEventListener('genba-open-work', (e) => opened.push(e.detail));
    await h.store.save({ name: 'A scenario', kind: 'scenario', body: pennyGame(5) });
    h.el.noteWork(log('Line', 1), 'Line: kaizen log');
    await h.el.flushAutosave();
    await h.settle();
    expect(names(h)).toEqual(['Line: kaizen log']);
    expect(h.root.querySelector('#saved-list')!.getAttribute('aria-label')).toBe('Saved kaizen logs');
    expect(h.root.textContent).toContain('1 saved entry belongs to other lessons.');
    h.el.noteWork(log('Line', 2), 'Line: kaizen log');
    await h.el.flushAutosave();
    await h.settle();
    expect(names(h)).toEqual(['Line: kaizen log']);
    await h.click('#saved-list li .open');
    expect(opened).toEqual([{ kind: 'kaizen-log', body: log('Line', 2), source: 'saved' }]);
    expect(h.root.querySelector('#include-prediction')!.closest('label')!.textContent).toContain('Include my expectations');
  });

  it('downloads and opens its own files, refusing an invalid one with its messages', async () => {
    const h = await mount({ setup: setup(log('Now', 2)) });
    const opened: OpenWorkDetail[] = [];
    h.el.addEventListener('genba-open-work', (e) => opened.push(e.detail));
    expect(h.text('#download-scenario')).toBe('Download the kaizen log (JSON)');
    expect(h.text('#open-file')).toBe('Open a kaizen log file…');
    await h.click('#download-scenario');
    expect(downloads.map((d) => d.name)).toEqual(['log.json']);
    expect(await h.el.openFile(fileOf(JSON.stringify({ format: 'other' }), 'bad.json'))).toBe(false);
    await h.settle();
    expect(h.text('#import-errors')).toContain('The file bad.json was not opened (1 problem); the open kaizen log is unchanged:');
    expect(h.text('#import-errors li')).toBe('format: "other" is not allowed, must be "test-log"');
    expect(opened).toEqual([]);
    expect(await h.el.openFile(fileOf(JSON.stringify(log('Filed', 3)), 'good.json'))).toBe(true);
    await h.settle();
    expect(opened).toEqual([{ kind: 'kaizen-log', body: log('Filed', 3), source: 'file' }]);
    expect(names(h)).toEqual(['Filed: kaizen log']);
    expect(h.root.querySelector('#import-errors')).toBeNull();
  });

  it('says when there is nothing to download yet', async () => {
    const h = await mount({ setup: setup(null) });
    await h.click('#download-scenario');
    expect(downloads).toEqual([]);
    expect(h.text('#save-message')).toBe('There is no kaizen log file to download yet.');
  });
});
