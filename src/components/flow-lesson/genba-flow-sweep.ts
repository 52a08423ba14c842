/**
 * Lesson 1's "Is there a best batch size?" section: the button that sweeps the transfer
 * batch, its progress, and the chart of lead time, WIP and throughput by batch size.
 *
 * @fires genba-run-sweep - the trainee asked for the sweep
 * @fires genba-cancel-job - the trainee cancelled it
 */
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { perHourWord } from '../../i18n/units.ts';
import { SWEEP_BATCHES, sweepReplications } from '../../lessons/batching/sweep-batches.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { LightSection } from './light-section.ts';
import { renderJob, type Job, type SweepPoint } from './flow-runs.ts';

@customElement('genba-flow-sweep')
@localized()
export class GenbaFlowSweep extends LightSection {
  @property({ attribute: false }) scenario: FlowLineScenario | null = null;
  @property({ attribute: false }) sweep: readonly SweepPoint[] | null = null;
  /** The job under way on the screen (many runs or a sweep): the button waits for it. */
  @property({ attribute: false }) job: Job | null = null;

  private run(): void {
    this.dispatchEvent(new CustomEvent('genba-run-sweep', { bubbles: true, composed: true }));
  }

  override render() {
    const scenario = this.scenario;
    if (!scenario) return nothing;
    const reps = sweepReplications(scenario.replications);
    const sizes = SWEEP_BATCHES.length;
    return html`<section aria-labelledby="sweep-h" id="sweep">
      <h2 id="sweep-h"><span class="step" aria-hidden="true">5</span>${msg('Is there a best batch size?')}</h2>
      <div class="toolbar">
        <button type="button" class="primary" id="run-sweep" ?disabled=${this.job !== null} @click=${this.run}>
          ${msg('Sweep the transfer batch from 1 to 50')}
        </button>
        ${this.job?.kind === 'sweep' ? renderJob(this.job, this) : nothing}
      </div>
      ${this.sweep
        ? html`<genba-figure id="sweep-figure" heading=${msg('Lead time, WIP and throughput by transfer batch')} .scenarioName=${scenario.name ?? ''}>
            <genba-sweep-chart .points=${this.sweep} .timeUnit=${scenario.timeUnit} .current=${scenario.transferBatch} throughputUnit=${perHourWord()}></genba-sweep-chart>
          </genba-figure>`
        : html`<p class="hint">
            ${msg(str`${reps} replications at each of ${sizes} batch sizes. With long setups, very small batches can lose: the sweep shows it honestly.`)}
          </p>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-flow-sweep': GenbaFlowSweep;
  }
}
