/**
 * The presenter's controls for the room's current step: ask a question (with an optional
 * timer), reveal or close it, start the challenge with its target, or go back to the lobby.
 *
 * @fires genba-room-advance - detail: StepTarget
 * @fires genba-room-reveal - when "Reveal" is pressed
 * @fires genba-room-close - when "Close now" is pressed
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { StepTarget, StepView } from '../../room/protocol.ts';
import { QUESTION_IDS, type QuestionId } from '../../room/questions.ts';
import { controlStyles } from '../shared-styles.ts';
import { questionText } from './room-text.ts';

@customElement('genba-room-controls')
@localized()
export class GenbaRoomControls extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        margin: 0.4rem 0;
      }
      input[type='number'] {
        width: 6rem;
      }
      .error {
        color: #a3261d;
      }
    `,
  ];

  @property({ attribute: false }) step: StepView | null = null;
  @state() private question: QuestionId = 'batching.finish';
  @state() private seconds = '';
  @state() private target = '60';
  @state() private error = '';

  private fire(name: 'genba-room-advance' | 'genba-room-reveal' | 'genba-room-close', detail?: StepTarget): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private ask(): void {
    const text = this.seconds.trim();
    const seconds = text === '' ? undefined : Number(text);
    if (seconds !== undefined && (!Number.isInteger(seconds) || seconds < 5 || seconds > 3600)) {
      this.error = msg(str`Timer: ${text} is not allowed, must be a whole number of seconds from 5 to 3600, or empty for no timer.`);
      return;
    }
    this.error = '';
    this.fire('genba-room-advance', { kind: 'question', question: this.question, ...(seconds ? { seconds } : {}) });
  }

  private challenge(): void {
    const target = Number(this.target);
    if (this.target.trim() === '' || !Number.isFinite(target) || target <= 0 || target > 1e6) {
      this.error = msg(str`Target: ${this.target} is not allowed, must be a number of minutes above 0.`);
      return;
    }
    this.error = '';
    this.fire('genba-room-advance', { kind: 'challenge', target });
  }

  override render() {
    const step = this.step;
    const open = step && step.kind !== 'lobby' && !step.closed;
    return html`<div class="row">
        <label>${msg('Question')}
          <select id="question" @change=${(e: Event) => (this.question = (e.target as HTMLSelectElement).value as QuestionId)}>
            ${QUESTION_IDS.map((q) => html`<option value=${q} ?selected=${q === this.question}>${questionText(q)}</option>`)}
          </select>
        </label>
        <label>${msg('Timer (seconds, optional)')}
          <input id="timer" type="number" min="5" max="3600" step="1" inputmode="numeric" .value=${this.seconds} @input=${(e: Event) => (this.seconds = (e.target as HTMLInputElement).value)} />
        </label>
        <button type="button" class="primary" id="ask" @click=${() => this.ask()}>${msg('Ask the room')}</button>
      </div>
      <div class="row">
        <button type="button" id="reveal" ?disabled=${!step || step.kind === 'lobby' || step.revealed} @click=${() => this.fire('genba-room-reveal')}>${msg('Reveal')}</button>
        <button type="button" id="close" ?disabled=${!open} @click=${() => this.fire('genba-room-close')}>${msg('Close now')}</button>
        <button type="button" id="lobby" @click=${() => this.fire('genba-room-advance', { kind: 'lobby' })}>${msg('Back to the lobby')}</button>
      </div>
      <div class="row">
        <label>${msg('Challenge: mean lead time to beat (minutes)')}
          <input id="target" type="number" min="0" step="any" inputmode="decimal" .value=${this.target} @input=${(e: Event) => (this.target = (e.target as HTMLInputElement).value)} />
        </label>
        <button type="button" id="challenge" @click=${() => this.challenge()}>${msg('Start the challenge')}</button>
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-room-controls': GenbaRoomControls;
  }
  interface GlobalEventHandlersEventMap {
    'genba-room-advance': CustomEvent<StepTarget>;
    'genba-room-reveal': CustomEvent<undefined>;
    'genba-room-close': CustomEvent<undefined>;
  }
}
