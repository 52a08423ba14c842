/**
 * The room's answers to a question beside the simulated outcome: one bar per choice, the
 * engine's answer marked (colour and a "✔ engine" label, so colour is not the only cue), with
 * the sentence and a data table for screen readers and print. The SVG has role="img", so
 * genba-figure exports it as SVG and PNG.
 */
import { LitElement, css, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { StepView } from '../../room/protocol.ts';
import type { QuestionId } from '../../room/questions.ts';
import { answerRows, answerSummary } from './answer-summary.ts';
import { choiceText, questionText } from './room-text.ts';

const ROW = 56;
const RIGHT = 120;
/** Width of the bars' area. */
const BARS = 350;

/** About how wide a label is at 18 px: 10 px a Latin character, 18 px a CJK one. */
function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 18 : 10;
  return w;
}

@customElement('genba-room-distribution')
@localized()
export class GenbaRoomDistribution extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    svg {
      width: 100%;
      max-width: 48rem;
      height: auto;
      font-family: inherit;
    }
    table {
      border-collapse: collapse;
      margin-top: 0.5rem;
    }
    th,
    td {
      border: 1px solid var(--genba-border, #c9d1db);
      padding: 0.2rem 0.6rem;
      text-align: left;
    }
    td.n {
      text-align: right;
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

  @property({ attribute: false }) question: QuestionId = 'batching.finish';
  @property({ attribute: false }) step: StepView | null = null;
  /** Everyone in the room (answered or not). */
  @property({ type: Number }) total = 0;

  override render() {
    const step = this.step;
    if (!step) return html``;
    const rows = answerRows(this.question, step);
    const max = Math.max(1, ...rows.map((r) => r.count));
    const h = rows.length * ROW + 20;
    // Room for the longest label (lessons 2–4 have long ones), at least lesson 1's 170.
    const LEFT = Math.min(460, Math.max(170, 20 + Math.max(...rows.map((r) => labelWidth(choiceText(this.question, r.choice))))));
    const W = LEFT + BARS + RIGHT;
    const summary = answerSummary(this.question, step, this.total);
    return html`<svg role="img" aria-label=${`${questionText(this.question)} ${summary}`} viewBox="0 0 ${W} ${h}">
        ${rows.map((r, i) => {
          const y = 10 + i * ROW;
          const len = ((W - LEFT - RIGHT) * r.count) / max;
          const colour = r.isOutcome ? '#0072B2' : '#999999';
          return svg`<g>
            <text x=${LEFT - 10} y=${y + ROW / 2} text-anchor="end" dominant-baseline="middle" font-size="18" fill="#1b1f24">${choiceText(this.question, r.choice)}</text>
            <rect x=${LEFT} y=${y + 8} width=${Math.max(len, 1)} height=${ROW - 16} fill=${colour}></rect>
            <text x=${LEFT + len + 8} y=${y + ROW / 2} dominant-baseline="middle" font-size="18" font-weight="700" fill="#1b1f24">${r.count}${r.isOutcome ? ` ✔ ${msg('engine')}` : ''}</text>
          </g>`;
        })}
      </svg>
      <p class="summary">${summary}</p>
      <table>
        <caption class="visually-hidden">${questionText(this.question)}</caption>
        <thead><tr><th scope="col">${msg('Answer')}</th><th scope="col">${msg('People')}</th><th scope="col">${msg('Engine')}</th></tr></thead>
        <tbody>
          ${rows.map((r) => html`<tr><th scope="row">${choiceText(this.question, r.choice)}</th><td class="n">${r.count}</td><td>${r.isOutcome ? '✔' : ''}</td></tr>`)}
        </tbody>
      </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-room-distribution': GenbaRoomDistribution;
  }
}
