/** The launch screen's layout: the decision, the prediction and the run on top, the results in two columns below. */
import { css } from 'lit';

export const launchScreenStyles = css`
  :host {
    display: block;
  }
  h1 {
    font-size: 1.6rem;
    margin: 0 0 0.25rem;
  }
  h2 {
    font-size: 1.25rem;
    margin: 0 0 0.5rem;
  }
  h3 {
    font-size: 1.05rem;
    margin: 0 0 0.25rem;
  }
  p {
    margin: 0.25rem 0 0.5rem;
  }
  .lead {
    font-size: 1.05rem;
    max-width: 60rem;
  }
  section.card {
    /* A card's updates (progress, charts filling in) lay out and paint only the card. */
    contain: layout paint;
    background: var(--genba-surface, #fff);
    border: 1px solid var(--genba-border, #c9d1db);
    border-radius: 10px;
    padding: 0.75rem 1rem;
    margin-bottom: 1rem;
    min-width: 0;
  }
  .top {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 1rem;
  }
  .strategies {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 0.75rem;
    margin-top: 0.5rem;
  }
  .strategy {
    border: 1px solid var(--genba-border, #c9d1db);
    border-top-width: 6px;
    border-radius: 8px;
    padding: 0.5rem 0.75rem;
  }
  .strategy.launch {
    border-top-color: #d55e00;
    border-top-style: dashed;
  }
  .strategy.pilot {
    border-top-color: #0072b2;
  }
  .strategy h3 svg {
    width: 1rem;
    height: 1rem;
    vertical-align: -2px;
    margin-right: 0.3rem;
  }
  .market {
    color: var(--genba-muted, #4a5360);
    font-size: 0.95rem;
  }
  .results {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 1rem;
    align-items: start;
  }
  .results section.card {
    margin-bottom: 0;
  }
  .results .wide {
    grid-column: 1 / -1;
  }
  .headline {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr);
    gap: 1rem;
    align-items: start;
  }
  .status {
    min-height: 1.5rem;
    font-weight: 600;
    margin: 0.5rem 0 0;
  }
  .problems {
    border: 2px solid #a4000f;
    border-radius: 8px;
    padding: 0.5rem 0.75rem;
    margin-top: 0.5rem;
    color: #a4000f;
  }
  .problems:focus-visible,
  .problems a:focus-visible {
    outline: 3px solid #e69f00;
    outline-offset: 2px;
    /* A dark inner band: the ring keeps 3:1 against any background (WCAG C40). */
    box-shadow: 0 0 0 2px #1b1f24;
  }
  .problems ul {
    margin: 0.25rem 0 0;
  }
  /* A link that wraps in the narrow column stays one box, so what has focus is what is seen. */
  .problems a {
    display: inline-block;
  }
  .stale {
    background: #fff4e0;
    border: 1px solid #e69f00;
    border-radius: 6px;
    padding: 0.4rem 0.75rem;
  }
  .placeholder {
    color: var(--genba-muted, #4a5360);
    font-style: italic;
  }
  /*
   * While the seed case loads, the sections under the decision are not laid out: they would
   * appear a moment later and push what the trainee is reading down (a layout shift of 0.38
   * on a phone, where the lesson now starts in the first screen). Shown as the case opens.
   */
  .card:has(> p.loading) ~ :is(.top, section, genba-launch-story-section) {
    display: none;
  }
  .note {
    color: var(--genba-muted, #4a5360);
    font-size: 0.95rem;
  }
  details.parameters > summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2rem;
    display: list-item;
    margin-top: 0.75rem;
  }
  details.parameters > summary:focus-visible {
    outline: 3px solid #e69f00;
    outline-offset: 2px;
    /* A dark inner band: the ring keeps 3:1 against any background (WCAG C40). */
    box-shadow: 0 0 0 2px #1b1f24;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0 0 0.75rem;
  }
  button.skip {
    margin-left: auto;
    min-height: 2.25rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid transparent;
    border-radius: 6px;
    background: transparent;
    color: var(--genba-accent, #1f4e79);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  button.skip:focus-visible {
    outline: 3px solid #e69f00;
    outline-offset: 2px;
    box-shadow: 0 0 0 2px #1b1f24;
  }
  .message {
    background: #fff4e0;
    border: 1px solid #e69f00;
    border-radius: 6px;
    padding: 0.4rem 0.75rem;
    margin: 0 0 1rem;
  }
  #link-notices p {
    margin: 0.15rem 0;
  }
  #share-h:focus {
    outline: none;
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
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (max-width: 60rem) {
    .top,
    .results,
    .headline,
    .strategies {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
