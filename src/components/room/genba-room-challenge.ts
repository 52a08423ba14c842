/**
 * The phone's side of a challenge: the parameters of the open challenge (lesson 1's transfer
 * batch and move time, lesson 3's launch strategy, lesson 4's WIP cap), a run on this phone
 * in a Web Worker with its progress and a Cancel button, and "Submit to the board". The
 * server re-runs whatever is submitted; only parameters leave the phone.
 *
 * @fires genba-room-submit - detail: the parameters (`{transferBatch, moveTime}`, `{launch}` or `{wipCap}`)
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ChallengeResult, StepView } from '../../room/protocol.ts';
import type { ChallengeFigures, ChallengeRequest } from '../../room/challenge-scenario.ts';
import { CHALLENGE, LAUNCH_CHALLENGE, PULL_CHALLENGE } from '../../room/questions.ts';
import { KAIZEN_FIX_IDS, canonicalFixes, type KaizenFix } from '../../room/kaizen-fixes.ts';
import { choiceText } from './room-text.ts';
import { controlStyles } from '../shared-styles.ts';
import { formatPercent } from '../../i18n/format.ts';
import { challengeGoal, figuresText, paramsText, resultFigures } from './challenge-text.ts';
import { runChallengeInWorker } from './challenge-run.ts';

export type SubmitParams =
  | { transferBatch: number; moveTime: number }
  | { fixes: KaizenFix[] }
  | { launch: { initial: number; rate: number; periods: number } }
  | { wipCap: number };

type Field = 'batch' | 'move' | 'initial' | 'rate' | 'periods' | 'cap';

@customElement('genba-room-challenge')
@localized()
export class GenbaRoomChallenge extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      label {
        display: block;
        margin: 0.6rem 0;
      }
      input {
        display: block;
        width: 100%;
        max-width: 14rem;
        font-size: 1.1rem;
        margin-top: 0.2rem;
      }
      button {
        min-height: 2.75rem;
        margin: 0.3rem 0.5rem 0.3rem 0;
      }
      fieldset {
        border: 1px solid var(--genba-border, #c9d1db);
        border-radius: 6px;
      }
      label.check {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        min-height: 2.5rem;
        margin: 0.1rem 0;
      }
      label.check input {
        display: inline;
        width: 1.3rem;
        height: 1.3rem;
        margin: 0;
      }
      progress {
        width: 100%;
        max-width: 14rem;
      }
      .result {
        font-weight: 600;
      }
      .error {
        color: #a3261d;
      }
    `,
  ];

  @property({ attribute: false }) step: StepView | null = null;
  /** The server's result of this phone's last submission. */
  @property({ attribute: false }) result: ChallengeResult | null = null;
  /** A submission is waiting for the server. */
  @property({ type: Boolean }) waiting = false;

  @state() private values: Record<Field, string> = { batch: '10', move: '0.5', initial: '500', rate: '0', periods: '0', cap: '10' };
  @state() private fixes: readonly string[] = [];
  @state() private own: ChallengeFigures | null = null;
  @state() private progress: number | null = null;
  @state() private error = '';
  private abort: AbortController | null = null;

  override disconnectedCallback(): void {
    this.abort?.abort();
    super.disconnectedCallback();
  }

  private kind() {
    return this.step?.challenge ?? 'batching';
  }

  private whole(field: Field, label: string, b: { readonly min: number; readonly max: number }): number | null {
    const text = this.values[field];
    const n = Number(text);
    if (text.trim() === '' || !Number.isInteger(n) || n < b.min || n > b.max) {
      this.error = msg(str`${label}: ${text} is not allowed, must be a whole number from ${b.min} to ${b.max}.`);
      return null;
    }
    return n;
  }

  /** The request from the form, or null with a message naming the field. */
  private request(): ChallengeRequest | null {
    this.error = '';
    const kind = this.kind();
    if (kind === 'batching') {
      const transferBatch = this.whole('batch', msg('Transfer batch'), CHALLENGE.transferBatch);
      if (transferBatch === null) return null;
      const text = this.values.move;
      const moveTime = Number(text);
      const mt = CHALLENGE.moveTime;
      if (text.trim() === '' || !Number.isFinite(moveTime) || moveTime < mt.min || moveTime > mt.max) {
        this.error = msg(str`Move time: ${text} is not allowed, must be a number of minutes from ${mt.min} to ${mt.max}.`);
        return null;
      }
      return { kind, transferBatch, moveTime };
    }
    if (kind === 'pull') {
      const wipCap = this.whole('cap', msg('WIP cap'), PULL_CHALLENGE.wipCap);
      return wipCap === null ? null : { kind, wipCap };
    }
    if (kind === 'kaizen') return { kind, fixes: canonicalFixes(this.fixes) };
    const initial = this.whole('initial', msg('Cars made before launch'), LAUNCH_CHALLENGE.initial);
    const rate = initial === null ? null : this.whole('rate', msg('Committed cars a month'), LAUNCH_CHALLENGE.rate);
    const periods = rate === null ? null : this.whole('periods', msg('Committed months'), LAUNCH_CHALLENGE.periods);
    if (initial === null || rate === null || periods === null) return null;
    return { kind, initial, rate, periods };
  }

  private async runHere(): Promise<void> {
    const request = this.request();
    if (!request) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.progress = 0;
    this.own = null;
    try {
      this.own = await runChallengeInWorker(request, { signal: abort.signal, onProgress: (f) => (this.progress = f) });
    } catch (error) {
      this.error = (error as Error).name === 'AbortError' ? msg('Run cancelled.') : error instanceof Error ? error.message : String(error);
    } finally {
      if (this.abort === abort) {
        this.abort = null;
        this.progress = null;
      }
    }
  }

  private submit(): void {
    const r = this.request();
    if (!r) return;
    const detail: SubmitParams =
      r.kind === 'batching'
        ? { transferBatch: r.transferBatch, moveTime: r.moveTime }
        : r.kind === 'kaizen'
          ? { fixes: canonicalFixes(r.fixes) }
          : r.kind === 'launch'
            ? { launch: { initial: r.initial, rate: r.rate, periods: r.periods } }
            : { wipCap: r.wipCap };
    this.dispatchEvent(new CustomEvent('genba-room-submit', { detail, bubbles: true, composed: true }));
  }

  private input(field: Field, label: string, attrs: { min: number; max: number; step?: string; mode?: string }) {
    return html`<label>${label}
      <input
        id=${field}
        type="number"
        inputmode=${attrs.mode ?? 'numeric'}
        min=${attrs.min}
        max=${attrs.max}
        step=${attrs.step ?? '1'}
        .value=${this.values[field]}
        @input=${(e: Event) => ((this.values = { ...this.values, [field]: (e.target as HTMLInputElement).value }), (this.own = null))}
      />
    </label>`;
  }

  private fields() {
    switch (this.kind()) {
      case 'batching':
        return html`${this.input('batch', msg(str`Transfer batch (${CHALLENGE.transferBatch.min}–${CHALLENGE.transferBatch.max} parts)`), CHALLENGE.transferBatch)}
        ${this.input('move', msg(str`Move time between stations (${CHALLENGE.moveTime.min}–${CHALLENGE.moveTime.max} minutes)`), { ...CHALLENGE.moveTime, step: 'any', mode: 'decimal' })}`;
      case 'launch':
        return html`${this.input('initial', msg(str`Cars made before launch (${LAUNCH_CHALLENGE.initial.min}–${LAUNCH_CHALLENGE.initial.max})`), LAUNCH_CHALLENGE.initial)}
        ${this.input('rate', msg(str`Committed cars a month (${LAUNCH_CHALLENGE.rate.min}–${LAUNCH_CHALLENGE.rate.max})`), LAUNCH_CHALLENGE.rate)}
        ${this.input('periods', msg(str`Committed months (${LAUNCH_CHALLENGE.periods.min}–${LAUNCH_CHALLENGE.periods.max}; 0 for none)`), LAUNCH_CHALLENGE.periods)}`;
      case 'kaizen':
        return html`<fieldset>
          <legend>${msg('The fixes to make (the line then runs in one-piece flow)')}</legend>
          ${KAIZEN_FIX_IDS.map(
            (f) => html`<label class="check"><input type="checkbox" data-fix=${f} .checked=${this.fixes.includes(f)} @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              this.fixes = on ? [...this.fixes, f] : this.fixes.filter((x) => x !== f);
              this.own = null;
            }} /> ${choiceText('kaizen.first-fix', f)}</label>`,
          )}
        </fieldset>`;
      case 'pull':
        return this.input('cap', msg(str`WIP cap (${PULL_CHALLENGE.wipCap.min}–${PULL_CHALLENGE.wipCap.max} units in the line)`), PULL_CHALLENGE.wipCap);
    }
  }

  override render() {
    const step = this.step;
    if (!step) return nothing;
    const running = this.progress !== null;
    const r = this.result;
    const share = formatPercent(this.progress ?? 0);
    return html`<h2>${challengeGoal(step)}</h2>
      ${this.fields()}
      <button type="button" id="run-here" ?disabled=${running} @click=${() => void this.runHere()}>${msg('Run it on this phone')}</button>
      ${running
        ? html`<p role="status" id="run-progress"><progress max="1" .value=${this.progress ?? 0}></progress> ${msg(str`Running on this phone: ${share}`)}</p>
            <button type="button" id="cancel-run" @click=${() => this.abort?.abort()}>${msg('Cancel the run')}</button>`
        : nothing}
      ${this.own ? html`<p id="own-run">${msg(str`On this phone: ${figuresText(this.own)}.`)}</p>` : nothing}
      <button type="button" class="primary" id="submit" ?disabled=${step.closed} @click=${() => this.submit()}>${msg('Submit to the board')}</button>
      ${this.waiting ? html`<p role="status">${msg('Submitted — waiting for the server’s run.')}</p>` : nothing}
      ${r
        ? html`<p class="result" id="submitted" role="status">${msg(str`The server’s engine, with ${paramsText(r)}: ${figuresText(resultFigures(r))}.`)} ${r.beats ? msg('You beat the target!') : msg('Not there yet.')}</p>`
        : nothing}
      ${this.error ? html`<p class="error" role="alert" id="challenge-error">${this.error}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-room-challenge': GenbaRoomChallenge;
  }
  interface GlobalEventHandlersEventMap {
    'genba-room-submit': CustomEvent<SubmitParams>;
  }
}
