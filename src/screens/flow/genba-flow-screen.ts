/**
 * Lesson 1, the batching illusion. Two identical lines on the same order and the same
 * random numbers: the scenario's transfer batch on one, one-piece flow on the other. The
 * trainee predicts, watches both lines replay their event traces, reads what each station
 * felt against what the line delivered, goes and sees a station, runs many replications
 * and sweeps the batch size. The two traced runs and their replay material are made in the
 * lesson worker (src/app/lesson-worker.ts); the first screen shows the prediction and the
 * two lines before the sections below them are built, so a phone stays responsive while
 * the lesson opens. Replications and sweeps run in Web Workers on the same core as the CLI.
 *
 * Scenarios travel (docs/sharing.md): a link in the URL fragment (`#/batching?v=1&s=…`)
 * opens its scenario, replication, playback position and, when shared, the prediction; a
 * damaged link says what was wrong and the lesson's default scenario opens. The share
 * panel copies links, downloads and opens scenario files (also dropped anywhere on the
 * page), offers the runs as CSV and keeps edited scenarios in the browser; every chart
 * downloads as SVG and PNG.
 */
import { shownName } from '../../i18n/preset-names.ts';
import { issueText } from '../../i18n/issue-text.ts';
import { presetFileFor } from '../../scenario/preset-match.ts';
import { reportProgress } from '../../app/progress.ts';
import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import { getLocale } from '../../i18n/locale.ts';
import { perHourWord, unitWords, unitsWord } from '../../i18n/units.ts';
import { parseScenario } from '../../scenario/index.ts';
import { parseFragment } from '../../app/routes.ts';
import { decodeLink, type LinkState } from '../../share/index.ts';
import { flowCsvFiles } from './flow-csv-files.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { TimeUnit } from '../../sim/line/types.ts';
import type { FlowLineOutput } from '../../sim/run-scenario.ts';
import type { WorkerPool } from '../../sim/mc/pool.ts';
import { cumulativeDeliveries, queueOverTime, wipOverTime } from '../../sim/line/series.ts';
import type { LineKey, PairedRun } from '../../lessons/batching/paired-run.ts';
import { inLessonWorker } from '../../app/lesson-worker.ts';
import { afterPaint, lazyModules } from '../../app/after-paint.ts';
import type { PairReplay } from '../../lessons/batching/replay.ts';
import { frameAt } from '../../lessons/batching/frame.ts';
import { illusionSentence, lineFigures } from '../../lessons/batching/illusion.ts';
import { hasLongSetups } from '../../lessons/batching/long-setups.ts';
import { outcomeOf } from '../../lessons/batching/prediction.ts';
import { SWEEP_BATCHES, sweepReplications } from '../../lessons/batching/sweep-batches.ts';
import {
  advance,
  createClock,
  eventTimes,
  nextStop,
  pause,
  play,
  previousStop,
  reset,
  seek,
  withSpeed,
  type Clock,
} from '../../lessons/batching/clock.ts';
import { controlStyles } from '../../components/shared-styles.ts';
import { flowScreenStyles } from './flow-screen-styles.ts';
import '../../components/line-view/genba-line-view.ts';
import '../../components/playback/genba-playback-controls.ts';
import '../../components/flow-lesson/genba-flow-prediction.ts';
import { FileDropController } from '../../components/share/file-drop-controller.ts';
import type { CsvDownload, GenbaSharePanel, OpenScenarioDetail } from '../../components/share/genba-share-panel.ts';
import type { GenbaLineView } from '../../components/line-view/genba-line-view.ts';
import type { GenbaPlaybackControls, PlaybackCommand } from '../../components/playback/genba-playback-controls.ts';
import type { GenbaFlowPrediction } from '../../components/flow-lesson/genba-flow-prediction.ts';

const DEFAULT_PRESET = 'batching-illusion.json';

/**
 * The components of everything below the two lines (results, charts, many runs, sweep,
 * sharing), loaded once the first run is on screen: their modules are evaluated after it
 * has painted. The parameter editor's loads when its section is first opened.
 */
const loadParamsEditor = lazyModules(() => import('../../components/flow-params/genba-flow-params.ts'));
/** The long-setup options run the core on this thread: loaded only for a line with long setups. */
const loadSetupOptions = lazyModules(() => import('../../components/flow-lesson/genba-setup-options.ts'));
const loadBelowFold = lazyModules(() =>
  Promise.all([
    import('../../components/flow-lesson/genba-illusion-panel.ts'),
    import('../../components/charts/step-chart.ts'),
    import('../../components/charts/distribution-chart.ts'),
    import('../../components/charts/station-split-chart.ts'),
    import('../../components/charts/sweep-chart.ts'),
    import('../../components/charts/station-timeline-chart.ts'),
    import('../../components/share/genba-figure.ts'),
    import('../../components/share/genba-share-panel.ts'),
  ]),
);

/** The route and lesson id of this screen in links. */
const LESSON = 'batching';

interface PresetEntry {
  readonly file: string;
  readonly name: string;
  readonly model: string;
}

interface ManyRuns {
  readonly batch: FlowLineOutput;
  readonly flow: FlowLineOutput;
}

interface SweepPoint {
  readonly batch: number;
  readonly leadTime: { mean: number; ci95: number };
  readonly wip: { mean: number; ci95: number };
  readonly throughput: { mean: number; ci95: number };
}

type Job = { readonly kind: 'replications' | 'sweep'; readonly done: number; readonly total: number };

/** A message shown on screen: a function, so that it is worded in the language shown (and follows a switch). */
type Text = () => string;

/** An aggregated figure ({mean, ci95}) or a plain number (one replication). */
function meanCi(v: unknown): { mean: number; ci95: number } {
  if (typeof v === 'number') return { mean: v, ci95: 0 };
  const o = v as { mean?: number; ci95?: number } | null;
  return { mean: o?.mean ?? Number.NaN, ci95: o?.ci95 ?? 0 };
}

const fmt = (v: number, digits = 2): string => formatNumber(v, digits);

/** "What Cut did, minute by minute". */
function whatStationDid(name: string, unit: TimeUnit): string {
  switch (unit) {
    case 'second':
      return msg(str`What ${name} did, second by second`);
    case 'minute':
      return msg(str`What ${name} did, minute by minute`);
    case 'hour':
      return msg(str`What ${name} did, hour by hour`);
  }
}

/** The two lines' names in charts and tables, in the page's language. */
function lineLabels(scenario: FlowLineScenario): Record<LineKey, string> {
  const batch = scenario.transferBatch;
  return { batch: msg(str`Batch of ${batch}`), flow: msg('One-piece flow') };
}

@customElement('genba-flow-screen')
@localized()
export class GenbaFlowScreen extends LitElement {
  static override styles = [controlStyles, flowScreenStyles];

  @state() private presets: PresetEntry[] = [];
  @state() private presetFile = DEFAULT_PRESET;
  @state() private lessonScenario: FlowLineScenario | null = null;
  @state() private scenario: FlowLineScenario | null = null;
  @state() private pair: PairedRun | null = null;
  @state() private revealed = false;
  @state() private selected = -1;
  @state() private many: ManyRuns | null = null;
  @state() private sweep: SweepPoint[] | null = null;
  @state() private job: Job | null = null;
  @state() private message: Text | null = null;
  @state() private announcement = '';
  @state() private playing = false;
  /** The parameter editor is built the first time its section is opened (a big form: kept off the first paint), then kept. */
  @state() private paramsOpened = false;
  /**
   * The sections below the two lines (many runs, sweep, parameters, share) are built once
   * the first run is on screen, in a task of their own, so that opening the lesson is not
   * one long task.
   */
  @state() private settled = false;
  /** The replication both lines replay (0-based); a link may name another. */
  @state() private replication = 0;
  /** Why the link in the address could not be opened (shown with role="alert"). */
  @state() private linkProblem: Text | null = null;
  /** What to know about the link that was opened (another engine version, a part left out). */
  @state() private linkNotices: readonly string[] = [];
  /** The open scenario is the preset in the list (edited or not), not one from a link, file or saved work. */
  @state() private fromPreset = true;

  @query('#line-batch') private batchView?: GenbaLineView;
  @query('#line-flow') private flowView?: GenbaLineView;
  @query('genba-playback-controls') private controls?: GenbaPlaybackControls;
  @query('genba-flow-prediction') private predictionBox?: GenbaFlowPrediction;
  @query('genba-share-panel') private sharePanel?: GenbaSharePanel;

  private replays: PairReplay | null = null;
  private stops: Float64Array = new Float64Array(0);
  private clock: Clock = createClock(0);
  private raf = 0;
  private lastFrame = 0;
  private pool: WorkerPool | null = null;
  private abort: AbortController | null = null;
  private readonly reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  /** A scenario or log file dropped anywhere on the page opens as if chosen in the share panel. */
  private readonly drop = new FileDropController(this, (file) => void this.sharePanel?.openFile(file));
  private csvCache: { pair: PairedRun; many: ManyRuns | null; scenario: FlowLineScenario; locale: string; files: readonly CsvDownload[] } | null = null;
  /** The language the line views' figures were last written in. */
  private drawnLocale = getLocale();
  /** Counts scenarios set: a run that a newer scenario overtook while it ran is dropped. */
  private scenarioRuns = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.addEventListener('genba-command', this.onCommand as EventListener);
    void this.loadPresets();
  }

  /** Keyboard shortcuts from the shell (Space, ←, →, R) drive the replay like its buttons. */
  private readonly onCommand = (e: CustomEvent<{ command: string }>): void => {
    const c = e.detail.command;
    const type =
      c === 'toggle-play' ? (this.clock.playing ? 'pause' : 'play') : c === 'step-forward' || c === 'step-back' || c === 'reset' ? c : null;
    if (type) this.onPlayback(new CustomEvent<PlaybackCommand>('genba-playback', { detail: { type } }));
  };

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.removeEventListener('genba-command', this.onCommand as EventListener);
    cancelAnimationFrame(this.raf);
    this.abort?.abort();
    this.pool?.terminate();
    this.pool = null;
    super.disconnectedCallback();
  }

  // ——— Scenarios ———

  private async loadPresets(): Promise<void> {
    try {
      const response = await fetch(new URL('scenarios/index.json', document.baseURI));
      const list: unknown = await response.json();
      this.presets = Array.isArray(list)
        ? list.filter(
            (e): e is PresetEntry =>
              typeof e === 'object' && e !== null && e.model === 'flow-line' && typeof e.file === 'string' && /^[\w.-]+\.json$/.test(e.file) && typeof e.name === 'string',
          )
        : [];
      if (!(await this.openLink())) await this.loadPreset(this.presetFile);
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
    this.lessonScenario = parsed.scenario;
    this.fromPreset = true;
    this.replication = 0;
    this.predictionBox?.clear();
    this.sharePanel?.startFresh();
    await this.setScenario(parsed.scenario);
  }

  /**
   * Loads a scenario given as a plain object (a file's contents, a link's scenario), after
   * validating it, on replication `replication` (default 0). Resolves to the validation
   * messages, empty when it was loaded (and both lines have run).
   */
  async loadScenario(value: unknown, replication = 0): Promise<string[]> {
    const parsed = parseScenario(value);
    if (!parsed.ok) return parsed.issues.map((i) => issueText(i, value));
    if (parsed.scenario.model !== 'flow-line') return [msg('model: this lesson runs flow-line scenarios')];
    this.replication = Number.isInteger(replication) && replication >= 0 ? replication : 0;
    const failure = await this.setScenario(parsed.scenario);
    if (failure !== null) return [failure];
    this.lessonScenario = parsed.scenario;
    // A link or file equal to a preset names it in the list, rather than "Another scenario".
    const preset = await presetFileFor(parsed.scenario, this.presets.map((p) => p.file), async (file) => (await fetch(new URL(`scenarios/${file}`, document.baseURI))).json());
    this.fromPreset = preset !== null;
    if (preset !== null) this.presetFile = preset;
    return [];
  }

  private readonly onPresetChange = (e: Event): void => {
    this.linkProblem = null;
    this.linkNotices = [];
    void this.loadPreset((e.target as HTMLSelectElement).value);
  };

  // ——— Links, files, saved work ———

  private readonly onHashChange = (): void => {
    if (parseFragment(window.location.hash).route !== LESSON) return;
    void this.openLink();
  };

  /**
   * Opens the link in the address, if it holds one (docs/sharing.md). A link that cannot be
   * opened is reported, with the lesson's default scenario open. Returns false when the
   * address holds no link (nothing was done).
   */
  private async openLink(): Promise<boolean> {
    const decoded = decodeLink(parseFragment(window.location.hash).query);
    if (!decoded.ok && decoded.reason === 'absent') return false;
    this.linkNotices = [];
    let problem: Text = () => (decoded.ok ? '' : decoded.message);
    if (decoded.ok) {
      const { state } = decoded;
      if (state.lesson !== LESSON) {
        const lesson = state.lesson;
        problem = () => msg(str`This link is for another lesson (${lesson}), not the batching illusion.`);
      } else {
        // The last link's problem goes as this one opens (its lines run in the worker meanwhile); it comes back if this one fails too.
        this.linkProblem = null;
        const issues = await this.loadScenario(state.scenario, state.replication ?? 0);
        if (issues.length > 0) {
          const list = issues.slice(0, 3).join('; ');
          problem = () => msg(str`This link's scenario cannot be opened here: ${list}.`);
        } else {
          await this.applyLinkState(state, decoded.notices);
          return true;
        }
      }
    }
    const why = problem;
    this.linkProblem = () => msg(str`${why()} The lesson's default scenario is open instead.`);
    await this.loadPreset(DEFAULT_PRESET);
    return true;
  }

  /** After a link's scenario loaded: its playback position and prediction, and its notices. */
  private async applyLinkState(state: LinkState, notices: readonly string[]): Promise<void> {
    this.linkProblem = null;
    this.sharePanel?.startFresh();
    if (state.t !== undefined) this.clock = seek(this.clock, state.t);
    await this.updateComplete;
    const box = this.predictionBox;
    box?.clear();
    const shown = [...notices];
    if (state.predictions !== undefined && box && !box.restore(state.predictions)) {
      shown.push(msg("The link's prediction was left out: it is not a prediction this lesson asks for."));
    }
    this.linkNotices = shown;
    this.drawFrame();
    if (this.clock.end > 0 && this.clock.t >= this.clock.end) this.reveal();
    this.announcement = msg('Opened the scenario from the link: both lines ran on its seed.');
  }

  /** The state a link carries now: the edited scenario, the replication, the playback position, the prediction. */
  private readonly linkState = (): LinkState | null => {
    const scenario = this.scenario;
    if (!scenario) return null;
    const prediction = this.predictionBox?.prediction ?? null;
    return { lesson: LESSON, scenario, replication: this.replication, t: this.clock.t, ...(prediction ? { predictions: prediction } : {}) };
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
    this.linkNotices = [];
    this.announcement =
      e.detail.source === 'file'
        ? msg('Opened the scenario from the file: both lines ran on its seed.')
        : msg('Opened the scenario from saved work: both lines ran on its seed.');
  };

  /** The run's tables as CSV files, made when asked for; the list changes only with the runs. */
  private csvFiles(pair: PairedRun, scenario: FlowLineScenario): readonly CsvDownload[] {
    const cached = this.csvCache;
    const locale = getLocale();
    if (cached && cached.pair === pair && cached.many === this.many && cached.scenario === scenario && cached.locale === locale) return cached.files;
    const files = flowCsvFiles(pair, this.many, scenario);
    this.csvCache = { pair, many: this.many, scenario, locale, files };
    return files;
  }

  /**
   * Runs both lines of a valid scenario and resets playback; earlier many-run results are
   * dropped. The runs and their replay material are made in the lesson worker; the screen
   * changes to the new scenario only when they are done, and not at all if another scenario
   * was set meanwhile. A run that fails leaves the last one on screen, with the reason.
   */
  private async setScenario(scenario: FlowLineScenario): Promise<string | null> {
    this.stop();
    this.abort?.abort();
    const run = ++this.scenarioRuns;
    const replication = this.replication < scenario.replications ? this.replication : 0;
    let pair: PairedRun;
    let replays: PairReplay;
    try {
      ({ pair, replays } = await inLessonWorker({ kind: 'paired-run', scenario, replication }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const failure = msg(str`The lines could not be run: ${reason}`);
      if (run !== this.scenarioRuns) return failure;
      this.message = () => msg(str`The lines could not be run: ${reason}`);
      return failure;
    }
    if (run !== this.scenarioRuns) return msg('Another scenario was opened while this one ran.');
    this.stop();
    this.scenario = scenario;
    this.replication = replication;
    this.replays = replays;
    this.stops = eventTimes(pair.batch.run.trace?.events ?? [], pair.flow.run.trace?.events ?? []);
    this.clock = createClock(pair.end);
    this.pair = pair;
    this.many = null;
    this.sweep = null;
    this.message = null;
    if (this.selected >= scenario.stations.length) this.selected = -1;
    // The first draw in the next frame, as its own task: the run, the render and the draw in one
    // task blocked input for a third of a second on a slow phone (Lighthouse TBT). The sections
    // below the lines follow in a task after that.
    await this.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    this.drawFrame();
    if (!this.settled) {
      await afterPaint(this);
      try {
        await loadBelowFold();
        this.settled = true;
      } catch (error) {
        const reason = String(error);
        this.message = () => msg(str`Part of the lesson could not be loaded (${reason}). Reload the page to try again.`);
      }
    }
    return null;
  }

  private async onScenarioChange(e: CustomEvent<{ scenario: FlowLineScenario }>): Promise<void> {
    // Only a scenario whose lines ran is saved and announced as applied (issue 16).
    const failure = await this.setScenario(e.detail.scenario);
    if (failure !== null) {
      this.announcement = failure;
      return;
    }
    this.sharePanel?.noteEdit(e.detail.scenario);
    this.announcement = msg('Parameters applied: both lines ran again on the same seed.');
    reportProgress(this, 'batching', 'sandbox');
  }

  protected override updated(): void {
    // The list's selection follows the open scenario; after a link, a file or saved work it
    // shows "Another scenario", so choosing the preset again fires `change`.
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#preset');
    const wanted = this.fromPreset ? this.presetFile : '';
    if (select && select.value !== wanted && (wanted === '' || this.presets.some((p) => p.file === wanted))) select.value = wanted;
    // After a language switch the line views' figures are written again in the new language.
    if (this.drawnLocale !== getLocale()) this.drawFrame();
  }

  // ——— Playback ———

  private drawFrame(): void {
    if (!this.replays || !this.pair) return;
    this.drawnLocale = getLocale();
    const t = this.clock.t;
    const b = this.replays.batch;
    const f = this.replays.flow;
    const batchFrame = frameAt(b.paths, b.timelines, t);
    const flowFrame = frameAt(f.paths, f.timelines, t);
    if (this.batchView) {
      this.batchView.frame = batchFrame;
      this.batchView.figures = this.lineFigures(batchFrame.delivered, batchFrame.scrapped);
    }
    if (this.flowView) {
      this.flowView.frame = flowFrame;
      this.flowView.figures = this.lineFigures(flowFrame.delivered, flowFrame.scrapped);
    }
    if (this.controls) {
      this.controls.t = t;
      this.controls.playing = this.clock.playing;
    }
    for (const chart of this.renderRoot.querySelectorAll<HTMLElement & { cursor?: number }>('[data-cursor]')) chart.cursor = t;
  }

  private lineFigures(delivered: number, scrapped: number): string {
    const s = this.scenario;
    return lineFigures(delivered, scrapped, s?.release.mode === 'order' ? s.release.quantity : null);
  }

  private readonly tick = (now: number): void => {
    const dt = this.lastFrame ? now - this.lastFrame : 0;
    this.lastFrame = now;
    this.clock = advance(this.clock, dt);
    this.drawFrame();
    if (this.clock.playing) {
      this.raf = requestAnimationFrame(this.tick);
    } else {
      this.playing = false;
      if (this.clock.t >= this.clock.end) this.reveal();
    }
  };

  /** A kept prediction completes the guided path's first step, in the trainee's words. */
  private readonly onPredict = async (): Promise<void> => {
    const box = this.predictionBox;
    await box?.updateComplete;
    const text = box?.shadowRoot?.querySelector('.kept')?.textContent?.replace(/\s+/g, ' ').trim();
    reportProgress(this, 'batching', 'predict', text ? { kind: 'prediction', text } : undefined);
  };

  private start(): void {
    reportProgress(this, 'batching', 'watch');
    this.clock = play(this.clock);
    this.playing = true;
    this.lastFrame = 0;
    cancelAnimationFrame(this.raf);
    this.raf = requestAnimationFrame(this.tick);
  }

  private stop(): void {
    cancelAnimationFrame(this.raf);
    this.clock = pause(this.clock);
    this.playing = false;
  }

  private onPlayback(e: CustomEvent<PlaybackCommand>): void {
    const c = e.detail;
    switch (c.type) {
      case 'play':
        this.start();
        return;
      case 'pause':
        this.stop();
        break;
      case 'reset':
        this.stop();
        this.clock = reset(this.clock);
        break;
      case 'step-forward':
        this.stop();
        this.clock = seek(this.clock, nextStop(this.stops, this.clock.t, this.clock.end));
        break;
      case 'step-back':
        this.stop();
        this.clock = seek(this.clock, previousStop(this.stops, this.clock.t));
        break;
      case 'seek':
        this.clock = seek(this.clock, c.t);
        break;
      case 'speed':
        this.clock = withSpeed(this.clock, c.speed);
        this.requestUpdate();
        break;
    }
    this.drawFrame();
    if (this.clock.t >= this.clock.end && this.clock.end > 0) this.reveal();
  }

  private reveal(): void {
    if (this.revealed || !this.pair || !this.scenario) return;
    this.revealed = true;
    this.announcement = illusionSentence(this.pair.batch.run, this.pair.flow.run, this.scenario.timeUnit, this.scenario.release.mode === 'order');
    reportProgress(this, 'batching', 'reveal', { kind: 'result', text: this.announcement });
  }

  // ——— Many runs and the sweep ———

  /**
   * The Monte Carlo runner and the pool of browser workers, loaded and made the first time
   * many runs or a sweep are asked for (the page's own JavaScript does not carry the engine).
   */
  private async runner(): Promise<{ runScenario: (typeof import('../../sim/run-scenario.ts'))['runScenario']; pool: WorkerPool }> {
    const [{ runScenario }, { createBrowserWorkerPool }] = await Promise.all([import('../../sim/run-scenario.ts'), import('../../app/browser-workers.ts')]);
    this.pool ??= createBrowserWorkerPool();
    return { runScenario, pool: this.pool };
  }

  private async runMany(): Promise<void> {
    const scenario = this.scenario;
    if (!scenario || this.job) return;
    const abort = (this.abort = new AbortController());
    const total = scenario.replications * 2;
    this.job = { kind: 'replications', done: 0, total };
    const replications = scenario.replications;
    this.announcement = msg(str`Running ${replications} replications of each line…`);
    try {
      const { runScenario, pool } = await this.runner();
      const one = async (s: FlowLineScenario, offset: number) =>
        (await runScenario(s, pool.executorsFor(s), {
          perReplication: true,
          signal: abort.signal,
          onProgress: (p) => (this.job = { kind: 'replications', done: offset + p.done, total }),
        })) as FlowLineOutput;
      const batch = await one(scenario, 0);
      const flow = await one({ ...scenario, transferBatch: 1 }, scenario.replications);
      if (this.scenario === scenario) {
        this.many = { batch, flow };
        const lb = meanCi(batch.leadTime && (batch.leadTime as { mean: unknown }).mean);
        const lf = meanCi(flow.leadTime && (flow.leadTime as { mean: unknown }).mean);
        const [bm, bc, fm, fc] = [fmt(lb.mean), fmt(lb.ci95), fmt(lf.mean), fmt(lf.ci95)];
        this.announcement = msg(str`${replications} replications done: mean lead time ${bm} ± ${bc} with batches, ${fm} ± ${fc} in one-piece flow.`);
        reportProgress(this, 'batching', 'many', { kind: 'result', text: this.announcement });
      }
    } catch (error) {
      const reason = String(error);
      this.announcement = abort.signal.aborted
        ? msg('Replications cancelled; the earlier results stay on screen.')
        : msg(str`The replications failed: ${reason}`);
    } finally {
      this.job = null;
    }
  }

  private async runSweep(): Promise<void> {
    const scenario = this.scenario;
    if (!scenario || this.job) return;
    const abort = (this.abort = new AbortController());
    const reps = sweepReplications(scenario.replications);
    const total = SWEEP_BATCHES.length * reps;
    this.job = { kind: 'sweep', done: 0, total };
    this.announcement = msg(str`Sweeping the transfer batch from 1 to 50, ${reps} replications each…`);
    const points: SweepPoint[] = [];
    try {
      const { runScenario, pool } = await this.runner();
      for (const [i, b] of SWEEP_BATCHES.entries()) {
        const s: FlowLineScenario = { ...scenario, transferBatch: b, replications: reps };
        const out = (await runScenario(s, pool.executorsFor(s), {
          signal: abort.signal,
          onProgress: (p) => (this.job = { kind: 'sweep', done: i * reps + p.done, total }),
        })) as FlowLineOutput;
        points.push({
          batch: b,
          leadTime: meanCi((out.leadTime as { mean: unknown } | null)?.mean),
          wip: meanCi((out.wip as { mean: unknown }).mean),
          throughput: (() => {
            const m = meanCi(out.throughput);
            const per = scenario.timeUnit === 'second' ? 3600 : scenario.timeUnit === 'minute' ? 60 : 1;
            return { mean: m.mean * per, ci95: m.ci95 * per };
          })(),
        });
        if (this.scenario === scenario) this.sweep = [...points];
      }
      const best = points.reduce((a, p) => (p.leadTime.mean < a.leadTime.mean ? p : a));
      const bestBatch = best.batch;
      this.announcement = msg(str`Sweep done: the shortest mean lead time is at a transfer batch of ${bestBatch}.`);
      reportProgress(this, 'batching', 'sweep', { kind: 'result', text: this.announcement });
    } catch (error) {
      const reason = String(error);
      this.announcement = abort.signal.aborted ? msg('Sweep cancelled; the points run so far stay on screen.') : msg(str`The sweep failed: ${reason}`);
    } finally {
      this.job = null;
    }
  }

  private cancel(): void {
    this.abort?.abort();
    // Workers busy with a chunk are stopped; a fresh pool is made on the next run.
    this.pool?.terminate();
    this.pool = null;
  }

  // ——— Rendering ———

  private renderWatch(pair: PairedRun, scenario: FlowLineScenario) {
    const names = scenario.stations.map((s) => s.name);
    const unit = unitWords(scenario.timeUnit).short;
    const batch = scenario.transferBatch;
    return html`<section aria-labelledby="watch-h">
      <h2 id="watch-h"><span class="step" aria-hidden="true">2</span>${msg('Watch both lines')}</h2>
      <div class="lines">
        <genba-line-view
          id="line-batch"
          label=${msg(str`Transfer batch of ${batch}`)}
          .series=${'batch'}
          .names=${names}
          .selected=${this.selected}
          .reducedMotion=${this.reducedMotion}
          @genba-station-select=${this.onSelect}
        ></genba-line-view>
        <genba-line-view
          id="line-flow"
          label=${msg('One-piece flow')}
          .series=${'flow'}
          .names=${names}
          .selected=${this.selected}
          .reducedMotion=${this.reducedMotion}
          @genba-station-select=${this.onSelect}
        ></genba-line-view>
      </div>
      <genba-playback-controls
        .end=${pair.end}
        .speed=${this.clock.speed}
        .unit=${unit}
        .playing=${this.playing}
        @genba-playback=${this.onPlayback}
      ></genba-playback-controls>
      ${this.revealed
        ? nothing
        : html`<p class="hint">
            ${msg('The results appear when the replay ends.')}
            <button type="button" id="reveal" @click=${() => this.reveal()}>${msg('Show the results now')}</button>
          </p>`}
    </section>`;
  }

  /** Scrolls to the share section (a button: the URL fragment belongs to the router and to links). */
  private readonly toShare = (): void => {
    const target = this.renderRoot.querySelector<HTMLElement>('#share');
    target?.scrollIntoView({ block: 'start' });
    target?.querySelector<HTMLElement>('h2')?.focus?.();
  };

  private readonly onSelect = (e: CustomEvent<{ station: number }>): void => {
    this.selected = this.selected === e.detail.station ? -1 : e.detail.station;
    if (this.selected >= 0) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#station-h')?.scrollIntoView?.({ block: 'nearest' }));
  };

  private renderResults(pair: PairedRun, scenario: FlowLineScenario) {
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
      this.replays![key].paths.units.flatMap((u) => {
        const last = u.legs[u.legs.length - 1];
        return last?.kind === 'done' && u.requested >= pair[key].run.window.from ? [last.t - u.requested] : [];
      });
    const split = (key: LineKey) => ({ key, label: label[key], stations: pair[key].run.stations.map((s) => ({ ...s })) });
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
        <genba-figure heading=${msg('Good units delivered to the customer')} .scenarioName=${scenario.name ?? ''}>
          <genba-step-chart
            data-cursor
            .series=${deliveries}
            yLabel=${msg('Good units delivered')}
            .timeUnit=${scenario.timeUnit}
            .end=${pair.end}
            .reference=${orderMode && scenario.release.mode === 'order' ? { value: scenario.release.quantity, label: msg('Order') } : undefined}
            .cursor=${this.clock.t}
          ></genba-step-chart>
        </genba-figure>
        <genba-figure heading=${msg('Work in progress on the floor')} .scenarioName=${scenario.name ?? ''}>
          <genba-step-chart data-cursor .series=${wip} yLabel=${msg('Units in progress')} .timeUnit=${scenario.timeUnit} .end=${pair.end} .cursor=${this.clock.t}></genba-step-chart>
        </genba-figure>
        <genba-figure heading=${msg('Lead time of each unit')} .scenarioName=${scenario.name ?? ''}>
          <genba-distribution-chart
            .series=${[
              { key: 'batch', label: label.batch, values: leadTimes('batch') },
              { key: 'flow', label: label.flow, values: leadTimes('flow') },
            ]}
            xLabel=${msg('Lead time')}
            .timeUnit=${scenario.timeUnit}
          ></genba-distribution-chart>
        </genba-figure>
        <genba-figure heading=${msg('How each station spent its time')} .scenarioName=${scenario.name ?? ''}>
          <genba-station-split-chart .lines=${[split('batch'), split('flow')]} .timeUnit=${scenario.timeUnit}></genba-station-split-chart>
        </genba-figure>
      </div>
      ${hasLongSetups(scenario) && (loadSetupOptions().catch(() => undefined), true) ? html`<genba-setup-options .scenario=${scenario}></genba-setup-options>` : nothing}
    </section>`;
  }

  private renderStation(pair: PairedRun, scenario: FlowLineScenario) {
    const s = this.selected;
    const name = scenario.stations[s]?.name ?? '';
    const replays = this.replays!;
    const label = lineLabels(scenario);
    const queue = (key: LineKey) => ({
      key,
      label: label[key],
      points: queueOverTime(pair[key].run.trace?.events ?? [], s).map((p) => ({ t: p.t, value: p.waiting })),
    });
    const highlights = (key: LineKey) =>
      (pair[key].run.trace?.events ?? [])
        .filter((e) => (e.kind === 'detect' && e.source === s) || (e.kind === 'drift' && e.station === s))
        .map((e) => {
          const line = key === 'batch' ? 'B' : '1';
          return { t: e.t, label: e.kind === 'drift' ? msg(str`${line}: drifts`) : msg(str`${line}: drift found`) };
        });
    const u = unitWords(scenario.timeUnit).short;
    const share = (key: LineKey) => replays[key].breakdown.stations[s];
    const row = (what: string, pick: (x: NonNullable<ReturnType<typeof share>>) => number) =>
      html`<tr><th scope="row">${what}</th><td>${fmt(pick(share('batch')!))}</td><td>${fmt(pick(share('flow')!))}</td></tr>`;
    return html`<section aria-labelledby="station-h" id="station">
      <h2 id="station-h">${msg(str`Go and see: ${shownName(name)}`)}</h2>
      <p class="hint">${msg('Select another station on either line, or the same one again to close this view.')}</p>
      <div class="charts">
        <genba-figure heading=${whatStationDid(name, scenario.timeUnit)} .scenarioName=${scenario.name ?? ''}>
          <genba-station-timeline-chart
            data-cursor
            .lanes=${[
              { label: label.batch, intervals: replays.batch.timelines[s] ?? [] },
              { label: label.flow, intervals: replays.flow.timelines[s] ?? [] },
            ]}
            .end=${pair.end}
            .timeUnit=${scenario.timeUnit}
            .cursor=${this.clock.t}
            .highlights=${[...highlights('batch'), ...highlights('flow')]}
          ></genba-station-timeline-chart>
        </genba-figure>
        <genba-figure heading=${msg(str`Units waiting in front of ${name}`)} .scenarioName=${scenario.name ?? ''}>
          <genba-step-chart data-cursor .series=${[queue('batch'), queue('flow')]} yLabel=${msg('Units waiting')} .timeUnit=${scenario.timeUnit} .end=${pair.end} .cursor=${this.clock.t}></genba-step-chart>
        </genba-figure>
      </div>
      <table id="station-share">
        <caption>
          ${msg(str`Where a unit's lead time goes at ${shownName(name)} (mean per delivered unit, ${u})`)}
        </caption>
        <thead>
          <tr><th scope="col">${msg('Time spent')}</th><th scope="col">${label.batch}</th><th scope="col">${label.flow}</th></tr>
        </thead>
        <tbody>
          ${row(msg('Waiting in the in-container'), (x) => x.queue)} ${row(msg('Being taken out and put back'), (x) => x.handling)}
          ${row(msg('Being worked on'), (x) => x.work)} ${row(msg('Waiting for the batch to fill'), (x) => x.outbox)}
          ${row(msg('At this station in all'), (x) => x.total)}
          <tr>
            <th scope="row">${msg("Share of the line's lead time")}</th>
            <td>${formatPercent(Math.round(share('batch')!.share * 100) / 100)}</td>
            <td>${formatPercent(Math.round(share('flow')!.share * 100) / 100)}</td>
          </tr>
        </tbody>
      </table>
    </section>`;
  }

  private renderJob() {
    const job = this.job;
    if (!job) return nothing;
    return html`<p>
      <progress max=${job.total} .value=${job.done} aria-label=${job.kind === 'sweep' ? msg('Sweep progress') : msg('Replications progress')}></progress>
      ${msg(str`${job.done} of ${job.total} runs`)}
      <button type="button" id="cancel" @click=${() => this.cancel()}>${msg('Cancel')}</button>
    </p>`;
  }

  private renderMany(scenario: FlowLineScenario) {
    const many = this.many;
    const unit = unitWords(scenario.timeUnit).short;
    const units = unitsWord();
    const replications = scenario.replications;
    const orderMode = scenario.release.mode === 'order';
    const label = lineLabels(scenario);
    const per = (out: FlowLineOutput, pick: (f: FlowLineOutput['perReplication'] extends readonly (infer F)[] | undefined ? F : never) => number | null) =>
      (out.perReplication ?? []).map(pick).filter((v): v is number => v !== null && Number.isFinite(v));
    const figure = (name: string, pick: (o: FlowLineOutput) => unknown, digits = 2) =>
      many
        ? html`<tr>
            <th scope="row">${name}</th>
            <td>${fmt(meanCi(pick(many.batch)).mean, digits)} ± ${fmt(meanCi(pick(many.batch)).ci95, digits)}</td>
            <td>${fmt(meanCi(pick(many.flow)).mean, digits)} ± ${fmt(meanCi(pick(many.flow)).ci95, digits)}</td>
          </tr>`
        : nothing;
    return html`<section aria-labelledby="many-h" id="many">
      <h2 id="many-h"><span class="step" aria-hidden="true">4</span>${msg('One run could be luck: run many')}</h2>
      <div class="toolbar">
        <button type="button" class="primary" id="run-many" ?disabled=${this.job !== null} @click=${() => void this.runMany()}>
          ${msg(str`Run ${replications} replications of each line`)}
        </button>
        ${this.job?.kind === 'replications' ? this.renderJob() : nothing}
      </div>
      ${many
        ? html`<table id="many-table">
              <caption>
                ${msg(str`Mean over ${replications} replications ± half-width of the 95% confidence interval`)}
              </caption>
              <thead>
                <tr><th scope="col">${msg('Figure')}</th><th scope="col">${label.batch}</th><th scope="col">${label.flow}</th></tr>
              </thead>
              <tbody>
                ${orderMode ? figure(msg(str`Order finished (${unit})`), (o) => o.makespan) : nothing}
                ${figure(msg(str`First good unit (${unit})`), (o) => o.firstDelivery)}
                ${figure(msg(str`Lead time, mean (${unit})`), (o) => (o.leadTime as { mean: unknown } | null)?.mean)}
                ${figure(msg(str`WIP, mean (${units})`), (o) => (o.wip as { mean: unknown }).mean)}
                ${figure(msg(str`Scrapped (${units})`), (o) => o.scrapped)}
              </tbody>
            </table>
            <div class="charts">
              <genba-figure heading=${msg('Mean lead time, one value per replication')} .scenarioName=${scenario.name ?? ''}>
                <genba-distribution-chart
                  .series=${[
                    { key: 'batch', label: label.batch, values: per(many.batch, (f) => f.leadTime?.mean ?? null), ...meanCi((many.batch.leadTime as { mean: unknown } | null)?.mean) },
                    { key: 'flow', label: label.flow, values: per(many.flow, (f) => f.leadTime?.mean ?? null), ...meanCi((many.flow.leadTime as { mean: unknown } | null)?.mean) },
                  ]}
                  xLabel=${msg('Mean lead time')}
                  .timeUnit=${scenario.timeUnit}
                ></genba-distribution-chart>
              </genba-figure>
              ${orderMode
                ? html`<genba-figure heading=${msg('Time to finish the order, one value per replication')} .scenarioName=${scenario.name ?? ''}>
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
            </div>`
        : html`<p class="hint">${msg('Each replication meets new random numbers; both lines of a replication meet the same ones.')}</p>`}
    </section>`;
  }

  private renderSweep(scenario: FlowLineScenario) {
    const reps = sweepReplications(scenario.replications);
    const sizes = SWEEP_BATCHES.length;
    return html`<section aria-labelledby="sweep-h" id="sweep">
      <h2 id="sweep-h"><span class="step" aria-hidden="true">5</span>${msg('Is there a best batch size?')}</h2>
      <div class="toolbar">
        <button type="button" class="primary" id="run-sweep" ?disabled=${this.job !== null} @click=${() => void this.runSweep()}>
          ${msg('Sweep the transfer batch from 1 to 50')}
        </button>
        ${this.job?.kind === 'sweep' ? this.renderJob() : nothing}
      </div>
      ${this.sweep
        ? html`<genba-figure id="sweep-figure" heading=${msg('Lead time, WIP and throughput by transfer batch')} .scenarioName=${scenario.name ?? ''}>
            <genba-sweep-chart
              .points=${this.sweep}
              .timeUnit=${scenario.timeUnit}
              .current=${scenario.transferBatch}
              throughputUnit=${perHourWord()}
            ></genba-sweep-chart>
          </genba-figure>`
        : html`<p class="hint">
            ${msg(str`${reps} replications at each of ${sizes} batch sizes. With long setups, very small batches can lose: the sweep shows it honestly.`)}
          </p>`}
    </section>`;
  }

  override render() {
    const { pair, scenario } = this;
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
            ${this.fromPreset ? nothing : html`<option value="" disabled>${msg('Another scenario (see “Open”)')}</option>`}
            ${this.presets.map((p) => html`<option value=${p.file} ?selected=${this.fromPreset && p.file === this.presetFile}>${shownName(p.name)}</option>`)}
          </select></label
        >
        ${scenario
          ? html`<span id="open-scenario"
              >${msg(
                html`Open: <strong id="scenario-name">${scenario.name ?? msg('Untitled scenario')}</strong> · seed <code>${JSON.stringify(scenario.seed)}</code> · replication ${this.replication + 1}`,
              )}</span
            >`
          : nothing}
        <button type="button" class="skip" @click=${this.toShare}>${msg('Share and save ↓')}</button>
      </div>
      ${this.message ? html`<p class="message" role="alert">${this.message()}</p>` : nothing}
      ${this.linkProblem ? html`<p class="message" role="alert" id="link-problem">${this.linkProblem()}</p>` : nothing}
      ${this.linkNotices.length > 0
        ? html`<div class="message" role="status" id="link-notices">${this.linkNotices.map((n) => html`<p>${n}</p>`)}</div>`
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
            ${this.renderWatch(pair, scenario)} ${this.settled ? this.renderBelow(pair, scenario) : nothing}
          `
        : html`<p>${msg('Loading the lesson…')}</p>`}
      ${this.drop.hint ? html`<div class="drop-hint" aria-hidden="true"><p>${msg('Drop the scenario file to open it')}</p></div>` : nothing}
    `;
  }

  /** The parameters section opened for the first time: its editor is loaded and built now. */
  private readonly onParamsToggle = (e: Event): void => {
    if (this.paramsOpened || !(e.target as HTMLDetailsElement).open) return;
    this.paramsOpened = true;
    loadParamsEditor().catch((error: unknown) => {
      const reason = String(error);
      this.message = () => msg(str`Part of the lesson could not be loaded (${reason}). Reload the page to try again.`);
    });
  };

  /** The results, a station, many runs, the sweep, the parameters and sharing: built after the first run is on screen (`settled`). */
  private renderBelow(pair: PairedRun, scenario: FlowLineScenario) {
    return html`${this.revealed ? this.renderResults(pair, scenario) : nothing}
            ${this.selected >= 0 ? this.renderStation(pair, scenario) : nothing} ${this.renderMany(scenario)} ${this.renderSweep(scenario)}
            <section aria-labelledby="params-h">
              <details id="params" @toggle=${this.onParamsToggle}>
                <summary id="params-h">${msg('Change the line: stations, times, batch size, order, seed')}</summary>
                ${this.paramsOpened
                  ? html`<genba-flow-params .scenario=${this.lessonScenario} @genba-scenario-change=${this.onScenarioChange}></genba-flow-params>`
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
                .csvFiles=${this.csvFiles(pair, scenario)}
                @genba-open-scenario=${this.onOpenScenario}
              ></genba-share-panel>
            </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-flow-screen': GenbaFlowScreen;
  }
}
