/**
 * Before the run: which line delivers more, and which holds less work in progress, pushed or
 * pulled? The prediction is kept and, once the outcome is shown, set beside what happened.
 *
 * @fires genba-predict - detail: PullPrediction, when the trainee keeps a prediction.
 */
import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { pullPredictionOf, type PullChoice, type PullPrediction } from '../../lessons/pull/prediction.ts';
import { reportProgress } from '../../app/progress.ts';
import { controlStyles } from '../shared-styles.ts';
import { pullStyles } from './pull-styles.ts';
import { choiceWord } from './pull-words.ts';

type Question = keyof PullPrediction;
const CHOICES: readonly PullChoice[] = ['push', 'pull', 'same'];

@customElement('genba-pull-prediction')
@localized()
export class GenbaPullPrediction extends LitElement {
  static override styles = [controlStyles, pullStyles];

  /** What happened, once shown; null before. */
  @property({ attribute: false }) outcome: PullPrediction | null = null;
  @state() private answers: Partial<Record<Question, PullChoice>> = {};
  @state() private kept: PullPrediction | null = null;
  @state() private error = '';

  get prediction(): PullPrediction | null {
    return this.kept;
  }

  clear(): void {
    this.kept = null;
    this.answers = {};
    this.error = '';
  }

  /** Restores a prediction from untrusted data (a link); returns whether it was one. Fires no event. */
  restore(value: unknown): boolean {
    const kept = pullPredictionOf(value);
    if (!kept) return false;
    this.answers = { ...kept };
    this.kept = kept;
    this.error = '';
    return true;
  }

  private keep(): void {
    const { deliveries, lessWip } = this.answers;
    if (!deliveries || !lessWip) {
      this.error = msg('Choose an answer to both questions first.');
      return;
    }
    this.error = '';
    this.kept = { deliveries, lessWip };
    this.dispatchEvent(new CustomEvent<PullPrediction>('genba-predict', { detail: this.kept, bubbles: true, composed: true }));
  }

  private verdictRecorded = '';

  /**
   * A kept prediction meeting the outcome: the session summary records whether each answer
   * was right, as shown (as lessons 1 and 3 do; issue 16, second look: lesson 4's printout
   * had the prediction and the result but not the check).
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.outcome || !this.kept) return;
    const key = JSON.stringify([this.kept, this.outcome]);
    if (key === this.verdictRecorded) return;
    this.verdictRecorded = key;
    const text = this.renderRoot.querySelector('.kept')?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) reportProgress(this, 'pull', 'outcome', { kind: 'verdict', text });
  }

  private question(name: Question, legend: string) {
    return html`<fieldset>
      <legend>${legend}</legend>
      ${CHOICES.map(
        (c) =>
          html`<label
            ><input type="radio" name=${name} .value=${c} .checked=${this.answers[name] === c} @change=${() => (this.answers = { ...this.answers, [name]: c })} />${choiceWord(
              c,
            )}</label
          >`,
      )}
    </fieldset>`;
  }

  private legend(q: Question): string {
    return q === 'deliveries' ? msg('Which line delivers more units an hour?') : msg('Which line holds less work in progress?');
  }

  override render() {
    const kept = this.kept;
    if (kept) {
      const o = this.outcome;
      const row = (q: Question) => {
        const said = choiceWord(kept[q]);
        if (!o) return html`<li>${this.legend(q)} ${msg('You said:')} <strong>${said}</strong>.</li>`;
        const right = kept[q] === o[q];
        return html`<li>
          ${this.legend(q)} ${msg('You said:')} <strong>${said}</strong>; ${msg('it was:')} <strong>${choiceWord(o[q])}</strong>.
          <span class=${right ? 'right' : 'wrong'}>${right ? msg('Right.') : msg('Not this time.')}</span>
        </li>`;
      };
      return html`<ul class="kept">
          ${row('deliveries')} ${row('lessWip')}
        </ul>
        ${o ? '' : html`<p>${msg('Press play to see what happens.')}</p>`}`;
    }
    return html`<form novalidate @submit=${(e: Event) => (e.preventDefault(), this.keep())}>
      ${this.question('deliveries', this.legend('deliveries'))} ${this.question('lessWip', this.legend('lessWip'))}
      <button type="submit" class="primary">${msg('Keep my prediction')}</button>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-pull-prediction': GenbaPullPrediction;
  }
}
