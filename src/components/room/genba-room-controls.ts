/**
 * The presenter's controls for the room's current step: ask a question (with an optional
 * timer), reveal or close it, start the challenge with its target, or go back to the lobby.
 *
 * @fires genba-room-advance - detail: StepTarget
 * @fires genba-room-reveal - when "Reveal" is pressed
 * @fires genba-room-close - when "Close now" is pressed
 * @fires genba-room-teams - detail: the list of team names offered on the phones
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { StepTarget, StepView } from '../../room/protocol.ts';
import { CHALLENGE_KINDS, QUESTION_IDS, type ChallengeKind, type QuestionId } from '../../room/questions.ts';
import { ROOM_LIMITS } from '../../room/protocol.ts';
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
  /** The room's current list of team names. */
  @property({ attribute: false }) teams: readonly string[] = [];
  @state() private kind: ChallengeKind = 'batching';
  @state() private lossCap = '10';
  @state() private teamText: string | null = null;
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
    const max = this.kind === 'launch' ? 1e12 : 1e6;
    if (this.target.trim() === '' || !Number.isFinite(target) || target <= 0 || target > max) {
      this.error = msg(str`Target: ${this.target} is not allowed, must be a number above 0.`);
      return;
    }
    const cap = Number(this.lossCap);
    if (this.kind === 'launch' && (this.lossCap.trim() === '' || !Number.isFinite(cap) || cap < 0 || cap > 100)) {
      this.error = msg(str`Loss cap: ${this.lossCap} is not allowed, must be a percentage from 0 to 100.`);
      return;
    }
    this.error = '';
    this.fire('genba-room-advance', { kind: 'challenge', challenge: this.kind, target, ...(this.kind === 'launch' ? { lossCap: cap / 100 } : {}) });
  }

  /** The default target of each challenge: within reach of a good answer, not of the preset. */
  private pick(kind: ChallengeKind): void {
    this.kind = kind;
    this.target = kind === 'batching' ? '60' : kind === 'kaizen' ? '70' : kind === 'launch' ? '1100000' : '0.8';
  }

  private saveTeams(): void {
    const names = [...new Set((this.teamText ?? this.teams.join(', ')).split(/[,\n]/).map((t) => t.trim()).filter((t) => t !== ''))];
    // eslint-disable-next-line no-control-regex
    const bad = names.find((t) => t.length > ROOM_LIMITS.maxTeamName || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(t));
    if (bad !== undefined || names.length > ROOM_LIMITS.maxTeams) {
      this.error = msg(str`Teams: each name at most ${ROOM_LIMITS.maxTeamName} characters, at most ${ROOM_LIMITS.maxTeams} teams, separated by commas.`);
      return;
    }
    this.error = '';
    this.teamText = null;
    this.dispatchEvent(new CustomEvent('genba-room-teams', { detail: names, bubbles: true, composed: true }));
  }

  private kindLabel(kind: ChallengeKind): string {
    if (kind === 'kaizen') return msg('Lesson 2: fewest fixes (beat a mean lead time, minutes)');
    return kind === 'batching' ? msg('Lesson 1: transfer batch (beat a mean lead time, minutes)') : kind === 'launch' ? msg('Lesson 3: launch strategy (reach an expected profit)') : msg('Lesson 4: smallest WIP cap (keep a throughput, units/h)');
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
        <label>${msg('Challenge')}
          <select id="challenge-kind" @change=${(e: Event) => this.pick((e.target as HTMLSelectElement).value as ChallengeKind)}>
            ${CHALLENGE_KINDS.map((k) => html`<option value=${k} ?selected=${k === this.kind}>${this.kindLabel(k)}</option>`)}
          </select>
        </label>
        <label>${msg('Target')}
          <input id="target" type="number" min="0" step="any" inputmode="decimal" .value=${this.target} @input=${(e: Event) => (this.target = (e.target as HTMLInputElement).value)} />
        </label>
        ${this.kind === 'launch'
          ? html`<label>${msg('Largest chance of a loss (%)')}
              <input id="loss-cap" type="number" min="0" max="100" step="any" inputmode="decimal" .value=${this.lossCap} @input=${(e: Event) => (this.lossCap = (e.target as HTMLInputElement).value)} />
            </label>`
          : nothing}
        <button type="button" id="challenge" @click=${() => this.challenge()}>${msg('Start the challenge')}</button>
      </div>
      <div class="row">
        <label>${msg('Teams offered on the phones (separated by commas)')}
          <input id="teams" type="text" autocomplete="off" .value=${this.teamText ?? this.teams.join(', ')} @input=${(e: Event) => (this.teamText = (e.target as HTMLInputElement).value)} />
        </label>
        <button type="button" id="save-teams" @click=${() => this.saveTeams()}>${msg('Offer these teams')}</button>
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
    'genba-room-teams': CustomEvent<string[]>;
  }
}
