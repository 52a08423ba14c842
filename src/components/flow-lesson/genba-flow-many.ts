/**
 * Lesson 1's "One run could be luck: run many" section: the button that runs the
 * scenario's replications of both lines, their progress, and the results (a table of means
 * with 95% half-widths, and one value per replication for the mean lead time and the time
 * to finish the order).
 *
 * @fires genba-run-many - the trainee asked for the replications
 * @fires genba-cancel-job - the trainee cancelled them
 */
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { unitWords, unitsWord } from '../../i18n/units.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { FlowLineOutput } from '../../sim/run-scenario.ts';
import { LightSection } from './light-section.ts';
import { fmt, lineLabels, meanCi, renderJob, type Job, type ManyRuns } from './flow-runs.ts';

type PerReplication = NonNullable<FlowLineOutput['perReplication']>[number];

/** The finite values of one figure, one per replication. */
const per = (out: FlowLineOutput, pick: (f: PerReplication) => number | null): number[] =>
  (out.perReplication ?? []).map(pick).filter((v): v is number => v !== null && Number.isFinite(v));

const leadMean = (o: FlowLineOutput): unknown => (o.leadTime as { mean: unknown } | null)?.mean;

@customElement('genba-flow-many')
@localized()
export class GenbaFlowMany extends LightSection {
  @property({ attribute: false }) scenario: FlowLineScenario | null = null;
  @property({ attribute: false }) many: ManyRuns | null = null;
  /** The job under way on the screen (many runs or a sweep): the button waits for it. */
  @property({ attribute: false }) job: Job | null = null;

  private run(): void {
    this.dispatchEvent(new CustomEvent('genba-run-many', { bubbles: true, composed: true }));
  }

  private renderResults(scenario: FlowLineScenario, many: ManyRuns) {
    const unit = unitWords(scenario.timeUnit).short;
    const units = unitsWord();
    const replications = scenario.replications;
    const orderMode = scenario.release.mode === 'order';
    const label = lineLabels(scenario);
    const name = scenario.name ?? '';
    const figure = (what: string, pick: (o: FlowLineOutput) => unknown, digits = 2) => {
      const [b, f] = [meanCi(pick(many.batch)), meanCi(pick(many.flow))];
      return html`<tr>
        <th scope="row">${what}</th>
        <td>${fmt(b.mean, digits)} ± ${fmt(b.ci95, digits)}</td>
        <td>${fmt(f.mean, digits)} ± ${fmt(f.ci95, digits)}</td>
      </tr>`;
    };
    return html`<table id="many-table">
        <caption>
          ${msg(str`Mean over ${replications} replications ± half-width of the 95% confidence interval`)}
        </caption>
        <thead>
          <tr><th scope="col">${msg('Figure')}</th><th scope="col">${label.batch}</th><th scope="col">${label.flow}</th></tr>
        </thead>
        <tbody>
          ${orderMode ? figure(msg(str`Order finished (${unit})`), (o) => o.makespan) : nothing}
          ${figure(msg(str`First good unit (${unit})`), (o) => o.firstDelivery)}
          ${figure(msg(str`Lead time, mean (${unit})`), leadMean)}
          ${figure(msg(str`WIP, mean (${units})`), (o) => (o.wip as { mean: unknown }).mean)}
          ${figure(msg(str`Scrapped (${units})`), (o) => o.scrapped)}
        </tbody>
      </table>
      <div class="charts">
        <genba-figure heading=${msg('Mean lead time, one value per replication')} .scenarioName=${name}>
          <genba-distribution-chart
            .series=${[
              { key: 'batch', label: label.batch, values: per(many.batch, (f) => f.leadTime?.mean ?? null), ...meanCi(leadMean(many.batch)) },
              { key: 'flow', label: label.flow, values: per(many.flow, (f) => f.leadTime?.mean ?? null), ...meanCi(leadMean(many.flow)) },
            ]}
            xLabel=${msg('Mean lead time')}
            .timeUnit=${scenario.timeUnit}
          ></genba-distribution-chart>
        </genba-figure>
        ${orderMode
          ? html`<genba-figure heading=${msg('Time to finish the order, one value per replication')} .scenarioName=${name}>
              <genba-distribution-chart
                .series=${[
                  { key: 'batch', label: label.batch, values: per(many.batch, (f) => f.makespan), ...meanCi(many.batch.makespan) },
                  { key: 'flow', label: label.flow, values: per(many.flow, (f) => f.makespan), ...meanCi(many.flow.makespan) },
                ]}
                xLabel=${msg('Makespan')}
                .timeUnit=${scenario.timeUnit}
              ></genba-distribution-chart>
            </genba-figure>`
          : nothing}
      </div>`;
  }

  override render() {
    const scenario = this.scenario;
    if (!scenario) return nothing;
    const replications = scenario.replications;
    return html`<section aria-labelledby="many-h" id="many">
      <h2 id="many-h"><span class="step" aria-hidden="true">4</span>${msg('One run could be luck: run many')}</h2>
      <div class="toolbar">
        <button type="button" class="primary" id="run-many" ?disabled=${this.job !== null} @click=${this.run}>
          ${msg(str`Run ${replications} replications of each line`)}
        </button>
        ${this.job?.kind === 'replications' ? renderJob(this.job, this) : nothing}
      </div>
      ${this.many
        ? this.renderResults(scenario, this.many)
        : html`<p class="hint">${msg('Each replication meets new random numbers; both lines of a replication meet the same ones.')}</p>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-flow-many': GenbaFlowMany;
  }
}
