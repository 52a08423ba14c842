/**
 * One labelled text field of the launch form, as a template (not an element, so the input
 * stays in its component's shadow root, where its label and messages are): the validator's
 * message under it, tied with aria-describedby and aria-invalid. Values go in as text only.
 */
import { issueText } from '../../i18n/issue-text.ts';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldId } from '../../lessons/launch/launch-form.ts';
import type { ValidationIssue } from '../../scenario/types.ts';
import { joinSentences } from '../../i18n/text.ts';

export interface FieldOptions {
  /** The validator's path of the field: its messages and its id. */
  readonly path: string;
  readonly label: string;
  readonly value: string;
  readonly issues: readonly ValidationIssue[];
  /** Called with the text as typed. */
  readonly onInput: (value: string) => void;
  readonly hint?: string;
  /** Wider or narrower input, in characters. */
  readonly size?: number;
  readonly inputmode?: 'decimal' | 'numeric' | 'text';
  /** Labels visually hidden (a table's column says what the field is). */
  readonly hiddenLabel?: boolean;
  /** The id of a message about a group this field belongs to (e.g. probabilities that must add up): marks the field invalid and points to it. */
  readonly groupErrorId?: string;
  /** The scenario as the form gives it (rawScenarioOf), so messages name strategies and states as typed. */
  readonly input?: unknown;
}

export function renderField(o: FieldOptions): TemplateResult {
  const id = fieldId(o.path);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const own = o.issues.length > 0;
  const invalid = own || o.groupErrorId !== undefined;
  const describedBy = [own ? errorId : '', o.groupErrorId ?? '', o.hint ? hintId : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${id} class=${o.hiddenLabel ? 'visually-hidden' : ''}>${o.label}</label>
    <input
      id=${id}
      type="text"
      data-path=${o.path}
      inputmode=${o.inputmode ?? 'decimal'}
      size=${o.size ?? 10}
      autocomplete="off"
      spellcheck="false"
      .value=${o.value}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
    ${o.hint ? html`<p class="hint" id=${hintId}>${o.hint}</p>` : nothing}
    ${own ? html`<p class="error" id=${errorId}>${joinSentences(o.issues.map((i) => issueText(i, o.input)))}</p>` : nothing}
  </div>`;
}
