/** Styles shared by controls: buttons, fields and focus, readable on a projector. */
import { css } from 'lit';

export const controlStyles = css`
  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  button,
  select {
    min-height: 2.5rem;
    padding: 0.25rem 0.75rem;
    border-radius: 6px;
    border: 1px solid var(--genba-border, #c9d1db);
    background: #fff;
    cursor: pointer;
  }
  select {
    /* Long scenario names must not widen the page at 320 px (WCAG 1.4.10). */
    max-width: 100%;
    min-width: 0;
  }
  button.primary {
    background: var(--genba-accent, #1f4e79);
    border-color: var(--genba-accent, #1f4e79);
    color: #fff;
    font-weight: 600;
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  summary:focus-visible,
  a:focus-visible {
    outline: 3px solid #e69f00;
    outline-offset: 2px;
    /* A dark inner band: the ring keeps 3:1 against any background (WCAG C40). */
    box-shadow: 0 0 0 2px #1b1f24;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

/** A question's look (lessons 1 and 4): the host a block, fieldsets with a legend, labels beside their radio buttons. */
export const questionStyles = css`
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
    padding: 0 0.25rem;
  }
  label {
    margin-right: 1rem;
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
    min-height: 2rem;
  }
  input[type='radio'] {
    width: 1.1rem;
    height: 1.1rem;
  }
`;
