/**
 * The presenter's window (`index.html#/presenter-view`, opened by the room's "Presenter view"
 * button or S): the speaker notes, the current step of the guided path and the next one, a
 * clock, and the controls that drive the room's window (steps, replay, the lesson's main
 * buttons, the lessons). It talks to the room's window over a BroadcastChannel
 * (src/app/presenter-channel.ts); nothing here is seen by the room.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { controlStyles } from '../shared-styles.ts';
import { getLocale, isLocale, switchLocale } from '../../i18n/locale.ts';
import { formatElapsed, PRESENTER_CHANNEL, readRoomState, type PresenterCommand, type RoomState } from '../../app/presenter-channel.ts';
import type { Route } from '../../app/routes.ts';
import type { ShortcutCommand } from '../../app/shortcuts.ts';

/** How long to wait for the room's window before saying none answered. */
const ANSWER_WAIT_MS = 2000;

@customElement('genba-presenter-view')
@localized()
export class GenbaPresenterView extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        max-width: 64rem;
        margin: 0 auto;
        padding: 0.75rem 1rem 2rem;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: baseline;
        gap: 0.5rem 1rem;
        border-bottom: 1px solid var(--genba-border);
      }
      h1 {
        font-size: 1.3rem;
        margin: 0.25rem 0;
      }
      .clock {
        font-variant-numeric: tabular-nums;
        font-size: 1.6rem;
        font-weight: 700;
        display: flex;
        gap: 0.75rem;
        align-items: baseline;
        flex-wrap: wrap;
      }
      .clock button {
        font-size: 1rem;
        font-weight: 400;
      }
      .clock .elapsed {
        color: var(--genba-muted);
        font-size: 1.2rem;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
        gap: 1rem;
        margin-top: 1rem;
      }
      .card {
        background: var(--genba-surface);
        border: 1px solid var(--genba-border);
        border-radius: 8px;
        padding: 0.5rem 1rem 0.75rem;
      }
      h2 {
        font-size: 1.05rem;
        margin: 0.25rem 0 0.5rem;
      }
      .now {
        font-size: 1.4rem;
        font-weight: 700;
        margin: 0;
      }
      .next {
        color: var(--genba-muted);
        margin: 0.25rem 0 0;
      }
      .notes li {
        margin-bottom: 0.5rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin: 0.5rem 0;
      }
      ol {
        padding-left: 1.5rem;
        margin: 0.25rem 0;
      }
      ol button {
        text-align: left;
      }
      .done {
        color: #1b6e3a;
        font-weight: 700;
      }
      .waiting {
        background: #fff4e0;
        border: 1px solid #e69f00;
        border-radius: 6px;
        padding: 0.5rem 0.75rem;
      }
      nav a {
        margin-right: 0.75rem;
      }
    `,
  ];

  @state() private room: RoomState | null = null;
  @state() private noAnswer = false;
  @state() private now = Date.now();
  @state() private startedAt = Date.now();

  private channel: BroadcastChannel | null = null;
  private tick = 0;
  private waitTimer = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(PRESENTER_CHANNEL);
      this.channel.onmessage = (e: MessageEvent) => {
        const room = readRoomState(e.data);
        if (!room) return;
        this.room = room;
        this.noAnswer = false;
        // The presenter's window speaks the room's language (the notes arrive worded in it).
        if (room.locale !== getLocale() && isLocale(room.locale)) void switchLocale(room.locale);
      };
      this.send({ type: 'hello' });
    }
    this.waitTimer = window.setTimeout(() => (this.noAnswer = this.room === null), ANSWER_WAIT_MS);
    this.tick = window.setInterval(() => (this.now = Date.now()), 1000);
  }

  override disconnectedCallback(): void {
    clearInterval(this.tick);
    clearTimeout(this.waitTimer);
    this.channel?.close();
    this.channel = null;
    super.disconnectedCallback();
  }

  /** The window's title follows the language. */
  protected override updated(): void {
    document.title = msg('Presenter view · Genba');
  }

  private send(message: PresenterCommand): void {
    this.channel?.postMessage(message);
  }

  private command(command: ShortcutCommand): void {
    this.send({ type: 'command', command });
  }

  private renderClock() {
    const locale = getLocale() === 'en' ? 'en-GB' : getLocale();
    const time = new Date(this.now).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
    const elapsed = formatElapsed(this.now - this.startedAt);
    return html`<div class="clock" role="timer" aria-label=${msg('Clock')}>
      <span id="time">${time}</span>
      <span class="elapsed">${msg(str`Session ${elapsed}`)}</span>
      <button type="button" id="restart-clock" @click=${() => ((this.startedAt = Date.now()), (this.now = this.startedAt))}>
        ${msg('Restart the session clock')}
      </button>
    </div>`;
  }

  private renderSteps(room: RoomState) {
    if (room.steps.length === 0) return html`<p>${msg('This screen has no guided path.')}</p>`;
    const current = room.steps[room.current];
    const next = room.current >= 0 ? room.steps[room.current + 1] : undefined;
    return html`<p class="now" id="current-step">${current ? current.title : msg('Every step is done: time for the debrief.')}</p>
      <p class="next" id="next-step">${next ? msg(str`Then: ${next.title}`) : msg('This is the last step of the lesson.')}</p>
      <div class="row">
        <button type="button" id="previous" @click=${() => this.command('previous-step')}>${msg('← Previous part')}</button>
        <button type="button" id="next" class="primary" @click=${() => this.command('next-step')}>${msg('Next part →')}</button>
      </div>
      <ol aria-label=${msg('Steps of this lesson')}>
        ${room.steps.map(
          (s) => html`<li>
            <button type="button" aria-current=${s === current ? 'step' : nothing} @click=${() => this.send({ type: 'go-step', section: s.section })}>
              ${s.done ? html`<span class="done" aria-label=${msg('done')}>✔</span>` : nothing} ${s.title}
            </button>
          </li>`,
        )}
      </ol>`;
  }

  private renderControls(room: RoomState) {
    return html`<div class="row" role="group" aria-label=${msg('Replay')}>
        <button type="button" id="play" @click=${() => this.command('toggle-play')}>${msg('Play or pause')}</button>
        <button type="button" id="step-back" @click=${() => this.command('step-back')}>${msg('← Event')}</button>
        <button type="button" id="step-forward" @click=${() => this.command('step-forward')}>${msg('Event →')}</button>
        <button type="button" id="reset" @click=${() => this.command('reset')}>${msg('Reset')}</button>
      </div>
      ${room.actions.length
        ? html`<div class="row" role="group" aria-label=${msg("The lesson's buttons")}>
            ${room.actions.map(
              (a) =>
                html`<button type="button" class="action" data-action=${a.id} ?disabled=${a.disabled} @click=${() => this.send({ type: 'press', id: a.id })}>${a.label}</button>`,
            )}
          </div>`
        : nothing}`;
  }

  private renderLessons(room: RoomState) {
    const lessons: [Route, string][] = [
      ['batching', msg('1 · Batching illusion')],
      ['kaizen', msg('2 · It failed before')],
      ['launch', msg('3 · Launch sizing')],
    ];
    return html`<div class="row" role="group" aria-label=${msg('Lessons')}>
      ${lessons.map(
        ([route, label]) =>
          html`<button type="button" data-route=${route} aria-pressed=${room.route === route ? 'true' : 'false'} @click=${() => this.send({ type: 'go-route', route })}>
            ${label}
          </button>`,
      )}
    </div>`;
  }

  override render() {
    const room = this.room;
    return html`<header>
        <h1>${room ? msg(str`Presenter view: ${room.lessonTitle}`) : msg('Presenter view')}</h1>
        ${this.renderClock()}
      </header>
      ${room
        ? html`<div class="grid">
            <section class="card" aria-labelledby="step-h">
              <h2 id="step-h">${msg('Now')}</h2>
              ${this.renderSteps(room)}
            </section>
            <section class="card notes" aria-labelledby="notes-h">
              <h2 id="notes-h">${msg('Speaker notes')}</h2>
              <ul>
                ${room.notes.map((n) => html`<li>${n}</li>`)}
              </ul>
            </section>
            <section class="card" aria-labelledby="controls-h">
              <h2 id="controls-h">${msg("The room's screen")}</h2>
              ${this.renderControls(room)} ${this.renderLessons(room)}
            </section>
          </div>`
        : html`<p class="waiting" role="status">
            ${this.noAnswer
              ? msg('No room window answers: open Genba in another window of this browser, then press "Presenter view" there.')
              : msg('Connecting to the room window…')}
          </p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-presenter-view': GenbaPresenterView;
  }
}
