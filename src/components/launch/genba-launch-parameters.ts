/**
 * `genba-launch-parameters`: the case's parameters as fields — market states (add, remove,
 * name, probability, level), demand noise, price, cost, salvage, holding, horizon, ramp-up,
 * capacity, patience, safety factor, the two strategies' launch quantities and the sweep —
 * and a choice of preset cases. A form with strategies (Model B version 2) shows instead a
 * fieldset per strategy (add, remove, rename, each field, the commitment switched on or off;
 * launch-strategy-fields.ts) and a sweep of one strategy field. Every field shows the
 * validator's message under it; problems with no field of their own are listed at the end.
 *
 * @fires launch-form-edit - a field changed, or a state was added or removed.
 * @fires launch-preset-load - detail.file: a preset case to load.
 */
import { presetDescription, shownName } from '../../i18n/preset-names.ts';
import { issueText } from '../../i18n/issue-text.ts';
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import {
  FIELD_PATHS,
  fieldId,
  isStrategyForm,
  rawScenarioOf,
  MAX_STATES,
  STATES_PATH,
  statePath,
  SWEEP_PATH,
  unplacedIssues,
  type FormField,
  type LaunchForm,
} from '../../lessons/launch/launch-form.ts';
import type { ValidationIssue } from '../../scenario/types.ts';
import { fire } from './launch-events.ts';
import { renderField } from './launch-field.ts';
import { launchControlStyles } from './launch-styles.ts';
import { renderStrategies, renderSweepTarget, strategyEditorStyles, type StrategyEditorContext } from './launch-strategy-fields.ts';
import { firstUpdateInOwnTask } from '../../app/after-paint.ts';
import { joinSentences } from '../../i18n/text.ts';

/** A preset case from public/scenarios/index.json. */
export interface PresetEntry {
  readonly file: string;
  readonly name: string;
  readonly description: string;
}

/** A field's label and hint, in the page's language. */
function labelOf(field: Exclude<FormField, 'seed' | 'replications'>, strategies: boolean): { label: string; hint?: string } {
  // With strategies the sweep varies one strategy field, not Q0.
  if (strategies && field === 'sweepFrom') return { label: msg('From', { id: 'sweep.from.value' }) };
  if (strategies && field === 'sweepTo') return { label: msg('To', { id: 'sweep.to.value' }) };
  switch (field) {
    case 'demandCV':
      return { label: msg('Demand noise (coefficient of variation)'), hint: msg('0 = demand is exactly the level; 0.3 = ±30% month to month') };
    case 'price':
      return { label: msg('Price') };
    case 'cost':
      return { label: msg('Production cost') };
    case 'salvage':
      return { label: msg('Salvage value'), hint: msg('What a unit left at the end fetches') };
    case 'holding':
      return { label: msg('Holding cost per month') };
    case 'horizon':
      return { label: msg('Months sold over'), hint: msg('1 to 120') };
    case 'rampUp':
      return { label: msg('Ramp-up (months)'), hint: msg('The plant first produces in month 2 + ramp-up') };
    case 'capacity':
      return { label: msg('Capacity (units per month)') };
    case 'patience':
      return { label: msg('Patience (share 0 to 1)'), hint: msg('Share of unmet demand that waits one month') };
    case 'pilot':
      return { label: msg('Pilot batch Q0 (units)') };
    case 'launch':
      return { label: msg('Full launch Q0 (units)') };
    case 'sweepFrom':
      return { label: msg('From Q0') };
    case 'sweepTo':
      return { label: msg('To Q0') };
    case 'sweepStep':
      return { label: msg('Step', { id: 'sweep.step' }) };
    case 'safetyFactor':
      return { label: msg('Safety factor'), hint: msg('After the ramp-up the plant makes the estimate × (1 + safety factor), less the stock; empty = 0') };
  }
}

@customElement('genba-launch-parameters')
@localized()
export class GenbaLaunchParameters extends LitElement {
  /** Its first render in a task of its own (src/app/after-paint.ts): it arrives with the lesson's other lower sections. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return firstUpdateInOwnTask(this, () => super.scheduleUpdate());
  }

  static override styles = [
    launchControlStyles,
    strategyEditorStyles,
    css`
      .preset {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: 0.5rem;
        margin-bottom: 0.75rem;
      }
      .preset label {
        display: flex;
        flex-direction: column;
      }
      .groups {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(17rem, 100%), 1fr));
        gap: 0.75rem;
        align-items: start;
      }
      .states {
        grid-column: 1 / -1;
      }
      .fields {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(11rem, 100%), 1fr));
        gap: 0.5rem 0.75rem;
      }
      .table-scroll {
        overflow-x: auto;
        /* Contains the visually hidden column header, which would otherwise widen the page at 390 px. */
        position: relative;
      }
      table {
        border-collapse: collapse;
        margin-bottom: 0.5rem;
      }
      th {
        text-align: left;
        font-weight: 600;
        font-size: 0.95rem;
        padding: 0 0.5rem 0.2rem 0;
      }
      td {
        vertical-align: top;
        padding: 0 0.5rem 0.4rem 0;
      }
      .state-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: flex-end;
      }
      .unplaced {
        color: #a4000f;
      }
    `,
  ];

  @property({ attribute: false }) form: LaunchForm | null = null;
  @property({ attribute: false }) issues: readonly ValidationIssue[] = [];
  @property({ attribute: false }) presets: readonly PresetEntry[] = [];
  @state() private chosenPreset = '';

  private of(path: string): ValidationIssue[] {
    return this.issues.filter((i) => i.path === path);
  }

  /** The form as a scenario, for messages that name what was typed (strategies); set at each render. */
  private input: unknown = undefined;
  /** The id to focus once the next form is shown (a strategy added or removed). */
  private pendingFocus: string | null = null;

  override updated(changed: PropertyValues<this>): void {
    if (!changed.has('form') || this.pendingFocus === null) return;
    this.renderRoot.querySelector<HTMLElement>(`[id="${this.pendingFocus}"]`)?.focus();
    this.pendingFocus = null;
  }

  private field(form: LaunchForm, name: Exclude<FormField, 'seed' | 'replications'>): TemplateResult {
    const meta = labelOf(name, isStrategyForm(form));
    return renderField({
      path: FIELD_PATHS[name],
      label: meta.label,
      value: form[name] ?? '',
      issues: this.of(FIELD_PATHS[name]),
      input: this.input,
      onInput: (value) => fire(this, 'launch-form-edit', { kind: 'field', field: name, value }),
      ...(meta.hint ? { hint: meta.hint } : {}),
    });
  }

  private renderStates(form: LaunchForm): TemplateResult {
    const listIssues = this.of(STATES_PATH);
    const listErrorId = `${fieldId(STATES_PATH)}-error`;
    return html`<fieldset class="states" aria-describedby=${listIssues.length ? listErrorId : nothing}>
      <legend>${msg('Market states (one is drawn per market)')}</legend>
      <div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">${msg('Name')}</th>
            <th scope="col">${msg('Probability')}</th>
            <th scope="col">${msg('Demand level (units per month)')}</th>
            <th scope="col"><span class="visually-hidden">${msg('Remove')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${form.states.map((s, i) => {
            const n = i + 1;
            const name = s.name;
            return html`<tr>
              <td>
                ${renderField({
                  path: statePath(i, 'name'),
                  label: msg(str`Market state ${n}: name`),
                  hiddenLabel: true,
                  value: s.name,
                  size: 12,
                  inputmode: 'text',
                  issues: [...this.of(statePath(i, 'name')), ...this.of(`market.states[${i}]`)],
                  onInput: (value) => fire(this, 'launch-form-edit', { kind: 'state', index: i, key: 'name', value }),
                })}
              </td>
              <td>
                ${renderField({
                  path: statePath(i, 'probability'),
                  label: msg(str`Market state ${n}: probability`),
                  hiddenLabel: true,
                  value: s.probability,
                  size: 8,
                  issues: this.of(statePath(i, 'probability')),
                  ...(listIssues.length ? { groupErrorId: listErrorId } : {}),
                  onInput: (value) => fire(this, 'launch-form-edit', { kind: 'state', index: i, key: 'probability', value }),
                })}
              </td>
              <td>
                ${renderField({
                  path: statePath(i, 'level'),
                  label: msg(str`Market state ${n}: demand level (units per month)`),
                  hiddenLabel: true,
                  value: s.level,
                  size: 10,
                  issues: this.of(statePath(i, 'level')),
                  onInput: (value) => fire(this, 'launch-form-edit', { kind: 'state', index: i, key: 'level', value }),
                })}
              </td>
              <td>
                <button
                  type="button"
                  class="remove-state"
                  ?disabled=${form.states.length <= 1}
                  aria-label=${msg(str`Remove market state ${n} (${name})`)}
                  @click=${() => fire(this, 'launch-form-edit', { kind: 'remove-state', index: i })}
                >
                  ${msg('Remove')}
                </button>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      </div>
      ${listIssues.length ? html`<p class="error" id=${listErrorId}>${joinSentences(listIssues.map((i) => issueText(i)))}</p>` : nothing}
      <div class="state-actions">
        <button type="button" id="add-state" ?disabled=${form.states.length >= MAX_STATES} @click=${() => fire(this, 'launch-form-edit', { kind: 'add-state' })}>
          ${msg('Add a market state')}
        </button>
        ${this.field(form, 'demandCV')}
      </div>
    </fieldset>`;
  }

  private renderPresets(): TemplateResult | typeof nothing {
    if (this.presets.length === 0) return nothing;
    const chosen = this.chosenPreset || (this.presets[0]?.file ?? '');
    const description = presetDescription(chosen, this.presets.find((p) => p.file === chosen)?.description ?? '');
    return html`<div class="preset">
        <label for="preset"
          >${msg('Start from a case')}
          <select id="preset" @change=${(e: Event) => (this.chosenPreset = (e.target as HTMLSelectElement).value)}>
            ${this.presets.map((p) => html`<option value=${p.file} ?selected=${p.file === chosen}>${shownName(p.name)}</option>`)}
          </select>
        </label>
        <button type="button" id="load-preset" @click=${() => fire(this, 'launch-preset-load', { file: chosen })}>${msg('Load this case')}</button>
      </div>
      <p class="hint">${description}</p>`;
  }

  /** How many fields need fixing, in a polite live region (as lesson 1's editor): screen readers hear that a value was refused. */
  private renderStatus(): TemplateResult {
    const n = new Set(this.issues.map((i) => i.path)).size;
    const fields = n === 1 ? msg('1 field needs fixing') : msg(str`${n} fields need fixing`);
    return html`<div class="status" role="status" aria-live="polite">
      ${n === 0 ? nothing : html`<p class="error">${msg(str`${fields}. The last valid scenario stays in use.`)}</p>`}
    </div>`;
  }

  override render() {
    const form = this.form;
    if (form === null) return nothing;
    const unplaced = unplacedIssues(form, this.issues).filter((i) => i.path !== FIELD_PATHS.seed && i.path !== FIELD_PATHS.replications);
    const sweepIssues = this.of(SWEEP_PATH);
    this.input = rawScenarioOf(form);
    const ctx: StrategyEditorContext = { host: this, issues: this.issues, input: this.input, focusAfterEdit: (id) => (this.pendingFocus = id) };
    const strategies = isStrategyForm(form) ? form.strategies : null;
    return html`${this.renderPresets()} ${this.renderStatus()}
      <div class="groups">
        ${this.renderStates(form)}
        ${strategies
          ? renderStrategies(ctx, form, strategies)
          : html`<fieldset>
              <legend>${msg('The two strategies')}</legend>
              <div class="fields">${this.field(form, 'pilot')} ${this.field(form, 'launch')}</div>
            </fieldset>`}
        <fieldset>
          <legend>${msg('Economics, per unit (currency units)')}</legend>
          <div class="fields">${this.field(form, 'price')} ${this.field(form, 'cost')} ${this.field(form, 'salvage')} ${this.field(form, 'holding')}</div>
        </fieldset>
        <fieldset>
          <legend>${msg('Plant and customers')}</legend>
          <div class="fields">
            ${this.field(form, 'horizon')} ${this.field(form, 'rampUp')} ${this.field(form, 'capacity')} ${this.field(form, 'patience')}
            ${this.field(form, 'safetyFactor')}
          </div>
        </fieldset>
        <fieldset class="sweep">
          <legend>${strategies ? msg('Sweep of one strategy field') : msg('Sweep of the launch quantity Q0')}</legend>
          <div class="fields">
            ${strategies ? renderSweepTarget(ctx, form, strategies) : nothing} ${this.field(form, 'sweepFrom')} ${this.field(form, 'sweepTo')}
            ${this.field(form, 'sweepStep')}
          </div>
          ${sweepIssues.length ? html`<p class="error">${joinSentences(sweepIssues.map((i) => issueText(i, this.input)))}</p>` : nothing}
        </fieldset>
      </div>
      ${unplaced.length
        ? html`<ul class="unplaced" aria-label=${msg('Other problems with the case')}>
            ${unplaced.map((i) => html`<li>${issueText(i, this.input)}</li>`)}
          </ul>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-parameters': GenbaLaunchParameters;
  }
}
