/**
 * One time distribution in one row: a select of the distributions the scenario format
 * allows (`fixed` is a plain number) and a field for each parameter the chosen one takes.
 * It holds no state: it shows `distribution` and reports each edit; the owner validates.
 * Each control's id is the validator path it edits (`stations[0].processTime.mean`), and
 * a message given for that id is shown under the row, linked with aria-describedby.
 *
 * @fires genba-distribution-edit - detail: {@link DistributionEditDetail}, on every change
 *   (a parameter's field on `change`, not on each keystroke).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { controlStyles, numberTextOf, renderMessages, shownNumberText, syncSelect, textOf } from './controls.ts';
import {
  distributionName,
  paramName,
  DISTRIBUTION_NAMES,
  PARAMS_OF,
  fixedDraft,
  isDistributionName,
  switchDistribution,
  withParam,
  type DistributionDraft,
  type ParamKey,
} from './distribution-draft.ts';
import { distributionFieldId } from './fields.ts';

export interface DistributionEditDetail {
  readonly distribution: DistributionDraft;
}

@customElement('genba-distribution-input')
@localized()
export class GenbaDistributionInput extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.3rem 0.6rem;
      }
      .row-label {
        flex: none;
        color: inherit;
      }
      select {
        width: 8rem;
      }
      .param {
        display: inline-flex;
        align-items: center;
        gap: 0.25rem;
      }
      /* Chinese labels would otherwise break between any two characters, one per line. */
      .param label {
        white-space: nowrap;
      }
      .values {
        width: 11rem;
      }
      .msgs .msg {
        max-width: 30rem;
      }
      /* In a table cell the column header is the visible label. */
      .compact {
        gap: 0.3rem 0.4rem;
      }
      .compact select {
        width: 7.5rem;
      }
      .compact input[type='number'] {
        width: 4.25rem;
      }
    `,
  ];

  /** The distribution shown. */
  @property({ attribute: false }) distribution: DistributionDraft = fixedDraft(0);
  /** The validator path of the distribution, e.g. `stations[0].processTime`; the controls' ids start with it. */
  @property({ attribute: false }) base = '';
  /** The visible label, e.g. `Process time`; it also opens each parameter's accessible name. */
  @property({ attribute: false }) label = '';
  /** In a table cell: the label is only read out, since a column header shows it. */
  @property({ attribute: false }) compact = false;
  /** Validator messages per field id; those for this distribution's controls are shown. */
  @property({ attribute: false }) messages: ReadonlyMap<string, readonly string[]> = new Map();

  protected override updated(): void {
    // A select's value binding would be set before its options exist; sync it once rendered
    // (this also undoes a choice the owner did not take up).
    syncSelect(this.renderRoot, distributionFieldId(this.base, 'dist'), this.distribution.dist);
  }

  private emit(distribution: DistributionDraft): void {
    this.dispatchEvent(new CustomEvent<DistributionEditDetail>('genba-distribution-edit', { detail: { distribution } }));
  }

  private onDistChange(event: Event): void {
    const name = textOf(event);
    if (isDistributionName(name)) this.emit(switchDistribution(this.distribution, name));
  }

  private onParamChange(key: ParamKey, event: Event): void {
    const text = key === 'values' ? textOf(event) : numberTextOf(event);
    this.emit(withParam(this.distribution, key, text));
  }

  private describedBy(id: string) {
    return this.messages.has(id) ? `${id}-msg` : nothing;
  }

  private invalid(id: string) {
    return this.messages.has(id) ? 'true' : nothing;
  }

  private renderParam(key: ParamKey) {
    const id = distributionFieldId(this.base, key);
    const text = this.distribution.params[key] ?? '';
    const label = html`<label for=${id}><span class="sr-only">${this.label} </span>${paramName(key)}</label>`;
    // A list of values is text; every other parameter is one number.
    const field =
      key === 'values'
        ? html`<input
            id=${id}
            class="values"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            placeholder="1, 2.5, 3"
            .value=${live(text)}
            aria-invalid=${this.invalid(id)}
            aria-describedby=${this.describedBy(id)}
            @change=${(e: Event) => this.onParamChange(key, e)}
          />`
        : html`<input
            id=${id}
            type="text"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            .value=${live(shownNumberText(text))}
            aria-invalid=${this.invalid(id)}
            aria-describedby=${this.describedBy(id)}
            @change=${(e: Event) => this.onParamChange(key, e)}
          />`;
    return html`<span class="param">${label}${field}</span>`;
  }

  override render() {
    const d = this.distribution;
    const selectId = distributionFieldId(this.base, 'dist');
    const ids = [selectId, ...PARAMS_OF[d.dist].map((key) => distributionFieldId(this.base, key))];
    return html`
      <div class=${this.compact ? 'row compact' : 'row'}>
        <label class=${this.compact ? 'sr-only' : 'row-label'} for=${selectId}>${this.label}</label>
        <select
          id=${selectId}
          aria-invalid=${this.invalid(selectId)}
          aria-describedby=${this.describedBy(selectId)}
          @change=${this.onDistChange}
        >
          ${DISTRIBUTION_NAMES.map((name) => html`<option value=${name} ?selected=${name === d.dist}>${distributionName(name)}</option>`)}
        </select>
        ${PARAMS_OF[d.dist].map((key) => this.renderParam(key))}
      </div>
      <div class="msgs">
        ${ids.map((id) => renderMessages(id, this.messages.get(id)))}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-distribution-input': GenbaDistributionInput;
  }
  interface GlobalEventHandlersEventMap {
    'genba-distribution-edit': CustomEvent<DistributionEditDetail>;
  }
}
