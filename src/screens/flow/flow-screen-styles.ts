/** Layout of the batching lesson: sections as cards, charts two to a row on wide screens. */
import { css } from 'lit';

export const flowScreenStyles = css`
  :host {
    display: block;
  }
  /* Lesson 1's section components render into this shadow root (light-section.ts). */
  genba-flow-results,
  genba-flow-station,
  genba-flow-many,
  genba-flow-sweep {
    display: block;
  }
  h1 {
    margin: 0 0 0.25rem;
    font-size: 1.8rem;
  }
  .lede {
    margin: 0 0 0.75rem;
    color: var(--genba-muted, #4a5360);
    font-size: 1.05rem;
    max-width: 60rem;
  }
  section {
    background: var(--genba-surface, #fff);
    border: 1px solid var(--genba-border, #c9d1db);
    border-radius: 8px;
    padding: 0.75rem 1rem;
    margin-bottom: 1rem;
  }
  h2 {
    font-size: 1.25rem;
    margin: 0 0 0.5rem;
  }
  .step {
    display: inline-block;
    min-width: 1.6rem;
    height: 1.6rem;
    line-height: 1.6rem;
    border-radius: 50%;
    background: var(--genba-accent, #1f4e79);
    color: #fff;
    text-align: center;
    margin-right: 0.4rem;
    font-size: 1rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-bottom: 0.75rem;
  }
  .lines {
    display: grid;
    gap: 0.5rem;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(var(--genba-chart-min, 30rem), 100%), 1fr));
    gap: 1rem;
    margin-top: 1rem;
  }
  .charts h3 {
    font-size: 1.05rem;
    margin: 0 0 0.25rem;
  }
  .hint {
    color: var(--genba-muted, #4a5360);
    margin: 0.25rem 0;
  }
  .message {
    background: #fff4e0;
    border: 1px solid #e69f00;
    border-radius: 6px;
    padding: 0.5rem 0.75rem;
  }
  .error {
    color: #a3261d;
  }
  progress {
    width: 14rem;
    height: 1rem;
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    padding: 0.2rem 0.6rem;
    border-bottom: 1px solid var(--genba-border, #c9d1db);
    text-align: right;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: left;
  }
  details > summary {
    cursor: pointer;
    font-weight: 600;
    font-size: 1.15rem;
    min-height: 2rem;
  }
  /* The sweep draws itself wider in a wide section (src/components/charts/sweep-chart.ts): no cap. */
  #share-h:focus {
    outline: none;
  }
  button.skip {
    margin-left: auto;
    border-color: transparent;
    background: transparent;
    color: var(--genba-accent, #1f4e79);
    font-weight: 600;
    text-decoration: underline;
  }
  #link-notices {
    margin: 0 0 1rem;
  }
  #link-notices p {
    margin: 0.15rem 0;
  }
  /* Shown while a file is dragged over the page: the whole window is the drop target. */
  .drop-hint {
    position: fixed;
    inset: 0;
    z-index: 10;
    display: flex;
    align-items: center;
    justify-content: center;
    background: rgba(31, 78, 121, 0.12);
    border: 4px dashed var(--genba-accent, #1f4e79);
    pointer-events: none;
  }
  .drop-hint p {
    background: #fff;
    color: var(--genba-ink, #1b1f24);
    border: 1px solid var(--genba-accent, #1f4e79);
    border-radius: 8px;
    padding: 1rem 1.5rem;
    font-size: 1.3rem;
    font-weight: 600;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    max-width: 100%;
    min-width: 0;
    /* "场景" stays one word beside its select at 320 px. */
    word-break: keep-all;
  }
`;
