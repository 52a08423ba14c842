/**
 * `genba-launch-v1-results`: the results of a version-1 run (two launch quantities, then the
 * sweep of Q0), as lesson 3 has shown them since its first version: the figures table, the
 * ledger, the profit histograms, the sweep and one market's story. Each part is drawn for
 * the first time in a task of its own: Lit prepares a component's templates and D3 draws its
 * axes on that first render, and doing all of them in one task would block the page for
 * longer than 50 ms on a slow machine.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { outcomeOf, outcomeSentences } from '../../lessons/launch/predictions.ts';
import type { FinishedQuantities, LiveRun } from './launch-run-state.ts';
import { launchScreenStyles } from './launch-screen-styles.ts';

const PARTS = ['ledger', 'histogram', 'sweep', 'figures', 'story'] as const;
type Part = (typeof PARTS)[number];

@customElement('genba-launch-v1-results')
@localized()
export class GenbaLaunchV1Results extends LitElement {
  static override styles = launchScreenStyles;

  @property({ attribute: false }) live: LiveRun | null = null;
  @property({ attribute: false }) finished: FinishedQuantities | null = null;
  /** The case has changed since the finished run. */
  @property({ type: Boolean }) changed = false;
  @property({ type: Number }) storyReplication = 0;
  @state() private drawnParts: ReadonlySet<Part> = new Set();
  private revealTimer: ReturnType<typeof setTimeout> | null = null;

  override disconnectedCallback(): void {
    if (this.revealTimer !== null) clearTimeout(this.revealTimer);
    this.revealTimer = null;
    super.disconnectedCallback();
  }

  private availableParts(): Part[] {
    const hasStrategies = (this.live?.strategies ?? this.finished?.result.strategies) != null;
    const hasSweep = (this.live?.sweep ?? this.finished?.result.sweep) != null;
    const available: Record<Part, boolean> = { ledger: hasStrategies, histogram: hasStrategies, sweep: hasSweep, figures: this.finished !== null, story: this.finished !== null };
    return PARTS.filter((p) => available[p]);
  }

  /** After each update, draws the next part that can be shown and has not been, in a new task. */
  override updated(): void {
    if (this.revealTimer !== null) return;
    const next = this.availableParts().find((p) => !this.drawnParts.has(p));
    if (next === undefined) return;
    this.revealTimer = setTimeout(() => {
      this.revealTimer = null;
      this.drawnParts = new Set([...this.drawnParts, next]);
    }, 0);
  }

  private drawPart(part: Part, content: () => TemplateResult): TemplateResult {
    return this.drawnParts.has(part) ? content() : html`<p class="placeholder">${msg('Drawing…')}</p>`;
  }

  private renderInShort(finished: FinishedQuantities): TemplateResult {
    const { launch, pilot } = finished.result.strategies;
    const said = outcomeSentences(outcomeOf(launch.result, pilot.result), launch.result, pilot.result, finished.request.quantities);
    return html`<div class="in-short">
      <h3>${msg('In short')}</h3>
      <ul>
        <li>${said.earnsMore}</li>
        <li>${said.losesMoreOften}</li>
      </ul>
      <p class="note">
        ${msg('Lost opportunity is margin never earned: no cash left the till. Real loss is cash spent on stock nobody bought. The ledger below keeps them apart.')}
      </p>
    </div>`;
  }

  override render() {
    const live = this.live;
    const finished = this.finished;
    const strategies = live?.strategies ?? finished?.result.strategies ?? null;
    if (strategies === null) {
      return html`<p class="placeholder" id="no-result">
        ${live ? msg('The first markets are on their way…') : msg('Make your prediction, then run the markets: the results appear here.')}
      </p>`;
    }
    const strategiesRequest = live?.strategies ? live.request : (finished?.request ?? live?.request);
    const sweep = live?.sweep ?? finished?.result.sweep ?? null;
    const sweepRequest = live?.sweep ? live.request : finished?.request;
    const sweepIsPrevious = live !== null && live.sweep === null && sweep !== null;
    const scenario = strategiesRequest?.scenario;
    const horizon = scenario?.horizon ?? 12;
    return html`${this.changed && live === null
        ? html`<p class="stale" id="stale">
            ${msg('These results are for the case and the number of markets of the last finished run; you have changed them since. Press Run to update.')}
          </p>`
        : nothing}
      ${live && live.strategies ? html`<p class="note">${msg('Partial results, filling in as markets arrive.')}</p>` : nothing}
      <div class="results">
        <section class="card wide" aria-labelledby="h-figures">
          <h2 id="h-figures">${msg('What the run found')}</h2>
          ${live && finished ? html`<p class="note">${msg("From the previous run: the new run's figures appear when it is done.")}</p>` : nothing}
          ${finished
            ? this.drawPart(
                'figures',
                () => html`<div class="headline">
                  <genba-launch-figures .result=${finished.result} .scenario=${finished.request.scenario}></genba-launch-figures>
                  ${this.renderInShort(finished)}
                </div>`,
              )
            : html`<p class="placeholder">${msg('The figures appear when the run is done.')}</p>`}
        </section>
        <section class="card" aria-labelledby="h-ledger">
          <h2 id="h-ledger">${msg('The ledger: real loss and lost opportunity')}</h2>
          ${this.drawPart(
            'ledger',
            () =>
              html`<genba-launch-ledger-panel
                .view=${strategies}
                .states=${scenario?.market.states ?? []}
                .horizon=${horizon}
                .scenarioName=${scenario?.name ?? ''}
              ></genba-launch-ledger-panel>`,
          )}
        </section>
        <section class="card" aria-labelledby="h-distribution">
          <h2 id="h-distribution">${msg('How profit is spread over the markets')}</h2>
          ${this.drawPart(
            'histogram',
            () => html`<genba-figure heading=${msg('Profit per market, by strategy')} .scenarioName=${scenario?.name ?? ''}>
              <genba-launch-profit-histogram .view=${strategies} .horizon=${horizon}></genba-launch-profit-histogram>
            </genba-figure>`,
          )}
        </section>
        <section class="card" aria-labelledby="h-sweep">
          <h2 id="h-sweep">${msg('Every launch quantity, on the same markets')}</h2>
          ${sweepIsPrevious ? html`<p class="note">${msg('From the previous run: the sweep runs after the two strategies.')}</p>` : nothing}
          ${sweep && sweepRequest
            ? this.drawPart(
                'sweep',
                () => html`<genba-figure heading=${msg('Profit and risk by launch quantity')} .scenarioName=${sweepRequest.scenario.name ?? ''}>
                  <genba-launch-sweep-chart .view=${sweep} .quantities=${sweepRequest.quantities}></genba-launch-sweep-chart>
                </genba-figure>`,
              )
            : html`<p class="placeholder">${msg('The sweep runs after the two strategies.')}</p>`}
        </section>
        <section class="card" aria-labelledby="h-story">
          <h2 id="h-story">${msg("One market's story")}</h2>
          ${finished
            ? this.drawPart(
                'story',
                () =>
                  html`<genba-launch-market-story
                    .scenario=${finished.request.scenario}
                    .quantities=${finished.request.quantities}
                    .replication=${this.storyReplication}
                    .scenarioName=${finished.request.scenario.name ?? ''}
                  ></genba-launch-market-story>`,
              )
            : html`<p class="placeholder">${msg('Open a market when the run is done.')}</p>`}
        </section>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-v1-results': GenbaLaunchV1Results;
  }
}
