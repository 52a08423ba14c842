/**
 * Before the run: the trainee predicts which line delivers its first good unit first and
 * which finishes first, and by how much. The prediction is kept (locked) and, once the run
 * is revealed, shown beside what happened.
 *
 * @fires genba-predict - detail: Prediction, when the trainee keeps a prediction.
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { judge, winnerChoice, winnerWord, type Outcome, type Prediction, type Winner } from '../../lessons/batching/prediction.ts';
import { formatDecimal } from '../../i18n/format.ts';
import { controlStyles, questionStyles } from '../shared-styles.ts';
import { reportProgress } from '../../app/progress.ts';

const isWinner = (v: unknown): v is Winner => v === 'batch' || v === 'flow' || v === 'same';

/** A fresh Prediction from untrusted data, or null when it is not one. */
function predictionOf(value: unknown): Prediction | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined);
  const first = own('first');
  const finish = own('finish');
  const by = own('by');
  if (!isWinner(first) || !isWinner(finish) || typeof by !== 'number' || !Number.isFinite(by) || by < 0) return null;
  return { first, finish, by };
}

@customElement('genba-flow-prediction')
@localized()
export class GenbaFlowPrediction extends LitElement {
  static override styles = [
    controlStyles,
    questionStyles,
    css`
      input[type='number'] {
        width: 6rem;
        min-height: 2.2rem;
        padding: 0 0.4rem;
        border: 1px solid var(--genba-border, #c9d1db);
        border-radius: 4px;
      }
      .row {
        display: flex;
        gap: 0.75rem;
        align-items: center;
        flex-wrap: wrap;
      }
      .kept {
        margin: 0.25rem 0;
      }
      .right {
        color: #1b6e3a;
        font-weight: 600;
      }
      .wrong {
        color: #a3261d;
        font-weight: 600;
      }
      .error {
        color: #a3261d;
      }
    `,
  ];

  @property({ type: Boolean }) orderMode = true;
  /** Long unit word, plural: minutes, seconds, hours (分钟 …). */
  @property() unit = 'minutes';
  /** What happened, once revealed. */
  @property({ attribute: false }) outcome: Outcome | null = null;

  @state() private first: Winner | null = null;
  @state() private finish: Winner | null = null;
  @state() private by = '';
  @state() private kept: Prediction | null = null;
  @state() private error = '';

  get prediction(): Prediction | null {
    return this.kept;
  }

  /** Clears the prediction (a new scenario asks again). */
  clear(): void {
    this.kept = null;
    this.first = null;
    this.finish = null;
    this.by = '';
    this.error = '';
  }

  /**
   * Restores a prediction kept earlier, e.g. one a share link carried. The value is
   * untrusted (it came from a URL), so it is checked: two answers among batch, flow and
   * same, and a "by how much" that is a finite number ≥ 0. Returns whether it was restored;
   * nothing changes when it was not. Fires no event: the trainee did not just predict.
   */
  restore(value: unknown): boolean {
    const kept = predictionOf(value);
    if (kept === null) return false;
    this.clear();
    this.first = kept.first;
    this.finish = kept.finish;
    this.by = String(kept.by);
    this.kept = kept;
    return true;
  }

  private keep(): void {
    const by = this.by.trim() === '' ? 0 : Number(this.by);
    if (this.first === null || this.finish === null) {
      this.error = msg('Choose an answer to both questions first.');
      return;
    }
    if (!Number.isFinite(by) || by < 0) {
      this.error = msg(str`"By how much": ${this.by} is not allowed, must be a number of ${this.unit} ≥ 0.`);
      return;
    }
    this.error = '';
    this.kept = { first: this.first, finish: this.finish, by };
    this.dispatchEvent(new CustomEvent<Prediction>('genba-predict', { detail: this.kept, bubbles: true, composed: true }));
  }

  private question(name: 'first' | 'finish', legend: string) {
    const value = this[name];
    return html`<fieldset>
      <legend>${legend}</legend>
      ${(['batch', 'flow', 'same'] as const).map(
        (w) => html`<label
          ><input
            type="radio"
            name=${name}
            .value=${w}
            .checked=${value === w}
            @change=${() => (this[name] = w)}
          />${winnerChoice(w)}</label
        >`,
      )}
    </fieldset>`;
  }

  private reveal(p: Prediction, o: Outcome) {
    const v = judge(p, o);
    const fmt = (x: number) => (Number.isFinite(x) ? formatDecimal(x, 1) : '—');
    const unit = this.unit;
    const verdict = (right: boolean) => html`<span class=${right ? 'right' : 'wrong'}>${right ? msg('Right.') : msg('Not this time.')}</span>`;
    const first = (said: string, was: string) =>
      o.first === 'same'
        ? msg(html`First good unit: you said <strong>${said}</strong>; it was <strong>${was}</strong>.`)
        : msg(html`First good unit: you said <strong>${said}</strong>; it was <strong>${was}</strong>, by ${fmt(o.firstBy)} ${unit}.`);
    const what = this.orderMode ? msg('Order finished') : msg('Shorter mean lead time');
    const finish = (said: string, was: string) =>
      o.finish === 'same'
        ? msg(html`${what}: you said <strong>${said}</strong> by ${fmt(p.by)} ${unit}; it was <strong>${was}</strong>.`)
        : msg(html`${what}: you said <strong>${said}</strong> by ${fmt(p.by)} ${unit}; it was <strong>${was}</strong> by ${fmt(o.finishBy)} ${unit}.`);
    return html`<ul class="reveal">
      <li>${first(winnerWord(p.first), winnerWord(o.first))} ${verdict(v.firstRight)}</li>
      <li>${finish(winnerWord(p.finish), winnerWord(o.finish))} ${verdict(v.finishRight)}</li>
    </ul>`;
  }

  private verdictRecorded = '';

  /** A kept prediction meeting its outcome: the session summary records whether it was right, as shown. */
  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('outcome') || !this.outcome || !this.kept) return;
    // The screen hands a new outcome object at each of its renders: recorded once per prediction and outcome.
    const o = this.outcome;
    const key = JSON.stringify([this.kept, o.first, o.finish, o.firstBy, o.finishBy]);
    if (key === this.verdictRecorded) return;
    this.verdictRecorded = key;
    const text = this.renderRoot.querySelector('.reveal')?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) reportProgress(this, 'batching', 'reveal', { kind: 'verdict', text });
  }

  override render() {
    if (this.kept) {
      const first = winnerWord(this.kept.first);
      const finish = winnerWord(this.kept.finish);
      const by = formatDecimal(this.kept.by, 6);
      const unit = this.unit;
      return html`<p class="kept">
          ${this.orderMode
            ? msg(html`Your prediction: first good unit from <strong>${first}</strong>; order finished first by <strong>${finish}</strong>, ${by} ${unit} sooner.`)
            : msg(html`Your prediction: first good unit from <strong>${first}</strong>; shorter lead time from <strong>${finish}</strong> by ${by} ${unit}.`)}
        </p>
        ${this.outcome ? this.reveal(this.kept, this.outcome) : html`<p>${msg('Press play to see what happens.')}</p>`}`;
    }
    return html`
      <form novalidate @submit=${(e: Event) => (e.preventDefault(), this.keep())}>
        ${this.question('first', msg('Which line delivers its first good unit first?'))}
        ${this.question('finish', this.orderMode ? msg('Which line finishes the whole order first?') : msg('Which line keeps a unit the shorter time, on average?'))}
        <div class="row">
          <label>${msg('By how much?')} <input id="by" type="number" min="0" step="any" inputmode="decimal" .value=${this.by}
            @input=${(e: Event) => (this.by = (e.target as HTMLInputElement).value)} aria-describedby="prediction-error" /> ${this.unit}</label>
          <button class="primary" type="submit" id="keep">${msg('Keep my prediction')}</button>
        </div>
        <p id="prediction-error" class="error" role="alert">${this.error}</p>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-flow-prediction': GenbaFlowPrediction;
  }
}
