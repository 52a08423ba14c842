/**
 * `genba-launch-prediction`: the trainee predicts before running — which strategy earns
 * more on average, and which loses money more often — and, once a run is done, sees the
 * prediction that run kept next to what it found.
 *
 * @fires launch-prediction-change - detail: the new Prediction, on every choice.
 */
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Answer, Mark, Prediction } from '../../lessons/launch/predictions.ts';
import type { PredictionCheck } from '../../lessons/launch/prediction-check.ts';
import { fire } from './launch-events.ts';
import { reportProgress } from '../../app/progress.ts';
import { launchControlStyles } from './launch-styles.ts';

type Question = 'earnsMore' | 'losesMoreOften';

/** A question and its "no difference" answer, in the page's language. */
function questionOf(question: Question): { readonly text: string; readonly same: string } {
  return question === 'earnsMore'
    ? { text: msg('Which strategy earns more on average?'), same: msg('About the same') }
    : { text: msg('Which one loses money more often?'), same: msg('About as often') };
}

export type { PredictionCheck };

/** An answer offered: a strategy (by the lesson's key) and how it reads. */
export interface AnswerOption {
  readonly value: 'launch' | 'pilot';
  readonly label: string;
}

@customElement('genba-launch-prediction')
@localized()
export class GenbaLaunchPrediction extends LitElement {
  static override styles = [
    launchControlStyles,
    css`
      .questions {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
        gap: 0.75rem;
      }
      label.choice {
        display: flex;
        align-items: center;
        min-height: 2rem;
        cursor: pointer;
      }
      .check {
        margin-top: 0.75rem;
        padding: 0.5rem 0.75rem;
        border-left: 4px solid var(--genba-accent, #1f4e79);
        background: #f4f6f8;
      }
      .check h3 {
        margin: 0 0 0.25rem;
        font-size: 1rem;
      }
      .check dl {
        margin: 0;
      }
      .check dt {
        font-weight: 600;
        margin-top: 0.4rem;
      }
      .check dd {
        margin: 0;
      }
      .mark {
        font-weight: 700;
      }
      .mark.right {
        color: #005a32;
      }
      .mark.wrong {
        color: #a4000f;
      }
    `,
  ];

  /** The two strategies offered, in the order shown. */
  @property({ attribute: false }) options: readonly AnswerOption[] = [];
  @property({ attribute: false }) prediction: Prediction = { earnsMore: null, losesMoreOften: null };
  /** The last run's kept prediction and results, to compare; null before any run. */
  @property({ attribute: false }) check: PredictionCheck | null = null;

  private choose(question: Question, answer: Answer): void {
    fire(this, 'launch-prediction-change', { ...this.prediction, [question]: answer });
  }

  private renderQuestion(question: Question): TemplateResult {
    const q = questionOf(question);
    const answers: { value: Answer; label: string }[] = [...this.options, { value: 'same', label: q.same }];
    return html`<fieldset>
      <legend>${q.text}</legend>
      ${answers.map(
        (a) => html`<label class="choice">
          <input
            type="radio"
            name=${question}
            value=${a.value}
            .checked=${this.prediction[question] === a.value}
            @change=${() => this.choose(question, a.value)}
          />${a.label}
        </label>`,
      )}
    </fieldset>`;
  }

  private markText(mark: Mark): TemplateResult | typeof nothing {
    if (mark === 'none') return nothing;
    return mark === 'right' ? html`<span class="mark right">${msg('✓ Right.')}</span>` : html`<span class="mark wrong">${msg('✗ Not this time.')}</span>`;
  }

  private renderCheck(check: PredictionCheck): TemplateResult {
    const said = check.said;
    const judged = check.marks;
    const row = (question: Question, sentence: string, mark: Mark) => {
      const q = questionOf(question);
      const answer = check.prediction[question];
      const said = answer === null ? '' : answer === 'same' ? q.same : check.answerText(answer);
      return html`<dt>${q.text}</dt>
        <dd>
          ${answer === null ? msg(str`You made no prediction. The run: ${sentence}`) : msg(str`You said: ${said}. The run: ${sentence}`)} ${mark === 'none'
            ? nothing
            : this.markText(mark)}
        </dd>`;
    };
    return html`<section class="check" aria-labelledby="check-title">
      <h3 id="check-title">${msg('Your prediction against the run')}</h3>
      <dl>
        ${row('earnsMore', said.earnsMore, judged.earnsMore)} ${row('losesMoreOften', said.losesMoreOften, judged.losesMoreOften)}
      </dl>
    </section>`;
  }

  private verdictRecorded: PredictionCheck | null = null;

  /** A run checked the prediction: the session summary records whether it was right, as shown. */
  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('check') || !this.check || this.check === this.verdictRecorded) return;
    this.verdictRecorded = this.check;
    const text = this.renderRoot.querySelector('.check dl')?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) reportProgress(this, 'launch', 'run', { kind: 'verdict', text });
  }

  override render() {
    return html`<div class="questions">${this.renderQuestion('earnsMore')} ${this.renderQuestion('losesMoreOften')}</div>
      <p class="hint">${msg('Your answers are kept with the next run and compared with what it finds.')}</p>
      ${this.check ? this.renderCheck(this.check) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-prediction': GenbaLaunchPrediction;
  }
}
