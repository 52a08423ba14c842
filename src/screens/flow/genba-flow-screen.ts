/**
 * Lesson 1, the batching illusion. Two identical lines on the same order and the same
 * random numbers: the scenario's transfer batch on one, one-piece flow on the other. The
 * trainee predicts, watches both lines replay their event traces (genba-paired-replay),
 * reads what each station felt against what the line delivered, goes and sees a station,
 * runs many replications and sweeps the batch size.
 *
 * A thin composition: its state lives in reactive controllers (run state, long jobs, link
 * state, files: flow-*-controller.ts beside it), and each section below the lines is a
 * component (src/components/flow-lesson/), loaded and built after the lines have painted.
 *
 * Scenarios travel (docs/sharing.md): a link in the URL fragment (`#/batching?v=1&s=…`)
 * opens its scenario, replication, playback position and, when shared, the prediction; a
 * damaged link says what was wrong and the lesson's default scenario opens. The share
 * panel copies links, downloads and opens scenario files (also dropped anywhere on the
 * page), offers the runs as CSV and keeps edited scenarios in the browser; every chart
 * downloads as SVG and PNG.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { shownName } from '../../i18n/preset-names.ts';
import { unitWords } from '../../i18n/units.ts';
import { reportProgress } from '../../app/progress.ts';
import { afterPaint } from '../../app/after-paint.ts';
import { loadBelowFold, loadParamsEditor } from './flow-below-fold.ts';
import type { LinkState } from '../../share/index.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { PairedRun } from '../../lessons/batching/paired-run.ts';
import { illusionSentence } from '../../lessons/batching/illusion.ts';
import { outcomeOf } from '../../lessons/batching/prediction.ts';
import { controlStyles } from '../../components/shared-styles.ts';
import { flowScreenStyles } from './flow-screen-styles.ts';
import { DEFAULT_PRESET, FlowRunController } from './flow-run-controller.ts';
import { FlowJobsController } from './flow-jobs-controller.ts';
import { FlowLinkController } from './flow-link-controller.ts';
import { FlowFilesController } from './flow-files-controller.ts';
import '../../components/line-view/genba-paired-replay.ts';
import '../../components/flow-lesson/genba-flow-prediction.ts';
import type { GenbaPairedReplay } from '../../components/line-view/genba-paired-replay.ts';
import type { PlaybackCommand } from '../../components/playback/genba-playback-controls.ts';
import type { GenbaSharePanel } from '../../components/share/genba-share-panel.ts';
import type { OpenScenarioDetail } from '../../components/share/share-events.ts';
import type { GenbaFlowPrediction } from '../../components/flow-lesson/genba-flow-prediction.ts';

/** The route and lesson id of this screen in links. */
const LESSON = 'batching';

/** The shell's keyboard shortcuts (←, →, R; Space is toggle-play) as the replay's commands. */
const SHORTCUTS: Readonly<Record<string, PlaybackCommand['type']>> = { 'step-forward': 'step-forward', 'step-back': 'step-back', reset: 'reset' };

@customElement('genba-flow-screen')
@localized()
export class GenbaFlowScreen extends LitElement {
  static override styles = [controlStyles, flowScreenStyles];

  @state() private revealed = false;
  /** The station open in "Go and see" (0-based), or −1. */
  @state() private selected = -1;
  @state() private announcement = '';
  /** The parameter editor is built the first time its section is opened (a big form: kept off the first paint), then kept. */
  @state() private paramsOpened = false;
  /** The sections below the two lines are built once the first run is on screen, in a task of their own. */
  @state() private settled = false;

  @query('genba-paired-replay') private replay?: GenbaPairedReplay;
  @query('genba-flow-prediction') private predictionBox?: GenbaFlowPrediction;
  @query('genba-share-panel') private sharePanel?: GenbaSharePanel;

  /** The replay's time, last told (the charts' cursors follow it). */
  private t = 0;
  /** The replay was playing at its last time event: "watch" is reported once per play. */
  private wasPlaying = false;

  private readonly run = new FlowRunController(this, { starting: () => this.jobs.stop(), shown: () => this.shown() });
  private readonly jobs = new FlowJobsController(this, (text) => (this.announcement = text), () => this.run.scenario);
  private readonly link = new FlowLinkController(this, LESSON, {
    openScenario: (state) => this.run.loadScenario(state.scenario, state.replication ?? 0),
    applyState: (state) => this.applyLinkState(state),
    openDefault: () => this.loadPreset(DEFAULT_PRESET),
  });
  private readonly files = new FlowFilesController(this, (file) => void this.sharePanel?.openFile(file));

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('genba-command', this.onCommand as EventListener);
    void this.start();
  }

  override disconnectedCallback(): void {
    this.removeEventListener('genba-command', this.onCommand as EventListener);
    super.disconnectedCallback();
  }

  /** Keyboard shortcuts from the shell drive the replay like its buttons. */
  private readonly onCommand = (e: CustomEvent<{ command: string }>): void => {
    const [replay, c] = [this.replay, e.detail.command];
    if (!replay) return;
    if (c === 'toggle-play') replay.command({ type: replay.playing ? 'pause' : 'play' });
    else if (SHORTCUTS[c]) replay.command({ type: SHORTCUTS[c] } as PlaybackCommand);
  };

  // ——— Scenarios ———

  private async start(): Promise<void> {
    try {
      if (!(await this.run.loadPresets())) return;
      if (!(await this.link.open())) await this.loadPreset(this.run.presetFile);
    } catch (error) {
      const reason = String(error);
      this.run.message = () => msg(str`The lesson's scenarios could not be loaded (${reason}).`);
      this.requestUpdate();
    }
  }

  private async loadPreset(file: string): Promise<void> {
    this.predictionBox?.clear();
    this.sharePanel?.startFresh();
    await this.run.loadPreset(file);
  }

  /**
   * Loads a scenario given as a plain object (a file's contents, a link's scenario), after
   * validating it, on replication `replication` (default 0). Resolves to the validation
   * messages, empty when it was loaded (and both lines have run).
   */
  loadScenario = (value: unknown, replication = 0): Promise<string[]> => this.run.loadScenario(value, replication);

  /** A new scenario's lines are on screen: earlier results go; the sections below are built the first time. */
  private async shown(): Promise<void> {
    const scenario = this.run.scenario;
    this.jobs.clear();
    if (scenario && this.selected >= scenario.stations.length) this.selected = -1;
    this.t = 0;
    await this.updateComplete;
    if (this.settled) return;
    // The sections below the lines follow in a task of their own, after the lines have painted.
    await afterPaint(this);
    try {
      await loadBelowFold();
      this.settled = true;
    } catch (error) {
      const reason = String(error);
      this.run.message = () => msg(str`Part of the lesson could not be loaded (${reason}). Reload the page to try again.`);
      this.requestUpdate();
    }
  }

  private readonly onPresetChange = (e: Event): void => void (this.link.clear(), this.loadPreset((e.target as HTMLSelectElement).value));

  // ——— Links, files, saved work ———

  /** After a link's scenario ran: its playback position and prediction. Resolves to notices about them. */
  private async applyLinkState(state: LinkState): Promise<string[]> {
    this.sharePanel?.startFresh();
    await this.updateComplete;
    const replay = this.replay;
    if (replay && state.t !== undefined) {
      await replay.updateComplete;
      replay.seekTo(state.t);
    }
    const box = this.predictionBox;
    box?.clear();
    const notices: string[] = [];
    if (state.predictions !== undefined && box && !box.restore(state.predictions)) {
      notices.push(msg("The link's prediction was left out: it is not a prediction this lesson asks for."));
    }
    this.announcement = msg('Opened the scenario from the link: both lines ran on its seed.');
    return notices;
  }

  /** The state a link carries now: the edited scenario, the replication, the playback position, the prediction. */
  private readonly linkState = (): LinkState | null => {
    const scenario = this.run.scenario;
    if (!scenario) return null;
    const prediction = this.predictionBox?.prediction ?? null;
    const t = this.replay?.time ?? this.t;
    return { lesson: LESSON, scenario, replication: this.run.replication, t, ...(prediction ? { predictions: prediction } : {}) };
  };

  private readonly onOpenScenario = async (e: CustomEvent<OpenScenarioDetail>): Promise<void> => {
    const problems = await this.run.loadScenario(e.detail.scenario);
    if (problems.length > 0) {
      const list = problems.slice(0, 3).join('; ');
      this.run.message = () => msg(str`This scenario cannot be opened here: ${list}`);
      this.requestUpdate();
      return;
    }
    this.predictionBox?.clear();
    this.link.clear();
    this.announcement =
      e.detail.source === 'file'
        ? msg('Opened the scenario from the file: both lines ran on its seed.')
        : msg('Opened the scenario from saved work: both lines ran on its seed.');
  };

  private async onScenarioChange(e: CustomEvent<{ scenario: FlowLineScenario }>): Promise<void> {
    // Only a scenario whose lines ran is saved and announced as applied (issue 16).
    const failure = await this.run.setScenario(e.detail.scenario);
    if (failure !== null) {
      this.announcement = failure;
      return;
    }
    this.sharePanel?.noteEdit(e.detail.scenario);
    this.announcement = msg('Parameters applied: both lines ran again on the same seed.');
    reportProgress(this, LESSON, 'sandbox');
  }

  protected override updated(): void {
    // The list's selection follows the open scenario; after a link, a file or saved work it
    // shows "Another scenario", so choosing the preset again fires `change`.
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#preset');
    const wanted = this.run.fromPreset ? this.run.presetFile : '';
    if (select && select.value !== wanted && (wanted === '' || this.run.presets.some((p) => p.file === wanted))) select.value = wanted;
  }

  // ——— The replay ———

  /** The replay's time: the charts' cursors follow it; the results show once it reaches the end. */
  private readonly onReplayTime = (e: CustomEvent<{ t: number; playing: boolean }>): void => {
    const { t, playing } = e.detail;
    this.t = t;
    for (const chart of this.renderRoot.querySelectorAll<HTMLElement & { cursor?: number }>('[data-cursor]')) chart.cursor = t;
    if (playing && !this.wasPlaying) reportProgress(this, LESSON, 'watch');
    this.wasPlaying = playing;
    const end = this.run.pair?.end ?? 0;
    if (end > 0 && t >= end) this.reveal();
  };

  /** A kept prediction completes the guided path's first step, in the trainee's words. */
  private readonly onPredict = async (): Promise<void> => {
    const box = this.predictionBox;
    await box?.updateComplete;
    const text = box?.shadowRoot?.querySelector('.kept')?.textContent?.replace(/\s+/g, ' ').trim();
    reportProgress(this, LESSON, 'predict', text ? { kind: 'prediction', text } : undefined);
  };

  private reveal(): void {
    const { pair, scenario } = this.run;
    if (this.revealed || !pair || !scenario) return;
    this.revealed = true;
    this.announcement = illusionSentence(pair.batch.run, pair.flow.run, scenario.timeUnit, scenario.release.mode === 'order');
    reportProgress(this, LESSON, 'reveal', { kind: 'result', text: this.announcement });
  }

  private readonly onSelect = async (e: CustomEvent<{ station: number }>): Promise<void> => {
    this.selected = this.selected === e.detail.station ? -1 : e.detail.station;
    if (this.selected < 0) return;
    await this.updateComplete;
    const section = this.renderRoot.querySelector('genba-flow-station');
    await section?.updateComplete;
    section?.querySelector<HTMLElement>('#station-h')?.scrollIntoView?.({ block: 'nearest' });
  };

  /** Scrolls to the share section (a button: the URL fragment belongs to the router and to links). */
  private readonly toShare = (): void => {
    const target = this.renderRoot.querySelector<HTMLElement>('#share');
    target?.scrollIntoView({ block: 'start' });
    target?.querySelector<HTMLElement>('h2')?.focus?.();
  };

  /** The parameters section opened for the first time: its editor is loaded and built now. */
  private readonly onParamsToggle = (e: Event): void => {
    if (this.paramsOpened || !(e.target as HTMLDetailsElement).open) return;
    this.paramsOpened = true;
    loadParamsEditor().catch((error: unknown) => {
      const reason = String(error);
      this.run.message = () => msg(str`Part of the lesson could not be loaded (${reason}). Reload the page to try again.`);
      this.requestUpdate();
    });
  };

  private renderWatch(scenario: FlowLineScenario) {
    const batch = scenario.transferBatch;
    return html`<section aria-labelledby="watch-h">
      <h2 id="watch-h"><span class="step" aria-hidden="true">2</span>${msg('Watch both lines')}</h2>
      <genba-paired-replay
        restart
        .pair=${this.run.replay}
        .labels=${{ batch: msg(str`Transfer batch of ${batch}`), flow: msg('One-piece flow') }}
        .selected=${this.selected}
        @genba-station-select=${this.onSelect}
        @genba-replay-time=${this.onReplayTime}
        @genba-replay-end=${() => this.reveal()}
      ></genba-paired-replay>
      ${this.revealed
        ? nothing
        : html`<p class="hint">
            ${msg('The results appear when the replay ends.')}
            <button type="button" id="reveal" @click=${() => this.reveal()}>${msg('Show the results now')}</button>
          </p>`}
    </section>`;
  }

  /** The results, a station, many runs, the sweep, the parameters and sharing: built after the first run is on screen (`settled`). */
  private renderBelow(pair: PairedRun, scenario: FlowLineScenario) {
    const { replays } = this.run.replay!;
    const { many, sweep, job } = this.jobs;
    return html`${this.revealed
        ? html`<genba-flow-results .pair=${pair} .replays=${replays} .scenario=${scenario} .cursor=${this.t}></genba-flow-results>`
        : nothing}
      ${this.selected >= 0
        ? html`<genba-flow-station .pair=${pair} .replays=${replays} .scenario=${scenario} .station=${this.selected} .cursor=${this.t}></genba-flow-station>`
        : nothing}
      <genba-flow-many
        .scenario=${scenario}
        .many=${many}
        .job=${job}
        @genba-run-many=${() => void this.jobs.runMany()}
        @genba-cancel-job=${() => this.jobs.cancel()}
      ></genba-flow-many>
      <genba-flow-sweep
        .scenario=${scenario}
        .sweep=${sweep}
        .job=${job}
        @genba-run-sweep=${() => void this.jobs.runSweep()}
        @genba-cancel-job=${() => this.jobs.cancel()}
      ></genba-flow-sweep>
      <section aria-labelledby="params-h">
        <details id="params" @toggle=${this.onParamsToggle}>
          <summary id="params-h">${msg('Change the line: stations, times, batch size, order, seed')}</summary>
          ${this.paramsOpened
            ? html`<genba-flow-params .scenario=${this.run.lessonScenario} @genba-scenario-change=${this.onScenarioChange}></genba-flow-params>`
            : nothing}
        </details>
      </section>
      <section aria-labelledby="share-h" id="share">
        <h2 id="share-h" tabindex="-1">${msg('Share and save')}</h2>
        <genba-share-panel
          route=${LESSON}
          model="flow-line"
          .scenario=${scenario}
          .linkState=${this.linkState}
          .csvFiles=${this.files.csvFiles(pair, many, scenario)}
          @genba-open-scenario=${this.onOpenScenario}
        ></genba-share-panel>
      </section>`;
  }

  override render() {
    const { pair, scenario, presets, presetFile, fromPreset, message } = this.run;
    const orderMode = scenario?.release.mode === 'order';
    return html`
      <h1>${msg('The batching illusion')}</h1>
      <p class="lede">
        ${msg(
          'Two identical lines, the same order, the same random numbers. The top line passes parts on in containers; the bottom one passes them hand to hand, one piece at a time. Which is faster?',
        )}
      </p>
      <div class="toolbar">
        <label
          >${msg('Scenario')}
          <select id="preset" @change=${this.onPresetChange}>
            ${fromPreset ? nothing : html`<option value="" disabled>${msg('Another scenario (see “Open”)')}</option>`}
            ${presets.map((p) => html`<option value=${p.file} ?selected=${fromPreset && p.file === presetFile}>${shownName(p.name)}</option>`)}
          </select></label
        >
        ${scenario
          ? html`<span id="open-scenario"
              >${msg(
                html`Open: <strong id="scenario-name">${scenario.name !== undefined ? shownName(scenario.name) : msg('Untitled scenario')}</strong> · seed <code>${JSON.stringify(scenario.seed)}</code> · replication ${this.run.replication + 1}`,
              )}</span
            >`
          : nothing}
        <button type="button" class="skip" @click=${this.toShare}>${msg('Share and save ↓')}</button>
      </div>
      ${message ? html`<p class="message" role="alert">${message()}</p>` : nothing}
      ${this.link.problem ? html`<p class="message" role="alert" id="link-problem">${this.link.problem()}</p>` : nothing}
      ${this.link.notices.length > 0
        ? html`<div class="message" role="status" id="link-notices">${this.link.notices.map((n) => html`<p>${n}</p>`)}</div>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" id="announce">${this.announcement}</div>
      ${pair && scenario
        ? html`
            <section aria-labelledby="predict-h">
              <h2 id="predict-h"><span class="step" aria-hidden="true">1</span>${msg('Predict first')}</h2>
              <genba-flow-prediction
                @genba-predict=${this.onPredict}
                .orderMode=${orderMode}
                unit=${unitWords(scenario.timeUnit).many}
                .outcome=${this.revealed ? outcomeOf(pair.batch.run, pair.flow.run, orderMode) : null}
              ></genba-flow-prediction>
            </section>
            ${this.renderWatch(scenario)} ${this.settled ? this.renderBelow(pair, scenario) : nothing}
          `
        : html`<p>${msg('Loading the lesson…')}</p>`}
      ${this.files.dragging ? html`<div class="drop-hint" aria-hidden="true"><p>${msg('Drop the scenario file to open it')}</p></div>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-flow-screen': GenbaFlowScreen;
  }
}
