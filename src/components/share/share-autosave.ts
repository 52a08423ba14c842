/**
 * The share panel's autosave, as a reactive controller: the working scenario (or kaizen
 * log) is saved in this browser after each edit, debounced; the first save makes a new
 * entry, later ones update it. Writes run one after another, so an update never overtakes
 * the save that made its entry. `startFresh()` begins a new session (a preset or a link was
 * opened): a save still on its way lands in the entry of the session it was made in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { Scenario } from '../../scenario/index.ts';
import type { SavedKind, SavedSummary, SavedWorkStore, StoreResult } from '../../storage/index.ts';
import { textOf, timeOfDay, UNTITLED, workingName, type Text } from './share-panel-text.ts';

interface Working {
  readonly id: string;
  readonly savedAt: number;
}

/** What edits are saved into: one per opened scenario. */
export interface SaveSession {
  working: Working | null;
}

interface Pending {
  /** A scenario, or the body of the panel's `savedKind`. */
  readonly body: unknown;
  readonly name: string;
  readonly session: SaveSession;
}

/** What the controller reads from its panel and tells it. */
export interface AutosaveLinks {
  readonly store: () => SavedWorkStore | null;
  readonly kind: () => SavedKind;
  readonly delay: () => number;
  readonly status: (text: Text | null) => void;
  readonly message: (text: Text | null) => void;
}

export class ShareAutosave implements ReactiveController {
  /** The entry edits are saved into now ('' for none): the saved list marks it. */
  private working = '';
  private session: SaveSession = { working: null };
  private pending: Pending | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();
  private readonly onPageHide = (): void => void this.flush();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly links: AutosaveLinks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    void this.flush();
  }

  get workingId(): string {
    return this.working;
  }

  private setWorking(id: string): void {
    if (id === this.working) return;
    this.working = id;
    this.host.requestUpdate();
  }

  /** An edited scenario: "<name> (edited)" unless a pending import keeps its own name. */
  noteEdit(scenario: Scenario): void {
    this.note(scenario, this.pending?.name ?? workingName(scenario, true));
  }

  /** Other work changed (a kaizen step): saved under `name` unless a pending import keeps its own. */
  noteWork(body: unknown, name: string): void {
    this.note(body, this.pending?.name ?? name);
  }

  private note(body: unknown, name: string): void {
    this.pending = { body, name, session: this.session };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.links.delay());
  }

  /** The next edit starts a new saved entry. */
  startFresh(): void {
    void this.flush(); // An edit made just before still goes to its own entry.
    this.session = { working: null };
    this.setWorking('');
  }

  /** Something opened from a file: kept at once as a new entry under `name`. */
  saveNew(body: unknown, name: string): Promise<void> {
    this.startFresh();
    this.pending = { body, name, session: this.session };
    return this.flush();
  }

  /** Writes a pending save now; resolves when every write so far is done. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const pending = this.pending;
    this.pending = null;
    if (pending) this.chain = this.chain.then(() => this.save(pending));
    return this.chain;
  }

  /** A saved entry was reopened: edits now go to it. */
  reopened(id: string, savedAt: number): void {
    this.session = { working: { id, savedAt } };
    this.setWorking(id);
  }

  /** An entry was renamed (its saved time changed): edits to it are based on the new one. */
  renamed(id: string, savedAt: number): void {
    if (this.session.working?.id === id) this.session.working = { id, savedAt };
  }

  /** An entry was deleted: edits to it start a new one. */
  removed(id: string): void {
    if (this.session.working?.id !== id) return;
    this.session.working = null;
    this.setWorking('');
  }

  /** The saved list no longer has the working entry (deleted in another tab). */
  forget(present: (id: string) => boolean): void {
    if (this.working && !present(this.working)) this.setWorking('');
  }

  private async save(pending: Pending): Promise<void> {
    const store = this.links.store();
    if (!store) return;
    const session = pending.session;
    const working = session.working;
    let result: StoreResult<SavedSummary>;
    const kind = this.links.kind();
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
      this.links.message(() => msg(str`Not saved: ${why}`));
      return;
    }
    session.working = { id: result.value.id, savedAt: result.value.savedAt };
    if (session === this.session) this.setWorking(result.value.id);
    this.links.message(textOf(result.notice));
    const { name: savedName, savedAt } = result.value;
    this.links.status(() => {
      const time = timeOfDay(savedAt);
      return msg(str`Saved in this browser as “${savedName}” at ${time}.`);
    });
  }
}
