/**
 * The app shell: the title, the lessons as navigation, the language switch, and the screen
 * the URL fragment names (`#/batching`, `#/launch`, `#/engine`). Screens are loaded on
 * demand, so the first screen does not pay for the others. Switching the language
 * re-renders every `@localized()` component in place: nothing reloads, no state is lost.
 */
import { LitElement, html, nothing } from 'lit';
import { shellStyles } from './shell-styles.ts';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { fragmentOf, parseFragment, type Route } from '../../app/routes.ts';
import { commandFor, SHORTCUTS, type ShortcutCommand } from '../../app/shortcuts.ts';
import { speakerNotes } from '../../app/speaker-notes.ts';
import { currentStep, type PresenterCommand, type RoomState } from '../../app/presenter-channel.ts';
import { pressRoomAction, roomActions } from '../../app/room-actions.ts';
import { focusAfterPrediction } from '../../app/focus-next.ts';
import { PresenterLink } from './presenter-link.ts';
import { SCREENS } from './screen-table.ts';
import { getLocale, isLocale, LOCALE_NAMES, LOCALES, switchLocale } from '../../i18n/locale.ts';
import '../../components/update-notice/genba-update-notice.ts';
import '../../components/guide/genba-guide.ts';
import '../../components/guide/genba-session-summary.ts';
import { emptySession, GUIDED_PATH, markDone, readSession, SESSION_KEY, type LessonId, type Session } from '../../app/session.ts';
import { whenIdle } from '../../app/after-paint.ts';
import { HOST_KEY } from '../../components/room/room-keys.ts';
import type { ProgressDetail } from '../../app/progress.ts';


/** The lessons' screens have the guided path; the engine check and the room's screens do not. */
const isLesson = (r: Route): r is LessonId => r in GUIDED_PATH;

@customElement('genba-app')
@localized()
export class GenbaApp extends LitElement {
  static override styles = shellStyles;

  @state() private route: Route = 'batching';
  @state() private loaded = new Set<Route>();
  /** A notice above the screen; a function, so that it is worded in the language shown. */
  @state() private notice: (() => string) | null = null;
  @state() private presenter = false;
  @state() private session: Session = emptySession();
  /** A guided step whose part of the screen is not there yet (e.g. results before the reveal). */
  @state() private guideHint = '';

  private idleTimer = 0;
  /** The presenter's window: notes, clock and controls, away from the room's screen. */
  private readonly presenterLink = new PresenterLink(
    this,
    () => this.roomState(),
    (c) => this.fromPresenter(c),
  );
  private readonly onHashChange = (): void => this.readLocation();
  private readonly onKey = (e: KeyboardEvent): void => this.handleKey(e);
  private readonly onPointer = (): void => this.wake();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('pointermove', this.onPointer);
    this.addEventListener('genba-progress', this.onProgress as EventListener);
    this.addEventListener('genba-predict', this.onPredict);
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

  /** A prediction kept: once its sentence replaces the button, focus moves on to what comes next. */
  private readonly onPredict = (): void => {
    requestAnimationFrame(() => {
      const screen = this.screen();
      if (screen) focusAfterPrediction(screen.shadowRoot ?? screen);
    });
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

  protected override firstUpdated(): void {
    // "Start a room" with the room's client (its protocol's schemas, the kaizen fixes a
    // challenge names, and through them the scenario validator) is not needed to open a
    // lesson: it loads when the page is first idle, off every lesson's critical path. Until
    // then <genba-room-start> is an empty element in the header.
    // A presenter hosting a room loads it at once: the guided path's steps are the room's
    // questions, and a step taken before the page is idle would not reach the phones.
    const load = (): void => void import('../../components/room/genba-room-start.ts').catch(() => undefined);
    if (hostsRoom()) load();
    else whenIdle(load);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('pointermove', this.onPointer);
    this.removeEventListener('genba-progress', this.onProgress as EventListener);
    this.removeEventListener('genba-predict', this.onPredict);
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
        this.openPresenterView();
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

  /** The screen element shown in <main>. */
  private screen(): HTMLElement | null {
    return this.renderRoot.querySelector('main')?.firstElementChild as HTMLElement | null;
  }

  private openPresenterView(): void {
    if (!this.presenterLink.open()) this.notice = () => msg('The browser blocked the presenter view: allow pop-ups for this page, then press the button again.');
  }

  /** What the room's window shows, for the presenter's window. */
  private roomState(): RoomState {
    const route = this.route;
    const lesson = isLesson(route) ? GUIDED_PATH[route] : null;
    const done = new Set(isLesson(route) ? (this.session.done[route] ?? []) : []);
    const steps = lesson ? lesson.steps.map((s) => ({ id: s.id, title: s.title, section: s.section, done: done.has(s.id) })) : [];
    const screen = this.screen();
    return {
      type: 'state',
      route: this.route,
      lessonTitle: SCREENS[this.route].title(),
      steps,
      current: currentStep(steps),
      notes: speakerNotes(this.route),
      actions: screen ? roomActions(screen.shadowRoot ?? screen) : [],
      locale: getLocale(),
    };
  }

  /** A command from the presenter's window, carried out in the room's. */
  private fromPresenter(command: PresenterCommand): void {
    switch (command.type) {
      case 'command':
        this.run(command.command);
        return;
      case 'go-step':
        this.onGuideGo(new CustomEvent('genba-guide-go', { detail: { section: command.section } }));
        return;
      case 'go-route':
        window.location.hash = fragmentOf(command.route);
        return;
      case 'press': {
        const screen = this.screen();
        if (screen) pressRoomAction(screen.shadowRoot ?? screen, command.id);
        return;
      }
      case 'hello':
        return;
    }
  }

  /**
   * The skip link (a button: its target lives in shadow roots, which a `#fragment` cannot
   * name, and the fragment is the router's): focus goes to the screen's first prediction (its chosen answer), else its first heading.
   */
  private readonly onSkip = (e: Event): void => {
    e.preventDefault();
    const root = this.screen()?.shadowRoot;
    const prediction = root?.querySelector('genba-flow-prediction, genba-launch-prediction')?.shadowRoot;
    const target =
      prediction?.querySelector<HTMLElement>('input:checked, input:not([type=hidden]), select, button') ??
      root?.querySelector<HTMLElement>('h2') ??
      this.renderRoot.querySelector<HTMLElement>('main');
    if (!target) return;
    if (!target.matches('input, select, button')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  };

  private togglePresenter(): void {
    this.presenter = !this.presenter;
    document.documentElement.classList.toggle('presenter', this.presenter);
    // The line views redraw at the presenter scale (src/components/line-view/genba-line-view.ts).
    window.dispatchEvent(new CustomEvent('genba-presenter', { detail: { on: this.presenter } }));
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
      <button type="button" class="skip-link" @click=${this.onSkip}>${msg('Skip to the lesson')}</button>
      <header>
        <p class="brand"><strong>Genba</strong></p>
        <p class="tagline">${msg("Go and see: Taiichi Ohno's lessons, run.")}</p>
        <nav aria-label=${msg('Lessons')}>
          <ul>
            ${(Object.keys(SCREENS) as Route[]).filter((r) => SCREENS[r].inNav).map(
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
          <button type="button" id="presenter-view" aria-keyshortcuts="S" @click=${() => this.openPresenterView()}>${msg('Presenter view')}</button>
          <genba-room-start><span class="room-start-space" aria-hidden="true">${msg('Start a room')}</span></genba-room-start>
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
      ${isLesson(this.route)
        ? html`<genba-guide class="screen-only" lesson=${this.route} ?collapsed=${this.presenter} .session=${this.session} @genba-guide-go=${this.onGuideGo}></genba-guide>
            ${this.guideHint
              ? html`<p class="notice" role="status">${msg('That step opens once you get there in the lesson: do the steps before it first.')}</p>`
              : nothing}`
        : nothing}
      <main class="screen-only" id="main">
        ${this.loaded.has(this.route) ? entry.render() : html`<p class="loading">${msg('Loading…')}</p>`}
      </main>
      <genba-session-summary class="print-only" .session=${this.session}></genba-session-summary>
    `;
  }
}

/** Whether this browser hosts a room (the key only; the room's client checks what it holds). */
function hostsRoom(): boolean {
  try {
    return globalThis.localStorage?.getItem(HOST_KEY) != null;
  } catch {
    return false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-app': GenbaApp;
  }
}
