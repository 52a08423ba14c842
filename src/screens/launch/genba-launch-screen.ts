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
 *
 * Cases travel (docs/sharing.md, docs/lesson-launch.md): a link (`#/launch?v=1&s=…`) carries
 * the case with its seed and number of markets, the sweep grid, the market whose story is
 * open and, when the user opts in, the prediction; opening it runs the case. A damaged link
 * says what was wrong and the seed case opens. The share panel downloads and opens scenario
 * files (also dropped anywhere on the page), keeps edited cases in the browser, and offers
 * the run's tables as CSV; every chart downloads as SVG and PNG.
 */
import { reportProgress } from '../../app/progress.ts';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatDecimal, formatNumber } from '../../i18n/format.ts';
import { getLocale } from '../../i18n/locale.ts';
import { joinClauses } from '../../i18n/text.ts';
import '../../components/launch/genba-launch-prediction.ts';
import '../../components/launch/genba-launch-run-controls.ts';
import { afterPaint, lazyModules } from '../../app/after-paint.ts';
import { FileDropController } from '../../components/share/file-drop-controller.ts';
import type { CsvDownload, GenbaSharePanel, OpenScenarioDetail } from '../../components/share/genba-share-panel.ts';
import { parseFragment } from '../../app/routes.ts';
import { decodeLink, type LinkState } from '../../share/index.ts';
import type { GenbaLaunchRunControls, RunProgress } from '../../components/launch/genba-launch-run-controls.ts';
import type { PresetEntry } from '../../components/launch/genba-launch-parameters.ts';
import type { PredictionCheck } from '../../components/launch/genba-launch-prediction.ts';
import { markerPath, STRATEGY_STYLE } from '../../components/charts/launch-chart-parts.ts';
import { formatShare, formatWhole } from '../../lessons/launch/format.ts';
import { applyEdit, fieldId, formFromScenario, validateLaunchForm, type FormValidation, type LaunchForm, type ValidLaunchForm } from '../../lessons/launch/launch-form.ts';
import type { LessonResult, StrategiesView } from '../../lessons/launch/lesson-run.ts';
import { NO_PREDICTION, answerLabel, outcomeOf, outcomeSentences, type Prediction } from '../../lessons/launch/predictions.ts';
import { ProgressAnnouncer, resultAnnouncement, secondsLeft } from '../../lessons/launch/run-announcements.ts';
import { strategyLabel, type StrategyKey } from '../../lessons/launch/strategies.ts';
import { defaultSweepGrid, type SweepGrid, type SweepView } from '../../lessons/launch/sweep-series.ts';
import { hasStrategies, type LaunchScenario } from '../../scenario/types.ts';
import { fetchPreset, fetchPresetList, SEED_CASE_FILE } from './launch-presets.ts';
import { LaunchRunClient } from './launch-run-client.ts';
import { launchScreenStyles } from './launch-screen-styles.ts';
import { launchCsvFiles } from './launch-csv-files.ts';

/** The route and lesson id of this screen in links. */
const LESSON = 'launch';

/**
 * The components of the results, the parameters and sharing, loaded once the decision, the
 * prediction and Run are on screen: not part of the lesson's first JavaScript, and evaluated
 * after it has painted. An element rendered before its module arrives (the parameters, a
 * result part) is upgraded when it does, with the properties already set on it (Lit keeps
 * them), and draws itself then, in a task of its own.
 */
const loadBelowFold = lazyModules(() =>
  Promise.all([
    import('../../components/launch/genba-launch-parameters.ts'),
    import('../../components/launch/genba-launch-ledger-panel.ts'),
    import('../../components/launch/genba-launch-figures.ts'),
    import('../../components/launch/genba-launch-market-story.ts'),
    import('../../components/charts/launch-profit-histogram.ts'),
    import('../../components/charts/launch-sweep-chart.ts'),
    import('../../components/share/genba-figure.ts'),
    import('../../components/share/genba-share-panel.ts'),
  ]),
);
/** A message shown on screen: a function, so that it is worded in the language shown (and follows a switch). */
type Text = () => string;
/** The reason an error gives, as its message says it (messages from the validators and workers stay English). */
const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const ANSWERS: readonly (string | null)[] = ['launch', 'pilot', 'same', null];

/** A prediction from a link, or null when it is not one this lesson asks for. */
function predictionFrom(value: unknown): Prediction | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).some((k) => k !== 'earnsMore' && k !== 'losesMoreOften')) return null;
  const earnsMore = Object.hasOwn(record, 'earnsMore') ? record['earnsMore'] : null;
  const losesMoreOften = Object.hasOwn(record, 'losesMoreOften') ? record['losesMoreOften'] : null;
  if (!ANSWERS.includes(earnsMore as string | null) || !ANSWERS.includes(losesMoreOften as string | null)) return null;
  return { earnsMore: earnsMore as Prediction['earnsMore'], losesMoreOften: losesMoreOften as Prediction['losesMoreOften'] };
}

/** A sweep grid from a link's `extra`, or null when there is none or it is not one. */
function gridFrom(extra: unknown): SweepGrid | null {
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra) || !Object.hasOwn(extra, 'sweep')) return null;
  const sweep = (extra as Record<string, unknown>)['sweep'];
  if (typeof sweep !== 'object' || sweep === null || Array.isArray(sweep)) return null;
  const { from, to, step } = sweep as Record<string, unknown>;
  return typeof from === 'number' && typeof to === 'number' && typeof step === 'number' ? { from, to, step } : null;
}

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
@localized()
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
  @state() private message: Text | null = null;
  /** What the polite live region says. */
  @state() private announcement = '';
  @state() private showProblems = false;
  /** The result parts drawn so far (each is first drawn in its own task). */
  @state() private drawnParts: ReadonlySet<Part> = new Set();
  private revealTimer: ReturnType<typeof setTimeout> | null = null;
  /** The market whose story is open (0-based replication); a link may name one. */
  @state() private storyReplication = 0;
  /** Why the link in the address could not be opened (shown with role="alert"). */
  @state() private linkProblem: Text | null = null;
  /** What to know about the link that was opened (another engine version, a part left out). */
  @state() private linkNotices: readonly Text[] = [];
  /** Sharing is built once the top of the lesson is on screen, in a task of its own (with the lower sections' modules). */
  @state() private settled = false;

  @query('genba-launch-run-controls') private controls?: GenbaLaunchRunControls;
  @query('genba-share-panel') private sharePanel?: GenbaSharePanel;

  private readonly client = new LaunchRunClient();
  private readonly announcer = new ProgressAnnouncer();
  /** The run in progress, settled when it ends however it ends. */
  private running: Promise<void> | null = null;
  /** The seed case: what opens by default, and when a link cannot be opened. */
  private seedCase: LaunchScenario | null = null;
  /** A scenario or log file dropped anywhere on the page opens as if chosen in the share panel. */
  private readonly drop = new FileDropController(this, (file) => void this.sharePanel?.openFile(file));
  private csvCache: { finished: FinishedRun; story: number; locale: string; files: readonly CsvDownload[] } | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    void this.loadStart();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
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
    return this.drawnParts.has(part) ? content() : html`<p class="placeholder">${msg('Drawing…')}</p>`;
  }

  private async loadStart(): Promise<void> {
    try {
      const [list, seed] = await Promise.all([fetchPresetList(), fetchPreset(SEED_CASE_FILE)]);
      this.presets = list;
      if (seed.ok) {
        this.seedCase = seed.scenario;
        if (!(await this.openLink())) this.setScenario(seed.scenario);
        await this.settle();
      } else {
        const issues = seed.issues.map((i) => i.message).join('; ');
        this.message = () => msg(str`The seed case could not be read: ${issues}`);
      }
    } catch (error) {
      const reason = reasonOf(error);
      this.message = () => msg(str`The lesson's case could not be loaded: ${reason}`);
    }
  }

  /** After the first paint of the decision, the prediction and Run: the modules of the rest, then sharing, in later tasks. */
  private async settle(): Promise<void> {
    await afterPaint(this);
    try {
      await loadBelowFold();
      this.settled = true;
    } catch (error) {
      const reason = reasonOf(error);
      this.message = () => msg(str`Part of the lesson could not be loaded (${reason}). Reload the page to try again.`);
    }
  }

  private setScenario(scenario: LaunchScenario, grid: SweepGrid = defaultSweepGrid(scenario.market.states.map((s) => s.level))): void {
    this.setForm(formFromScenario(scenario, grid));
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
    if (!this.form) return;
    this.setForm(applyEdit(this.form, e.detail));
    // A valid case is kept in the browser (the share panel saves it, debounced).
    if (this.validation?.ok) this.sharePanel?.noteEdit(this.validation.scenario);
    // The sandbox step is changing the market in the parameters, not the number of markets or the seed by Run.
    if ((e.target as Element | null)?.localName === 'genba-launch-parameters') reportProgress(this, 'launch', 'sandbox');
  };

  private readonly onPresetLoad = async (e: GlobalEventHandlersEventMap['launch-preset-load']): Promise<void> => {
    try {
      const preset = await fetchPreset(e.detail.file);
      if (!preset.ok) {
        const issues = preset.issues.map((i) => i.message).join('; ');
        this.message = () => msg(str`That case is not valid: ${issues}`);
        return;
      }
      this.setScenario(preset.scenario);
      this.sharePanel?.startFresh();
      this.linkProblem = null;
      this.linkNotices = [];
      const name = preset.scenario.name ?? e.detail.file;
      this.message = () => msg(str`Loaded the case "${name}". Press Run to see its markets.`);
      this.announcement = this.message();
    } catch (error) {
      const reason = reasonOf(error);
      this.message = () => msg(str`That case could not be loaded: ${reason}`);
    }
  };

  private readonly onPrediction = (e: GlobalEventHandlersEventMap['launch-prediction-change']): void => {
    this.prediction = e.detail;
    reportProgress(this, 'launch', 'predict');
  };

  private readonly onRun = (): void => {
    void this.run();
  };

  private readonly onCancel = (): void => {
    this.client.cancel();
  };

  private readonly onStoryChange = (e: GlobalEventHandlersEventMap['launch-story-change']): void => {
    this.storyReplication = e.detail.replication;
    reportProgress(this, 'launch', 'story');
  };

  // --- Links, files, saved work ---------------------------------------------------------------

  private readonly onHashChange = (): void => {
    if (parseFragment(window.location.hash).route !== LESSON || !this.seedCase) return;
    void this.openLink();
  };

  /**
   * Opens the link in the address, if it holds one, and runs its case. A link that cannot be
   * opened is reported, with the seed case open. Returns false when the address holds no link.
   */
  private async openLink(): Promise<boolean> {
    const decoded = decodeLink(parseFragment(window.location.hash).query);
    if (!decoded.ok && decoded.reason === 'absent') return false;
    if (this.live) {
      this.client.cancel();
      await this.running;
    }
    this.linkNotices = [];
    // The link decoder's and the validator's own messages stay English (docs/i18n.md).
    let problem: Text = () => (decoded.ok ? '' : decoded.message);
    if (decoded.ok) {
      const { state } = decoded;
      const scenario = state.scenario;
      const lesson = state.lesson;
      if (state.lesson !== LESSON) problem = () => msg(str`This link is for another lesson (${lesson}), not the launch-sizing lesson.`);
      else if (scenario.model !== 'launch') problem = () => msg("This link's scenario cannot be opened here: this lesson runs launch scenarios.");
      else if (hasStrategies(scenario)) problem = () => msg("This link's scenario compares strategies, which this lesson does not show yet: run it with npx genba run.");
      else {
        const notices: Text[] = decoded.notices.map((n): Text => () => n);
        const grid = gridFrom(state.extra);
        if (state.extra !== undefined && grid === null) notices.push(() => msg("The link's sweep was left out: it is not a sweep {from, to, step}."));
        this.setScenario(scenario, grid ?? undefined);
        if (grid !== null && this.validation?.ok === false) {
          const issues = this.validation.issues.map((i) => i.message).slice(0, 2).join('; ');
          notices.push(() => msg(str`The link's sweep was left out: ${issues}.`));
          this.setScenario(scenario);
        }
        if (this.validation?.ok) {
          let prediction = NO_PREDICTION;
          if (state.predictions !== undefined) {
            const read = predictionFrom(state.predictions);
            if (read) prediction = read;
            else notices.push(() => msg("The link's prediction was left out: it is not a prediction this lesson asks for."));
          }
          this.prediction = prediction;
          this.storyReplication = state.replication ?? 0;
          this.linkProblem = null;
          this.linkNotices = notices;
          this.sharePanel?.startFresh();
          const markets = formatWhole(scenario.replications);
          this.announcement = msg(str`Opened the case from the link: running ${markets} markets on its seed.`);
          void this.run();
          return true;
        }
        const issues = (this.validation && !this.validation.ok ? this.validation.issues : []).map((i) => i.message).slice(0, 3).join('; ');
        problem = () => msg(str`This link's case cannot be run here: ${issues}.`);
      }
    }
    const why = problem;
    this.linkProblem = () => msg(str`${why()} The seed case is open instead.`);
    if (this.seedCase) this.setScenario(this.seedCase);
    this.prediction = NO_PREDICTION;
    this.storyReplication = 0;
    this.sharePanel?.startFresh();
    return true;
  }

  /** The state a link carries now: the case (seed and number of markets included), the sweep, the market open, the prediction. */
  private readonly linkState = (): LinkState | null => {
    const v = this.lastValid;
    if (!v) return null;
    const story = this.storyReplication;
    const answered = this.prediction.earnsMore !== null || this.prediction.losesMoreOften !== null;
    return {
      lesson: LESSON,
      scenario: v.scenario,
      ...(story >= 0 && story < v.scenario.replications ? { replication: story } : {}),
      ...(answered ? { predictions: { earnsMore: this.prediction.earnsMore, losesMoreOften: this.prediction.losesMoreOften } } : {}),
      extra: { sweep: { from: v.grid.from, to: v.grid.to, step: v.grid.step } },
    };
  };

  private readonly onOpenScenario = (e: CustomEvent<OpenScenarioDetail>): void => {
    const scenario = e.detail.scenario;
    if (scenario.model !== 'launch') return;
    if (hasStrategies(scenario)) {
      this.message = () => msg('That scenario compares strategies, which this lesson does not show yet: run it with npx genba run.');
      this.announcement = this.message();
      return;
    }
    this.setScenario(scenario);
    this.linkProblem = null;
    this.linkNotices = [];
    const fromFile = e.detail.source === 'file';
    const named = scenario.name;
    this.message = () => {
      const name = named ?? msg('Untitled scenario');
      return fromFile
        ? msg(str`Opened the case "${name}" from the file. Press Run to see its markets.`)
        : msg(str`Opened the case "${name}" from saved work. Press Run to see its markets.`);
    };
    this.announcement = this.message();
  };

  /** The finished run's tables as CSV files, made when asked for. */
  private csvFiles(): readonly CsvDownload[] {
    const finished = this.finished;
    if (!finished) return [];
    const cached = this.csvCache;
    const locale = getLocale();
    if (cached && cached.finished === finished && cached.story === this.storyReplication && cached.locale === locale) return cached.files;
    const files = launchCsvFiles(finished.result, finished.request, this.storyReplication);
    this.csvCache = { finished, story: this.storyReplication, locale, files };
    return files;
  }

  /** Scrolls to the share section (a button: the URL fragment belongs to the router and to links). */
  private readonly toShare = (): void => {
    const target = this.renderRoot.querySelector<HTMLElement>('#share');
    target?.scrollIntoView({ block: 'start' });
    target?.querySelector<HTMLElement>('h2')?.focus?.();
  };

  // --- Running --------------------------------------------------------------------------------

  private run(): Promise<void> {
    if (this.live !== null) return this.running ?? Promise.resolve();
    const running = this.runOnce().finally(() => {
      if (this.running === running) this.running = null;
    });
    this.running = running;
    return running;
  }

  private async runOnce(): Promise<void> {
    if (this.live !== null) return;
    const v = this.validation;
    if (v === null) return;
    if (!v.ok) {
      const n = v.issues.length;
      this.message = () =>
        n === 1
          ? msg('Nothing was run: one value needs fixing first (listed below and marked at the fields).')
          : msg(str`Nothing was run: ${n} values need fixing first (listed below and marked at the fields).`);
      this.announcement = this.message();
      this.showProblems = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#form-problems')?.focus();
      return;
    }
    const request = v;
    const prediction = this.prediction;
    if (prediction.earnsMore !== null || prediction.losesMoreOften !== null) {
      // The prediction the run will judge goes into the session summary, as lesson 1's does.
      const earns = answerLabel(prediction.earnsMore, request.quantities);
      const loses = answerLabel(prediction.losesMoreOften, request.quantities);
      reportProgress(this, 'launch', 'predict', { kind: 'prediction', text: msg(str`Earns more: ${earns}. Loses money more often: ${loses}.`) });
    }
    // The case that is run is kept in the browser now, not after the edit's debounce.
    void this.sharePanel?.flushAutosave();
    const startedAt = performance.now();
    this.message = null;
    this.announcer.start(startedAt);
    const markets = formatWhole(request.scenario.replications);
    this.announcement = msg(str`Running ${markets} markets.`);
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
      if (this.storyReplication >= request.scenario.replications) this.storyReplication = 0;
      this.live = null;
      const seconds = formatNumber((performance.now() - startedAt) / 1000, 1);
      this.message = () => msg(str`Done in ${seconds} s.`);
      this.announcement = resultAnnouncement(result);
      reportProgress(this, 'launch', 'run', { kind: 'result', text: this.announcement });
      reportProgress(this, 'launch', 'ledger');
    } catch (error) {
      const done = this.live?.progress.fraction ?? 0;
      this.live = null;
      const kept = this.finished !== null;
      const share = formatShare(done, 0);
      const reason = reasonOf(error);
      const cancelled = error instanceof Error && error.name === 'AbortError';
      this.message = () =>
        cancelled
          ? kept
            ? msg(str`Cancelled after ${share} of the run; the previous result is kept.`)
            : msg(str`Cancelled after ${share} of the run; there is no result yet.`)
          : kept
            ? msg(str`The run failed: ${reason}; the previous result is kept.`)
            : msg(str`The run failed: ${reason}; there is no result yet.`);
      this.announcement = this.message();
    }
    await this.updateComplete;
    this.controls?.focusMainButton();
  }

  // --- Rendering ------------------------------------------------------------------------------

  private renderDecision(): TemplateResult {
    const v = this.lastValid;
    if (v === null) return html`<p class="placeholder">${this.message?.() || msg('Loading the case…')}</p>`;
    const s = v.scenario;
    const q = v.quantities;
    const states = joinClauses(
      s.market.states.map((st) => {
        const name = st.name;
        const level = formatWhole(st.level);
        const chance = formatShare(st.probability, 0);
        return msg(str`${name}: ${level} a month (${chance} chance)`);
      }),
    );
    const firstMonth = 2 + s.rampUp;
    const e = s.economics;
    const good = formatWhole(Math.max(...s.market.states.map((st) => st.level)));
    const bad = formatWhole(Math.min(...s.market.states.map((st) => st.level)));
    const [launch, pilot] = [formatWhole(q.launch), formatWhole(q.pilot)];
    const capacity = formatWhole(s.capacity);
    const noise = formatShare(s.market.demandCV, 0);
    const [price, cost, salvage] = [formatWhole(e.price), formatWhole(e.cost), formatWhole(e.salvage)];
    const holding = formatDecimal(e.holding, 6);
    const horizon = s.horizon;
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
        ${msg(
          str`A new car may sell ${good} a month in a good market, or ${bad} in a bad one, and the forecast says ${launch}. Make the forecast's quantity, or a pilot batch and scale up if the market responds?`,
        )}
      </p>
      <div class="strategies">
        ${card('launch', msg(str`Make ${launch} before month 1, as the forecast says.`))}
        ${card('pilot', msg(str`Make ${pilot} before month 1, watch what sells, and scale up.`))}
      </div>
      <p class="market">
        ${msg(
          str`Either way, from month ${firstMonth} the plant makes what the months so far have shown, less the stock on hand, up to ${capacity} a month. Markets — ${states}; demand varies by ±${noise} month to month. Price ${price}, cost ${cost}, salvage ${salvage}, holding ${holding} per unit and month, over ${horizon} months.`,
        )}
      </p>`;
  }

  private renderProblems(): TemplateResult | typeof nothing {
    const v = this.validation;
    if (!this.showProblems || v === null || v.ok) return nothing;
    return html`<div class="problems" id="form-problems" tabindex="-1">
      <strong>${msg('Fix these values to run:')}</strong>
      <ul>
        ${v.issues.map(
          (i) => html`<li>
            <a
              href=${`#${fieldId(i.path)}`}
              @click=${(e: Event) => {
                e.preventDefault();
                void this.focusField(i.path);
              }}
              >${i.message}</a
            >
          </li>`,
        )}
      </ul>
    </div>`;
  }

  /** Focuses a field by its path, opening the parameters when it is there (once their module has arrived). */
  private async focusField(path: string): Promise<void> {
    const details = this.renderRoot.querySelector<HTMLDetailsElement>('details.parameters');
    if (details) details.open = true;
    await loadBelowFold().catch(() => undefined);
    await this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('genba-launch-parameters')?.updateComplete;
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
      <p class="status" id="status">${this.message?.() ?? ''}</p>
      ${this.renderProblems()}
      <details class="parameters">
        <summary>${msg('Change the case: markets, prices, plant, strategies, sweep')}</summary>
        <genba-launch-parameters .form=${form} .issues=${issues} .presets=${this.presets}></genba-launch-parameters>
      </details>`;
  }

  private renderResults(): TemplateResult {
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
    const changed = finished !== null && this.lastValid !== null && JSON.stringify(this.lastValid.sweepScenario) !== JSON.stringify(finished.request.sweepScenario);
    return html`${changed && live === null
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

  private renderInShort(finished: FinishedRun): TemplateResult {
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
    const headlineLaunch = formatWhole(this.lastValid?.quantities.launch ?? 30000);
    const headlinePilot = formatWhole(this.lastValid?.quantities.pilot ?? 500);
    return html`<div
      @launch-form-edit=${this.onEdit}
      @launch-preset-load=${this.onPresetLoad}
      @launch-prediction-change=${this.onPrediction}
      @launch-run=${this.onRun}
      @launch-cancel=${this.onCancel}
      @launch-story-change=${this.onStoryChange}
    >
      <h1>${msg(str`Launch ${headlineLaunch} on a forecast, or a pilot of ${headlinePilot}?`)}</h1>
      <div class="toolbar">
        ${this.lastValid
          ? html`<span id="open-scenario"
              >${msg(
                html`Open: <strong id="scenario-name">${this.lastValid.scenario.name ?? msg('Untitled scenario')}</strong> · seed <code>${JSON.stringify(this.lastValid.scenario.seed)}</code> · ${formatWhole(this.lastValid.scenario.replications)} markets`,
              )}</span
            >`
          : nothing}
        <button type="button" class="skip" @click=${this.toShare}>${msg('Share and save ↓')}</button>
      </div>
      ${this.linkProblem ? html`<p class="message" role="alert" id="link-problem">${this.linkProblem()}</p>` : nothing}
      ${this.linkNotices.length > 0
        ? html`<div class="message" role="status" id="link-notices">${this.linkNotices.map((n) => html`<p>${n()}</p>`)}</div>`
        : nothing}
      <div class="top">
        <section class="card" aria-labelledby="h-decision">
          <h2 id="h-decision">${msg('The decision')}</h2>
          ${this.renderDecision()}
        </section>
        <section class="card" aria-labelledby="h-predict">
          <h2 id="h-predict">${msg('1. Predict')}</h2>
          <genba-launch-prediction
            .quantities=${this.lastValid?.quantities ?? { launch: 30000, pilot: 500 }}
            .prediction=${this.prediction}
            .check=${this.predictionCheck()}
          ></genba-launch-prediction>
        </section>
      </div>
      <section class="card" aria-labelledby="h-run">
        <h2 id="h-run">${msg('2. Run the markets')}</h2>
        ${this.renderRun()}
      </section>
      <section aria-labelledby="h-results">
        <h2 id="h-results">${msg('3. Read the results')}</h2>
        ${this.renderResults()}
      </section>
      ${this.settled
        ? html`<section class="card" aria-labelledby="share-h" id="share">
            <h2 id="share-h" tabindex="-1">${msg('Share and save')}</h2>
            <genba-share-panel
              route=${LESSON}
              model="launch"
              linkHint=${msg('The link opens this case with its seed and number of markets, runs it, and shows the market whose story is open.')}
              .scenario=${this.lastValid?.scenario ?? null}
              .linkState=${this.linkState}
              .csvFiles=${this.csvFiles()}
              @genba-open-scenario=${this.onOpenScenario}
            ></genba-share-panel>
          </section>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" id="announcer">${this.announcement}</div>
      ${this.drop.hint ? html`<div class="drop-hint" aria-hidden="true"><p>${msg('Drop the scenario file to open it')}</p></div>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-screen': GenbaLaunchScreen;
  }
}
