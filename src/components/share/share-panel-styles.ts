/** The share panel's styles: its groups, the saved list and its actions, errors and statuses. */
import { css } from 'lit';
import { controlStyles } from '../shared-styles.ts';

export const sharePanelStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    .groups {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr));
      gap: 0.75rem 1.5rem;
    }
    h3 {
      font-size: 1.05rem;
      margin: 0.25rem 0 0.4rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin: 0.35rem 0;
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      min-height: 2rem;
    }
    input[type='checkbox'] {
      width: 1.1rem;
      height: 1.1rem;
    }
    input[type='text'],
    input[readonly] {
      min-height: 2.2rem;
      padding: 0 0.4rem;
      border: 1px solid var(--genba-border, #c9d1db);
      border-radius: 4px;
      min-width: 0;
    }
    #link {
      flex: 1 1 16rem;
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.85rem;
      background: #f6f8fa;
    }
    .hint {
      color: var(--genba-muted, #4a5360);
      margin: 0.25rem 0;
    }
    .status {
      color: #1b6e3a;
      margin: 0.25rem 0;
    }
    .error,
    .problem {
      color: #a3261d;
    }
    .errors {
      border: 1px solid #a3261d;
      border-radius: 6px;
      padding: 0.4rem 0.75rem;
      margin: 0.4rem 0;
      background: #fff5f4;
    }
    .errors:focus {
      outline: 3px solid #e69f00;
      outline-offset: 2px;
      box-shadow: 0 0 0 2px #1b1f24;
    }
    .errors ul {
      margin: 0.25rem 0;
      padding-left: 1.25rem;
    }
    .message {
      background: #fff4e0;
      border: 1px solid #e69f00;
      border-radius: 6px;
      padding: 0.4rem 0.75rem;
      margin: 0.4rem 0;
    }
    ul.saved,
    ul.aside {
      list-style: none;
      margin: 0.25rem 0;
      padding: 0;
    }
    ul.saved li,
    ul.aside li {
      border-top: 1px solid var(--genba-border, #c9d1db);
      padding: 0.4rem 0;
    }
    .name {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .meta {
      color: var(--genba-muted, #4a5360);
      font-size: 0.9rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem;
      margin-top: 0.25rem;
    }
    .actions button {
      min-height: 2rem;
      padding: 0.1rem 0.6rem;
    }
    button.danger {
      border-color: #a3261d;
      color: #a3261d;
    }
    .reason {
      overflow-wrap: anywhere;
    }
    .rename input {
      flex: 1 1 12rem;
    }
  `,
];
