/**
 * Lesson 1's "What happened" section: the illusion panel (what each station felt against
 * what the line delivered), the deliveries and WIP over time, each unit's lead time and how
 * each station spent its time, and, for a line with long setups, the options it has. Its
 * time charts carry the replay's cursor (`data-cursor`, moved by the screen).
 */
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { lazyModules } from '../../app/after-paint.ts';
import { cumulativeDeliveries, wipOverTime } from '../../sim/line/series.ts';
import { hasLongSetups } from '../../lessons/batching/long-setups.ts';
import type { LineKey, PairedRun } from '../../lessons/batching/paired-run.ts';
import type { PairReplay } from '../../lessons/batching/replay.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { LightSection } from './light-section.ts';
import { lineLabels } from './flow-runs.ts';

/** The long-setup options run the core on this thread: loaded only for a line with long setups. */
const loadSetupOptions = lazyModules(() => import('./genba-setup-options.ts'));

@customElement('genba-flow-results')
@localized()
export class GenbaFlowResults extends LightSection {
  @property({ attribute: false }) pair: PairedRun | null = null;
  @property({ attribute: false }) replays: PairReplay | null = null;
  @property({ attribute: false }) scenario: FlowLineScenario | null = null;
  /** The replay's time when this section is drawn (the screen moves the cursors after that). */
  cursor = 0;

  override render() {
    const { pair, replays, scenario } = this;
    if (!pair || !replays || !scenario) return nothing;
    const orderMode = scenario.release.mode === 'order';
    const batchTrace = pair.batch.run.trace?.events ?? [];
    const flowTrace = pair.flow.run.trace?.events ?? [];
    const label = lineLabels(scenario);
    const deliveries = [
      { key: 'batch', label: label.batch, points: cumulativeDeliveries(batchTrace).map((p) => ({ t: p.t, value: p.delivered })) },
      { key: 'flow', label: label.flow, points: cumulativeDeliveries(flowTrace).map((p) => ({ t: p.t, value: p.delivered })) },
    ];
    const wip = [
      { key: 'batch', label: label.batch, points: wipOverTime(batchTrace).map((p) => ({ t: p.t, value: p.wip })) },
      { key: 'flow', label: label.flow, points: wipOverTime(flowTrace).map((p) => ({ t: p.t, value: p.wip })) },
    ];
    const leadTimes = (key: LineKey) =>
      replays[key].paths.units.flatMap((u) => {
        const last = u.legs[u.legs.length - 1];
        return last?.kind === 'done' && u.requested >= pair[key].run.window.from ? [last.t - u.requested] : [];
      });
    const split = (key: LineKey) => ({ key, label: label[key], stations: pair[key].run.stations.map((s) => ({ ...s })) });
    const name = scenario.name ?? '';
    return html`<section aria-labelledby="results-h" id="results">
      <h2 id="results-h"><span class="step" aria-hidden="true">3</span>${msg('What happened')}</h2>
      <genba-illusion-panel
        .batch=${pair.batch.run}
        .flow=${pair.flow.run}
        .timeUnit=${scenario.timeUnit}
        .orderMode=${orderMode}
        .batchSize=${scenario.transferBatch}
      ></genba-illusion-panel>
      <div class="charts">
        <genba-figure heading=${msg('Good units delivered to the customer')} .scenarioName=${name}>
          <genba-step-chart
            data-cursor
            .series=${deliveries}
            yLabel=${msg('Good units delivered')}
            .timeUnit=${scenario.timeUnit}
            .end=${pair.end}
            .reference=${scenario.release.mode === 'order' ? { value: scenario.release.quantity, label: msg('Order') } : undefined}
            .cursor=${this.cursor}
          ></genba-step-chart>
        </genba-figure>
        <genba-figure heading=${msg('Work in progress on the floor')} .scenarioName=${name}>
          <genba-step-chart data-cursor .series=${wip} yLabel=${msg('Units in progress')} .timeUnit=${scenario.timeUnit} .end=${pair.end} .cursor=${this.cursor}></genba-step-chart>
        </genba-figure>
        <genba-figure heading=${msg('Lead time of each unit')} .scenarioName=${name}>
          <genba-distribution-chart
            .series=${[
              { key: 'batch', label: label.batch, values: leadTimes('batch') },
              { key: 'flow', label: label.flow, values: leadTimes('flow') },
            ]}
            xLabel=${msg('Lead time')}
            .timeUnit=${scenario.timeUnit}
          ></genba-distribution-chart>
        </genba-figure>
        <genba-figure heading=${msg('How each station spent its time')} .scenarioName=${name}>
          <genba-station-split-chart .lines=${[split('batch'), split('flow')]} .timeUnit=${scenario.timeUnit}></genba-station-split-chart>
        </genba-figure>
      </div>
      ${hasLongSetups(scenario) && (loadSetupOptions().catch(() => undefined), true) ? html`<genba-setup-options .scenario=${scenario}></genba-setup-options>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-flow-results': GenbaFlowResults;
  }
}
