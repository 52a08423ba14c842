/**
 * The share panel's "Saved in this browser" group, as a reactive controller that renders
 * into the panel: the saved entries of the panel's kind (reopen, rename inline, duplicate,
 * delete with a second click to confirm) and the entries set aside as unreadable (download,
 * discard). It follows the store: another tab's changes refresh the list. Everything a user
 * named is shown as text (Lit bindings), never as HTML.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { downloadBlob, safeFileName } from '../../export/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { MAX_NAME, QUARANTINE_PREFIX, setAsideReasonText, type SavedKind, type SavedSummary, type SavedWorkStore, type SetAsideEntry } from '../../storage/index.ts';
import type { ShareAutosave } from './share-autosave.ts';
import { kindWords, renameProblem, textOf, when, type Text } from './share-panel-text.ts';

/** What the list reads from its panel and tells it. */
export interface SavedListLinks {
  readonly store: () => SavedWorkStore | null;
  readonly kind: () => SavedKind;
  /** The panel's model ('' for any). */
  readonly model: () => Scenario['model'] | '';
  readonly status: (text: Text | null) => void;
  readonly message: (text: Text | null) => void;
  /** A reopened entry's body, handed to the screen. */
  readonly opened: (kind: SavedKind, body: unknown) => void;
  /** The panel's shadow root, for moving focus. */
  readonly root: () => ParentNode;
}

type Host = ReactiveControllerHost & { readonly updateComplete: Promise<boolean> };

export class ShareSavedList implements ReactiveController {
  private entries: readonly SavedSummary[] = [];
  private otherModels = 0;
  private setAside: readonly SetAsideEntry[] = [];
  private renaming: { readonly id: string; readonly draft: string; readonly problem: string } | null = null;
  private confirming = '';
  private unsubscribe: (() => void) | null = null;
  private subscribedTo: SavedWorkStore | null = null;

  constructor(
    private readonly host: Host,
    private readonly autosave: ShareAutosave,
    private readonly links: SavedListLinks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.subscribedTo = null;
  }

  /** Follows the panel's store (again, when it changed). */
  follow(): void {
    const store = this.links.store();
    if (store === this.subscribedTo && this.unsubscribe) return;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.subscribedTo = store;
    if (!store) return;
    this.unsubscribe = store.onChange(() => void this.refresh());
    void this.refresh();
  }

  private set(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  /** Re-reads the saved list (set-aside entries included). */
  async refresh(): Promise<void> {
    const store = this.links.store();
    if (!store) return;
    const list = await store.list();
    const kind = this.links.kind();
    const model = this.links.model();
    const mine = list.entries.filter((e) => e.kind === kind && (kind !== 'scenario' || model === '' || e.model === undefined || e.model === model));
    this.set(() => {
      this.entries = mine;
      this.otherModels = list.entries.length - mine.length;
      this.setAside = list.setAside;
    });
    this.autosave.forget((id) => mine.some((e) => e.id === id));
  }

  private async open(entry: SavedSummary): Promise<void> {
    const store = this.links.store();
    if (!store) return;
    await this.autosave.flush();
    const loaded = await store.load(entry.id);
    if (!loaded.ok) {
      this.links.message(textOf(loaded.message));
      await this.refresh();
      return;
    }
    if (loaded.value.kind !== this.links.kind()) return;
    this.links.message(null);
    this.links.opened(loaded.value.kind, loaded.value.body);
    this.autosave.reopened(loaded.value.id, loaded.value.savedAt);
    const name = loaded.value.name;
    this.links.status(() => msg(str`Opened “${name}”. Your changes are saved to it.`));
  }

  private focusAfterUpdate(selector: string, select = false): void {
    void this.host.updateComplete.then(() => {
      const el = this.links.root().querySelector<HTMLInputElement>(selector);
      el?.focus();
      if (select) el?.select();
    });
  }

  private startRename(entry: SavedSummary): void {
    this.set(() => {
      this.confirming = '';
      this.renaming = { id: entry.id, draft: entry.name, problem: '' };
    });
    this.focusAfterUpdate('#rename-input', true);
  }

  private async commitRename(): Promise<void> {
    const renaming = this.renaming;
    const store = this.links.store();
    if (!renaming || !store) return;
    const name = renaming.draft.trim();
    const problem = renameProblem(name);
    if (problem) {
      this.set(() => (this.renaming = { ...renaming, problem }));
      return;
    }
    const result = await store.rename(renaming.id, name);
    if (!result.ok) {
      if (result.reason === 'invalid') this.set(() => (this.renaming = { ...renaming, problem: result.message }));
      else {
        this.set(() => (this.renaming = null));
        this.links.message(textOf(result.message));
      }
      return;
    }
    this.autosave.renamed(renaming.id, result.value.savedAt);
    this.set(() => (this.renaming = null));
    const renamed = result.value.name;
    this.links.status(() => msg(str`Renamed to “${renamed}”.`));
    this.links.message(textOf(result.notice));
    this.focusAfterUpdate(`[data-id="${renaming.id}"] .rename-button`);
  }

  private onRenameKey(e: KeyboardEvent): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      void this.commitRename();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      const id = this.renaming?.id;
      this.set(() => (this.renaming = null));
      this.focusAfterUpdate(`[data-id="${id}"] .rename-button`);
    }
  }

  private async duplicate(entry: SavedSummary): Promise<void> {
    const result = await this.links.store()?.duplicate(entry.id);
    if (!result) return;
    if (!result.ok) this.links.message(textOf(result.message));
    else {
      const copy = result.value.name;
      this.links.status(() => msg(str`Saved a copy: “${copy}”.`));
    }
  }

  private async removeEntry(entry: SavedSummary): Promise<void> {
    const key = `delete:${entry.id}`;
    if (this.confirming !== key) {
      this.set(() => (this.confirming = key));
      return;
    }
    this.set(() => (this.confirming = ''));
    const result = await this.links.store()?.remove(entry.id);
    if (!result) return;
    if (!result.ok) this.links.message(textOf(result.message));
    else {
      this.autosave.removed(entry.id);
      const name = entry.name;
      this.links.status(() => msg(str`Deleted “${name}”.`));
    }
  }

  private downloadSetAside(entry: SetAsideEntry): void {
    const id = entry.key.startsWith(QUARANTINE_PREFIX) ? entry.key.slice(QUARANTINE_PREFIX.length) : entry.key;
    downloadBlob(new Blob([entry.raw], { type: 'text/plain;charset=utf-8' }), safeFileName(`genba damaged entry ${id}`, 'txt'));
  }

  private async discard(entry: SetAsideEntry): Promise<void> {
    const key = `discard:${entry.key}`;
    if (this.confirming !== key) {
      this.set(() => (this.confirming = key));
      return;
    }
    this.set(() => (this.confirming = ''));
    const result = await this.links.store()?.discardSetAside(entry.key);
    if (result && !result.ok) this.links.message(textOf(result.message));
    else if (result) this.links.status(() => msg('The damaged entry was discarded.'));
  }

  private renderEntry(entry: SavedSummary) {
    const renaming = this.renaming?.id === entry.id ? this.renaming : null;
    const isWorking = this.autosave.workingId === entry.id;
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
                @input=${(e: Event) => this.set(() => (this.renaming = { ...renaming, draft: (e.target as HTMLInputElement).value, problem: '' }))}
                @keydown=${(e: KeyboardEvent) => this.onRenameKey(e)}
              />
              <button type="button" class="primary" id="rename-save" @click=${() => void this.commitRename()}>${msg('Save name')}</button>
              <button type="button" id="rename-cancel" @click=${() => this.set(() => (this.renaming = null))}>${msg('Cancel')}</button>
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
        ${deleting ? html`<button type="button" class="keep" @click=${() => this.set(() => (this.confirming = ''))}>${msg('Keep it')}</button>` : nothing}
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
        ${discarding ? html`<button type="button" class="keep" @click=${() => this.set(() => (this.confirming = ''))}>${msg('Keep it')}</button>` : nothing}
      </div>
    </li>`;
  }

  /** The group, with the panel's save status and message (`status`, `message`: already worded). */
  render(status: string, message: string | null) {
    const persistent = this.links.store()?.persistent ?? true;
    const kind = this.links.kind();
    const words = kindWords(kind);
    const many = words.many;
    const one = words.one;
    const others = this.otherModels;
    return html`<div class="group">
      <h3>${msg('Saved in this browser')}</h3>
      <p class="hint">
        ${persistent
          ? kind === 'scenario'
            ? msg('Your edited scenarios are saved here automatically. They stay in this browser only.')
            : msg(str`Your ${many} are saved here automatically. They stay in this browser only.`)
          : msg(str`This browser does not allow saving, so saved work lasts only until the page is closed. Download ${one} files to keep them.`)}
      </p>
      <p class="status" role="status" id="save-status">${status}</p>
      ${message !== null ? html`<p class="message" role="alert" id="save-message">${message}</p>` : nothing}
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
}
