/**
 * `genba-share-panel`: how a scenario leaves a screen and comes back (docs/sharing.md).
 *
 * - **Link.** "Copy link" encodes the screen's state (`linkState()`) into the URL
 *   fragment, writes it to the clipboard when the browser allows, and always shows it in
 *   a read-only field. Predictions go in only when "Include my prediction" is ticked.
 * - **Files.** "Download scenario (JSON)", "Open a scenario file…" (also `openFile(file)`,
 *   which a screen calls for a file dropped on it), and the CSV files the screen lists in
 *   `csvFiles`. An invalid file gets the validator's messages and nothing is opened.
 * - **Saved in this browser.** The working scenario is saved automatically: the screen
 *   calls `noteEdit(scenario)` after each edit; the first call saves a new entry, later
 *   ones update it (debounced by `autosaveDelay`). Imports start a new entry; reopening a
 *   saved entry makes it the working one; `startFresh()` (a preset or a link was opened)
 *   makes the next edit a new entry. The list reopens, renames (inline), duplicates and
 *   deletes (a second click confirms); entries set aside as unreadable are listed with
 *   their reason, to download and discard. Another tab's changes refresh the list.
 *
 * Lesson 2 keeps kaizen logs rather than scenarios: with `savedKind="kaizen-log"` the list
 * shows kaizen logs, `noteWork(body, name)` autosaves one, and `workFiles` says how the log
 * file is made and read; a file opened or an entry reopened fires `genba-open-work`.
 *
 * Everything a user or a file named is shown as text (Lit bindings), never as HTML.
 *
 * @fires genba-open-scenario - detail: {@link OpenScenarioDetail}; a validated scenario of
 *   `model`, imported from a file or reopened from the list. Bubbles, composed.
 * @fires genba-open-work - detail: {@link OpenWorkDetail}; with `savedKind` other than
 *   'scenario': a file's body as `workFiles.read` gave it, or a reopened entry's body. Bubbles, composed.
 */
import { issueText } from '../../i18n/issue-text.ts';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/locale.ts';
import { fragmentOf, type Route } from '../../app/routes.ts';
import { csvBlob, downloadBlob, readScenarioFile, safeFileName, scenarioFileBlob, scenarioFileName } from '../../export/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { encodeLink, type LinkState } from '../../share/index.ts';
import {
  createLocalSavedWorkStore,
  MAX_NAME,
  QUARANTINE_PREFIX,
  type SavedKind,
  type SavedSummary,
  type SavedWorkStore,
  type SetAsideEntry,
  type StoreResult,
  setAsideReasonText,
} from '../../storage/index.ts';
import { controlStyles } from '../shared-styles.ts';
import type { CsvDownload, OpenScenarioDetail, OpenWorkDetail, WorkFiles } from './share-events.ts';

export type { CsvDownload, OpenScenarioDetail, OpenWorkDetail, WorkFiles } from './share-events.ts';

/** A message shown on screen: a function, so that it is worded in the language shown (and follows a switch). */
type Text = () => string;

/** A message already worded (by the store, in the language shown when it answered), or none. */
const textOf = (text: string | undefined): Text | null => (text ? () => text : null);

/** How the panel speaks of each kind of saved work, in the page's language. */
function kindWords(kind: SavedKind): { readonly one: string; readonly many: string; readonly empty: string } {
  return kind === 'scenario'
    ? { one: msg('scenario'), many: msg('scenarios'), empty: msg('Nothing saved yet: change a parameter or open a file.') }
    : { one: msg('kaizen log'), many: msg('kaizen logs'), empty: msg('Nothing saved yet: apply an improvement or open a kaizen log file.') };
}

/** The name a saved entry gets when it has none (stored: English, like the names of files). */
const UNTITLED: Record<SavedKind, string> = { scenario: 'Untitled scenario', 'kaizen-log': 'Untitled kaizen log' };

/** Words of a validator-style message (`model: … is not allowed here, …`): English, like the validator's (docs/i18n.md). */
const MODEL_WORDS: Record<Scenario['model'], string> = { 'flow-line': 'a flow-line scenario', launch: 'a launch scenario' };

/** Why a name cannot be used, or null, in the page's language. The store checks again; this one answers at the field. */
export function renameProblem(name: string): string | null {
  if (name.trim() === '') return msg('The name must not be empty.');
  const length = name.length;
  const most = MAX_NAME;
  if (name.length > MAX_NAME) return msg(str`The name is ${length} characters long; at most ${most} are allowed.`);
  return null;
}

/** The saved entry's name for an edited scenario: "<name> (edited)", within the limit (stored: English, like file names). */
export function workingName(scenario: Scenario, edited: boolean): string {
  const base = (scenario.name ?? '').trim() || 'Untitled scenario';
  const suffix = edited ? ' (edited)' : '';
  const room = MAX_NAME - suffix.length;
  let cut = base.length > room ? base.slice(0, room) : base;
  const last = cut.charCodeAt(cut.length - 1);
  if (base.length > room && last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut + suffix;
}

/** The language dates are written in: British English for English (3 Jan 2025, 14:05), else the page's. */
const dateLocale = (): string => (getLocale() === 'en' ? 'en-GB' : getLocale());

/** When an entry was saved, in the page's language: "3 Jan 2025, 14:05" / "2025年1月3日 14:05". */
const when = (ms: number): string =>
  new Date(ms).toLocaleString(dateLocale(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** A time of day, in the page's language: "14:05:09". */
const timeOfDay = (ms: number): string => new Date(ms).toLocaleTimeString(dateLocale(), { hour: '2-digit', minute: '2-digit', second: '2-digit' });

interface Working {
  readonly id: string;
  readonly savedAt: number;
}

/**
 * What edits are saved into: one per opened scenario. `startFresh()` begins a new session,
 * so a save still on its way lands in the entry of the session it was made in.
 */
interface Session {
  working: Working | null;
}

interface Pending {
  /** A scenario, or the body of the panel's `savedKind`. */
  readonly body: unknown;
  readonly name: string;
  readonly session: Session;
}

@customElement('genba-share-panel')
@localized()
export class GenbaSharePanel extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .groups {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr));
        gap: 0.75rem 1.5rem;
      }
      h3 {
        font-size: 1.05rem;
        margin: 0.25rem 0 0.4rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        margin: 0.35rem 0;
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        min-height: 2rem;
      }
      input[type='checkbox'] {
        width: 1.1rem;
        height: 1.1rem;
      }
      input[type='text'],
      input[readonly] {
        min-height: 2.2rem;
        padding: 0 0.4rem;
        border: 1px solid var(--genba-border, #c9d1db);
        border-radius: 4px;
        min-width: 0;
      }
      #link {
        flex: 1 1 16rem;
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        font-size: 0.85rem;
        background: #f6f8fa;
      }
      .hint {
        color: var(--genba-muted, #4a5360);
        margin: 0.25rem 0;
      }
      .status {
        color: #1b6e3a;
        margin: 0.25rem 0;
      }
      .error,
      .problem {
        color: #a3261d;
      }
      .errors {
        border: 1px solid #a3261d;
        border-radius: 6px;
        padding: 0.4rem 0.75rem;
        margin: 0.4rem 0;
        background: #fff5f4;
      }
      .errors:focus {
        outline: 3px solid #e69f00;
        outline-offset: 2px;
        box-shadow: 0 0 0 2px #1b1f24;
      }
      .errors ul {
        margin: 0.25rem 0;
        padding-left: 1.25rem;
      }
      .message {
        background: #fff4e0;
        border: 1px solid #e69f00;
        border-radius: 6px;
        padding: 0.4rem 0.75rem;
        margin: 0.4rem 0;
      }
      ul.saved,
      ul.aside {
        list-style: none;
        margin: 0.25rem 0;
        padding: 0;
      }
      ul.saved li,
      ul.aside li {
        border-top: 1px solid var(--genba-border, #c9d1db);
        padding: 0.4rem 0;
      }
      .name {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .meta {
        color: var(--genba-muted, #4a5360);
        font-size: 0.9rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem;
        margin-top: 0.25rem;
      }
      .actions button {
        min-height: 2rem;
        padding: 0.1rem 0.6rem;
      }
      button.danger {
        border-color: #a3261d;
        color: #a3261d;
      }
      .reason {
        overflow-wrap: anywhere;
      }
      .rename input {
        flex: 1 1 12rem;
      }
    `,
  ];

  /** Where saved work is kept; default: this browser's localStorage. */
  @property({ attribute: false }) store: SavedWorkStore | null = null;
  /** The screen whose route links open. */
  @property() route: Route = 'batching';
  /** The model this screen opens: files and saved entries of another model are refused or not listed. */
  @property() model: Scenario['model'] | '' = '';
  /** The open scenario: what "Download scenario" saves. */
  @property({ attribute: false }) scenario: Scenario | null = null;
  /** The state a link carries, asked for when the user makes a link (null: nothing to share). */
  @property({ attribute: false }) linkState: (() => LinkState | null) | null = null;
  /** CSV files to offer, made on demand. */
  @property({ attribute: false }) csvFiles: readonly CsvDownload[] = [];
  /** Milliseconds between the last edit and its autosave. */
  @property({ type: Number }) autosaveDelay = 800;
  /** What this screen saves and lists: scenarios (default) or kaizen logs. */
  @property() savedKind: SavedKind = 'scenario';
  /** With `savedKind` other than 'scenario': how its file is downloaded and read. */
  @property({ attribute: false }) workFiles: WorkFiles | null = null;
  /** What the link carries, said above the button (empty: the default, in the page's language). */
  @property() linkHint = '';
  /** The opt-in box's text for predictions in the link (empty: the default, in the page's language). */
  @property() predictionLabel = '';

  @state() private includePrediction = false;
  @state() private link = '';
  @state() private linkStatus: Text | null = null;
  @state() private linkError: Text | null = null;
  @state() private importIssues: readonly string[] = [];
  @state() private importName = '';
  @state() private message: Text | null = null;
  @state() private status: Text | null = null;
  @state() private entries: readonly SavedSummary[] = [];
  @state() private otherModels = 0;
  @state() private setAside: readonly SetAsideEntry[] = [];
  @state() private renaming: { readonly id: string; readonly draft: string; readonly problem: string } | null = null;
  @state() private confirming = '';
  /** The entry edits are saved into now ('' before the first save). */
  @state() private workingId = '';

  @query('#file') private fileInput?: HTMLInputElement;
  @query('#import-errors') private importErrors?: HTMLElement;

  private unsubscribe: (() => void) | null = null;
  private subscribedTo: SavedWorkStore | null = null;
  private pending: Pending | null = null;
  private session: Session = { working: null };
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Writes happen one after another, so an update never overtakes the save that made its entry. */
  private chain: Promise<void> = Promise.resolve();
  private readonly onPageHide = (): void => void this.flushAutosave();

  override connectedCallback(): void {
    super.connectedCallback();
    this.store ??= createLocalSavedWorkStore();
    this.subscribe();
    window.addEventListener('pagehide', this.onPageHide);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    void this.flushAutosave();
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.subscribedTo = null;
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store') && this.isConnected && this.store !== this.subscribedTo) this.subscribe();
  }

  private subscribe(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    const store = this.store;
    this.subscribedTo = store;
    if (!store) return;
    this.unsubscribe = store.onChange(() => void this.refresh());
    void this.refresh();
  }

  // ——— Public API ———

  /** Re-reads the saved list (set-aside entries included). */
  async refresh(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const list = await store.list();
    const kind = this.savedKind;
    const mine = list.entries.filter((e) => e.kind === kind && (kind !== 'scenario' || this.model === '' || e.model === undefined || e.model === this.model));
    this.entries = mine;
    this.otherModels = list.entries.length - mine.length;
    this.setAside = list.setAside;
    if (this.workingId && !mine.some((e) => e.id === this.workingId)) this.workingId = '';
  }

  /** The working scenario was edited: save it (a new entry the first time, then updates), debounced. */
  noteEdit(scenario: Scenario): void {
    // A pending import keeps its own name; an edit of anything else is "<name> (edited)".
    this.pending = { body: scenario, name: this.pending?.name ?? workingName(scenario, true), session: this.session };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flushAutosave(), this.autosaveDelay);
  }

  /**
   * With `savedKind` other than 'scenario': the work changed (e.g. a kaizen step was taken);
   * save `body` under `name` (a new entry the first time, then updates), debounced.
   */
  noteWork(body: unknown, name: string): void {
    this.pending = { body, name: this.pending?.name ?? name, session: this.session };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flushAutosave(), this.autosaveDelay);
  }

  /** The next edit starts a new saved entry (a preset or a link was opened). */
  startFresh(): void {
    void this.flushAutosave(); // An edit made just before still goes to its own entry.
    this.session = { working: null };
    this.workingId = '';
  }

  /** Writes a pending autosave now; resolves when every write so far is done. */
  flushAutosave(): Promise<void> {
    clearTimeout(this.timer);
    const pending = this.pending;
    this.pending = null;
    if (pending) this.chain = this.chain.then(() => this.autosave(pending));
    return this.chain;
  }

  /** Opens a scenario file (from the file input or dropped on the screen). Resolves true when opened. */
  async openFile(file: File): Promise<boolean> {
    this.message = null;
    this.status = null;
    if (this.workFiles && this.savedKind !== 'scenario') return this.openWorkFile(file, this.workFiles);
    const parsed = await readScenarioFile(file);
    const shownName = file.name.length > 80 ? `${file.name.slice(0, 79)}…` : file.name;
    if (!parsed.ok) {
      this.showImportIssues(shownName, parsed.issues.map((i) => issueText(i)));
      return false;
    }
    if (this.model !== '' && parsed.scenario.model !== this.model) {
      this.showImportIssues(shownName, [`model: "${parsed.scenario.model}" is not allowed here, this lesson opens ${MODEL_WORDS[this.model]}`]);
      return false;
    }
    this.importIssues = [];
    this.importName = '';
    this.dispatchOpen(parsed.scenario, 'file');
    // An imported scenario is kept as a new saved entry, under its own name.
    this.startFresh();
    this.pending = { body: parsed.scenario, name: workingName(parsed.scenario, false), session: this.session };
    await this.flushAutosave();
    this.status = this.openedStatus(shownName);
    return true;
  }

  private async openWorkFile(file: File, files: WorkFiles): Promise<boolean> {
    const read = await files.read(file);
    const shownName = file.name.length > 80 ? `${file.name.slice(0, 79)}…` : file.name;
    if (!read.ok) {
      this.showImportIssues(shownName, read.issues);
      return false;
    }
    this.importIssues = [];
    this.importName = '';
    this.dispatchWork(read.body, 'file');
    this.startFresh();
    this.pending = { body: read.body, name: read.name, session: this.session };
    await this.flushAutosave();
    this.status = this.openedStatus(shownName);
    return true;
  }

  /** "Opened the file x.json. It is saved in this browser." */
  private openedStatus(file: string): Text {
    const saved = this.workingId !== '';
    return () => (saved ? msg(str`Opened the file ${file}. It is saved in this browser.`) : msg(str`Opened the file ${file}.`));
  }

  // ——— Autosave ———

  private async autosave(pending: Pending): Promise<void> {
    const store = this.store;
    if (!store) return;
    const session = pending.session;
    const working = session.working;
    let result: StoreResult<SavedSummary>;
    const kind = this.savedKind;
    const name = pending.name || (kind === 'scenario' ? workingName(pending.body as Scenario, true) : UNTITLED[kind]);
    if (working) {
      result = await store.update(working.id, { body: pending.body }, { basedOn: working.savedAt });
      if (!result.ok && result.reason === 'not-found') {
        // Deleted meanwhile (maybe in another tab): keep the work as a new entry.
        result = await store.save({ name, kind, body: pending.body });
      }
    } else {
      result = await store.save({ name, kind, body: pending.body });
    }
    if (!result.ok) {
      const why = result.message;
      this.message = () => msg(str`Not saved: ${why}`);
      return;
    }
    session.working = { id: result.value.id, savedAt: result.value.savedAt };
    if (session === this.session) this.workingId = result.value.id;
    this.message = textOf(result.notice);
    const { name: savedName, savedAt } = result.value;
    this.status = () => {
      const time = timeOfDay(savedAt);
      return msg(str`Saved in this browser as “${savedName}” at ${time}.`);
    };
  }

  // ——— Links ———

  private async makeLink(): Promise<void> {
    this.linkError = null;
    const state = this.linkState?.() ?? null;
    if (!state) {
      this.linkError = () => msg('There is nothing to share yet: wait until the scenario has loaded.');
      return;
    }
    const encoded = encodeLink(state, { includePredictions: this.includePrediction });
    if (!encoded.ok) {
      this.link = '';
      this.linkStatus = null;
      // The link encoder's messages stay English, like the decoder's (docs/i18n.md).
      const why = encoded.message;
      this.linkError = () => why;
      return;
    }
    const url = new URL(window.location.href);
    url.hash = fragmentOf(this.route, encoded.query);
    const link = url.href;
    this.link = link;
    const withoutPrediction = this.includePrediction && state.predictions === undefined;
    this.linkStatus = () =>
      withoutPrediction
        ? msg('Select and copy the link below. You have not kept a prediction, so the link carries none.')
        : msg('Select and copy the link below.');
    try {
      await navigator.clipboard.writeText(link);
      if (this.link === link) {
        this.linkStatus = () =>
          withoutPrediction
            ? msg('Copied to the clipboard; the link is also below. You have not kept a prediction, so the link carries none.')
            : msg('Copied to the clipboard; the link is also below.');
      }
    } catch {
      // No clipboard permission (or no clipboard): the field below is the way.
    }
  }

  // ——— Files ———

  private showImportIssues(fileName: string, issues: readonly string[]): void {
    this.importName = fileName;
    this.importIssues = issues;
    // A13: after a failed import, focus moves to the error summary.
    void this.updateComplete.then(() => this.importErrors?.focus());
  }

  private dispatchOpen(scenario: Scenario, source: OpenScenarioDetail['source']): void {
    this.dispatchEvent(new CustomEvent<OpenScenarioDetail>('genba-open-scenario', { detail: { scenario, source }, bubbles: true, composed: true }));
  }

  private dispatchWork(body: unknown, source: OpenWorkDetail['source']): void {
    const detail: OpenWorkDetail = { kind: this.savedKind, body, source };
    this.dispatchEvent(new CustomEvent<OpenWorkDetail>('genba-open-work', { detail, bubbles: true, composed: true }));
  }

  private downloadScenario(): void {
    const files = this.workFiles;
    if (files && this.savedKind !== 'scenario') {
      const made = files.download();
      if (made) downloadBlob(made.blob, made.fileName);
      else this.message = () => {
        const what = files.fileWord;
        return msg(str`There is no ${what} to download yet.`);
      };
      return;
    }
    if (!this.scenario) return;
    downloadBlob(scenarioFileBlob(this.scenario), scenarioFileName(this.scenario));
  }

  private downloadCsv(file: CsvDownload): void {
    try {
      downloadBlob(csvBlob(file.csv()), file.fileName);
    } catch (error) {
      const name = file.fileName;
      const reason = error instanceof Error ? error.message : String(error);
      this.message = () => msg(str`The file ${name} could not be made (${reason}).`);
    }
  }

  private onFileChosen(e: Event): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    // Clear the input so choosing the same file again fires `change` again.
    input.value = '';
    if (file) void this.openFile(file);
  }

  // ——— The saved list ———

  private async open(entry: SavedSummary): Promise<void> {
    const store = this.store;
    if (!store) return;
    await this.flushAutosave();
    const loaded = await store.load(entry.id);
    if (!loaded.ok) {
      this.message = textOf(loaded.message);
      await this.refresh();
      return;
    }
    if (loaded.value.kind !== this.savedKind) return;
    this.message = null;
    if (loaded.value.kind === 'scenario') this.dispatchOpen(loaded.value.body, 'saved');
    else this.dispatchWork(loaded.value.body, 'saved');
    this.session = { working: { id: loaded.value.id, savedAt: loaded.value.savedAt } };
    this.workingId = loaded.value.id;
    const name = loaded.value.name;
    this.status = () => msg(str`Opened “${name}”. Your changes are saved to it.`);
  }

  private startRename(entry: SavedSummary): void {
    this.confirming = '';
    this.renaming = { id: entry.id, draft: entry.name, problem: '' };
    void this.updateComplete.then(() => {
      const input = this.renderRoot.querySelector<HTMLInputElement>('#rename-input');
      input?.focus();
      input?.select();
    });
  }

  private async commitRename(): Promise<void> {
    const renaming = this.renaming;
    const store = this.store;
    if (!renaming || !store) return;
    const name = renaming.draft.trim();
    const problem = renameProblem(name);
    if (problem) {
      this.renaming = { ...renaming, problem };
      return;
    }
    const result = await store.rename(renaming.id, name);
    if (!result.ok) {
      if (result.reason === 'invalid') this.renaming = { ...renaming, problem: result.message };
      else {
        this.renaming = null;
        this.message = textOf(result.message);
      }
      return;
    }
    if (this.session.working?.id === renaming.id) this.session.working = { id: renaming.id, savedAt: result.value.savedAt };
    this.renaming = null;
    const renamed = result.value.name;
    this.status = () => msg(str`Renamed to “${renamed}”.`);
    this.message = textOf(result.notice);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-id="${renaming.id}"] .rename-button`)?.focus());
  }

  private onRenameKey(e: KeyboardEvent): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      void this.commitRename();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      const id = this.renaming?.id;
      this.renaming = null;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-id="${id}"] .rename-button`)?.focus());
    }
  }

  private async duplicate(entry: SavedSummary): Promise<void> {
    const result = await this.store?.duplicate(entry.id);
    if (!result) return;
    if (!result.ok) this.message = textOf(result.message);
    else {
      const copy = result.value.name;
      this.status = () => msg(str`Saved a copy: “${copy}”.`);
    }
  }

  private async removeEntry(entry: SavedSummary): Promise<void> {
    const key = `delete:${entry.id}`;
    if (this.confirming !== key) {
      this.confirming = key;
      return;
    }
    this.confirming = '';
    const result = await this.store?.remove(entry.id);
    if (!result) return;
    if (!result.ok) this.message = textOf(result.message);
    else {
      if (this.session.working?.id === entry.id) {
        this.session.working = null;
        this.workingId = '';
      }
      const name = entry.name;
      this.status = () => msg(str`Deleted “${name}”.`);
    }
  }

  private downloadSetAside(entry: SetAsideEntry): void {
    const id = entry.key.startsWith(QUARANTINE_PREFIX) ? entry.key.slice(QUARANTINE_PREFIX.length) : entry.key;
    downloadBlob(new Blob([entry.raw], { type: 'text/plain;charset=utf-8' }), safeFileName(`genba damaged entry ${id}`, 'txt'));
  }

  private async discard(entry: SetAsideEntry): Promise<void> {
    const key = `discard:${entry.key}`;
    if (this.confirming !== key) {
      this.confirming = key;
      return;
    }
    this.confirming = '';
    const result = await this.store?.discardSetAside(entry.key);
    if (result && !result.ok) this.message = textOf(result.message);
    else if (result) this.status = () => msg('The damaged entry was discarded.');
  }

  // ——— Rendering ———

  private renderLink() {
    const hint = this.linkHint || msg('The link opens this scenario, seed and playback position.');
    return html`<div class="group">
      <h3>${msg('Share this run')}</h3>
      <p class="hint">${msg(str`${hint} It stays in the part of the address after #, which is never sent to a server.`)}</p>
      <div class="row">
        <button type="button" class="primary" id="copy-link" @click=${() => void this.makeLink()}>${msg('Copy link')}</button>
        <label
          ><input
            type="checkbox"
            id="include-prediction"
            .checked=${this.includePrediction}
            @change=${(e: Event) => (this.includePrediction = (e.target as HTMLInputElement).checked)}
          />${this.predictionLabel || msg('Include my prediction')}</label
        >
      </div>
      ${this.linkError ? html`<p class="error" role="alert" id="link-error">${this.linkError()}</p>` : nothing}
      ${this.link
        ? html`<div class="row">
            <label for="link" class="visually-hidden">${msg('Link to this run')}</label>
            <input id="link" type="text" readonly .value=${this.link} aria-describedby="link-status" @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
          </div>`
        : nothing}
      <p class="status" id="link-status" role="status">${this.linkStatus?.() ?? ''}</p>
    </div>`;
  }

  private renderFiles() {
    const files = this.savedKind === 'scenario' ? null : this.workFiles;
    const fileWord = files?.fileWord ?? msg('scenario file');
    return html`<div class="group">
      <h3>${msg('Files')}</h3>
      <div class="row">
        <button type="button" id="download-scenario" ?disabled=${files ? false : !this.scenario} @click=${() => this.downloadScenario()}>
          ${files?.downloadLabel ?? msg('Download scenario (JSON)')}
        </button>
        <button type="button" id="open-file" @click=${() => this.fileInput?.click()}>${files?.openLabel ?? msg('Open a scenario file…')}</button>
        <input
          id="file"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          tabindex="-1"
          aria-hidden="true"
          @change=${this.onFileChosen}
        />
      </div>
      <p class="hint">${msg(str`Or drop a ${fileWord} anywhere on this page. Files up to 1 MiB.`)}</p>
      ${this.importIssues.length > 0
        ? html`<div class="errors" id="import-errors" role="alert" tabindex="-1">
            <strong>${this.importHeading()}</strong>
            <ul>
              ${this.importIssues.slice(0, 20).map((m) => html`<li>${m}</li>`)}
              ${this.importIssues.length > 20 ? html`<li>${this.moreIssues(this.importIssues.length - 20)}</li>` : nothing}
            </ul>
          </div>`
        : nothing}
      ${this.csvFiles.length > 0
        ? html`<p class="hint">${msg('Tables as CSV (the scenario, seed and engine version are written at the top of each file):')}</p>
            <div class="row" id="csv-files">
              ${this.csvFiles.map((f) => html`<button type="button" class="csv" @click=${() => this.downloadCsv(f)}>${f.label}</button>`)}
            </div>`
        : nothing}
    </div>`;
  }

  /** "The file x.json was not opened (2 problems); the open scenario is unchanged:" (the problems below stay English, like the validator's). */
  private importHeading(): string {
    const file = this.importName;
    const n = this.importIssues.length;
    const open = kindWords(this.savedKind).one;
    if (file) {
      return n === 1
        ? msg(str`The file ${file} was not opened (1 problem); the open ${open} is unchanged:`)
        : msg(str`The file ${file} was not opened (${n} problems); the open ${open} is unchanged:`);
    }
    return n === 1
      ? msg(str`The file was not opened (1 problem); the open ${open} is unchanged:`)
      : msg(str`The file was not opened (${n} problems); the open ${open} is unchanged:`);
  }

  private moreIssues(n: number): string {
    return msg(str`and ${n} more`);
  }

  private renderEntry(entry: SavedSummary) {
    const renaming = this.renaming?.id === entry.id ? this.renaming : null;
    const isWorking = this.workingId === entry.id;
    const deleting = this.confirming === `delete:${entry.id}`;
    const name = entry.name;
    const saved = when(entry.savedAt);
    return html`<li data-id=${entry.id}>
      ${renaming
        ? html`<div class="row rename">
              <label for="rename-input" class="visually-hidden">${msg('New name')}</label>
              <input
                id="rename-input"
                type="text"
                maxlength=${MAX_NAME + 20}
                .value=${renaming.draft}
                aria-invalid=${renaming.problem ? 'true' : 'false'}
                aria-describedby="rename-problem"
                @input=${(e: Event) => (this.renaming = { ...renaming, draft: (e.target as HTMLInputElement).value, problem: '' })}
                @keydown=${this.onRenameKey}
              />
              <button type="button" class="primary" id="rename-save" @click=${() => void this.commitRename()}>${msg('Save name')}</button>
              <button type="button" id="rename-cancel" @click=${() => (this.renaming = null)}>${msg('Cancel')}</button>
            </div>
            <p class="problem" id="rename-problem" role="alert">${renaming.problem}</p>`
        : html`<div class="name">${entry.name}</div>`}
      <div class="meta">${isWorking ? msg(str`Saved ${saved} · open now, changes are saved to it`) : msg(str`Saved ${saved}`)}</div>
      <div class="actions">
        <button type="button" class="open" aria-label=${msg(str`Open “${name}”`)} @click=${() => void this.open(entry)}>${msg('Open')}</button>
        <button type="button" class="rename-button" aria-label=${msg(str`Rename “${name}”`)} ?disabled=${renaming !== null} @click=${() => this.startRename(entry)}>
          ${msg('Rename')}
        </button>
        <button type="button" class="duplicate" aria-label=${msg(str`Duplicate “${name}”`)} @click=${() => void this.duplicate(entry)}>${msg('Duplicate')}</button>
        <button
          type="button"
          class=${deleting ? 'delete danger' : 'delete'}
          aria-label=${deleting ? msg(str`Delete “${name}”: click again to confirm`) : msg(str`Delete “${name}”`)}
          @click=${() => void this.removeEntry(entry)}>
          ${deleting ? msg('Delete: click again to confirm') : msg('Delete')}
        </button>
        ${deleting ? html`<button type="button" class="keep" @click=${() => (this.confirming = '')}>${msg('Keep it')}</button>` : nothing}
      </div>
    </li>`;
  }

  private renderSetAside(entry: SetAsideEntry) {
    const discarding = this.confirming === `discard:${entry.key}`;
    const key = entry.originalKey;
    return html`<li data-key=${entry.key}>
      <div class="reason">${msg(html`Set aside: <span class="why">${setAsideReasonText(entry.reason)}</span>`)}</div>
      <div class="meta">${msg(str`Found under ${key}`)}</div>
      <div class="actions">
        <button type="button" class="download-damaged" @click=${() => this.downloadSetAside(entry)}>${msg('Download the damaged entry')}</button>
        <button type="button" class=${discarding ? 'discard danger' : 'discard'} @click=${() => void this.discard(entry)}>
          ${discarding ? msg('Discard: click again to confirm') : msg('Discard')}
        </button>
        ${discarding ? html`<button type="button" class="keep" @click=${() => (this.confirming = '')}>${msg('Keep it')}</button>` : nothing}
      </div>
    </li>`;
  }

  private renderSaved() {
    const persistent = this.store?.persistent ?? true;
    const words = kindWords(this.savedKind);
    const many = words.many;
    const one = words.one;
    const others = this.otherModels;
    return html`<div class="group">
      <h3>${msg('Saved in this browser')}</h3>
      <p class="hint">
        ${persistent
          ? this.savedKind === 'scenario'
            ? msg('Your edited scenarios are saved here automatically. They stay in this browser only.')
            : msg(str`Your ${many} are saved here automatically. They stay in this browser only.`)
          : msg(str`This browser does not allow saving, so saved work lasts only until the page is closed. Download ${one} files to keep them.`)}
      </p>
      <p class="status" role="status" id="save-status">${this.status?.() ?? ''}</p>
      ${this.message ? html`<p class="message" role="alert" id="save-message">${this.message()}</p>` : nothing}
      ${this.entries.length > 0
        ? html`<ul class="saved" id="saved-list" aria-label=${msg(str`Saved ${many}`)}>
            ${this.entries.map((e) => this.renderEntry(e))}
          </ul>`
        : html`<p class="hint" id="saved-empty">${words.empty}</p>`}
      ${others > 0
        ? html`<p class="hint">
            ${others === 1 ? msg('1 saved entry belongs to other lessons.') : msg(str`${others} saved entries belong to other lessons.`)}
          </p>`
        : nothing}
      ${this.setAside.length > 0
        ? html`<h3>${msg('Set aside: could not be read')}</h3>
            <p class="hint">
              ${msg(
                'These entries were damaged or written by another program, so they were moved aside instead of being opened. Download one to keep its text, then discard it.',
              )}
            </p>
            <ul class="aside" id="set-aside">
              ${this.setAside.map((e) => this.renderSetAside(e))}
            </ul>`
        : nothing}
    </div>`;
  }

  override render() {
    return html`<div class="groups">${this.renderLink()} ${this.renderFiles()}</div>
      ${this.renderSaved()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-share-panel': GenbaSharePanel;
  }
}
