/** Styles shared by the launch lesson's components: controls readable on a projector, a visible focus ring, field errors. */
import { css } from 'lit';

export const launchControlStyles = css`
  :host {
    display: block;
  }
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
  button.primary {
    background: var(--genba-accent, #1f4e79);
    border-color: var(--genba-accent, #1f4e79);
    color: #fff;
    font-weight: 600;
  }
  button[aria-pressed='true'] {
    background: #e8eef5;
    border-color: var(--genba-accent, #1f4e79);
    font-weight: 600;
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  input[type='text'] {
    min-height: 2.25rem;
    padding: 0.2rem 0.5rem;
    border-radius: 6px;
    border: 1px solid #6b7480;
    background: #fff;
    box-sizing: border-box;
  }
  input[aria-invalid='true'] {
    border: 2px solid #a4000f;
    background: #fff5f5;
  }
  input[type='radio'] {
    /* At least 24 × 24 CSS px (QUALITY A5). */
    width: 1.5rem;
    height: 1.5rem;
    margin: 0 0.4rem 0 0;
    vertical-align: middle;
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  summary:focus-visible,
  a:focus-visible,
  [tabindex='0']:focus-visible {
    outline: 3px solid #e69f00;
    outline-offset: 2px;
    /* A dark inner band: the ring keeps 3:1 against any background (WCAG C40). */
    box-shadow: 0 0 0 2px #1b1f24;
  }
  fieldset {
    border: 1px solid var(--genba-border, #c9d1db);
    border-radius: 8px;
    margin: 0;
    padding: 0.5rem 0.75rem 0.75rem;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
  }
  .field label {
    font-size: 0.95rem;
  }
  .hint {
    color: var(--genba-muted, #4a5360);
    font-size: 0.85rem;
    margin: 0;
  }
  .error {
    color: #a4000f;
    font-size: 0.85rem;
    margin: 0;
    overflow-wrap: anywhere;
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

/** The figure tables of lesson 3 (the plain ledger, version 1's figures): numbers right-aligned in tabular figures. */
export const launchFigureTableStyles = css`
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    margin: 0.25rem 0 0.5rem;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    padding: 0.2rem 0.75rem;
    border-bottom: 1px solid var(--genba-border, #c9d1db);
    text-align: right;
  }
`;
