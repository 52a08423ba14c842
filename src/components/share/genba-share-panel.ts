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
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { issueText } from '../../i18n/issue-text.ts';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { fragmentOf, type Route } from '../../app/routes.ts';
import { csvBlob, downloadBlob, readScenarioFile, scenarioFileBlob, scenarioFileName } from '../../export/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import type { LinkState } from '../../share/index.ts';
import { createLocalSavedWorkStore, type SavedKind, type SavedWorkStore } from '../../storage/index.ts';
import type { CsvDownload, OpenScenarioDetail, OpenWorkDetail, WorkFiles } from './share-events.ts';
import { sharePanelStyles } from './share-panel-styles.ts';
import { kindWords, MODEL_WORDS, workingName, type Text } from './share-panel-text.ts';
import { ShareAutosave } from './share-autosave.ts';
import { ShareSavedList } from './share-saved-list.ts';
import { firstUpdateInOwnTask } from '../../app/after-paint.ts';

export type { CsvDownload, OpenScenarioDetail, OpenWorkDetail, WorkFiles } from './share-events.ts';
export { renameProblem, workingName } from './share-panel-text.ts';

@customElement('genba-share-panel')
@localized()
export class GenbaSharePanel extends LitElement {
  /** Its first render in a task of its own (src/app/after-paint.ts): it arrives with the lesson's other lower sections. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return firstUpdateInOwnTask(this, () => super.scheduleUpdate());
  }

  static override styles = sharePanelStyles;

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

  @query('#file') private fileInput?: HTMLInputElement;
  @query('#import-errors') private importErrors?: HTMLElement;

  /** Saving the working scenario (or kaizen log) in this browser as it is edited. */
  private readonly autosave = new ShareAutosave(this, {
    store: () => this.store,
    kind: () => this.savedKind,
    delay: () => this.autosaveDelay,
    status: (t) => (this.status = t),
    message: (t) => (this.message = t),
  });
  /** The "Saved in this browser" group. */
  private readonly saved = new ShareSavedList(this, this.autosave, {
    store: () => this.store,
    kind: () => this.savedKind,
    model: () => this.model,
    status: (t) => (this.status = t),
    message: (t) => (this.message = t),
    opened: (kind, body) => (kind === 'scenario' ? this.dispatchOpen(body as Scenario, 'saved') : this.dispatchWork(body, 'saved')),
    root: () => this.renderRoot,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.store ??= createLocalSavedWorkStore();
    this.saved.follow();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store') && this.isConnected) this.saved.follow();
  }

  // ——— Public API ———

  /** Re-reads the saved list (set-aside entries included). */
  refresh(): Promise<void> {
    return this.saved.refresh();
  }

  /** The working scenario was edited: save it (a new entry the first time, then updates), debounced. */
  noteEdit(scenario: Scenario): void {
    this.autosave.noteEdit(scenario);
  }

  /**
   * With `savedKind` other than 'scenario': the work changed (e.g. a kaizen step was taken);
   * save `body` under `name` (a new entry the first time, then updates), debounced.
   */
  noteWork(body: unknown, name: string): void {
    this.autosave.noteWork(body, name);
  }

  /** The next edit starts a new saved entry (a preset or a link was opened). */
  startFresh(): void {
    this.autosave.startFresh();
  }

  /** Writes a pending autosave now; resolves when every write so far is done. */
  flushAutosave(): Promise<void> {
    return this.autosave.flush();
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
    await this.autosave.saveNew(parsed.scenario, workingName(parsed.scenario, false));
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
    await this.autosave.saveNew(read.body, read.name);
    this.status = this.openedStatus(shownName);
    return true;
  }

  /** "Opened the file x.json. It is saved in this browser." */
  private openedStatus(file: string): Text {
    const saved = this.autosave.workingId !== '';
    return () => (saved ? msg(str`Opened the file ${file}. It is saved in this browser.`) : msg(str`Opened the file ${file}.`));
  }

  // ——— Links ———

  private async makeLink(): Promise<void> {
    this.linkError = null;
    const state = this.linkState?.() ?? null;
    if (!state) {
      this.linkError = () => msg('There is nothing to share yet: wait until the scenario has loaded.');
      return;
    }
    // The link codec (with its deflate tables) loads on the first "Copy link", not with the
    // page: lesson 1's first screen does without it (bench/initial-js.ts).
    const { encodeLink } = await import('../../share/index.ts');
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

  override render() {
    return html`<div class="groups">${this.renderLink()} ${this.renderFiles()}</div>
      ${this.saved.render(this.status?.() ?? '', this.message ? this.message() : null)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-share-panel': GenbaSharePanel;
  }
}
