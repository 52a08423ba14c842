/**
 * Lesson 1 with long setups: three ways to run the same order side by side (batches as run
 * today; one piece at a time with a setup for every piece; set up once for B and pass the
 * parts on one at a time), with the comparison's assumptions in plain words and a switch
 * that takes handling out. The figures are means over the scenario's replications on the
 * same random numbers (src/lessons/batching/setup-options.ts), computed one option at a time
 * so the page stays responsive.
 *
 * @csspart table - the table of the three options
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { optionFigures, setupOptions, type SetupOptionFigures, type SetupOptionKey } from '../../lessons/batching/setup-options.ts';
import { formatNumber } from '../../i18n/format.ts';
import { perHourWord, unitWords, unitsWord } from '../../i18n/units.ts';

const PER_HOUR: Record<FlowLineScenario['timeUnit'], number> = { second: 3600, minute: 60, hour: 1 };

function optionName(key: SetupOptionKey, batch: number): string {
  switch (key) {
    case 'batches':
      return msg(str`Batches of ${batch}: set up for ${batch}, move ${batch} at a time`);
    case 'one-piece':
      return msg('One piece at a time, with a setup for every piece');
    case 'lot-splitting':
      return msg(str`Set up once for ${batch}, move them one at a time`);
  }
}

@customElement('genba-setup-options')
@localized()
export class GenbaSetupOptions extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin: 1rem 0;
    }
    h3 {
      margin: 0 0 0.5rem;
      font-size: 1.1rem;
    }
    .note {
      color: var(--genba-muted, #4a5360);
      font-size: 0.9rem;
      margin: 0.25rem 0 0.5rem;
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      min-width: 34rem;
      font-variant-numeric: tabular-nums;
    }
    th[scope='row'] {
      min-width: 12rem;
    }
    th,
    td {
      padding: 0.25rem 0.5rem;
      border-bottom: 1px solid var(--genba-border, #c9d1db);
      text-align: right;
    }
    th[scope='row'],
    thead th:first-child {
      text-align: left;
    }
    tr.best th,
    tr.best td {
      font-weight: 700;
      color: #1b6e3a;
    }
    label {
      display: inline-flex;
      gap: 0.4rem;
      align-items: center;
      min-height: 2.75rem;
    }
  `;

  /** The lesson's scenario (its transfer batch is the B of the options). */
  @property({ attribute: false }) scenario: FlowLineScenario | null = null;

  /** Handling counted (as the scenario says) or taken out. */
  @state() private handling = true;
  @state() private figures: SetupOptionFigures[] | null = null;
  private computing = 0;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('scenario') || changed.has('handling')) void this.compute();
  }

  /** One option per task: the page can paint and answer between them. A newer request wins. */
  private async compute(): Promise<void> {
    const id = ++this.computing;
    this.figures = null;
    const scenario = this.scenario;
    if (!scenario) return;
    const out: SetupOptionFigures[] = [];
    for (const option of setupOptions(scenario, this.handling)) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (id !== this.computing) return;
      out.push(optionFigures(option));
    }
    this.figures = out;
  }

  private onHandling(e: Event): void {
    this.handling = (e.target as HTMLInputElement).checked;
  }

  private renderTable(figures: readonly SetupOptionFigures[], scenario: FlowLineScenario) {
    const unit = unitWords(scenario.timeUnit).short;
    const units = unitsWord();
    const per = PER_HOUR[scenario.timeUnit];
    const batch = figures[0]?.processBatch ?? scenario.transferBatch;
    const best = figures.reduce((a, b) => ((b.leadTime ?? Infinity) < (a.leadTime ?? Infinity) ? b : a));
    const num = (v: number | null, digits: number) => (v === null ? '–' : formatNumber(v, digits));
    const bestName = optionName(best.key, batch);
    const bestLead = num(best.leadTime, 1);
    return html`<p id="setup-options-verdict">${msg(str`Shortest mean lead time: ${bestName}, ${bestLead} ${unit}.`)}</p>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="setup-options-h"><table part="table" id="setup-options-table">
        <caption class="note">${msg(str`Three ways to run the same order (means over ${figures[0]?.replications ?? 0} replications, the same random numbers)`)}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Option')}</th>
            <th scope="col">${msg(str`Lead time, mean (${unit})`)}</th>
            <th scope="col">${msg(str`WIP, mean (${units})`)}</th>
            <th scope="col">${msg(str`Throughput (${perHourWord()})`)}</th>
            <th scope="col">${msg(str`Order finished (${unit})`)}</th>
          </tr>
        </thead>
        <tbody>
          ${figures.map(
            (f) => html`<tr data-option=${f.key} class=${f === best ? 'best' : ''}>
              <th scope="row">${optionName(f.key, batch)}</th>
              <td>${num(f.leadTime, 1)}</td>
              <td>${num(f.wip, 1)}</td>
              <td>${num(f.throughput * per, 1)}</td>
              <td>${num(f.makespan, 1)}</td>
            </tr>`,
          )}
        </tbody>
      </table></div>`;
  }

  override render() {
    const scenario = this.scenario;
    if (!scenario) return nothing;
    return html`<h3 id="setup-options-h">${msg('Long setups: three ways to run the same order')}</h3>
      <p class="note" id="setup-assumptions">
        ${msg(
          'What this comparison assumes, in plain words: all the raw material is there at the start; a station sets up when the first part of its run is in front of it and it is free, never in advance; handling (taking a part out of its container, laying it out, putting it back) is paid only when parts travel in containers, never when they are passed on one at a time; every option meets the same random numbers.',
        )}
      </p>
      <label><input type="checkbox" id="count-handling" .checked=${this.handling} @change=${this.onHandling} />${msg('Count handling (taking parts out of containers)')}</label>
      ${this.handling
        ? nothing
        : html`<p class="note" id="no-handling-note">
            ${msg('Handling is off: the batches are still slower than setting up once and passing parts on one at a time, because every part waits for the rest of its batch.')}
          </p>`}
      ${this.figures ? this.renderTable(this.figures, scenario) : html`<p class="note" role="status">${msg('Running the three options…')}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-setup-options': GenbaSetupOptions;
  }
}
