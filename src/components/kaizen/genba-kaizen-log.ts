/**
 * The kaizen log as a table: where one-piece flow started, each improvement with what the
 * trainee expected and what happened (mean lead time, throughput, WIP, scrap, before →
 * after), and an Undo per step. The figure to beat (the batch line as the team runs it)
 * is the table's last row.
 *
 * @fires genba-undo-improvement - detail: { id }
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { directionOf, type KaizenLog } from '../../lessons/kaizen/kaizen-log.ts';
import type { KaizenFigures } from '../../lessons/kaizen/figures.ts';
import { controlStyles } from '../shared-styles.ts';

const PER_HOUR = { second: 3600, minute: 60, hour: 1 } as const;
const WORDS = { down: 'down', same: 'the same', up: 'up' } as const;

export const fmt = (v: number | null, digits = 1): string =>
  v === null || !Number.isFinite(v) ? '–' : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

@customElement('genba-kaizen-log')
export class GenbaKaizenLog extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        overflow-x: auto;
        /* Holds the visually hidden text inside the scrolling box, not beside the page. */
        position: relative;
      }
      :host(:focus-visible) {
        outline: 3px solid #e69f00;
        outline-offset: 2px;
        box-shadow: 0 0 0 2px #1b1f24;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-variant-numeric: tabular-nums;
      }
      caption {
        text-align: left;
        font-weight: 600;
        padding-bottom: 0.25rem;
      }
      th,
      td {
        padding: 0.25rem 0.5rem;
        border-bottom: 1px solid var(--genba-border, #c9d1db);
        text-align: right;
        vertical-align: top;
      }
      th[scope='row'],
      thead th:first-child,
      td.text {
        text-align: left;
      }
      .right {
        color: #1b6e3a;
        font-weight: 600;
      }
      .wrong {
        color: #a3261d;
        font-weight: 600;
      }
      tr.target th,
      tr.target td {
        border-top: 2px solid var(--genba-ink, #1b1f24);
        font-weight: 600;
      }
      button {
        min-height: 2rem;
        padding: 0.1rem 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) log: KaizenLog | null = null;
  @property() timeUnit: 'second' | 'minute' | 'hour' = 'minute';
  @property() unit = 'min';
  @property({ type: Number }) batchSize = 10;

  /** Watches the width: on a narrow screen the log scrolls sideways (see markScrollable). */
  private readonly resizer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.markScrollable());

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizer?.observe(this);
  }

  override disconnectedCallback(): void {
    this.resizer?.disconnect();
    super.disconnectedCallback();
  }

  override updated(): void {
    this.markScrollable();
  }

  /** When the table is wider than the log, a keyboard user can focus the log and scroll it with the arrows (WCAG 2.1.1). */
  private markScrollable(): void {
    if (this.scrollWidth > this.clientWidth + 1) {
      this.setAttribute('tabindex', '0');
      this.setAttribute('role', 'region');
      this.setAttribute('aria-label', 'Kaizen log, scrolls sideways');
    } else {
      this.removeAttribute('tabindex');
      this.removeAttribute('role');
      this.removeAttribute('aria-label');
    }
  }

  private cells(f: KaizenFigures) {
    return html`<td>${fmt(f.leadTime)}</td>
      <td>${fmt(f.throughput * PER_HOUR[this.timeUnit])}</td>
      <td>${fmt(f.wip)}</td>
      <td>${fmt(f.scrapped)}</td>`;
  }

  override render() {
    const log = this.log;
    if (!log) return nothing;
    return html`<table id="kaizen-log">
      <caption>
        Kaizen log: one-piece flow after each step (means over ${log.replications} replications, seed ${String(log.seed)})
      </caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">You expected</th>
          <th scope="col">Lead time (${this.unit})</th>
          <th scope="col">Throughput (units/h)</th>
          <th scope="col">WIP (units)</th>
          <th scope="col">Scrap (units)</th>
          <th scope="col"><span class="visually-hidden">Undo</span></th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">One-piece flow as the line stands</th>
          <td class="text">–</td>
          ${this.cells(log.start)}
          <td></td>
        </tr>
        ${log.entries.map((e, i) => {
          const happened = directionOf(e.before.leadTime, e.after.leadTime);
          const change = e.before.leadTime !== null && e.after.leadTime !== null ? e.after.leadTime - e.before.leadTime : null;
          return html`<tr>
            <th scope="row">${i + 1}. ${e.description}</th>
            <td class="text">
              ${e.expected
                ? html`${WORDS[e.expected.direction]}${e.expected.direction === 'same' ? nothing : html` by ${fmt(e.expected.by)}`};
                    <span class=${e.expected.direction === happened ? 'right' : 'wrong'}
                      >it went ${WORDS[happened]}${happened === 'same' || change === null ? nothing : html` by ${fmt(Math.abs(change))}`}</span
                    >`
                : '–'}
            </td>
            ${this.cells(e.after)}
            <td>
              <button type="button" aria-label=${`Undo step ${i + 1}: ${e.description}`} @click=${() => this.undo(e.improvement.id)}>Undo</button>
            </td>
          </tr>`;
        })}
        <tr class="target">
          <th scope="row">To beat: batches of ${this.batchSize}, as the team runs the line</th>
          <td class="text">–</td>
          ${this.cells(log.target)}
          <td></td>
        </tr>
      </tbody>
    </table>`;
  }

  private undo(id: string): void {
    this.dispatchEvent(new CustomEvent('genba-undo-improvement', { detail: { id }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-kaizen-log': GenbaKaizenLog;
  }
}
