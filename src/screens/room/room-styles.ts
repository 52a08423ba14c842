/** Styles of the room's board and phone screens. */
import { css } from 'lit';

export const boardStyles = css`
  :host {
    display: block;
  }
  section {
    margin: 0 0 1.25rem;
  }
  .join {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem 2rem;
    align-items: center;
    justify-content: space-between;
    border: 1px solid var(--genba-border, #c9d1db);
    border-radius: 8px;
    padding: 0.75rem 1rem;
  }
  /* While a question or a challenge is on, the join panel shrinks so the step fits a 720-pixel-high projector. */
  .join.compact {
    padding: 0.4rem 1rem;
    --qr-size: 6.5rem;
  }
  .join.compact h2 {
    font-size: 1rem;
    margin: 0;
  }
  .join.compact .code {
    font-size: clamp(1.8rem, 4vw, 2.8rem);
  }
  .join.compact .address {
    font-size: 1rem;
  }
  .code {
    font-size: clamp(2.5rem, 7vw, 5rem);
    font-weight: 800;
    letter-spacing: 0.2em;
    margin: 0;
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
  }
  .address {
    font-size: 1.2rem;
    word-break: break-all;
    margin: 0.25rem 0;
  }
  .big {
    font-size: 1.6rem;
    font-weight: 700;
    margin: 0.5rem 0;
  }
  .question {
    font-size: 1.5rem;
    margin: 0.25rem 0;
  }
  .people {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.3rem 1rem;
  }
  .people li {
    display: flex;
    gap: 0.4rem;
    align-items: center;
    min-height: 2rem;
  }
  .people .who {
    flex: 1 1 auto;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .people .nick {
    font-weight: 600;
  }
  .people .team {
    color: var(--genba-muted, #5b6470);
  }
  .people li.waiting .mark {
    color: #a3261d;
  }
  .people li.done .mark {
    color: #1b6e3a;
  }
  .dot {
    width: 0.7rem;
    height: 0.7rem;
    border-radius: 50%;
    display: inline-block;
    flex: none;
  }
  .dot.on {
    background: #1b6e3a;
  }
  .dot.off {
    background: #fff;
    border: 2px solid #8a8f98;
  }
  .remove {
    margin-left: auto;
    min-height: 1.8rem;
    padding: 0 0.5rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  table.ranking {
    border-collapse: collapse;
    width: 100%;
  }
  table.ranking th,
  table.ranking td {
    border-bottom: 1px solid var(--genba-border, #c9d1db);
    padding: 0.3rem 0.5rem;
    text-align: left;
  }
  tr.beats th {
    color: #1b6e3a;
  }
  .error {
    color: #a3261d;
  }
  .hint {
    color: var(--genba-muted, #5b6470);
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

export const phoneStyles = css`
  :host {
    display: block;
    max-width: 32rem;
    margin: 0 auto;
    font-size: 1.1rem;
  }
  form,
  .step {
    display: grid;
    gap: 0.75rem;
  }
  label {
    display: grid;
    gap: 0.25rem;
  }
  input {
    min-height: 2.75rem;
    font-size: 1.1rem;
    padding: 0 0.5rem;
  }
  .choices {
    display: grid;
    gap: 0.5rem;
  }
  .choices button {
    min-height: 3.25rem;
    font-size: 1.15rem;
    text-align: left;
  }
  .choices button[aria-pressed='true'] {
    border-color: var(--genba-accent, #1f4e79);
    box-shadow: inset 0 0 0 3px var(--genba-accent, #1f4e79);
    font-weight: 700;
  }
  .status {
    padding: 0.4rem 0.6rem;
    border-radius: 6px;
    background: #fff4d6;
  }
  .who {
    color: var(--genba-muted, #5b6470);
    margin: 0;
  }
  .error {
    color: #a3261d;
  }
  .result {
    font-size: 1.25rem;
    font-weight: 700;
  }
`;
