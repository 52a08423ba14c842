/**
 * Choose one improvement at a station, say what you expect, then apply it: the list of
 * candidates (grouped by the basic step they touch), a prediction of what happens to
 * one-piece flow's mean lead time (down, the same, up, and by how much), and one button.
 * The trainee must predict before the button applies anything (predict, then reveal).
 *
 * @fires genba-apply-improvement - detail: { improvement, expected }
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Candidate } from '../../lessons/kaizen/candidates.ts';
import { improvementLabel, type Improvement } from '../../lessons/kaizen/improvements.ts';
import type { Direction, Expectation } from '../../lessons/kaizen/kaizen-log.ts';
import { controlStyles } from '../shared-styles.ts';
import { shownName } from '../../i18n/preset-names.ts';

export interface ApplyDetail {
  readonly improvement: Improvement;
  readonly expected: Expectation;
}

@customElement('genba-improvement-picker')
@localized()
export class GenbaImprovementPicker extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: 1px solid var(--genba-border, #c9d1db);
        border-radius: 6px;
        margin: 0 0 0.5rem;
        padding: 0.25rem 0.75rem 0.5rem;
      }
      legend {
        font-weight: 600;
      }
      .options label {
        display: flex;
        gap: 0.4rem;
        align-items: center;
        min-height: 2rem;
      }
      .row {
        display: flex;
        gap: 0.75rem;
        flex-wrap: wrap;
        align-items: center;
      }
      .row label {
        display: inline-flex;
        gap: 0.3rem;
        align-items: center;
      }
      input[type='text'] {
        width: 6rem;
        min-height: 2.2rem;
        padding: 0 0.4rem;
        border: 1px solid var(--genba-border, #c9d1db);
        border-radius: 4px;
      }
      input[aria-invalid='true'] {
        border-color: #a3261d;
        background: #fff5f5;
      }
      .error {
        color: #a3261d;
        margin: 0.25rem 0 0;
      }
      .step {
        color: var(--genba-muted, #4a5360);
        font-size: 0.9rem;
        margin: 0.4rem 0 0.1rem;
      }
    `,
  ];

  @property({ attribute: false }) candidates: readonly Candidate[] = [];
  @property() station = '';
  @property() timeUnit: 'second' | 'minute' | 'hour' = 'minute';
  /** Long unit word, plural (in the page's language: the owner passes it again when it re-renders). */
  @property() unit = 'minutes';
  @property({ type: Boolean }) busy = false;

  @state() private chosen = '';
  @state() private direction: Direction | null = null;
  @state() private by = '';
  /** What is wrong, worded when shown (it follows a language switch); null when nothing is. */
  @state() private error: (() => string) | null = null;
  /** The problem is the "by how much" field's. */
  @state() private byInvalid = false;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('candidates') && !this.candidates.some((c) => c.improvement.id === this.chosen)) this.chosen = '';
  }

  private apply(): void {
    const candidate = this.candidates.find((c) => c.improvement.id === this.chosen);
    this.byInvalid = false;
    if (!candidate) {
      this.error = () => msg('Choose an improvement first.');
      return;
    }
    if (this.direction === null) {
      this.error = () => msg('Say what you expect first: will one-piece flow’s lead time go down, stay the same or go up?');
      return;
    }
    const text = this.by.trim();
    const by = text === '' ? 0 : Number(text);
    if (!/^\d*\.?\d*$/.test(text) || !Number.isFinite(by) || by < 0) {
      this.error = () => {
        const unit = this.unit;
        return msg(str`"By how much": "${text}" is not allowed, must be a number of ${unit} ≥ 0.`);
      };
      this.byInvalid = true;
      return;
    }
    this.error = null;
    this.dispatchEvent(
      new CustomEvent<ApplyDetail>('genba-apply-improvement', {
        detail: { improvement: candidate.improvement, expected: { direction: this.direction, by } },
        bubbles: true,
        composed: true,
      }),
    );
    this.chosen = '';
    this.direction = null;
    this.by = '';
  }

  override render() {
    const station = shownName(this.station);
    if (this.candidates.length === 0) return html`<p>${msg(str`Nothing left to change at ${station}.`)}</p>`;
    let lastStep: string | null = null;
    return html`<form novalidate @submit=${(e: Event) => (e.preventDefault(), this.apply())}>
      <fieldset class="options">
        <legend>${msg(str`What will you change at ${station}?`)}</legend>
        ${this.candidates.map((c) => {
          const element = c.element ? shownName(c.element) : c.element;
          const heading = c.element !== lastStep ? html`<p class="step">${element ? msg(str`“${element}”`) : msg('The station')}</p>` : nothing;
          lastStep = c.element;
          return html`${heading}<label
              ><input
                type="radio"
                name="improvement"
                .value=${c.improvement.id}
                .checked=${this.chosen === c.improvement.id}
                @change=${() => (this.chosen = c.improvement.id)}
              />${improvementLabel(c.improvement, this.timeUnit)}</label
            >`;
        })}
      </fieldset>
      <fieldset>
        <legend>${msg('Predict: one-piece flow’s mean lead time will…')}</legend>
        <div class="row">
          ${(['down', 'same', 'up'] as const).map(
            (d) => html`<label
              ><input type="radio" name="direction" .value=${d} .checked=${this.direction === d} @change=${() => (this.direction = d)} />${d === 'down'
                ? msg('go down')
                : d === 'same'
                  ? msg('stay the same')
                  : msg('go up')}</label
            >`,
          )}
          <label
            >${msg('by', { id: 'picker.by' })}
            <input
              id="by"
              type="text"
              inputmode="decimal"
              autocomplete="off"
              .value=${this.by}
              aria-invalid=${this.byInvalid ? 'true' : 'false'}
              aria-describedby="picker-error"
              @input=${(e: Event) => (this.by = (e.target as HTMLInputElement).value)}
            />
            ${this.unit}</label
          >
        </div>
      </fieldset>
      <button class="primary" type="submit" id="apply" ?disabled=${this.busy}>${msg('Apply and run again on the same seed')}</button>
      <p id="picker-error" class="error" role="alert">${this.error?.() ?? ''}</p>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-improvement-picker': GenbaImprovementPicker;
  }
}
