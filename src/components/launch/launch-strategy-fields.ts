/**
 * Lesson 3's strategy editor (Model B version 2), as templates rendered inside
 * `genba-launch-parameters` (not an element of its own: the inputs stay in the editor's
 * shadow root, where the screen finds a field by its path to focus it from the list of
 * problems). One fieldset per strategy — name, initial batch, ramp-up, capacity, fixed cost,
 * and a commitment that can be switched on or off — with add and remove buttons named for
 * the strategy they act on, and the sweep of one strategy field. Every field shows the
 * validator's message under it, worded as the form labels it (issue-text.ts).
 *
 * Every change is reported as a `launch-form-edit` (FormEdit) from `host`; the form itself is
 * changed by the screen (applyEdit), so this module holds no state.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { issueText } from '../../i18n/issue-text.ts';
import { fieldId, SWEEP_FIELD_PATH, SWEEP_STRATEGY_PATH, type LaunchForm } from '../../lessons/launch/launch-form.ts';
import { MAX_STRATEGIES, STRATEGIES_PATH, strategyPath, type StrategyFields, type StrategyTextField } from '../../lessons/launch/strategy-form.ts';
import { formatWhole } from '../../lessons/launch/format.ts';
import { STRATEGY_SWEEP_FIELDS, type StrategySweepField, type ValidationIssue } from '../../scenario/types.ts';
import { fire } from './launch-events.ts';
import { renderField } from './launch-field.ts';
import { joinSentences } from '../../i18n/text.ts';

/** What the templates need from the editor: where events come from, the problems, and the form as a scenario. */
export interface StrategyEditorContext {
  readonly host: HTMLElement;
  readonly issues: readonly ValidationIssue[];
  /** rawScenarioOf(form): lends the names typed to the messages. */
  readonly input: unknown;
  /** Asks the editor to focus the element with this id once the edited form is shown (keyboard users stay in place). */
  readonly focusAfterEdit: (id: string) => void;
}

function issuesAt(ctx: StrategyEditorContext, path: string): ValidationIssue[] {
  return ctx.issues.filter((i) => i.path === path);
}

/** "Strategy 2 · forecast" (or "Strategy 2" while the name is blank), as the messages name it. */
export function strategyTitle(index: number, name: string): string {
  const n = index + 1;
  return name.trim() === '' ? msg(str`Strategy ${n}`) : msg(str`Strategy ${n} · ${name}`);
}

/** A typed number as the hints show it, or the text as typed. */
function shownNumber(text: string): string {
  const x = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(x) ? formatWhole(x) : text.trim();
}

/** A field's label and hint; the defaults a left-out field takes are the scenario's, as typed. */
function fieldMeta(field: StrategyTextField, form: LaunchForm): { label: string; hint?: string } {
  switch (field) {
    case 'name':
      return { label: msg('Name') };
    case 'initial':
      return { label: msg('Initial batch (units)'), hint: msg('Made and paid before month 1') };
    case 'commitRate':
      return { label: msg('Commitment rate (units per month)'), hint: msg('Made every committed month, whatever the market') };
    case 'commitPeriods':
      return { label: msg('Committed months'), hint: msg('Months 1 to this one are committed') };
    case 'rampUp': {
      const plant = shownNumber(form.rampUp);
      return { label: msg('Ramp-up (months)'), hint: msg(str`After the commitment, first production in month 2 + ramp-up; empty: the plant's (${plant})`) };
    }
    case 'capacity': {
      const plant = shownNumber(form.capacity);
      return { label: msg('Capacity (units per month)'), hint: msg(str`Empty: the plant's (${plant})`) };
    }
    case 'fixedCost':
      return { label: msg('Fixed cost'), hint: msg('Paid before month 1 (tooling, a line built for it); empty: 0') };
  }
}

function strategyField(ctx: StrategyEditorContext, form: LaunchForm, index: number, s: StrategyFields, field: StrategyTextField): TemplateResult {
  const meta = fieldMeta(field, form);
  const path = strategyPath(index, field);
  const own = issuesAt(ctx, path);
  // A problem with the commitment as a whole (not from this editor, but from a file) shows at its rate.
  const group = field === 'commitRate' ? issuesAt(ctx, strategyPath(index, 'commit')) : [];
  return renderField({
    path,
    label: meta.label,
    value: s[field],
    issues: [...own, ...group],
    input: ctx.input,
    ...(field === 'name' ? { inputmode: 'text' as const, size: 14 } : {}),
    ...(meta.hint ? { hint: meta.hint } : {}),
    onInput: (value) => fire(ctx.host, 'launch-form-edit', { kind: 'strategy', index, key: field, value }),
  });
}

function renderStrategy(ctx: StrategyEditorContext, form: LaunchForm, list: readonly StrategyFields[], index: number): TemplateResult {
  const s = list[index] as StrategyFields;
  const title = strategyTitle(index, s.name);
  const n = index + 1;
  const name = s.name;
  const itemIssues = issuesAt(ctx, strategyPath(index));
  const itemErrorId = `${fieldId(strategyPath(index))}-error`;
  const commitId = fieldId(strategyPath(index, 'commit'));
  const field = (f: StrategyTextField) => strategyField(ctx, form, index, s, f);
  return html`<fieldset class="strategy" data-index=${index} aria-describedby=${itemIssues.length ? itemErrorId : nothing}>
    <legend>${title}</legend>
    <div class="fields">${field('name')} ${field('initial')} ${field('rampUp')} ${field('capacity')} ${field('fixedCost')}</div>
    <div class="commit">
      <input
        type="checkbox"
        id=${commitId}
        data-path=${strategyPath(index, 'commit')}
        .checked=${s.commit}
        @change=${(e: Event) => fire(ctx.host, 'launch-form-edit', { kind: 'strategy-commit', index, on: (e.target as HTMLInputElement).checked })}
      />
      <label for=${commitId}>${msg('Commit to a production plan before the market answers')}</label>
    </div>
    ${s.commit ? html`<div class="fields">${field('commitRate')} ${field('commitPeriods')}</div>` : nothing}
    ${itemIssues.length ? html`<p class="error" id=${itemErrorId}>${joinSentences(itemIssues.map((i) => issueText(i, ctx.input)))}</p>` : nothing}
    <div class="strategy-actions">
      <button
        type="button"
        class="remove-strategy"
        ?disabled=${list.length <= 1}
        aria-label=${name.trim() === '' ? msg(str`Remove strategy ${n}`) : msg(str`Remove strategy ${n} (${name})`)}
        @click=${() => {
          ctx.focusAfterEdit('add-strategy');
          fire(ctx.host, 'launch-form-edit', { kind: 'remove-strategy', index });
        }}
      >
        ${msg('Remove')}
      </button>
    </div>
  </fieldset>`;
}

/** The strategies, one fieldset each, and the button that adds one. */
export function renderStrategies(ctx: StrategyEditorContext, form: LaunchForm, list: readonly StrategyFields[]): TemplateResult {
  const listIssues = issuesAt(ctx, STRATEGIES_PATH);
  const listErrorId = `${fieldId(STRATEGIES_PATH)}-error`;
  const most = MAX_STRATEGIES;
  return html`<section class="strategies" aria-labelledby="strategies-heading" aria-describedby=${listIssues.length ? listErrorId : nothing}>
    <h3 id="strategies-heading">${msg('Strategies (compared on the same markets)')}</h3>
    <div class="strategy-list">${list.map((_s, i) => renderStrategy(ctx, form, list, i))}</div>
    ${listIssues.length ? html`<p class="error" id=${listErrorId}>${joinSentences(listIssues.map((i) => issueText(i, ctx.input)))}</p>` : nothing}
    <div class="strategy-actions">
      <button
        type="button"
        id="add-strategy"
        ?disabled=${list.length >= most}
        @click=${() => {
          ctx.focusAfterEdit(fieldId(strategyPath(list.length, 'name')));
          fire(ctx.host, 'launch-form-edit', { kind: 'add-strategy' });
        }}
      >
        ${msg('Add a strategy')}
      </button>
      <p class="hint">${msg(str`A copy of the last one, to change; up to ${most}.`)}</p>
    </div>
  </section>`;
}

/** A sweep field's name in the page's language. */
export function sweepFieldLabel(field: StrategySweepField): string {
  switch (field) {
    case 'initial':
      return msg('Initial batch (units)');
    case 'commit.rate':
      return msg('Commitment rate (units per month)');
    case 'commit.periods':
      return msg('Committed months');
  }
}

/** A choice of the sweep (its strategy or its field), with its message under it. */
function sweepChoice(ctx: StrategyEditorContext, path: string, label: string, options: TemplateResult[], onChange: (value: string) => void): TemplateResult {
  const id = fieldId(path);
  const own = issuesAt(ctx, path);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      data-path=${path}
      aria-invalid=${own.length ? 'true' : 'false'}
      aria-describedby=${own.length ? `${id}-error` : nothing}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
    >
      ${options}
    </select>
    ${own.length ? html`<p class="error" id=${`${id}-error`}>${joinSentences(own.map((i) => issueText(i, ctx.input)))}</p>` : nothing}
  </div>`;
}

/** The sweep's choices of strategy and field (its grid fields are the editor's own). */
export function renderSweepTarget(ctx: StrategyEditorContext, form: LaunchForm, list: readonly StrategyFields[]): TemplateResult {
  const target = Math.min(Math.max(0, form.sweepStrategy ?? 0), list.length - 1);
  const field = form.sweepField ?? 'initial';
  const hasCommit = list[target]?.commit === true;
  const strategyOptions = list.map((s, i) => html`<option value=${String(i)} ?selected=${i === target}>${strategyTitle(i, s.name)}</option>`);
  const fieldOptions = STRATEGY_SWEEP_FIELDS.map(
    (f) => html`<option value=${f} ?selected=${f === field} ?disabled=${f !== 'initial' && !hasCommit}>${sweepFieldLabel(f)}</option>`,
  );
  return html`${sweepChoice(ctx, SWEEP_STRATEGY_PATH, msg('Strategy swept'), strategyOptions, (value) =>
    fire(ctx.host, 'launch-form-edit', { kind: 'sweep-target', strategy: Number(value), field }),
  )}
  ${sweepChoice(ctx, SWEEP_FIELD_PATH, msg('Field swept'), fieldOptions, (value) =>
    (STRATEGY_SWEEP_FIELDS as readonly string[]).includes(value)
      ? fire(ctx.host, 'launch-form-edit', { kind: 'sweep-target', strategy: target, field: value as StrategySweepField })
      : undefined,
  )}`;
}

/** Layout of the strategy editor, added to the editor's styles: fits 320 px wide, grows with presenter mode's larger type (rem). */
export const strategyEditorStyles = css`
  .strategies {
    grid-column: 1 / -1;
  }
  .strategies h3 {
    font-size: 1rem;
    margin: 0 0 0.5rem;
  }
  .strategy-list {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr));
    gap: 0.75rem;
  }
  .strategy .fields + .commit,
  .strategy .commit + .fields {
    margin-top: 0.5rem;
  }
  .commit {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .commit input[type='checkbox'] {
    /* At least 24 × 24 CSS px (QUALITY A5). */
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
  }
  .strategy-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin-top: 0.5rem;
  }
  .strategy input[type='text'] {
    width: 100%;
    max-width: 14rem;
  }
`;
