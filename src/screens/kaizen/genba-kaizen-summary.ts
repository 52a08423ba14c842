/**
 * Lesson 2's fifth section, shown once one-piece flow beats the batches on lead time, WIP
 * and scrap: how it won, step by step (a waterfall of the mean lead time), WIP and scrap
 * from start to end, and the download of the kaizen log.
 *
 * @fires genba-export-log - the trainee asked for the kaizen log with the scenario (JSON).
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { unitWords } from '../../i18n/units.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { improvementLabel } from '../../lessons/kaizen/improvements.ts';
import type { KaizenLog } from '../../lessons/kaizen/kaizen-log.ts';
import { controlStyles } from '../../components/shared-styles.ts';
import { fmt } from '../../components/kaizen/kaizen-format.ts';
import { flowScreenStyles } from '../flow/flow-screen-styles.ts';

@customElement('genba-kaizen-summary')
@localized()
export class GenbaKaizenSummary extends LitElement {
  static override styles = [controlStyles, flowScreenStyles];

  @property({ attribute: false }) log: KaizenLog | null = null;
  @property({ attribute: false }) scenario: FlowLineScenario | null = null;

  private readonly exportLog = (): void => {
    this.dispatchEvent(new CustomEvent('genba-export-log', { bubbles: true, composed: true }));
  };

  override render() {
    const { log, scenario: original } = this;
    if (!log || !original) return nothing;
    const unit = unitWords(original.timeUnit).short;
    const batch = original.transferBatch;
    const last = log.entries[log.entries.length - 1]?.after ?? log.start;
    const [wipFrom, wipTo, wipBatches] = [fmt(log.start.wip), fmt(last.wip), fmt(log.target.wip)];
    const [scrapFrom, scrapTo, scrapBatches] = [fmt(log.start.scrapped), fmt(last.scrapped), fmt(log.target.scrapped)];
    return html`<section aria-labelledby="summary-h" id="summary">
      <h2 id="summary-h"><span class="step" aria-hidden="true">5</span>${msg('How one-piece flow won, step by step')}</h2>
      <genba-figure heading=${msg('Mean lead time of one-piece flow, step by step')} .scenarioName=${original.name ?? ''}>
        <genba-waterfall-chart
          .start=${{ label: msg('One-piece flow as it stood'), value: log.start.leadTime ?? 0 }}
          .steps=${log.entries.map((e) => ({ label: improvementLabel(e.improvement, original.timeUnit), value: e.after.leadTime ?? 0 }))}
          metric=${msg('Mean lead time')}
          unit=${unit}
          better="lower"
          .reference=${{ label: msg(str`Batches of ${batch} before`), value: log.target.leadTime ?? 0 }}
        ></genba-waterfall-chart>
      </genba-figure>
      <p>
        ${msg(str`WIP ${wipFrom} → ${wipTo} units (batches: ${wipBatches}); scrap ${scrapFrom} → ${scrapTo} units a run (batches: ${scrapBatches}).`)}
      </p>
      <button type="button" class="primary" id="export-log" @click=${this.exportLog}>${msg('Download the kaizen log with the scenario (JSON)')}</button>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-kaizen-summary': GenbaKaizenSummary;
  }
}
