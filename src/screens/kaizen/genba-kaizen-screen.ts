/**
 * Lesson 2, "It was tried and it failed". The team's line with batches of 10 against
 * one-piece flow switched on as the line stands: one-piece flow loses, and the screen says
 * so with numbers. The trainee walks the line (both lines replayed on one clock), looks at a
 * station's basic steps (yamazumi) and its timeline, replays the moments things went wrong,
 * and applies one improvement at a time after predicting its effect. Each step re-runs on
 * the same seed and goes into the kaizen log; when one-piece flow beats the batches on lead
 * time, WIP and scrap, a waterfall sums up the steps. The log is kept in the browser and can
 * be exported with the scenario.
 *
 * Work that travels (docs/sharing.md, docs/lesson-kaizen.md): a link (`#/kaizen?v=1&s=…`)
 * carries the scenario, the list of improvements, the station open and the replay's
 * position, and the expectations when the user opts in; opening it re-runs every step on
 * the same seed. A damaged link says what was wrong and the lesson's own line opens. The
 * share panel downloads and opens kaizen log files (also dropped anywhere on the page),
 * lists the logs kept in the browser, and offers the log and both lines' runs as CSV; every
 * chart downloads as SVG and PNG.
 *
 * Every step's replications, and both lines' traced runs with their replay material, are
 * computed in the lesson worker (src/app/lesson-worker.ts): the page answers input while a
 * step runs. Work on the log (opening, applying, undoing) runs one at a time, in order.
 */
import { shownName } from '../../i18n/preset-names.ts';
import { reportProgress } from '../../app/progress.ts';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/locale.ts';
import { unitWords } from '../../i18n/units.ts';
import { parseScenario } from '../../scenario/index.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { TracedRun } from '../../lessons/batching/paired-run.ts';
import type { LineReplay } from '../../lessons/batching/replay.ts';
import { inLessonWorker } from '../../app/lesson-worker.ts';
import type { KaizenWorkResult, ReplayedLine } from '../../lessons/lesson-work.ts';
import { stationTimeline } from '../../sim/line/series.ts';
import { IT_FAILED_BEFORE_FILE, CLUES, INTENDED_IMPROVEMENTS } from '../../lessons/kaizen/it-failed-before.ts';
import { improvementLabel, withoutImprovement, type Improvement } from '../../lessons/kaizen/improvements.ts';
import type { Expectation, KaizenEntry, KaizenLog } from '../../lessons/kaizen/kaizen-log.ts';
import { directionOf, flowWins } from '../../lessons/kaizen/verdict.ts';
import { kaizenHeadline } from '../../lessons/kaizen/headline.ts';
import { candidatesAt, changeKey } from '../../lessons/kaizen/candidates.ts';
import { yamazumiOf } from '../../lessons/kaizen/yamazumi.ts';
import { momentsAt } from '../../lessons/kaizen/moments.ts';
import { applicationIssues, kaizenLogFile, parseExpectations, parseImprovements, parseKaizenLog, readKaizenLogFile, type KaizenLogFile, type KaizenWork } from '../../lessons/kaizen/kaizen-log-file.ts';
import { parseFragment } from '../../app/routes.ts';
import { decodeLink, type LinkState } from '../../share/index.ts';
import { downloadBlob, safeFileName } from '../../export/index.ts';
import { kaizenCsvFiles } from './kaizen-csv-files.ts';
import { controlStyles } from '../../components/shared-styles.ts';
import { flowScreenStyles } from '../flow/flow-screen-styles.ts';
import '../../components/line-view/genba-paired-replay.ts';
import { afterPaint, lazyModules } from '../../app/after-paint.ts';
import { FileDropController } from '../../components/share/file-drop-controller.ts';
import type { CsvDownload, GenbaSharePanel, OpenWorkDetail, WorkFiles } from '../../components/share/genba-share-panel.ts';
import type { GenbaPairedReplay, ReplayPair } from '../../components/line-view/genba-paired-replay.ts';
import type { PlaybackCommand } from '../../components/playback/genba-playback-controls.ts';
import type { ApplyDetail } from '../../components/kaizen/genba-improvement-picker.ts';
import { fmt } from '../../components/kaizen/kaizen-format.ts';

export type { KaizenLogFile } from '../../lessons/kaizen/kaizen-log-file.ts';

/** The route and lesson id of this screen in links. */
const LESSON = 'kaizen';

/**
 * The components of everything below the walk (a station, the log, the summary, sharing),
 * loaded once the numbers and the replay are on screen: not part of the lesson's first
 * JavaScript, and evaluated after it has painted.
 */
const loadBelowFold = lazyModules(() =>
  Promise.all([
    import('../../components/kaizen/genba-improvement-picker.ts'),
    import('../../components/kaizen/genba-kaizen-log.ts'),
    import('../../components/charts/yamazumi-chart.ts'),
    import('../../components/charts/station-timeline-chart.ts'),
    import('../../components/charts/waterfall-chart.ts'),
    import('../../components/share/genba-figure.ts'),
    import('../../components/share/genba-share-panel.ts'),
  ]),
);

/** A message shown on screen: a function, so that it is worded in the language shown (and follows a switch). */
type Text = () => string;

/**
 * What one step did to one-piece flow's mean lead time against what the trainee expected:
 * "Press: make "fetch die" external (SMED): one-piece flow's mean lead time went from 96.2 to
 * 80.1 minutes. You expected it to go down by 10.0."
 */
function revealText(entry: KaizenEntry, expected: Expectation, timeUnit: FlowLineScenario['timeUnit']): string {
  const description = improvementLabel(entry.improvement, timeUnit);
  const from = fmt(entry.before.leadTime);
  const to = fmt(entry.after.leadTime);
  const unit = unitWords(timeUnit).many;
  const by = fmt(expected.by);
  switch (expected.direction) {
    case 'same':
      return msg(str`${description}: one-piece flow's mean lead time went from ${from} to ${to} ${unit}. You expected it to go nowhere.`);
    case 'down':
      return msg(str`${description}: one-piece flow's mean lead time went from ${from} to ${to} ${unit}. You expected it to go down by ${by}.`);
    case 'up':
      return msg(str`${description}: one-piece flow's mean lead time went from ${from} to ${to} ${unit}. You expected it to go up by ${by}.`);
  }
}

/** What a link carries besides the scenario (its `extra`): the steps taken, and the station open. */
interface LinkExtra {
  readonly improvements: readonly Improvement[];
  readonly station?: number;
}

@customElement('genba-kaizen-screen')
@localized()
export class GenbaKaizenScreen extends LitElement {
  static override styles = [
    controlStyles,
    flowScreenStyles,
    css`
      .verdict {
        font-size: 1.2rem;
        font-weight: 600;
        margin: 0 0 0.5rem;
      }
      .checks {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.5rem;
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .win {
        color: #1b6e3a;
      }
      .lose {
        color: #a3261d;
      }
      .moments {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .reveal {
        background: #eef5ee;
        border: 1px solid #1b6e3a;
        border-radius: 6px;
        padding: 0.5rem 0.75rem;
      }
      .reveal.miss {
        background: #fff4e0;
        border-color: #e69f00;
      }
      .station-grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(var(--genba-chart-min, 26rem), 100%), 1fr));
        gap: 1rem;
      }
    `,
  ];

  @state() private original: FlowLineScenario | null = null;
  @state() private improvements: Improvement[] = [];
  @state() private log: KaizenLog | null = null;
  @state() private line: FlowLineScenario | null = null;
  @state() private batchRun: TracedRun | null = null;
  @state() private flowRun: TracedRun | null = null;
  private batchReplay: LineReplay | null = null;
  private flowReplay: LineReplay | null = null;
  /** A step is being run (applied, undone, or a log opened): the log says so. */
  @state() private running = false;
  /** The sections below the walk are built once the numbers and the replay are on screen, in a task of their own. */
  @state() private settled = false;
  @state() private selected = -1;
  @state() private message: Text | null = null;
  @state() private announcement = '';
  @state() private lastReveal: { text: Text; hit: boolean } | null = null;
  @state() private cursor = 0;
  /** Why the link in the address could not be opened (shown with role="alert"). */
  @state() private linkProblem: Text | null = null;
  /** What to know about the link, file or saved log that was opened (another engine version, a part left out). */
  @state() private linkNotices: readonly Text[] = [];

  @query('genba-paired-replay') private replay?: GenbaPairedReplay;
  @query('genba-share-panel') private sharePanel?: GenbaSharePanel;

  private readonly expectations = new Map<string, Expectation>();
  /** The work on the log, one piece at a time: a step applied while another runs waits for it. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The lesson's own line (public/scenarios/it-failed-before.json): what opens by default. */
  private lessonScenario: FlowLineScenario | null = null;
  /** A scenario or log file dropped anywhere on the page opens as if chosen in the share panel. */
  private readonly drop = new FileDropController(this, (file) => void this.sharePanel?.openFile(file));
  private csvCache: { log: KaizenLog; batch: TracedRun; flow: TracedRun; locale: string; files: readonly CsvDownload[] } | null = null;
  /** The last file read, with its log already computed, so opening it does not compute it again. */
  private lastRead: { readonly body: KaizenLogFile; readonly work: KaizenWork; readonly notices: readonly string[] } | null = null;
  private lastReplayPair: ReplayPair | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('genba-command', this.onCommand as EventListener);
    window.addEventListener('hashchange', this.onHashChange);
    void this.loadLesson();
  }

  override disconnectedCallback(): void {
    this.removeEventListener('genba-command', this.onCommand as EventListener);
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  /** Keyboard shortcuts from the shell: the replay's commands. */
  private readonly onCommand = (e: CustomEvent<{ command: string }>): void => {
    const replay = this.replay;
    if (!replay) return;
    const map: Record<string, PlaybackCommand['type']> = { 'step-forward': 'step-forward', 'step-back': 'step-back', reset: 'reset' };
    const c = e.detail.command;
    if (c === 'toggle-play') replay.command({ type: replay.playing ? 'pause' : 'play' });
    else if (map[c]) replay.command({ type: map[c] } as PlaybackCommand);
  };

  private async loadLesson(): Promise<void> {
    try {
      const response = await fetch(new URL(`scenarios/${IT_FAILED_BEFORE_FILE}`, document.baseURI));
      const parsed = parseScenario(await response.json());
      if (!parsed.ok || parsed.scenario.model !== 'flow-line') {
        const file = IT_FAILED_BEFORE_FILE;
        this.message = () => msg(str`The lesson's scenario ${file} is not a valid flow-line scenario.`);
        return;
      }
      this.lessonScenario = parsed.scenario;
      if (!(await this.openLink())) await this.openWork({ scenario: parsed.scenario, improvements: [], expectations: new Map() });
      await this.settle();
    } catch (error) {
      const reason = String(error);
      this.message = () => msg(str`The lesson's scenario could not be loaded (${reason}).`);
    }
  }

  /** Runs `task` after the work on the log queued before it (see `queue`). */
  private serially<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * The log, the one-piece flow line and (with `withBatchLine`) the batch line for a list of
   * improvements, from the lesson worker; null, with the reason on screen, when they do not
   * apply or the worker failed. Changes nothing else.
   */
  private async compute(
    original: FlowLineScenario,
    improvements: readonly Improvement[],
    expectations: ReadonlyMap<string, Expectation>,
    withBatchLine: boolean,
  ): Promise<(KaizenWorkResult & { readonly flow: ReplayedLine; readonly built: { readonly ok: true } }) | null> {
    this.running = true;
    try {
      const result = await inLessonWorker({ kind: 'kaizen', original, improvements, expectations, withBatchLine });
      if (!result.built.ok || !result.flow) {
        // The improvements' own messages stay English, like the scenario validator's (docs/i18n.md).
        const why = result.built.ok ? '' : result.built.message;
        this.message = () => why;
        return null;
      }
      this.message = null;
      return result as KaizenWorkResult & { readonly flow: ReplayedLine; readonly built: { readonly ok: true } };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.message = () => msg(str`The kaizen steps could not be run: ${reason}`);
      return null;
    } finally {
      this.running = false;
    }
  }

  /** Shows a computed log and its one-piece flow line. */
  private show(improvements: readonly Improvement[], result: KaizenWorkResult & { readonly flow: ReplayedLine }): void {
    if (!result.built.ok) return;
    this.improvements = [...improvements];
    this.log = result.built.log;
    this.line = result.built.line;
    this.flowReplay = result.flow.replay;
    this.flowRun = result.flow.run;
  }

  /** After the first paint of the numbers and the replay: the sections below them, in a later task. */
  private async settle(): Promise<void> {
    await afterPaint(this);
    try {
      await loadBelowFold();
      this.settled = true;
    } catch (error) {
      const reason = String(error);
      this.message = () => msg(str`Part of the lesson could not be loaded (${reason}). Reload the page to try again.`);
    }
  }

  /** Recomputes the log and the one-piece flow line for a list of improvements. */
  private async rebuild(improvements: Improvement[]): Promise<boolean> {
    const original = this.original;
    if (!original) return false;
    const result = await this.compute(original, improvements, this.expectations, false);
    if (!result || this.original !== original) return false;
    this.show(improvements, result);
    return true;
  }

  /**
   * Opens a scenario with its steps (the lesson's line, a link, a file, saved work): the
   * batch line as the team runs it, then the log rebuilt from the improvements on the same
   * seed. Resolves to false (and changes nothing) when the improvements do not apply.
   */
  private openWork(work: KaizenWork): Promise<boolean> {
    return this.serially(async () => {
      const result = await this.compute(work.scenario, work.improvements, work.expectations, true);
      if (!result?.batch) return false;
      this.original = work.scenario;
      this.batchReplay = result.batch.replay;
      this.batchRun = result.batch.run;
      reportProgress(this, 'kaizen', 'numbers');
      this.expectations.clear();
      for (const [id, e] of work.expectations) this.expectations.set(id, e);
      this.show(work.improvements, result);
      this.lastReveal = null;
      if (this.selected >= work.scenario.stations.length) this.selected = -1;
      return true;
    });
  }

  /** The state that matters now. */
  private work(): KaizenWork | null {
    return this.original ? { scenario: this.original, improvements: this.improvements, expectations: this.expectations } : null;
  }

  /** Keeps the log in the browser (the share panel saves it, debounced). */
  private noteStep(): void {
    const file = this.logFile();
    if (file) this.sharePanel?.noteWork(file, `${this.original?.name ?? 'Kaizen'}: kaizen log`);
  }

  private onApply(e: CustomEvent<ApplyDetail>): void {
    void this.serially(() => this.apply(e.detail));
  }

  private async apply({ improvement, expected }: ApplyDetail): Promise<void> {
    const wonBefore = this.verdict()?.all ?? false;
    this.expectations.set(improvement.id, expected);
    if (!(await this.rebuild([...this.improvements, improvement]))) {
      this.expectations.delete(improvement.id);
      return;
    }
    this.noteStep();
    const entry = this.log?.entries[this.log.entries.length - 1];
    if (!entry) return;
    const happened = directionOf(entry.before.leadTime, entry.after.leadTime);
    const hit = happened === expected.direction;
    const timeUnit = this.original?.timeUnit ?? 'minute';
    const reveal = (): string => revealText(entry, expected, timeUnit);
    this.lastReveal = { text: reveal, hit };
    const verdict = this.verdict();
    const text = reveal();
    this.announcement = verdict?.all ? msg(str`${text} One-piece flow now beats the batches on lead time, WIP and scrap.`) : text;
    reportProgress(this, 'kaizen', 'improve', { kind: 'result', text: hit ? msg(str`${text} As expected.`) : msg(str`${text} Not as expected.`) });
    // The win is recorded once, when it happens (later steps keep it, and say so in the log).
    if (verdict?.all && !wonBefore) reportProgress(this, 'kaizen', 'won', { kind: 'result', text: msg('One-piece flow beats the batches on lead time, WIP and scrap.') });
  }

  private onUndo(e: CustomEvent<{ id: string }>): void {
    const id = e.detail.id;
    void this.serially(async () => {
      const kept = this.expectations.get(id);
      this.expectations.delete(id);
      if (!(await this.rebuild(withoutImprovement(this.improvements, id)))) {
        if (kept) this.expectations.set(id, kept);
        return;
      }
      this.noteStep();
      this.lastReveal = null;
      this.announcement = msg('Step undone; the steps after it were run again.');
    });
  }

  private verdict() {
    const log = this.log;
    if (!log) return null;
    const now = log.entries.length ? log.entries[log.entries.length - 1]!.after : log.start;
    return flowWins(now, log.target);
  }

  private logFile(): KaizenLogFile | null {
    const work = this.work();
    return work && this.log ? kaizenLogFile(work, this.log) : null;
  }

  private logDownload(): { blob: Blob; fileName: string } | null {
    const file = this.logFile();
    if (!file) return null;
    const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' });
    return { blob, fileName: safeFileName(`${file.scenario.name ?? 'genba'} kaizen log`, 'json') };
  }

  private exportLog(): void {
    const made = this.logDownload();
    if (made) downloadBlob(made.blob, made.fileName);
  }

  // ——— Links, files, saved work ———

  private readonly onHashChange = (): void => {
    if (parseFragment(window.location.hash).route !== LESSON || !this.lessonScenario) return;
    void this.openLink();
  };

  /** Improvements and the station from a link's `extra`, or why they cannot be used. */
  private linkExtra(extra: unknown, scenario: FlowLineScenario): { ok: true; value: LinkExtra; notices: Text[] } | { ok: false; problem: Text } {
    if (extra === undefined) return { ok: true, value: { improvements: [] }, notices: [] };
    if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) return { ok: false, problem: () => msg('its kaizen steps are not a {…} record') };
    const record = extra as Record<string, unknown>;
    const improvements = parseImprovements(Object.hasOwn(record, 'improvements') ? record['improvements'] : []);
    if (!improvements.ok) {
      const issues = improvements.issues.slice(0, 3).join('; ');
      return { ok: false, problem: () => msg(str`its kaizen steps are not valid: ${issues}`) };
    }
    const notices: Text[] = [];
    const station = Object.hasOwn(record, 'station') ? record['station'] : undefined;
    const stationOk = typeof station === 'number' && Number.isInteger(station) && station >= 0 && station < scenario.stations.length;
    if (station !== undefined && !stationOk) {
      const value = JSON.stringify(station)?.slice(0, 40);
      notices.push(() => msg(str`The link's station was left out: ${value} is not a station of this line.`));
    }
    return { ok: true, value: { improvements: improvements.value, ...(stationOk ? { station } : {}) }, notices };
  }

  /**
   * Opens the link in the address, if it holds one. A link that cannot be opened is
   * reported, with the lesson's own line open. Returns false when the address holds no link.
   */
  private async openLink(): Promise<boolean> {
    const decoded = decodeLink(parseFragment(window.location.hash).query);
    if (!decoded.ok && decoded.reason === 'absent') return false;
    this.linkNotices = [];
    // The link decoder's and the validators' own messages stay English (docs/i18n.md).
    let problem: Text = () => (decoded.ok ? '' : decoded.message);
    if (decoded.ok) {
      const { state } = decoded;
      const scenario = state.scenario;
      const extra = scenario.model === 'flow-line' ? this.linkExtra(state.extra, scenario) : null;
      const lesson = state.lesson;
      if (state.lesson !== LESSON) problem = () => msg(str`This link is for another lesson (${lesson}), not "It was tried, and it failed".`);
      else if (scenario.model !== 'flow-line' || extra === null) problem = () => msg("This link's scenario cannot be opened here: this lesson improves a flow line.");
      else if (!extra.ok) {
        const why = extra.problem;
        problem = () => msg(str`This link cannot be opened: ${why()}.`);
      } else {
        const notices: Text[] = [...decoded.notices.map((n): Text => () => n), ...extra.notices];
        let expectations = new Map<string, Expectation>();
        if (state.predictions !== undefined) {
          const parsed = parseExpectations(state.predictions, extra.value.improvements);
          if (parsed.ok) expectations = parsed.value;
          else {
            const issues = parsed.issues.slice(0, 2).join('; ');
            notices.push(() => msg(str`The link's expectations were left out: ${issues}.`));
          }
        }
        const applied = applicationIssues(scenario, extra.value.improvements);
        if (applied.length > 0) {
          const issues = applied.slice(0, 3).join('; ');
          problem = () => msg(str`This link's kaizen steps cannot be applied to its line: ${issues}.`);
        } else {
          // The last link's problem goes as this one opens (its steps run in the worker meanwhile); it comes back if this one fails too.
          this.linkProblem = null;
          if (await this.openWork({ scenario, improvements: extra.value.improvements, expectations })) {
            this.linkNotices = notices;
            this.sharePanel?.startFresh();
            this.selected = extra.value.station ?? -1;
            await this.updateComplete;
            if (state.t !== undefined) this.replay?.seekTo(state.t);
            this.announcement = msg('Opened the kaizen steps from the link: every step ran again on its seed.');
            return true;
          }
          const why = this.message;
          problem = () => msg(str`This link cannot be opened: ${why?.() ?? ''}`);
        }
      }
    }
    const why = problem;
    this.linkProblem = () => msg(str`${why()} The lesson's own line is open instead.`);
    if (this.lessonScenario) {
      await this.openWork({ scenario: this.lessonScenario, improvements: [], expectations: new Map() });
      this.selected = -1;
      this.sharePanel?.startFresh();
    }
    return true;
  }

  /** The state a link carries now: the line, the steps, the station open, the replay's position; the expectations when shared. */
  private readonly linkState = (): LinkState | null => {
    const original = this.original;
    if (!original) return null;
    const extra: LinkExtra = { improvements: this.improvements, ...(this.selected >= 0 ? { station: this.selected } : {}) };
    const t = this.replay?.time ?? this.cursor;
    return {
      lesson: LESSON,
      scenario: original,
      t: Number.isFinite(t) && t >= 0 ? t : 0,
      extra,
      ...(this.expectations.size > 0 ? { predictions: Object.fromEntries(this.expectations) } : {}),
    };
  };

  /** How the share panel makes and reads kaizen log files (its words are getters: they follow a language switch). */
  private readonly workFiles: WorkFiles = {
    get fileWord() {
      return msg('kaizen log file');
    },
    get downloadLabel() {
      return msg('Download the kaizen log (JSON)');
    },
    get openLabel() {
      return msg('Open a kaizen log file…');
    },
    download: () => this.logDownload(),
    read: async (file) => {
      const read = await readKaizenLogFile(file);
      if (!read.ok) return { ok: false, issues: read.issues };
      const { scenario, improvements, expectations } = read.value;
      let built: KaizenWorkResult['built'];
      try {
        ({ built } = await inLessonWorker({ kind: 'kaizen', original: scenario, improvements, expectations, withBatchLine: false }));
      } catch (error) {
        return { ok: false, issues: [error instanceof Error ? error.message : String(error)] };
      }
      if (!built.ok) return { ok: false, issues: [built.message] };
      const body = kaizenLogFile(read.value, built.log);
      this.lastRead = { body, work: read.value, notices: read.notices };
      return { ok: true, body, name: `${read.value.scenario.name ?? 'Kaizen'}: kaizen log` };
    },
  };

  private readonly onOpenWork = async (e: CustomEvent<OpenWorkDetail>): Promise<void> => {
    if (e.detail.kind !== 'kaizen-log') return;
    const cached = this.lastRead?.body === e.detail.body ? this.lastRead : null;
    const parsed = cached ? { ok: true as const, value: cached.work, notices: cached.notices } : parseKaizenLog(e.detail.body);
    this.lastRead = null;
    if (!parsed.ok) {
      const issues = parsed.issues.slice(0, 3).join('; ');
      this.message = () => msg(str`This kaizen log cannot be opened: ${issues}`);
      return;
    }
    if (!(await this.openWork(parsed.value))) return;
    this.linkProblem = null;
    this.linkNotices = parsed.notices.map((n): Text => () => n);
    this.announcement =
      e.detail.source === 'file'
        ? msg('Opened the kaizen log from the file: every step ran again on its seed.')
        : msg('Opened the kaizen log from saved work: every step ran again on its seed.');
  };

  /** The log and both runs as CSV files, made when asked for; the list changes only with the runs (and the labels' language). */
  private csvFiles(log: KaizenLog, original: FlowLineScenario, batch: TracedRun, flow: TracedRun): readonly CsvDownload[] {
    const cached = this.csvCache;
    const locale = getLocale();
    if (cached && cached.log === log && cached.batch === batch && cached.flow === flow && cached.locale === locale) return cached.files;
    const files = kaizenCsvFiles(log, original, batch, flow);
    this.csvCache = { log, batch, flow, locale, files };
    return files;
  }

  /** Scrolls to the share section (a button: the URL fragment belongs to the router and to links). */
  private readonly toShare = (): void => {
    const target = this.renderRoot.querySelector<HTMLElement>('#share');
    target?.scrollIntoView({ block: 'start' });
    target?.querySelector<HTMLElement>('h2')?.focus?.();
  };

  private onSelect(e: CustomEvent<{ station: number }>): void {
    this.selected = this.selected === e.detail.station ? -1 : e.detail.station;
    reportProgress(this, 'kaizen', 'walk');
    if (this.selected >= 0) reportProgress(this, 'kaizen', 'see');
  }

  private renderNumbers(log: KaizenLog) {
    const v = this.verdict()!;
    const now = log.entries.length ? log.entries[log.entries.length - 1]!.after : log.start;
    const unit = this.original ? unitWords(this.original.timeUnit).short : '';
    const batch = this.original?.transferBatch ?? 10;
    // "batches of 10" before the batches' figure (its own message: the figure follows it directly).
    const batches = msg(str`batches of ${batch}`, { id: 'kaizen.batches-of-before-figure' });
    const mark = (ok: boolean, what: string, flow: string, bat: string) =>
      html`<li class=${ok ? 'win' : 'lose'}>${ok ? '✔' : '✘'} ${msg(str`${what}: one-piece flow ${flow}, ${batches} ${bat}`)}</li>`;
    const lead = fmt(now.leadTime);
    const target = fmt(log.target.leadTime);
    return html`<section aria-labelledby="numbers-h">
      <h2 id="numbers-h"><span class="step" aria-hidden="true">1</span>${msg('The numbers')}</h2>
      <p class="verdict" id="verdict">
        ${kaizenHeadline({ verdict: v, flow: now, batches: log.target, steps: log.entries.length, transferBatch: batch, unit, format: fmt })}
      </p>
      <ul class="checks">
        ${mark(v.leadTime, msg('Lead time'), `${lead} ${unit}`, `${target} ${unit}`)}
        ${mark(v.wip, msg('WIP'), fmt(now.wip), fmt(log.target.wip))} ${mark(v.scrap, msg('Scrap'), fmt(now.scrapped), fmt(log.target.scrapped))}
      </ul>
    </section>`;
  }

  private renderStation(original: FlowLineScenario, line: FlowLineScenario) {
    const s = this.selected;
    const name = line.stations[s]?.name ?? '';
    const batch = this.batchRun!;
    const flow = this.flowRun!;
    const end = Math.max(batch.end, flow.end);
    const quantity = original.release.mode === 'order' ? original.release.quantity : 0;
    // The batch line's own pace, not takt time (takt = available time / demand; issue 16).
    const pace = quantity > 0 && batch.run.makespan ? batch.run.makespan / quantity : undefined;
    // Per line: the longest queue and the first two drifts found (a screenful, not a list).
    const pick = (all: ReturnType<typeof momentsAt>) => [
      ...all.filter((m) => m.kind === 'queue-peak'),
      ...all.filter((m) => m.kind === 'drift-found').slice(0, 2),
    ];
    const moments = (run: TracedRun, label: string) =>
      pick(momentsAt(run.run.trace?.events ?? [], s)).map((m) => {
        const at = fmt(m.t);
        const waiting = m.value;
        const where = line.stations[m.value]?.name;
        return {
          ...m,
          text:
            m.kind === 'queue-peak'
              ? msg(str`${label}: ${waiting} waiting at ${at}`)
              : where === undefined
                ? msg(str`${label}: drift found at ${at} (by the customer)`)
                : msg(str`${label}: drift found at ${at} (${where})`),
        };
      });
    const all = [...moments(batch, msg('Batches')), ...moments(flow, msg('One-piece flow'))];
    const clues = INTENDED_IMPROVEMENTS.filter(
      (i) => !this.improvements.some((d) => changeKey(d) === changeKey(i)) && ('station' in i ? i.station === name : i.kind === 'move-element' && i.from === name),
    ).map((i) => CLUES[i.id]);
    const taktTime = `${fmt(pace ?? null, 2)} ${unitWords(line.timeUnit).short}`;
    const transferBatch = original.transferBatch;
    return html`<section aria-labelledby="station-h" id="station">
      <h2 id="station-h"><span class="step" aria-hidden="true">3</span>${msg(str`Go and see: ${shownName(name)}`)}</h2>
      <div class="station-grid">
        <div>
          <genba-figure heading=${msg('The basic steps of every station, one-piece flow (per part)')} .scenarioName=${original.name ?? ''}>
            <genba-yamazumi-chart .stations=${yamazumiOf(line)} .timeUnit=${line.timeUnit} .highlight=${name}></genba-yamazumi-chart>
          </genba-figure>
          <p class="hint" id="pace">
            ${msg(str`The batch line's pace: one part every ${taktTime} (the time it takes to finish the order, per part). That is not takt time: takt is the customer's pace, available time ÷ demand, and this order names no due time.`)}
          </p>
        </div>
        <div>
          <genba-figure heading=${msg(str`What ${name} did`)} .scenarioName=${original.name ?? ''}>
            <genba-station-timeline-chart
              .lanes=${[
                { label: msg(str`Batches of ${transferBatch}`), intervals: stationTimeline(batch.run.trace?.events ?? [], s, batch.end) },
                { label: msg('One-piece flow'), intervals: stationTimeline(flow.run.trace?.events ?? [], s, flow.end) },
              ]}
              .end=${end}
              .timeUnit=${line.timeUnit}
              .cursor=${this.cursor}
              .highlights=${[]}
            ></genba-station-timeline-chart>
          </genba-figure>
          <div class="moments" role="group" aria-label=${msg(str`Replay a moment at ${name}`)}>
            <span>${msg('Replay the moment:')}</span>
            ${all.length
              ? all.map((m) => html`<button type="button" @click=${() => this.replay?.seekTo(m.t)}>${m.text}</button>`)
              : html`<span class="hint">${msg('nothing went wrong here.')}</span>`}
          </div>
        </div>
      </div>
      ${clues.length
        ? html`<details>
            <summary>${msg('Need a hint?')}</summary>
            ${clues.map((c) => html`<p>${c}</p>`)}
          </details>`
        : nothing}
      <genba-improvement-picker
        .candidates=${candidatesAt(line, s)}
        station=${name}
        timeUnit=${line.timeUnit}
        unit=${unitWords(line.timeUnit).many}
        @genba-apply-improvement=${this.onApply}
      ></genba-improvement-picker>
    </section>`;
  }

  private renderSummary(log: KaizenLog, original: FlowLineScenario) {
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
      <button type="button" class="primary" id="export-log" @click=${() => this.exportLog()}>${msg('Download the kaizen log with the scenario (JSON)')}</button>
    </section>`;
  }

  private renderReveal(reveal: { readonly text: Text; readonly hit: boolean }) {
    const text = reveal.text();
    return html`<p class="reveal ${reveal.hit ? '' : 'miss'}" id="reveal">
      ${reveal.hit ? msg(str`${text} As you expected.`) : msg(str`${text} Not what you expected.`)}
    </p>`;
  }

  /** The pair the replay shows, with the replay material made in the worker; the same object while the runs are the same (a new one restarts the replay). */
  private replayPair(batch: TracedRun, flow: TracedRun): ReplayPair {
    const last = this.lastReplayPair;
    if (last && last.batch === batch && last.flow === flow) return last;
    const replays = this.batchReplay && this.flowReplay ? { batch: this.batchReplay, flow: this.flowReplay } : undefined;
    this.lastReplayPair = { batch, flow, ...(replays ? { replays } : {}) };
    return this.lastReplayPair;
  }

  override render() {
    const { original, line, log, batchRun, flowRun } = this;
    const transferBatch = original?.transferBatch ?? 10;
    return html`
      <h1>${msg('It was tried, and it failed')}</h1>
      <p class="lede">
        ${msg(
          "The team says they tried one-piece flow on this line and it failed, so they went back to containers of 10. Go to the line, look at each station's basic steps, find why it failed, and fix the causes one at a time, on the same random numbers.",
        )}
      </p>
      ${original
        ? html`<div class="toolbar">
            <span id="open-scenario"
              >${msg(html`Open: <strong id="scenario-name">${original.name ?? msg('Untitled scenario')}</strong> · seed <code>${JSON.stringify(original.seed)}</code>`)}</span
            >
            <button type="button" class="skip" @click=${this.toShare}>${msg('Share and save ↓')}</button>
          </div>`
        : nothing}
      ${this.message ? html`<p class="message" role="alert">${this.message()}</p>` : nothing}
      ${this.linkProblem ? html`<p class="message" role="alert" id="link-problem">${this.linkProblem()}</p>` : nothing}
      ${this.linkNotices.length > 0
        ? html`<div class="message" role="status" id="link-notices">${this.linkNotices.map((n) => html`<p>${n()}</p>`)}</div>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" id="announce">${this.announcement}</div>
      ${original && line && log && batchRun && flowRun
        ? html`
            ${this.renderNumbers(log)}
            <section aria-labelledby="walk-h">
              <h2 id="walk-h"><span class="step" aria-hidden="true">2</span>${msg('Walk the line')}</h2>
              <p class="hint">${msg(html`Both lines replay replication 1 of seed <code>${String(original.seed)}</code>. Pick a station to go and see it.`)}</p>
              <genba-paired-replay
                .pair=${this.replayPair(batchRun, flowRun)}
                .labels=${{ batch: msg(str`Batches of ${transferBatch}, as the team runs it`), flow: msg('One-piece flow, with your improvements') }}
                .selected=${this.selected}
                @genba-station-select=${this.onSelect}
                @genba-replay-time=${(e: CustomEvent<{ t: number }>) => (this.cursor = e.detail.t)}
              ></genba-paired-replay>
            </section>
            ${this.settled ? this.renderBelow(original, line, log, batchRun, flowRun) : nothing}
          `
        : html`<p>${msg('Loading the lesson…')}</p>`}
      ${this.drop.hint ? html`<div class="drop-hint" aria-hidden="true"><p>${msg('Drop the kaizen log file to open it')}</p></div>` : nothing}
    `;
  }

  /** A station, the log, the summary and sharing: built after the numbers and the replay are on screen (`settled`). */
  private renderBelow(original: FlowLineScenario, line: FlowLineScenario, log: KaizenLog, batchRun: TracedRun, flowRun: TracedRun) {
    const verdict = this.verdict();
    return html`${this.selected >= 0 ? this.renderStation(original, line) : nothing}
            <section aria-labelledby="log-h" id="log" aria-busy=${this.running ? 'true' : 'false'}>
              <h2 id="log-h"><span class="step" aria-hidden="true">4</span>${msg('Kaizen log')}</h2>
              ${this.running ? html`<p class="hint" id="running">${msg('Running every step on the same seed…')}</p>` : nothing}
              ${this.lastReveal ? this.renderReveal(this.lastReveal) : nothing}
              <genba-kaizen-log
                .log=${log}
                timeUnit=${original.timeUnit}
                unit=${unitWords(original.timeUnit).short}
                .batchSize=${original.transferBatch}
                @genba-undo-improvement=${this.onUndo}
              ></genba-kaizen-log>
              ${log.entries.length === 0 ? html`<p class="hint">${msg('No change yet. Pick a station on the line to start.')}</p>` : nothing}
            </section>
            ${verdict?.all ? this.renderSummary(log, original) : nothing}
            <section aria-labelledby="share-h" id="share">
              <h2 id="share-h" tabindex="-1">${msg('Share and save')}</h2>
              <genba-share-panel
                route=${LESSON}
                model="flow-line"
                savedKind="kaizen-log"
                linkHint=${msg("The link opens this line with your improvements, the station you are looking at and the replay's position.")}
                predictionLabel=${msg('Include my expectations')}
                .scenario=${original}
                .workFiles=${this.workFiles}
                .linkState=${this.linkState}
                .csvFiles=${this.csvFiles(log, original, batchRun, flowRun)}
                @genba-open-work=${this.onOpenWork}
              ></genba-share-panel>
            </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-kaizen-screen': GenbaKaizenScreen;
  }
}
