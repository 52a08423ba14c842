/** Shared look of lesson 4's section components: fieldsets, verdicts, field errors. */
import { css } from 'lit';
import { questionStyles } from '../shared-styles.ts';

export const pullStyles = [
  questionStyles,
  css`
  input[type='text'] {
    width: 6rem;
    min-height: 2.2rem;
    padding: 0 0.4rem;
    border: 1px solid var(--genba-border, #c9d1db);
    border-radius: 4px;
  }
  input[aria-invalid='true'] {
    border-color: #a3261d;
    border-width: 2px;
  }
  .right {
    color: #1b6e3a;
    font-weight: 600;
  }
  .wrong {
    color: #a3261d;
    font-weight: 600;
  }
  .error {
    color: #a3261d;
  }
  table {
    border-collapse: collapse;
    margin: 0.5rem 0;
  }
  th,
  td {
    border-bottom: 1px solid var(--genba-border, #c9d1db);
    padding: 0.3rem 0.6rem;
    text-align: right;
  }
  th[scope='row'],
  thead th:first-child,
  caption {
    text-align: left;
  }
  .moment {
    margin: 0.75rem 0 0.25rem;
  }
  .little {
    font-size: 1.1rem;
    border-left: 4px solid var(--genba-accent, #1f4e79);
    padding-left: 0.6rem;
  }
`,
];
