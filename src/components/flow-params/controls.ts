/**
 * What the editor's elements share: the look of labels, inputs, selects, buttons and error
 * messages (readable on a projector at 1280×720, a 3 px #e69f00 focus ring), and reading the
 * text of a control from its change event.
 */
import { css, html, nothing, unsafeCSS, type TemplateResult } from 'lit';
import { UNREADABLE_NUMBER } from './number-text.ts';

export const ERROR_INK = '#a4000f';

export const controlStyles = css`
  :host {
    --genba-focus: #e69f00;
    color: var(--genba-ink, #1b1f24);
  }
  label {
    font-size: 0.9rem;
    color: var(--genba-muted, #4a5360);
  }
  input,
  select,
  button {
    font: inherit;
    font-size: 0.95rem;
    color: inherit;
    box-sizing: border-box;
    min-height: 2rem;
    border: 1px solid #8a96a3;
    border-radius: 4px;
    background: #fff;
  }
  input {
    padding: 0.15rem 0.35rem;
  }
  input[type='number'] {
    width: 4.75rem;
    font-variant-numeric: tabular-nums;
  }
  select {
    padding: 0.15rem 0.25rem;
  }
  button {
    padding: 0.15rem 0.45rem;
    cursor: pointer;
  }
  button:disabled {
    cursor: default;
    color: #6b7580;
    background: #eef1f4;
    border-color: #c9d1db;
  }
  input:focus-visible,
  select:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--genba-focus);
    outline-offset: 2px;
    /* A dark inner band: the ring keeps 3:1 against any background (WCAG C40). */
    box-shadow: 0 0 0 2px #1b1f24;
  }
  [aria-invalid='true'] {
    border: 2px solid ${unsafeCSS(ERROR_INK)};
    background: #fff5f5;
  }
  .msg {
    margin: 0.1rem 0 0.2rem;
    font-size: 0.85rem;
    line-height: 1.3;
    color: ${unsafeCSS(ERROR_INK)};
    overflow-wrap: anywhere;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** The control a change event came from (Lit listens on the control itself). */
function controlOf(event: Event): HTMLInputElement | HTMLSelectElement | undefined {
  const target = event.currentTarget;
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement ? target : undefined;
}

/** The text of a text field or select. */
export function textOf(event: Event): string {
  return controlOf(event)?.value ?? '';
}

/**
 * The text of a number field as typed. A browser clears the value of an
 * `<input type="number">` it cannot read (and flags `validity.badInput`); that case
 * becomes UNREADABLE_NUMBER so the validator reports it instead of an empty field.
 */
export function numberTextOf(event: Event): string {
  const control = controlOf(event);
  if (control === undefined) return '';
  if (control.value === '' && control instanceof HTMLInputElement && control.validity.badInput) return UNREADABLE_NUMBER;
  return control.value;
}

/** The text to put back into a number field: UNREADABLE_NUMBER is left as the browser shows it. */
export function shownNumberText(text: string): string {
  return text === UNREADABLE_NUMBER ? '' : text;
}

/**
 * The validator's messages for one field, shown under it; the field points at it with
 * `aria-describedby="<id>-msg"`. Several messages (two bad items of one list) get a line each.
 */
export function renderMessages(id: string, texts: readonly string[] | undefined): TemplateResult | typeof nothing {
  if (texts === undefined) return nothing;
  return html`<p class="msg" id=${`${id}-msg`}>${texts.map((text, i) => html`${i > 0 ? html`<br />` : nothing}${text}`)}</p>`;
}

/** Shows `value` in the select with id `id` under `root`, if it is not already shown. */
export function syncSelect(root: ParentNode, id: string, value: string): void {
  const select = root.querySelector(`[id="${id}"]`);
  if (select instanceof HTMLSelectElement && select.value !== value) select.value = value;
}
