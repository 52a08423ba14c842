/**
 * The illusion panel: one sentence computed from the run, then per station what the
 * operator feels (perceived rate) beside what it really is (local efficiency), on both
 * lines, and what the line delivers (first delivery, lead time, makespan, WIP, throughput,
 * scrap). Numbers carry their units; the table has a caption and header cells.
 */
import { shownName } from '../../i18n/preset-names.ts';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { FlowLineRun } from '../../sim/line/flow-line.ts';
import type { TimeUnit } from '../../sim/line/types.ts';
import { illusionSentence, stationIllusions } from '../../lessons/batching/illusion.ts';
import { formatNumber, formatPercent, NO_VALUE } from '../../i18n/format.ts';
import { perHourWord, unitsWord, unitWords } from '../../i18n/units.ts';

const num = (v: number | null | undefined, digits = 1): string => (v === null || v === undefined ? NO_VALUE : formatNumber(v, digits));

const pct = (v: number | null): string =>
  v === null ? NO_VALUE : `${v > 0 ? '+' : v < 0 ? '−' : '±'}${formatPercent(Math.round(Math.abs(v) * 100) / 100)}`;

const THROUGHPUT_PER: Record<TimeUnit, number> = { second: 3600, minute: 60, hour: 1 };

@customElement('genba-illusion-panel')
@localized()
export class GenbaIllusionPanel extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .sentence {
      font-size: 1.25rem;
      font-weight: 600;
      margin: 0 0 0.75rem;
      line-height: 1.4;
    }
    .tables {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr));
      gap: 1rem;
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
      padding: 0.2rem 0.5rem;
      border-bottom: 1px solid var(--genba-border, #c9d1db);
      text-align: right;
    }
    /* On a phone the station table's five columns fit 320 px: tighter cells, the percentages under their figures. */
    @media (max-width: 30rem) {
      th,
      td {
        padding: 0.2rem 0.2rem;
        font-size: 0.9rem;
      }
      .felt,
      .real {
        display: block;
      }
    }
    th[scope='row'],
    thead th:first-child {
      text-align: left;
    }
    .felt {
      color: #1b6e3a;
    }
    .real {
      color: #a3261d;
    }
    .note {
      color: var(--genba-muted, #4a5360);
      font-size: 0.9rem;
    }
  `;

  @property({ attribute: false }) batch: FlowLineRun | null = null;
  @property({ attribute: false }) flow: FlowLineRun | null = null;
  @property({ attribute: false }) timeUnit: TimeUnit = 'minute';
  @property({ type: Boolean }) orderMode = true;
  @property({ type: Number }) batchSize = 10;

  override render() {
    const { batch, flow } = this;
    if (!batch || !flow) return nothing;
    const u = unitWords(this.timeUnit).short;
    const units = unitsWord();
    const b = this.batchSize;
    const feels = (batch: number) => msg(str`Feels, B = ${batch}`);
    const is = (batch: number) => msg(str`Is, B = ${batch}`);
    const stations = stationIllusions(batch, flow);
    const per = THROUGHPUT_PER[this.timeUnit];
    const row = (label: string, b: string, f: string) => html`<tr><th scope="row">${label}</th><td>${b}</td><td>${f}</td></tr>`;
    return html`
      <p class="sentence" id="illusion-sentence">${illusionSentence(batch, flow, this.timeUnit, this.orderMode)}</p>
      <div class="tables">
        <table id="station-table">
          <caption>
            ${msg('What each station feels and what it is (units per hour)')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Station')}</th>
              <th scope="col">${feels(b)}</th>
              <th scope="col">${feels(1)}</th>
              <th scope="col">${is(b)}</th>
              <th scope="col">${is(1)}</th>
            </tr>
          </thead>
          <tbody>
            ${stations.map(
              (s) => html`<tr>
                <th scope="row">${shownName(s.name)}</th>
                <td>${num(s.perceived.batch)} <span class="felt">(${pct(s.feltFaster)})</span></td>
                <td>${num(s.perceived.flow)}</td>
                <td>${num(s.real.batch)} <span class="real">(${pct(s.realFaster)})</span></td>
                <td>${num(s.real.flow)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
        <table id="line-table">
          <caption>
            ${msg('What the line delivers')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Figure')}</th>
              <th scope="col">${msg(str`Batch, B = ${b}`)}</th>
              <th scope="col">${msg('One-piece flow')}</th>
            </tr>
          </thead>
          <tbody>
            ${row(msg(str`First good unit (${u})`), num(batch.firstDelivery, 2), num(flow.firstDelivery, 2))}
            ${this.orderMode ? row(msg(str`Order finished (${u})`), num(batch.makespan, 2), num(flow.makespan, 2)) : nothing}
            ${row(msg(str`Lead time, mean (${u})`), num(batch.leadTime?.mean, 2), num(flow.leadTime?.mean, 2))}
            ${row(msg(str`Lead time, p90 (${u})`), num(batch.leadTime?.p90, 2), num(flow.leadTime?.p90, 2))}
            ${batch.flowTime !== undefined || flow.flowTime !== undefined
              ? row(msg(str`Flow time, mean (${u})`), num(batch.flowTime?.mean, 2), num(flow.flowTime?.mean, 2))
              : nothing}
            ${row(msg(str`WIP, mean (${units})`), num(batch.wip.mean, 2), num(flow.wip.mean, 2))}
            ${row(msg(str`WIP, max (${units})`), num(batch.wip.max, 0), num(flow.wip.max, 0))}
            ${row(msg(str`Throughput (${perHourWord()})`), num(batch.throughput * per, 1), num(flow.throughput * per, 1))}
            ${row(msg(str`Scrapped (${units})`), num(batch.scrapped, 0), num(flow.scrapped, 0))}
          </tbody>
        </table>
      </div>
      <p class="note" id="lead-time-definition">
        ${msg(
          'Lead time, here and in every chart of this page: from the customer’s order (the start of the run, or the unit’s arrival) to the delivery of a good unit. A part scrapped and made again counts from the original order. Flow time counts from the moment a unit is released into the line; it differs only when the line holds work back (a WIP cap).',
        )}
      </p>
      <p class="note">
        ${msg(
          '"Feels" is the perceived rate: units per hour of working and setup time, what the operator notices. "Is" is the local efficiency: units per hour counting the time spent taking parts out of containers and putting them back too.',
        )}
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-illusion-panel': GenbaIllusionPanel;
  }
}
