/**
 * Lesson 4, only what is needed, when it is needed. One scenario run twice on the same random
 * numbers: pushed (the whole order released at once, or every arrival as it comes) and pulled
 * (its WIP cap, CONWIP, and kanban squares). The trainee predicts, watches both lines, reads
 * the outcome (the same throughput with a fraction of the WIP, the flow time and the cash tied
 * up), Little's law as a live sentence, and sweeps the cap against the Hopp–Spearman curves.
 * The runs and the sweep are made in the lesson worker (src/app/lesson-worker.ts).
 *
 * Work that travels (docs/lesson-pull.md, docs/sharing.md): a link (`#/pull?v=1&s=…`) opens
 * its scenario, replication and prediction; the share panel copies links, saves and opens
 * scenario files and offers the runs as CSV.
 */
import { shownName } from '../../i18n/preset-names.ts';
import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { reportProgress } from '../../app/progress.ts';
import { parseFragment } from '../../app/routes.ts';
import { inLessonWorker } from '../../app/lesson-worker.ts';
import { parseScenario } from '../../scenario/index.ts';
import type { LinkState } from '../../share/index.ts';
import { wipOverTime, type WipPoint } from '../../sim/line/series.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { PairedRun } from '../../lessons/batching/paired-run.ts';
import type { ReplayPair } from '../../components/line-view/genba-paired-replay.ts';
import { lineOutcome, type LineOutcome } from '../../lessons/pull/outcome.ts';
import { pullOutcome, type PullPrediction } from '../../lessons/pull/prediction.ts';
import { wipAt } from '../../lessons/pull/littles-law.ts';
import type { WipSweep } from '../../lessons/pull/wip-sweep.ts';
import { controlStyles } from '../../components/shared-styles.ts';
import { flowScreenStyles } from '../flow/flow-screen-styles.ts';
import { choiceWord, outcomeSentence, pullLabels } from '../../components/pull/pull-words.ts';
import { afterPaint } from '../../app/after-paint.ts';
import { loadBelowFold, type BelowFold } from './pull-below-fold.ts';
import { DEFAULT_PRESET, pullPresetEntries, type PresetEntry } from './pull-presets.ts';
import { FileDropController } from '../../components/share/file-drop-controller.ts';
import type { GenbaSharePanel, OpenScenarioDetail } from '../../components/share/genba-share-panel.ts';
import type { GenbaPullPrediction } from '../../components/pull/genba-pull-prediction.ts';
import '../../components/line-view/genba-paired-replay.ts';
import '../../components/pull/genba-pull-prediction.ts';
import '../../components/pull/genba-little-sentence.ts';

const LESSON = 'pull';

type Text = () => string;

@customElement('genba-pull-screen')
@localized()
export class GenbaPullScreen extends LitElement {
  static override styles = [controlStyles, flowScreenStyles];

  @state() private presets: PresetEntry[] = [];
  @state() private presetFile: string = DEFAULT_PRESET;
  @state() private fromPreset = true;
  @state() private scenario: FlowLineScenario | null = null;
  @state() private pair: PairedRun | null = null;
  /** The replay's input: one object per run (a new object would restart the replay). */
  @state() private replayPair: ReplayPair | null = null;
  @state() private replication = 0;
  @state() private revealed = false;
  @state() private t = 0;
  @state() private sweep: WipSweep | null = null;
  @state() private sweeping = false;
  @state() private message: Text | null = null;
  @state() private linkProblem: Text | null = null;
  @state() private announcement = '';
  /** The station chosen on either line (its charts open below the outcome), or −1. */
  @state() private selected = -1;
  /** The sections below the two lines are built once the first run has painted, in a task of their own. */
  @state() private settled = false;
  /** What the sections below the lines need from the modules loaded after the first paint. */
  private below: BelowFold | null = null;

  @query('genba-pull-prediction') private predictionBox?: GenbaPullPrediction;
  @query('genba-share-panel') private sharePanel?: GenbaSharePanel;

  private wip: { push: WipPoint[]; pull: WipPoint[] } = { push: [], pull: [] };
  private runs = 0;
  private readonly drop = new FileDropController(this, (file) => void this.sharePanel?.openFile(file));

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    void this.start();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  private async start(): Promise<void> {
    try {
      const response = await fetch(new URL('scenarios/index.json', document.baseURI));
      const list: unknown = await response.json();
      this.presets = pullPresetEntries(list);
      if (!(await this.openLink())) await this.loadPreset(DEFAULT_PRESET);
    } catch (error) {
      const reason = String(error);
      this.message = () => msg(str`The lesson's scenarios could not be loaded (${reason}).`);
    }
  }

  private async loadPreset(file: string): Promise<void> {
    const response = await fetch(new URL(`scenarios/${file}`, document.baseURI));
    const parsed = parseScenario(await response.json());
    if (!parsed.ok || parsed.scenario.model !== 'flow-line') {
      this.message = () => msg(str`The scenario ${file} is not a valid flow-line scenario.`);
      return;
    }
    this.presetFile = file;
    this.fromPreset = true;
    this.replication = 0;
    this.predictionBox?.clear();
    this.sharePanel?.startFresh();
    await this.setScenario(parsed.scenario);
  }

  /** Loads a scenario given as plain data (a link, a file); resolves to its problems, empty when it ran. */
  async loadScenario(value: unknown, replication = 0): Promise<string[]> {
    const parsed = parseScenario(value);
    if (!parsed.ok) return parsed.issues.map((i) => i.message);
    if (parsed.scenario.model !== 'flow-line') return [msg('model: this lesson runs flow-line scenarios')];
    this.fromPreset = false;
    this.replication = Number.isInteger(replication) && replication >= 0 ? replication : 0;
    await this.setScenario(parsed.scenario);
    return [];
  }

  /** Runs both lines in the lesson worker; a run overtaken by a newer scenario is dropped. */
  private async setScenario(scenario: FlowLineScenario): Promise<void> {
    const run = ++this.runs;
    const replication = this.replication < scenario.replications ? this.replication : 0;
    try {
      const { pair, replays } = await inLessonWorker({ kind: 'push-pull', scenario, replication });
      if (run !== this.runs) return;
      this.wip = { push: wipOverTime(pair.batch.run.trace?.events ?? []), pull: wipOverTime(pair.flow.run.trace?.events ?? []) };
      this.scenario = scenario;
      this.replication = replication;
      this.pair = pair;
      this.replayPair = { batch: pair.batch, flow: pair.flow, replays };
      this.revealed = false;
      this.sweep = null;
      if (this.selected >= scenario.stations.length) this.selected = -1;
      this.t = 0;
      this.message = null;
    } catch (error) {
      if (run !== this.runs) return;
      const reason = error instanceof Error ? error.message : String(error);
      this.message = () => msg(str`The lines could not be run: ${reason}`);
      return;
    }
    if (!this.settled) await this.settle();
  }

  /** After the first paint of the lines: the modules below them, loaded and built in later tasks. */
  private async settle(): Promise<void> {
    await afterPaint(this);
    try {
      this.below = await loadBelowFold();
      this.settled = true;
      await this.updateComplete;
    } catch (error) {
      const reason = String(error);
      this.message = () => msg(str`Part of the lesson could not be loaded (${reason}). Reload the page to try again.`);
    }
  }

  // ——— Links and files ———

  private readonly onHashChange = (): void => {
    if (parseFragment(window.location.hash).route === LESSON) void this.openLink();
  };

  private async openLink(): Promise<boolean> {
    const query = parseFragment(window.location.hash).query;
    if (query === '') return false;
    // The link codec (and its inflate tables) loads only when the address holds a link.
    const { decodeLink } = await import('../../share/index.ts');
    const decoded = decodeLink(query);
    if (!decoded.ok && decoded.reason === 'absent') return false;
    let problem: Text = () => (decoded.ok ? '' : decoded.message);
    if (decoded.ok) {
      const { state } = decoded;
      if (state.lesson !== LESSON) {
        const lesson = state.lesson;
        problem = () => msg(str`This link is for another lesson (${lesson}), not push and pull.`);
      } else {
        const issues = await this.loadScenario(state.scenario, state.replication ?? 0);
        if (issues.length === 0) {
          this.linkProblem = null;
          await this.updateComplete;
          this.predictionBox?.clear();
          if (state.predictions !== undefined) this.predictionBox?.restore(state.predictions);
          this.announcement = msg('Opened the scenario from the link: both lines ran on its seed.');
          return true;
        }
        const list = issues.slice(0, 3).join('; ');
        problem = () => msg(str`This link's scenario cannot be opened here: ${list}.`);
      }
    }
    const why = problem;
    this.linkProblem = () => msg(str`${why()} The lesson's default scenario is open instead.`);
    await this.loadPreset(DEFAULT_PRESET);
    return true;
  }

  private readonly linkState = (): LinkState | null => {
    const scenario = this.scenario;
    if (!scenario) return null;
    const prediction = this.predictionBox?.prediction ?? null;
    return { lesson: LESSON, scenario, replication: this.replication, ...(prediction ? { predictions: prediction } : {}) };
  };

  private readonly onOpenScenario = async (e: CustomEvent<OpenScenarioDetail>): Promise<void> => {
    const problems = await this.loadScenario(e.detail.scenario);
    if (problems.length > 0) {
      const list = problems.slice(0, 3).join('; ');
      this.message = () => msg(str`This scenario cannot be opened here: ${list}`);
      return;
    }
    this.predictionBox?.clear();
    this.linkProblem = null;
    this.announcement = msg('Opened the scenario: both lines ran on its seed.');
  };

  private readonly onScenarioChange = async (e: CustomEvent<{ scenario: FlowLineScenario }>): Promise<void> => {
    this.sharePanel?.noteEdit(e.detail.scenario);
    this.fromPreset = false;
    await this.setScenario(e.detail.scenario);
    this.announcement = msg('Parameters applied: both lines ran again on the same seed.');
    reportProgress(this, LESSON, 'sandbox');
  };

  // ——— The lesson's steps ———

  private readonly onPredict = (e: CustomEvent<PullPrediction>): void => {
    const more = choiceWord(e.detail.deliveries);
    const less = choiceWord(e.detail.lessWip);
    const text = msg(str`Prediction: more deliveries: ${more}; less work in progress: ${less}.`);
    reportProgress(this, LESSON, 'predict', { kind: 'prediction', text });
  };

  private readonly onReplayTime = (e: CustomEvent<{ t: number; playing: boolean }>): void => {
    this.t = e.detail.t;
    if (e.detail.playing) reportProgress(this, LESSON, 'watch');
  };

  private outcomes(): { push: LineOutcome; pull: LineOutcome } | null {
    const { pair, scenario } = this;
    if (!pair || !scenario) return null;
    return { push: lineOutcome(pair.batch.run, scenario.unitValue), pull: lineOutcome(pair.flow.run, scenario.unitValue) };
  }

  private reveal(): void {
    if (this.revealed) return;
    this.revealed = true;
    const o = this.outcomes();
    if (!o) return;
    const text = outcomeSentence(o.push, o.pull) ?? msg('The pushed line delivered nothing in this run.');
    this.announcement = text;
    reportProgress(this, LESSON, 'outcome', { kind: 'result', text });
  }

  private async runSweep(): Promise<void> {
    const scenario = this.scenario;
    if (!scenario || this.sweeping) return;
    this.sweeping = true;
    try {
      const sweep = await inLessonWorker({ kind: 'wip-sweep', scenario });
      if (scenario !== this.scenario) return;
      this.sweep = sweep;
      this.announcement = msg('The sweep is done: throughput and flow time for every cap are in the chart and its table.');
      reportProgress(this, LESSON, 'sweep');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.message = () => msg(str`The sweep could not be run: ${reason}`);
    } finally {
      this.sweeping = false;
    }
  }

  // ——— Rendering ———

  private renderWatch(pair: PairedRun, scenario: FlowLineScenario) {
    const labels = pullLabels(scenario);
    const o = this.outcomes();
    const lines = o
      ? [
          { label: labels.batch, wip: wipAt(this.wip.push, this.t), throughput: o.push.throughput },
          { label: labels.flow, wip: wipAt(this.wip.pull, this.t), throughput: o.pull.throughput },
        ]
      : [];
    return html`<section aria-labelledby="watch-h" id="watch">
      <h2 id="watch-h"><span class="step" aria-hidden="true">2</span>${msg('Watch both lines')}</h2>
      <genba-paired-replay
        .pair=${this.replayPair}
        .labels=${labels}
        .selected=${this.selected}
        @genba-station-select=${(e: CustomEvent<{ station: number }>) => (this.selected = e.detail.station === this.selected ? -1 : e.detail.station)}
        @genba-replay-time=${this.onReplayTime}
        @genba-replay-end=${() => this.reveal()}
      ></genba-paired-replay>
      <genba-little-sentence .lines=${lines} .timeUnit=${scenario.timeUnit}></genba-little-sentence>
      ${this.revealed ? nothing : html`<button type="button" id="show-outcome" @click=${() => this.reveal()}>${msg('Show the outcome now')}</button>`}
    </section>`;
  }

  private renderOutcome(scenario: FlowLineScenario) {
    const o = this.outcomes();
    if (!o || !this.revealed) return nothing;
    const labels = pullLabels(scenario);
    return html`<section aria-labelledby="outcome-h" id="outcome">
      <h2 id="outcome-h"><span class="step" aria-hidden="true">3</span>${msg('Same deliveries, a fraction of the WIP?')}</h2>
      <genba-pull-outcome .push=${o.push} .pull=${o.pull} .labels=${{ push: labels.batch, pull: labels.flow }} .timeUnit=${scenario.timeUnit}></genba-pull-outcome>
      <p class="hint">${msg('Choose a station on either line ("Go and see") to see what it did over time, blocked spells included.')}</p>
      <genba-pull-stations .pair=${this.pair} .replays=${this.replayPair?.replays ?? null} .scenario=${scenario} .labels=${labels} .selected=${this.selected}></genba-pull-stations>
    </section>`;
  }

  private renderSweep(scenario: FlowLineScenario) {
    return html`<section aria-labelledby="sweep-h" id="sweep">
      <h2 id="sweep-h"><span class="step" aria-hidden="true">4</span>${msg('Where more WIP stops buying throughput')}</h2>
      <div class="toolbar">
        <button type="button" class="primary" id="run-sweep" ?disabled=${this.sweeping} @click=${() => void this.runSweep()}>
          ${this.sweeping ? msg('Sweeping…') : msg('Sweep the WIP cap')}
        </button>
      </div>
      ${this.sweep
        ? html`<genba-figure id="sweep-figure" heading=${msg('Throughput and flow time by WIP cap, against Hopp and Spearman')} .scenarioName=${scenario.name ?? ''}>
            <genba-wip-sweep-chart .sweep=${this.sweep} .timeUnit=${scenario.timeUnit} .current=${scenario.release.wipCap}></genba-wip-sweep-chart>
          </genba-figure>`
        : html`<p class="hint">${msg('Runs the line under caps from 1 upwards, many runs each, and draws the best case, the practical worst case and the worst case beside them.')}</p>`}
    </section>`;
  }

  override render() {
    const { pair, scenario } = this;
    return html`
      <h1>${msg('Only what is needed, when it is needed')}</h1>
      <p class="lede">
        ${msg('Two lines, the same order, the same random numbers. The top one pushes work in as soon as material is there; the bottom one lets a new unit in only when one leaves. Does pulling cost deliveries?')}
      </p>
      <div class="toolbar">
        <label
          >${msg('Scenario')}
          <select id="preset" @change=${(e: Event) => void this.loadPreset((e.target as HTMLSelectElement).value)}>
            ${this.fromPreset ? nothing : html`<option value="" selected disabled>${msg('Another scenario (see “Open”)')}</option>`}
            ${this.presets.map((p) => html`<option value=${p.file} ?selected=${this.fromPreset && p.file === this.presetFile}>${shownName(p.name)}</option>`)}
          </select></label
        >
        ${scenario ? html`<span id="open-scenario"><strong id="scenario-name">${scenario.name !== undefined ? shownName(scenario.name) : msg('Untitled scenario')}</strong> · ${msg('seed')} <code>${JSON.stringify(scenario.seed)}</code></span>` : nothing}
      </div>
      ${this.message ? html`<p class="message" role="alert">${this.message()}</p>` : nothing}
      ${this.linkProblem ? html`<p class="message" role="alert" id="link-problem">${this.linkProblem()}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" id="announce">${this.announcement}</div>
      ${pair && scenario
        ? html`<section aria-labelledby="predict-h" id="predict">
              <h2 id="predict-h"><span class="step" aria-hidden="true">1</span>${msg('Predict first')}</h2>
              <genba-pull-prediction @genba-predict=${this.onPredict} .outcome=${this.revealed ? this.predictionOutcome() : null}></genba-pull-prediction>
            </section>
            ${this.renderWatch(pair, scenario)} ${this.settled ? this.renderBelow(pair, scenario) : nothing}`
        : html`<p>${msg('Loading the lesson…')}</p>`}
      ${this.drop.hint ? html`<div class="drop-hint" aria-hidden="true"><p>${msg('Drop the scenario file to open it')}</p></div>` : nothing}
    `;
  }

  /** The outcome, the sweep, the sandbox and sharing: built after the first run has painted (`settled`). */
  private renderBelow(pair: PairedRun, scenario: FlowLineScenario) {
    return html`${this.renderOutcome(scenario)} ${this.renderSweep(scenario)}
            <section aria-labelledby="cap-h" id="cap">
              <h2 id="cap-h"><span class="step" aria-hidden="true">5</span>${msg('Sandbox: change the cap')}</h2>
              <genba-pull-cap-field .scenario=${scenario} @genba-scenario-change=${this.onScenarioChange}></genba-pull-cap-field>
            </section>
            <section aria-labelledby="share-h" id="share">
              <h2 id="share-h" tabindex="-1">${msg('Share and save')}</h2>
              <genba-share-panel
                route=${LESSON}
                model="flow-line"
                .scenario=${scenario}
                .linkState=${this.linkState}
                .csvFiles=${this.below?.pullCsvFiles(pair, this.sweep, scenario) ?? []}
                @genba-open-scenario=${this.onOpenScenario}
              ></genba-share-panel>
            </section>`;
  }

  private predictionOutcome(): PullPrediction | null {
    const o = this.outcomes();
    return o ? pullOutcome(o.push, o.pull) : null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-pull-screen': GenbaPullScreen;
  }
}
