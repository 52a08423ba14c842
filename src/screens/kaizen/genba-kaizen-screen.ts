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
 * The screen is a thin composition (docs/lesson-kaizen.md): the run state is the
 * KaizenWorkController (kaizen-work-controller.ts: the steps, computed in the lesson worker,
 * one piece of work at a time), the link state the KaizenLinkController
 * (kaizen-link-controller.ts), the files KaizenFiles (kaizen-files.ts); the sections are
 * components of their own (genba-kaizen-numbers, genba-kaizen-station, genba-kaizen-summary,
 * genba-kaizen-log, genba-share-panel).
 */
import { reportProgress } from '../../app/progress.ts';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { unitWords } from '../../i18n/units.ts';
import { shownName } from '../../i18n/preset-names.ts';
import { parseScenario } from '../../scenario/index.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { TracedRun } from '../../lessons/batching/paired-run.ts';
import { IT_FAILED_BEFORE_FILE } from '../../lessons/kaizen/it-failed-before.ts';
import type { KaizenLog } from '../../lessons/kaizen/kaizen-log.ts';
import { directionOf } from '../../lessons/kaizen/verdict.ts';
import { downloadBlob } from '../../export/index.ts';
import { controlStyles } from '../../components/shared-styles.ts';
import { flowScreenStyles } from '../flow/flow-screen-styles.ts';
import '../../components/line-view/genba-paired-replay.ts';
import './genba-kaizen-numbers.ts';
import { afterPaint, lazyModules } from '../../app/after-paint.ts';
import { FileDropController } from '../../components/share/file-drop-controller.ts';
import type { GenbaSharePanel } from '../../components/share/genba-share-panel.ts';
import type { GenbaPairedReplay } from '../../components/line-view/genba-paired-replay.ts';
import type { PlaybackCommand } from '../../components/playback/genba-playback-controls.ts';
import type { ApplyDetail } from '../../components/kaizen/genba-improvement-picker.ts';
import { KaizenWorkController, type Text } from './kaizen-work-controller.ts';
import { KaizenLinkController, LESSON } from './kaizen-link-controller.ts';
import { KaizenFiles, savedLogName } from './kaizen-files.ts';
import { revealText } from './kaizen-reveal.ts';

export type { KaizenLogFile } from '../../lessons/kaizen/kaizen-log-file.ts';

/**
 * The components of everything below the walk (a station, the log, the summary, sharing),
 * loaded once the numbers and the replay are on screen: not part of the lesson's first
 * JavaScript, and evaluated after it has painted.
 */
const loadBelowFold = lazyModules(() =>
  Promise.all([
    import('./genba-kaizen-station.ts'),
    import('./genba-kaizen-summary.ts'),
    import('../../components/kaizen/genba-improvement-picker.ts'),
    import('../../components/kaizen/genba-kaizen-log.ts'),
    import('../../components/charts/yamazumi-chart.ts'),
    import('../../components/charts/station-timeline-chart.ts'),
    import('../../components/charts/waterfall-chart.ts'),
    import('../../components/share/genba-figure.ts'),
    import('../../components/share/genba-share-panel.ts'),
  ]),
);

@customElement('genba-kaizen-screen')
@localized()
export class GenbaKaizenScreen extends LitElement {
  static override styles = [
    controlStyles,
    flowScreenStyles,
    css`
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
    `,
  ];

  /** The sections below the walk are built once the numbers and the replay are on screen, in a task of their own. */
  @state() private settled = false;
  @state() private selected = -1;
  @state() private announcement = '';
  @state() private lastReveal: { text: Text; hit: boolean } | null = null;
  @state() private cursor = 0;
  /** The lesson's own line (public/scenarios/it-failed-before.json): what opens by default. */
  private lessonScenario: FlowLineScenario | null = null;

  @query('genba-paired-replay') private replay?: GenbaPairedReplay;
  @query('genba-share-panel') private sharePanel?: GenbaSharePanel;

  private readonly work = new KaizenWorkController(this, (scenario) => {
    reportProgress(this, 'kaizen', 'numbers');
    this.lastReveal = null;
    if (this.selected >= scenario.stations.length) this.selected = -1;
  });
  private readonly link = new KaizenLinkController(this, this.work, {
    lessonScenario: () => this.lessonScenario,
    selected: () => this.selected,
    select: (station) => (this.selected = station),
    replayTime: () => this.replay?.time ?? this.cursor,
    seek: (t) => this.replay?.seekTo(t),
    startFresh: () => this.sharePanel?.startFresh(),
    announce: (text) => (this.announcement = text),
  });
  private readonly files = new KaizenFiles(this.work, {
    opened: (notices) => this.link.show(null, notices),
    announce: (text) => (this.announcement = text),
  });
  /** A scenario or log file dropped anywhere on the page opens as if chosen in the share panel. */
  private readonly drop = new FileDropController(this, (file) => void this.sharePanel?.openFile(file));

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('genba-command', this.onCommand as EventListener);
    void this.loadLesson();
  }

  override disconnectedCallback(): void {
    this.removeEventListener('genba-command', this.onCommand as EventListener);
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
        this.work.say(() => msg(str`The lesson's scenario ${file} is not a valid flow-line scenario.`));
        return;
      }
      this.lessonScenario = parsed.scenario;
      if (!(await this.link.open())) await this.work.openWork({ scenario: parsed.scenario, improvements: [], expectations: new Map() });
      await this.settle();
    } catch (error) {
      const reason = String(error);
      this.work.say(() => msg(str`The lesson's scenario could not be loaded (${reason}).`));
    }
  }

  /** After the first paint of the numbers and the replay: the sections below them, in a later task. */
  private async settle(): Promise<void> {
    await afterPaint(this);
    try {
      await loadBelowFold();
      this.settled = true;
    } catch (error) {
      const reason = String(error);
      this.work.say(() => msg(str`Part of the lesson could not be loaded (${reason}). Reload the page to try again.`));
    }
  }

  /** Keeps the log in the browser (the share panel saves it, debounced). */
  private noteStep(): void {
    const file = this.work.logFile();
    if (file) this.sharePanel?.noteWork(file, savedLogName(this.work.original));
  }

  private readonly onApply = (e: CustomEvent<ApplyDetail>): void => {
    const { improvement, expected } = e.detail;
    void this.work.serially(async () => {
      const wonBefore = this.work.verdict()?.all ?? false;
      if (!(await this.work.apply(improvement, expected))) return;
      this.noteStep();
      const entry = this.work.log?.entries[this.work.log.entries.length - 1];
      if (!entry) return;
      const hit = directionOf(entry.before.leadTime, entry.after.leadTime) === expected.direction;
      const timeUnit = this.work.original?.timeUnit ?? 'minute';
      const reveal = (): string => revealText(entry, expected, timeUnit);
      this.lastReveal = { text: reveal, hit };
      const verdict = this.work.verdict();
      const text = reveal();
      this.announcement = verdict?.all ? msg(str`${text} One-piece flow now beats the batches on lead time, WIP and scrap.`) : text;
      reportProgress(this, 'kaizen', 'improve', { kind: 'result', text: hit ? msg(str`${text} As expected.`) : msg(str`${text} Not as expected.`) });
      // The win is recorded once, when it happens (later steps keep it, and say so in the log).
      if (verdict?.all && !wonBefore) reportProgress(this, 'kaizen', 'won', { kind: 'result', text: msg('One-piece flow beats the batches on lead time, WIP and scrap.') });
    });
  };

  private readonly onUndo = (e: CustomEvent<{ id: string }>): void => {
    const id = e.detail.id;
    void this.work.serially(async () => {
      if (!(await this.work.undo(id))) return;
      this.noteStep();
      this.lastReveal = null;
      this.announcement = msg('Step undone; the steps after it were run again.');
    });
  };

  private readonly exportLog = (): void => {
    const made = this.work.logDownload();
    if (made) downloadBlob(made.blob, made.fileName);
  };

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

  private renderReveal(reveal: { readonly text: Text; readonly hit: boolean }) {
    const text = reveal.text();
    return html`<p class="reveal ${reveal.hit ? '' : 'miss'}" id="reveal">
      ${reveal.hit ? msg(str`${text} As you expected.`) : msg(str`${text} Not what you expected.`)}
    </p>`;
  }

  override render() {
    const { original, line, log, batchRun, flowRun } = this.work;
    const transferBatch = original?.transferBatch ?? 10;
    const message = this.work.message;
    const { problem, notices } = this.link;
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
              >${msg(html`Open: <strong id="scenario-name">${original.name === undefined ? msg('Untitled scenario') : shownName(original.name)}</strong> · seed <code>${JSON.stringify(original.seed)}</code>`)}</span
            >
            <button type="button" class="skip" @click=${this.toShare}>${msg('Share and save ↓')}</button>
          </div>`
        : nothing}
      ${message ? html`<p class="message" role="alert">${message()}</p>` : nothing}
      ${problem ? html`<p class="message" role="alert" id="link-problem">${problem()}</p>` : nothing}
      ${notices.length > 0 ? html`<div class="message" role="status" id="link-notices">${notices.map((n) => html`<p>${n()}</p>`)}</div>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" id="announce">${this.announcement}</div>
      ${original && line && log && batchRun && flowRun
        ? html`
            <genba-kaizen-numbers .log=${log} .scenario=${original}></genba-kaizen-numbers>
            <section aria-labelledby="walk-h">
              <h2 id="walk-h"><span class="step" aria-hidden="true">2</span>${msg('Walk the line')}</h2>
              <p class="hint">${msg(html`Both lines replay replication 1 of seed <code>${String(original.seed)}</code>. Pick a station to go and see it.`)}</p>
              <genba-paired-replay
                .pair=${this.work.replayPair(batchRun, flowRun)}
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
    const verdict = this.work.verdict();
    const running = this.work.running;
    return html`${this.selected >= 0
        ? html`<genba-kaizen-station
            .original=${original}
            .line=${line}
            .batchRun=${batchRun}
            .flowRun=${flowRun}
            .improvements=${this.work.improvements}
            .station=${this.selected}
            .cursor=${this.cursor}
            @genba-seek=${(e: CustomEvent<{ t: number }>) => this.replay?.seekTo(e.detail.t)}
            @genba-apply-improvement=${this.onApply}
          ></genba-kaizen-station>`
        : nothing}
      <section aria-labelledby="log-h" id="log" aria-busy=${running ? 'true' : 'false'}>
        <h2 id="log-h"><span class="step" aria-hidden="true">4</span>${msg('Kaizen log')}</h2>
        ${running ? html`<p class="hint" id="running">${msg('Running every step on the same seed…')}</p>` : nothing}
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
      ${verdict?.all ? html`<genba-kaizen-summary .log=${log} .scenario=${original} @genba-export-log=${this.exportLog}></genba-kaizen-summary>` : nothing}
      <section aria-labelledby="share-h" id="share">
        <h2 id="share-h" tabindex="-1">${msg('Share and save')}</h2>
        <genba-share-panel
          route=${LESSON}
          model="flow-line"
          savedKind="kaizen-log"
          linkHint=${msg("The link opens this line with your improvements, the station you are looking at and the replay's position.")}
          predictionLabel=${msg('Include my expectations')}
          .scenario=${original}
          .workFiles=${this.files.workFiles}
          .linkState=${this.link.state}
          .csvFiles=${this.files.csvFiles(log, original, batchRun, flowRun)}
          @genba-open-work=${this.files.onOpenWork}
        ></genba-share-panel>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-kaizen-screen': GenbaKaizenScreen;
  }
}
