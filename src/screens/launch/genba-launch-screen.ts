/**
 * `genba-launch-screen`: lesson 3, "the fish that got away". Ohno's decision — launch 30,000
 * on a forecast, or a pilot of 500 and scale up — as a screen: the trainee predicts, runs the
 * Monte Carlo in Web Workers (progress, cancel, charts filling in as results arrive), reads
 * each strategy's ledger (real loss against lost opportunity, with a hindsight view), the
 * distribution of profit and the sweep of the launch quantity, opens one market's story, and
 * changes the case's parameters.
 *
 * The screen owns no model logic: the form and its validation, the run, and every figure come
 * from src/lessons/launch (over the core in src/sim); the components draw them. The numbers
 * are those `genba run` prints for the same scenario and seed.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import '../../components/launch/genba-launch-prediction.ts';
import '../../components/launch/genba-launch-run-controls.ts';
import '../../components/launch/genba-launch-parameters.ts';
import '../../components/launch/genba-launch-ledger-panel.ts';
import '../../components/launch/genba-launch-figures.ts';
import '../../components/launch/genba-launch-market-story.ts';
import '../../components/charts/launch-profit-histogram.ts';
import '../../components/charts/launch-sweep-chart.ts';
import type { GenbaLaunchRunControls, RunProgress } from '../../components/launch/genba-launch-run-controls.ts';
import type { PresetEntry } from '../../components/launch/genba-launch-parameters.ts';
import type { PredictionCheck } from '../../components/launch/genba-launch-prediction.ts';
import { markerPath, STRATEGY_STYLE } from '../../components/charts/launch-chart-parts.ts';
import { formatShare, formatWhole } from '../../lessons/launch/format.ts';
import { applyEdit, fieldId, formFromScenario, validateLaunchForm, type FormValidation, type LaunchForm, type ValidLaunchForm } from '../../lessons/launch/launch-form.ts';
import type { LessonResult, StrategiesView } from '../../lessons/launch/lesson-run.ts';
import { NO_PREDICTION, outcomeOf, outcomeSentences, type Prediction } from '../../lessons/launch/predictions.ts';
import { ProgressAnnouncer, resultAnnouncement, secondsLeft } from '../../lessons/launch/run-announcements.ts';
import { strategyLabel, type StrategyKey } from '../../lessons/launch/strategies.ts';
import { defaultSweepGrid, type SweepView } from '../../lessons/launch/sweep-series.ts';
import type { LaunchScenario } from '../../scenario/types.ts';
import { fetchPreset, fetchPresetList, SEED_CASE_FILE } from './launch-presets.ts';
import { LaunchRunClient } from './launch-run-client.ts';
import { launchScreenStyles } from './launch-screen-styles.ts';

/**
 * The result parts, in the order they first appear. A part is drawn for the first time in a
 * task of its own (see `revealNext`): Lit prepares a component's templates and D3 draws its
 * axes on that first render, and doing all of them in one task would block the page for
 * longer than 50 ms on a slow machine.
 */
const PARTS = ['ledger', 'histogram', 'sweep', 'figures', 'story'] as const;
type Part = (typeof PARTS)[number];

/** A finished run: what it ran, the prediction it kept, and what it found. */
interface FinishedRun {
  readonly request: ValidLaunchForm;
  readonly prediction: Prediction;
  readonly result: LessonResult;
}

/** The run in progress, with whatever partial views have arrived. */
interface LiveRun {
  readonly request: ValidLaunchForm;
  readonly prediction: Prediction;
  readonly startedAt: number;
  readonly progress: RunProgress;
  readonly strategies: StrategiesView | null;
  readonly sweep: SweepView | null;
}

@customElement('genba-launch-screen')
export class GenbaLaunchScreen extends LitElement {
  static override styles = launchScreenStyles;

  @state() private form: LaunchForm | null = null;
  @state() private validation: FormValidation | null = null;
  /** The last valid form's scenarios: what the decision text describes and Run would run. */
  @state() private lastValid: ValidLaunchForm | null = null;
  @state() private presets: readonly PresetEntry[] = [];
  @state() private prediction: Prediction = NO_PREDICTION;
  @state() private finished: FinishedRun | null = null;
  @state() private live: LiveRun | null = null;
  /** A visible message: cancelled, failed, refused, loaded. */
  @state() private message = '';
  /** What the polite live region says. */
  @state() private announcement = '';
  @state() private showProblems = false;
  /** The result parts drawn so far (each is first drawn in its own task). */
  @state() private drawnParts: ReadonlySet<Part> = new Set();
  private revealTimer: ReturnType<typeof setTimeout> | null = null;

  @query('genba-launch-run-controls') private controls?: GenbaLaunchRunControls;

  private readonly client = new LaunchRunClient();
  private readonly announcer = new ProgressAnnouncer();

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadStart();
  }

  override disconnectedCallback(): void {
    this.client.cancel();
    if (this.revealTimer !== null) clearTimeout(this.revealTimer);
    super.disconnectedCallback();
  }

  /** The parts that have something to show now. */
  private availableParts(): Part[] {
    const hasStrategies = (this.live?.strategies ?? this.finished?.result.strategies) != null;
    const hasSweep = (this.live?.sweep ?? this.finished?.result.sweep) != null;
    const available: Record<Part, boolean> = {
      ledger: hasStrategies,
      histogram: hasStrategies,
      sweep: hasSweep,
      figures: this.finished !== null,
      story: this.finished !== null,
    };
    return PARTS.filter((p) => available[p]);
  }

  /** After each update, draws the next part that can be shown and has not been, in a new task. */
  private revealNext(): void {
    if (this.revealTimer !== null) return;
    const next = this.availableParts().find((p) => !this.drawnParts.has(p));
    if (next === undefined) return;
    this.revealTimer = setTimeout(() => {
      this.revealTimer = null;
      this.drawnParts = new Set([...this.drawnParts, next]);
    }, 0);
  }

  override updated(): void {
    this.revealNext();
  }

  /** A part's content once it has been drawn, else a light placeholder (it follows in a moment). */
  private drawPart(part: Part, content: () => TemplateResult): TemplateResult {
    return this.drawnParts.has(part) ? content() : html`<p class="placeholder">Drawing…</p>`;
  }

  private async loadStart(): Promise<void> {
    try {
      const [list, seed] = await Promise.all([fetchPresetList(), fetchPreset(SEED_CASE_FILE)]);
      this.presets = list;
      if (seed.ok) this.setScenario(seed.scenario);
      else this.message = `The seed case could not be read: ${seed.issues.map((i) => i.message).join('; ')}`;
    } catch (error) {
      this.message = `The lesson's case could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  private setScenario(scenario: LaunchScenario): void {
    this.setForm(formFromScenario(scenario, defaultSweepGrid(scenario.market.states.map((s) => s.level))));
  }

  private setForm(form: LaunchForm): void {
    this.form = form;
    const v = validateLaunchForm(form);
    this.validation = v;
    if (v.ok) {
      this.lastValid = v;
      this.showProblems = false;
    }
  }

  // --- Events from the components ------------------------------------------------------------

  private readonly onEdit = (e: GlobalEventHandlersEventMap['launch-form-edit']): void => {
    if (this.form) this.setForm(applyEdit(this.form, e.detail));
  };

  private readonly onPresetLoad = async (e: GlobalEventHandlersEventMap['launch-preset-load']): Promise<void> => {
    try {
      const preset = await fetchPreset(e.detail.file);
      if (!preset.ok) {
        this.message = `That case is not valid: ${preset.issues.map((i) => i.message).join('; ')}`;
        return;
      }
      this.setScenario(preset.scenario);
      this.message = `Loaded the case "${preset.scenario.name ?? e.detail.file}". Press Run to see its markets.`;
      this.announcement = this.message;
    } catch (error) {
      this.message = `That case could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  private readonly onPrediction = (e: GlobalEventHandlersEventMap['launch-prediction-change']): void => {
    this.prediction = e.detail;
  };

  private readonly onRun = (): void => {
    void this.run();
  };

  private readonly onCancel = (): void => {
    this.client.cancel();
  };

  // --- Running --------------------------------------------------------------------------------

  private async run(): Promise<void> {
    if (this.live !== null) return;
    const v = this.validation;
    if (v === null) return;
    if (!v.ok) {
      const n = v.issues.length;
      this.message = `Nothing was run: ${n === 1 ? 'one value needs' : `${n} values need`} fixing first (listed below and marked at the fields).`;
      this.announcement = this.message;
      this.showProblems = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#form-problems')?.focus();
      return;
    }
    const request = v;
    const prediction = this.prediction;
    const startedAt = performance.now();
    this.message = '';
    this.announcer.start(startedAt);
    this.announcement = `Running ${formatWhole(request.scenario.replications)} markets.`;
    this.live = {
      request,
      prediction,
      startedAt,
      progress: { phase: 'strategies', done: 0, total: request.scenario.replications, fraction: 0, secondsLeft: null },
      strategies: null,
      sweep: null,
    };
    await this.updateComplete;
    this.controls?.focusMainButton();
    try {
      const result = await this.client.run(
        { type: 'run', scenario: request.scenario, sweepScenario: request.sweepScenario, quantities: request.quantities },
        {
          onProgress: (p) => {
            if (this.live === null) return;
            const now = performance.now();
            this.live = { ...this.live, progress: { ...p, secondsLeft: secondsLeft(now - this.live.startedAt, p.fraction) } };
            const said = this.announcer.update(p.fraction, now);
            if (said !== null) this.announcement = said;
          },
          onStrategies: (view) => {
            if (this.live) this.live = { ...this.live, strategies: view };
          },
          onSweep: (view) => {
            if (this.live) this.live = { ...this.live, sweep: view };
          },
        },
      );
      this.finished = { request, prediction, result };
      this.live = null;
      this.message = `Done in ${((performance.now() - startedAt) / 1000).toFixed(1)} s.`;
      this.announcement = resultAnnouncement(result);
    } catch (error) {
      const done = this.live?.progress.fraction ?? 0;
      this.live = null;
      const kept = this.finished ? 'the previous result is kept' : 'there is no result yet';
      this.message =
        error instanceof Error && error.name === 'AbortError'
          ? `Cancelled after ${formatShare(done, 0)} of the run; ${kept}.`
          : `The run failed: ${error instanceof Error ? error.message : String(error)}; ${kept}.`;
      this.announcement = this.message;
    }
    await this.updateComplete;
    this.controls?.focusMainButton();
  }

  // --- Rendering ------------------------------------------------------------------------------

  private renderDecision(): TemplateResult {
    const v = this.lastValid;
    if (v === null) return html`<p class="placeholder">${this.message || 'Loading the case…'}</p>`;
    const s = v.scenario;
    const q = v.quantities;
    const states = s.market.states.map((st) => `${st.name}: ${formatWhole(st.level)} a month (${formatShare(st.probability, 0)} chance)`).join('; ');
    const firstMonth = 2 + s.rampUp;
    const e = s.economics;
    const card = (key: StrategyKey, text: string) => {
      const style = STRATEGY_STYLE[key];
      return html`<div class="strategy ${key}">
        <h3>
          <svg viewBox="-8 -8 16 16" aria-hidden="true" focusable="false"><path d=${markerPath(style.marker, 90)} fill=${style.colour}></path></svg
          >${strategyLabel(key, q[key])}
        </h3>
        <p>${text}</p>
      </div>`;
    };
    return html`<p class="lead">
        A new car may sell ${formatWhole(Math.max(...s.market.states.map((st) => st.level)))} a month in a good market, or
        ${formatWhole(Math.min(...s.market.states.map((st) => st.level)))} in a bad one, and the forecast says
        ${formatWhole(q.launch)}. Make the forecast's quantity, or a pilot batch and scale up if the market responds?
      </p>
      <div class="strategies">
        ${card('launch', `Make ${formatWhole(q.launch)} before month 1, as the forecast says.`)}
        ${card('pilot', `Make ${formatWhole(q.pilot)} before month 1, watch what sells, and scale up.`)}
      </div>
      <p class="market">
        Either way, from month ${firstMonth} the plant makes what the months so far have shown, less the stock on hand, up to
        ${formatWhole(s.capacity)} a month. Markets — ${states}; demand varies by ±${formatShare(s.market.demandCV, 0)} month to month.
        Price ${formatWhole(e.price)}, cost ${formatWhole(e.cost)}, salvage ${formatWhole(e.salvage)}, holding ${e.holding} per unit and month,
        over ${s.horizon} months.
      </p>`;
  }

  private renderProblems(): TemplateResult | typeof nothing {
    const v = this.validation;
    if (!this.showProblems || v === null || v.ok) return nothing;
    return html`<div class="problems" id="form-problems" tabindex="-1">
      <strong>Fix these values to run:</strong>
      <ul>
        ${v.issues.map(
          (i) => html`<li>
            <a
              href=${`#${fieldId(i.path)}`}
              @click=${(e: Event) => {
                e.preventDefault();
                this.focusField(i.path);
              }}
              >${i.message}</a
            >
          </li>`,
        )}
      </ul>
    </div>`;
  }

  /** Focuses a field by its path, opening the parameters when it is there. */
  private focusField(path: string): void {
    const details = this.renderRoot.querySelector<HTMLDetailsElement>('details.parameters');
    if (details) details.open = true;
    const inputs = [...this.renderRoot.querySelectorAll('genba-launch-run-controls, genba-launch-parameters')].flatMap((host) => [
      ...(host.shadowRoot?.querySelectorAll<HTMLInputElement>('input[data-path]') ?? []),
    ]);
    // The field itself, or for a group (the market states, the sweep) its first field.
    const target =
      inputs.find((i) => i.dataset.path === path) ??
      inputs.find((i) => i.dataset.path?.startsWith(`${path}[`) && i.dataset.path.endsWith('.probability')) ??
      inputs.find((i) => i.dataset.path?.startsWith(`${path}[`) || i.dataset.path?.startsWith(`${path}.`));
    target?.focus();
  }

  private renderRun(): TemplateResult {
    const form = this.form;
    const issues = this.validation && !this.validation.ok ? this.validation.issues : [];
    return html`<genba-launch-run-controls
        .replications=${form?.replications ?? ''}
        .seed=${form?.seed ?? ''}
        .issues=${issues}
        .progress=${this.live?.progress ?? null}
      ></genba-launch-run-controls>
      <p class="status" id="status">${this.message}</p>
      ${this.renderProblems()}
      <details class="parameters">
        <summary>Change the case: markets, prices, plant, strategies, sweep</summary>
        <genba-launch-parameters .form=${form} .issues=${issues} .presets=${this.presets}></genba-launch-parameters>
      </details>`;
  }

  private renderResults(): TemplateResult {
    const live = this.live;
    const finished = this.finished;
    const strategies = live?.strategies ?? finished?.result.strategies ?? null;
    if (strategies === null) {
      return html`<p class="placeholder" id="no-result">
        ${live ? 'The first markets are on their way…' : 'Make your prediction, then run the markets: the results appear here.'}
      </p>`;
    }
    const strategiesRequest = live?.strategies ? live.request : (finished?.request ?? live?.request);
    const sweep = live?.sweep ?? finished?.result.sweep ?? null;
    const sweepRequest = live?.sweep ? live.request : finished?.request;
    const sweepIsPrevious = live !== null && live.sweep === null && sweep !== null;
    const scenario = strategiesRequest?.scenario;
    const horizon = scenario?.horizon ?? 12;
    const changed = finished !== null && this.lastValid !== null && JSON.stringify(this.lastValid.sweepScenario) !== JSON.stringify(finished.request.sweepScenario);
    return html`${changed && live === null
        ? html`<p class="stale" id="stale">These results are for the case and the number of markets of the last finished run; you have changed them since. Press Run to update.</p>`
        : nothing}
      ${live && live.strategies ? html`<p class="note">Partial results, filling in as markets arrive.</p>` : nothing}
      <div class="results">
        <section class="card wide" aria-labelledby="h-figures">
          <h2 id="h-figures">What the run found</h2>
          ${live && finished ? html`<p class="note">From the previous run: the new run's figures appear when it is done.</p>` : nothing}
          ${finished
            ? this.drawPart(
                'figures',
                () => html`<div class="headline">
                  <genba-launch-figures .result=${finished.result} .scenario=${finished.request.scenario}></genba-launch-figures>
                  ${this.renderInShort(finished)}
                </div>`,
              )
            : html`<p class="placeholder">The figures appear when the run is done.</p>`}
        </section>
        <section class="card" aria-labelledby="h-ledger">
          <h2 id="h-ledger">The ledger: real loss and lost opportunity</h2>
          ${this.drawPart(
            'ledger',
            () => html`<genba-launch-ledger-panel .view=${strategies} .states=${scenario?.market.states ?? []} .horizon=${horizon}></genba-launch-ledger-panel>`,
          )}
        </section>
        <section class="card" aria-labelledby="h-distribution">
          <h2 id="h-distribution">How profit is spread over the markets</h2>
          ${this.drawPart('histogram', () => html`<genba-launch-profit-histogram .view=${strategies} .horizon=${horizon}></genba-launch-profit-histogram>`)}
        </section>
        <section class="card" aria-labelledby="h-sweep">
          <h2 id="h-sweep">Every launch quantity, on the same markets</h2>
          ${sweepIsPrevious ? html`<p class="note">From the previous run: the sweep runs after the two strategies.</p>` : nothing}
          ${sweep && sweepRequest
            ? this.drawPart('sweep', () => html`<genba-launch-sweep-chart .view=${sweep} .quantities=${sweepRequest.quantities}></genba-launch-sweep-chart>`)
            : html`<p class="placeholder">The sweep runs after the two strategies.</p>`}
        </section>
        <section class="card" aria-labelledby="h-story">
          <h2 id="h-story">One market's story</h2>
          ${finished
            ? this.drawPart(
                'story',
                () => html`<genba-launch-market-story .scenario=${finished.request.scenario} .quantities=${finished.request.quantities}></genba-launch-market-story>`,
              )
            : html`<p class="placeholder">Open a market when the run is done.</p>`}
        </section>
      </div>`;
  }

  private renderInShort(finished: FinishedRun): TemplateResult {
    const { launch, pilot } = finished.result.strategies;
    const said = outcomeSentences(outcomeOf(launch.result, pilot.result), launch.result, pilot.result, finished.request.quantities);
    return html`<div class="in-short">
      <h3>In short</h3>
      <ul>
        <li>${said.earnsMore}</li>
        <li>${said.losesMoreOften}</li>
      </ul>
      <p class="note">
        Lost opportunity is margin never earned: no cash left the till. Real loss is cash spent on stock nobody bought. The ledger below keeps them
        apart.
      </p>
    </div>`;
  }

  private predictionCheck(): PredictionCheck | null {
    const finished = this.finished;
    if (finished === null) return null;
    return {
      prediction: finished.prediction,
      quantities: finished.request.quantities,
      launch: finished.result.strategies.launch.result,
      pilot: finished.result.strategies.pilot.result,
    };
  }

  override render() {
    return html`<div
      @launch-form-edit=${this.onEdit}
      @launch-preset-load=${this.onPresetLoad}
      @launch-prediction-change=${this.onPrediction}
      @launch-run=${this.onRun}
      @launch-cancel=${this.onCancel}
    >
      <h1>Launch ${formatWhole(this.lastValid?.quantities.launch ?? 30000)} on a forecast, or a pilot of ${formatWhole(this.lastValid?.quantities.pilot ?? 500)}?</h1>
      <div class="top">
        <section class="card" aria-labelledby="h-decision">
          <h2 id="h-decision">The decision</h2>
          ${this.renderDecision()}
        </section>
        <section class="card" aria-labelledby="h-predict">
          <h2 id="h-predict">1. Predict</h2>
          <genba-launch-prediction
            .quantities=${this.lastValid?.quantities ?? { launch: 30000, pilot: 500 }}
            .prediction=${this.prediction}
            .check=${this.predictionCheck()}
          ></genba-launch-prediction>
        </section>
      </div>
      <section class="card" aria-labelledby="h-run">
        <h2 id="h-run">2. Run the markets</h2>
        ${this.renderRun()}
      </section>
      <section aria-labelledby="h-results">
        <h2 id="h-results">3. Read the results</h2>
        ${this.renderResults()}
      </section>
      <div class="visually-hidden" role="status" aria-live="polite" id="announcer">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-screen': GenbaLaunchScreen;
  }
}
