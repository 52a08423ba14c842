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
import { localized, msg, str } from '@lit/localize';
import { fmt } from './kaizen-format.ts';
import { sentenceGap } from '../../i18n/text.ts';
import { improvementLabel } from '../../lessons/kaizen/improvements.ts';
import type { KaizenLog } from '../../lessons/kaizen/kaizen-log.ts';
import { directionOf, type Direction } from '../../lessons/kaizen/verdict.ts';
import type { KaizenFigures } from '../../lessons/kaizen/figures.ts';
import { controlStyles } from '../shared-styles.ts';
import { reportProgress } from '../../app/progress.ts';
import { firstUpdateInOwnTask } from '../../app/after-paint.ts';

const PER_HOUR = { second: 3600, minute: 60, hour: 1 } as const;

/** A figure of the log in the page's language, `digits` decimals; '–' when there is none. */

/** What the trainee expected of the lead time: "down by 5.0", "the same", "up by 2.0". */
function expectedText(direction: Direction, amount: number): string {
  const by = fmt(amount);
  return direction === 'down' ? msg(str`down by ${by}`) : direction === 'up' ? msg(str`up by ${by}`) : msg('the same');
}

/** What the lead time did: "it went down by 3.2", "it went the same", "it went up". */
function happenedText(direction: Direction, change: number | null): string {
  if (direction === 'same') return msg('it went the same');
  if (change === null) return direction === 'down' ? msg('it went down') : msg('it went up');
  const by = fmt(Math.abs(change));
  return direction === 'down' ? msg(str`it went down by ${by}`) : msg(str`it went up by ${by}`);
}

@customElement('genba-kaizen-log')
@localized()
export class GenbaKaizenLog extends LitElement {
  /** Its first render in a task of its own (src/app/after-paint.ts): it arrives with the lesson's other lower sections. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return firstUpdateInOwnTask(this, () => super.scheduleUpdate());
  }

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
        /* "撤销" stays on one line in a narrow column. */
        white-space: nowrap;
      }
    `,
  ];

  @property({ attribute: false }) log: KaizenLog | null = null;
  @property() timeUnit: 'second' | 'minute' | 'hour' = 'minute';
  /** Short unit word, in the page's language (the owner passes it again when it re-renders). */
  @property() unit = 'min';
  @property({ type: Number }) batchSize = 10;

  /**
   * Watches the log's width and its table's: on a narrow screen the log scrolls sideways (see
   * markScrollable). The observer reports after layout, so reading the widths then costs no
   * layout of its own (reading them straight after a render would force one).
   */
  private readonly resizer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.markScrollable());
  private observedTable: Element | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizer?.observe(this);
    if (this.observedTable) this.resizer?.observe(this.observedTable);
  }

  override disconnectedCallback(): void {
    this.resizer?.disconnect();
    super.disconnectedCallback();
  }

  override updated(): void {
    const table = this.renderRoot.querySelector('table');
    if (table !== this.observedTable) {
      if (this.observedTable) this.resizer?.unobserve(this.observedTable);
      if (table) this.resizer?.observe(table);
      this.observedTable = table;
    }
    // Without an observer (no layout to watch), or after a language switch: the words follow.
    if (!this.resizer) this.markScrollable();
    else if (this.hasAttribute('aria-label')) this.setAttribute('aria-label', msg('Kaizen log, scrolls sideways'));
  }

  /** When the table is wider than the log, a keyboard user can focus the log and scroll it with the arrows (WCAG 2.1.1). */
  private markScrollable(): void {
    if (this.scrollWidth > this.clientWidth + 1) {
      this.setAttribute('tabindex', '0');
      this.setAttribute('role', 'region');
      this.setAttribute('aria-label', msg('Kaizen log, scrolls sideways'));
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
    const replications = log.replications;
    const seed = String(log.seed);
    const unit = this.unit;
    const batch = this.batchSize;
    return html`<table id="kaizen-log">
      <caption>
        ${msg(html`Kaizen log: one-piece flow after each step (means over ${replications} replications, seed <code>${seed}</code>)`)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Step')}</th>
          <th scope="col">${msg('You expected')}</th>
          <th scope="col">${msg(str`Lead time (${unit})`)}</th>
          <th scope="col">${msg('Throughput (units/h)')}</th>
          <th scope="col">${msg('WIP (units)')}</th>
          <th scope="col">${msg('Scrap (units)')}</th>
          <th scope="col"><span class="visually-hidden">${msg('Undo')}</span></th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">${msg('One-piece flow as the line stands')}</th>
          <td class="text">–</td>
          ${this.cells(log.start)}
          <td></td>
        </tr>
        ${log.entries.map((e, i) => {
          const happened = directionOf(e.before.leadTime, e.after.leadTime);
          const change = e.before.leadTime !== null && e.after.leadTime !== null ? e.after.leadTime - e.before.leadTime : null;
          const step = i + 1;
          const description = improvementLabel(e.improvement, this.timeUnit);
          const expected = e.expected ? expectedText(e.expected.direction, e.expected.by) : '';
          return html`<tr>
            <th scope="row">${msg(str`${step}. ${description}`)}</th>
            <td class="text">
              ${e.expected
                ? html`${msg(str`${expected};`)}${sentenceGap()}<span class=${e.expected.direction === happened ? 'right' : 'wrong'}
                      >${happenedText(happened, change)}</span
                    >`
                : '–'}
            </td>
            ${this.cells(e.after)}
            <td>
              <button type="button" aria-label=${msg(str`Undo step ${step}: ${description}`)} @click=${() => this.undo(e.improvement.id, step, description)}>${msg('Undo')}</button>
            </td>
          </tr>`;
        })}
        <tr class="target">
          <th scope="row">${msg(str`To beat: batches of ${batch}, as the team runs the line`)}</th>
          <td class="text">–</td>
          ${this.cells(log.target)}
          <td></td>
        </tr>
      </tbody>
    </table>`;
  }

  private undo(id: string, step: number, description: string): void {
    // The session summary lists the steps undone, as the trainee saw them.
    reportProgress(this, 'kaizen', 'improve', { kind: 'undo', text: msg(str`Undid step ${step}: ${description}`) });
    this.dispatchEvent(new CustomEvent('genba-undo-improvement', { detail: { id }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-kaizen-log': GenbaKaizenLog;
  }
}
