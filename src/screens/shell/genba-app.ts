/**
 * The app shell: the title, the lessons as navigation, the language switch, and the screen
 * the URL fragment names (`#/batching`, `#/launch`, `#/engine`). Screens are loaded on
 * demand, so the first screen does not pay for the others. Switching the language
 * re-renders every `@localized()` component in place: nothing reloads, no state is lost.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { fragmentOf, parseFragment, type Route } from '../../app/routes.ts';
import { commandFor, SHORTCUTS, type ShortcutCommand } from '../../app/shortcuts.ts';
import { speakerNotes } from '../../app/speaker-notes.ts';
import { getLocale, isLocale, LOCALE_NAMES, LOCALES, switchLocale } from '../../i18n/locale.ts';
import '../../components/update-notice/genba-update-notice.ts';
import '../../components/guide/genba-guide.ts';
import '../../components/guide/genba-session-summary.ts';
import { emptySession, markDone, readSession, SESSION_KEY, type Session } from '../../app/session.ts';
import type { ProgressDetail } from '../../app/progress.ts';

interface ScreenEntry {
  /** The page title, in the page's language. */
  readonly title: () => string;
  /** The navigation link, in the page's language. */
  readonly short: () => string;
  readonly load: () => Promise<unknown>;
  readonly render: () => TemplateResult;
}

const SCREENS: Record<Route, ScreenEntry> = {
  batching: {
    title: () => msg('Lesson 1 · The batching illusion'),
    short: () => msg('1 · Batching illusion'),
    load: () => import('../flow/genba-flow-screen.ts'),
    render: () => html`<genba-flow-screen></genba-flow-screen>`,
  },
  kaizen: {
    title: () => msg('Lesson 2 · It was tried, and it failed'),
    short: () => msg('2 · It failed before'),
    load: () => import('../kaizen/genba-kaizen-screen.ts'),
    render: () => html`<genba-kaizen-screen></genba-kaizen-screen>`,
  },
  launch: {
    title: () => msg('Lesson 3 · The fish that got away'),
    short: () => msg('3 · Launch sizing'),
    load: () => import('../launch/genba-launch-screen.ts'),
    render: () => html`<genba-launch-screen></genba-launch-screen>`,
  },
  pull: {
    title: () => msg('Lesson 4 · Only what is needed, when it is needed'),
    short: () => msg('4 · Push or pull'),
    load: () => import('../pull/genba-pull-screen.ts'),
    render: () => html`<genba-pull-screen></genba-pull-screen>`,
  },
  engine: {
    title: () => msg('Engine check: run a preset scenario'),
    short: () => msg('Engine check'),
    load: () => import('../engine/genba-scenario-runner.ts'),
    render: () => html`<genba-scenario-runner></genba-scenario-runner>`,
  },
};

@customElement('genba-app')
@localized()
export class GenbaApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 84rem;
      margin: 0 auto;
      padding: 0.75rem 1rem 3rem;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.5rem 1.5rem;
      border-bottom: 1px solid var(--genba-border);
      margin-bottom: 1rem;
    }
    .brand {
      color: var(--genba-accent);
      margin: 0;
      font-size: 1.6rem;
    }
    .tagline {
      color: var(--genba-muted);
      margin: 0;
    }
    nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    nav a {
      display: inline-block;
      padding: 0.5rem 0.75rem;
      color: var(--genba-accent);
      text-decoration: none;
      border-bottom: 3px solid transparent;
      font-weight: 600;
    }
    nav a[aria-current='page'] {
      border-bottom-color: var(--genba-accent);
      color: var(--genba-ink);
    }
    nav a:focus-visible {
      outline: 3px solid #e69f00;
      outline-offset: 2px;
      box-shadow: 0 0 0 2px #1b1f24;
    }
    .notice {
      background: #fff4e0;
      border: 1px solid #e69f00;
      border-radius: 6px;
      padding: 0.5rem 0.75rem;
      margin-bottom: 1rem;
    }
    .loading {
      color: var(--genba-muted);
    }
    .tools {
      margin-left: auto;
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 0.5rem;
    }
    .tools button {
      font: inherit;
      min-height: 2.25rem;
      padding: 0.2rem 0.7rem;
      border-radius: 6px;
      border: 1px solid var(--genba-border);
      background: var(--genba-surface);
      color: var(--genba-ink);
      cursor: pointer;
    }
    .tools button[aria-pressed='true'] {
      background: var(--genba-accent);
      color: #fff;
    }
    /* Short labels: Chinese ones break between words, never between two characters of a word. */
    .tools button,
    .language {
      word-break: keep-all;
    }
    .language {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      color: var(--genba-muted);
      font-size: 0.9rem;
    }
    .language select {
      font: inherit;
      font-size: 1rem;
      min-height: 2.25rem;
      padding: 0.2rem 0.4rem;
      border-radius: 6px;
      border: 1px solid var(--genba-border);
      background: var(--genba-surface);
      color: var(--genba-ink);
    }
    .tools button:focus-visible,
    .language select:focus-visible,
    dialog button:focus-visible {
      outline: 3px solid #e69f00;
      outline-offset: 2px;
      box-shadow: 0 0 0 2px #1b1f24;
    }
    :host([idle]) header {
      opacity: 0;
      transition: opacity 0.4s;
    }
    :host([idle]) header:focus-within {
      opacity: 1;
    }
    .notes {
      position: sticky;
      bottom: 0;
      background: #fffbe6;
      border: 2px solid #e69f00;
      border-radius: 8px;
      padding: 0.5rem 1rem;
      margin-top: 1rem;
      z-index: 2;
      font-size: 0.9rem;
      max-height: 30vh;
      overflow: auto;
    }
    .notes h2 {
      font-size: 1rem;
      margin: 0;
    }
    dialog {
      border: 2px solid var(--genba-ink);
      border-radius: 8px;
      max-width: 32rem;
    }
    dialog table {
      border-collapse: collapse;
    }
    dialog th,
    dialog td {
      text-align: left;
      padding: 0.25rem 0.75rem;
      border-bottom: 1px solid var(--genba-border);
    }
    kbd {
      font-family: inherit;
      font-weight: 700;
      border: 1px solid var(--genba-border);
      border-radius: 4px;
      padding: 0 0.4rem;
    }
    .print-only {
      display: none;
    }
    /* Printing gives the one-page session summary, not the app. */
    @media print {
      header,
      .notice,
      .notes,
      genba-update-notice,
      .screen-only,
      dialog {
        display: none !important;
      }
      .print-only {
        display: block;
      }
      :host {
        max-width: none;
        padding: 0;
      }
    }
  `;

  @state() private route: Route = 'batching';
  @state() private loaded = new Set<Route>();
  /** A notice above the screen; a function, so that it is worded in the language shown. */
  @state() private notice: (() => string) | null = null;
  @state() private presenter = false;
  @state() private notes = false;
  @state() private session: Session = emptySession();
  /** A guided step whose part of the screen is not there yet (e.g. results before the reveal). */
  @state() private guideHint = '';

  private idleTimer = 0;
  private readonly onHashChange = (): void => this.readLocation();
  private readonly onKey = (e: KeyboardEvent): void => this.handleKey(e);
  private readonly onPointer = (): void => this.wake();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('pointermove', this.onPointer);
    this.addEventListener('genba-progress', this.onProgress as EventListener);
    this.session = readSession(this.storedSession());
    this.readLocation();
  }

  private storedSession(): string | null {
    try {
      return localStorage.getItem(SESSION_KEY);
    } catch {
      return null;
    }
  }

  /** A lesson reports a step done: the guided path and the session summary keep it. */
  private readonly onProgress = (e: CustomEvent<ProgressDetail>): void => {
    const { lesson, step, record } = e.detail;
    this.session = markDone(this.session, lesson, step, record ? { at: Date.now(), ...record } : undefined);
    try {
      localStorage.setItem(SESSION_KEY, JSON.stringify(this.session));
    } catch {
      // Storage full or unavailable: the session still lives in this page.
    }
  };

  /** Scrolls the screen to a step of the guided path and moves focus to its heading. */
  private readonly onGuideGo = (e: CustomEvent<{ section: string }>): void => {
    const screen = this.renderRoot.querySelector('main')?.firstElementChild as HTMLElement | null;
    const s = e.detail.section;
    const root = screen?.shadowRoot;
    const target = root?.querySelector<HTMLElement>(`[id="${s}"], [id="${s}-h"], [id="h-${s}"], .${CSS.escape(s)}`);
    if (!target) {
      this.guideHint = s;
      return;
    }
    this.guideHint = '';
    target.scrollIntoView({ block: 'start' });
    const heading = target.matches('h2, summary') ? target : target.querySelector<HTMLElement>('h2, summary');
    if (heading) {
      if (!heading.hasAttribute('tabindex') && heading.tagName !== 'SUMMARY') heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
  };

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('pointermove', this.onPointer);
    this.removeEventListener('genba-progress', this.onProgress as EventListener);
    clearTimeout(this.idleTimer);
    super.disconnectedCallback();
  }

  /** The element that has focus, through shadow roots. */
  private focused(): Element | null {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  }

  private handleKey(e: KeyboardEvent): void {
    if (e.defaultPrevented) return;
    const el = this.focused();
    const command = commandFor(e, {
      tag: el?.tagName.toLowerCase() ?? 'body',
      type: el instanceof HTMLInputElement ? el.type : undefined,
      editable: el instanceof HTMLElement && el.isContentEditable,
    });
    if (!command) return;
    e.preventDefault();
    this.run(command);
  }

  /** Carries out a shortcut: the replay commands go to the screen, the rest are the shell's. */
  run(command: ShortcutCommand): void {
    const screen = this.renderRoot.querySelector('main')?.firstElementChild as HTMLElement | null;
    switch (command) {
      case 'help':
        this.renderRoot.querySelector<HTMLDialogElement>('#shortcuts')?.showModal();
        return;
      case 'notes':
        this.notes = !this.notes;
        return;
      case 'next-step':
      case 'previous-step':
        this.goToStep(screen, command === 'next-step' ? 1 : -1);
        return;
      default:
        screen?.dispatchEvent(new CustomEvent('genba-command', { detail: { command } }));
    }
  }

  /** Scrolls to the next (or previous) section of the screen and moves focus to its heading. */
  private goToStep(screen: HTMLElement | null, direction: 1 | -1): void {
    const sections = [...(screen?.shadowRoot?.querySelectorAll('section') ?? [])];
    const tops = sections.map((s) => s.getBoundingClientRect().top);
    const index = direction > 0 ? tops.findIndex((t) => t > 8) : tops.map((t) => t < -8).lastIndexOf(true);
    const target = sections[index];
    if (!target) return;
    target.scrollIntoView({ block: 'start', behavior: globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    const heading = target.querySelector<HTMLElement>('h2, summary');
    if (heading) {
      if (!heading.hasAttribute('tabindex') && heading.tagName !== 'SUMMARY') heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
  }

  private togglePresenter(): void {
    this.presenter = !this.presenter;
    document.documentElement.classList.toggle('presenter', this.presenter);
    if (this.presenter) {
      document.documentElement.requestFullscreen?.().catch(() => undefined);
      this.wake();
    } else {
      if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
      clearTimeout(this.idleTimer);
      this.removeAttribute('idle');
    }
  }

  /** In presenter mode the header hides after 3 s without the pointer moving. */
  private wake(): void {
    if (!this.presenter) return;
    this.removeAttribute('idle');
    clearTimeout(this.idleTimer);
    this.idleTimer = window.setTimeout(() => this.setAttribute('idle', ''), 3000);
  }

  private readLocation(): void {
    const where = parseFragment(window.location.hash);
    this.notice = where.unknown ? () => msg('That link names a screen Genba does not have, so the first lesson is open instead.') : null;
    this.route = where.route;
    const entry = SCREENS[where.route];
    if (!this.loaded.has(where.route)) {
      entry.load().then(
        () => (this.loaded = new Set([...this.loaded, where.route])),
        (error: unknown) => {
          const reason = String(error);
          this.notice = () => msg(str`This screen could not be loaded: ${reason}`);
        },
      );
    }
  }

  /** The page title follows the screen and the language. */
  protected override updated(): void {
    const title = SCREENS[this.route].title();
    document.title = msg(str`${title} · Genba`);
  }

  private readonly onLanguage = (e: Event): void => {
    const value = (e.target as HTMLSelectElement).value;
    if (isLocale(value)) void switchLocale(value);
  };

  override render() {
    const entry = SCREENS[this.route];
    return html`
      <header>
        <p class="brand"><strong>Genba</strong></p>
        <p class="tagline">${msg("Go and see: Taiichi Ohno's lessons, run.")}</p>
        <nav aria-label=${msg('Lessons')}>
          <ul>
            ${(Object.keys(SCREENS) as Route[]).map(
              (r) =>
                html`<li><a href=${fragmentOf(r)} aria-current=${r === this.route ? 'page' : nothing}>${SCREENS[r].short()}</a></li>`,
            )}
          </ul>
        </nav>
        <div class="tools">
          <span class="language">
            <label for="language"><span lang="en">Language</span> / <span lang="zh-CN">语言</span></label>
            <select id="language" @change=${this.onLanguage}>
              ${LOCALES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === getLocale()}>${LOCALE_NAMES[l]}</option>`)}
            </select>
          </span>
          <button type="button" id="presenter" aria-pressed=${this.presenter ? 'true' : 'false'} @click=${() => this.togglePresenter()}>
            ${msg('Presenter mode')}
          </button>
          <button type="button" id="show-shortcuts" aria-keyshortcuts="?" @click=${() => this.run('help')}>${msg('Shortcuts')}</button>
        </div>
      </header>
      <dialog id="shortcuts" aria-labelledby="shortcuts-h">
        <h2 id="shortcuts-h">${msg('Keyboard shortcuts')}</h2>
        <table>
          <tbody>
            ${SHORTCUTS.map((s) => html`<tr><th scope="row"><kbd>${s.keys}</kbd></th><td>${s.what}</td></tr>`)}
          </tbody>
        </table>
        <button type="button" autofocus @click=${(e: Event) => ((e.target as HTMLElement).closest('dialog') as HTMLDialogElement).close()}>${msg('Close')}</button>
      </dialog>
      <genba-update-notice></genba-update-notice>
      ${this.notice ? html`<p class="notice" role="status">${this.notice()}</p>` : nothing}
      ${this.route !== 'engine'
        ? html`<genba-guide class="screen-only" lesson=${this.route} .session=${this.session} @genba-guide-go=${this.onGuideGo}></genba-guide>
            ${this.guideHint
              ? html`<p class="notice" role="status">${msg('That step opens once you get there in the lesson: do the steps before it first.')}</p>`
              : nothing}`
        : nothing}
      <main class="screen-only">
        ${this.loaded.has(this.route) ? entry.render() : html`<p class="loading">${msg('Loading…')}</p>`}
      </main>
      <genba-session-summary class="print-only" .session=${this.session}></genba-session-summary>
      ${this.notes
        ? html`<aside class="notes" aria-labelledby="notes-h">
            <h2 id="notes-h">${msg('Speaker notes')}</h2>
            <ul>
              ${speakerNotes(this.route).map((n) => html`<li>${n}</li>`)}
            </ul>
          </aside>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-app': GenbaApp;
  }
}
