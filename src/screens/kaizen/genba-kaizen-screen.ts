/**
 * Lesson 2, "It was tried and it failed". The team's line with batches of 10 against
 * one-piece flow switched on as the line stands: one-piece flow loses, and the screen says
 * so with numbers. The trainee walks the line (both lines replayed on one clock), looks at a
 * station's basic steps (yamazumi) and its timeline, replays the moments things went wrong,
 * and applies one improvement at a time after predicting its effect. Each step re-runs on
 * the same seed and goes into the kaizen log; when one-piece flow beats the batches on lead
 * time, WIP and scrap, a waterfall sums up the steps. The log is kept in the browser and can
 * be exported with the scenario.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { parseScenario } from '../../scenario/index.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { runTraced, type TracedRun } from '../../lessons/batching/paired-run.ts';
import { UNIT_WORDS } from '../../lessons/batching/illusion.ts';
import { stationTimeline } from '../../sim/line/series.ts';
import { IT_FAILED_BEFORE_FILE, CLUES, INTENDED_IMPROVEMENTS } from '../../lessons/kaizen/it-failed-before.ts';
import { withoutImprovement, type Improvement } from '../../lessons/kaizen/improvements.ts';
import { buildLog, directionOf, flowWins, type Expectation, type KaizenLog } from '../../lessons/kaizen/kaizen-log.ts';
import { candidatesAt, changeKey } from '../../lessons/kaizen/candidates.ts';
import { yamazumiOf } from '../../lessons/kaizen/yamazumi.ts';
import { momentsAt } from '../../lessons/kaizen/moments.ts';
import { ENGINE_VERSION } from '../../sim/version.ts';
import { downloadBlob, safeFileName } from '../../export/index.ts';
import { createLocalSavedWorkStore } from '../../storage/index.ts';
import { controlStyles } from '../../components/shared-styles.ts';
import { flowScreenStyles } from '../flow/flow-screen-styles.ts';
import '../../components/line-view/genba-paired-replay.ts';
import '../../components/kaizen/genba-improvement-picker.ts';
import '../../components/kaizen/genba-kaizen-log.ts';
import '../../components/charts/yamazumi-chart.ts';
import '../../components/charts/station-timeline-chart.ts';
import '../../components/charts/waterfall-chart.ts';
import type { GenbaPairedReplay } from '../../components/line-view/genba-paired-replay.ts';
import type { PlaybackCommand } from '../../components/playback/genba-playback-controls.ts';
import type { ApplyDetail } from '../../components/kaizen/genba-improvement-picker.ts';
import { fmt } from '../../components/kaizen/genba-kaizen-log.ts';

/** What an exported kaizen log file holds. */
export interface KaizenLogFile {
  readonly format: 'genba-kaizen-log';
  readonly version: 1;
  readonly engineVersion: string;
  readonly scenario: FlowLineScenario;
  readonly improvements: readonly Improvement[];
  readonly expectations: Readonly<Record<string, Expectation>>;
  readonly log: KaizenLog;
}

@customElement('genba-kaizen-screen')
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
        grid-template-columns: repeat(auto-fit, minmax(26rem, 1fr));
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
  @state() private selected = -1;
  @state() private message = '';
  @state() private announcement = '';
  @state() private lastReveal: { text: string; hit: boolean } | null = null;
  @state() private cursor = 0;

  @query('genba-paired-replay') private replay?: GenbaPairedReplay;

  private readonly expectations = new Map<string, Expectation>();
  private readonly store = createLocalSavedWorkStore();
  private savedId: string | null = null;

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
        this.message = `The lesson's scenario ${IT_FAILED_BEFORE_FILE} is not a valid flow-line scenario.`;
        return;
      }
      this.original = parsed.scenario;
      this.batchRun = runTraced('batch', parsed.scenario, 0);
      this.rebuild([]);
    } catch (error) {
      this.message = `The lesson's scenario could not be loaded (${String(error)}).`;
    }
  }

  /** Recomputes the log and the one-piece flow line for a list of improvements. */
  private rebuild(improvements: Improvement[]): boolean {
    const original = this.original;
    if (!original) return false;
    const built = buildLog(original, improvements, this.expectations);
    if (!built.ok) {
      this.message = built.message;
      return false;
    }
    this.message = '';
    this.improvements = improvements;
    this.log = built.log;
    this.line = built.line;
    this.flowRun = runTraced('flow', built.line, 0);
    void this.autosave();
    return true;
  }

  private onApply(e: CustomEvent<ApplyDetail>): void {
    const { improvement, expected } = e.detail;
    this.expectations.set(improvement.id, expected);
    if (!this.rebuild([...this.improvements, improvement])) return;
    const entry = this.log?.entries[this.log.entries.length - 1];
    if (!entry) return;
    const happened = directionOf(entry.before.leadTime, entry.after.leadTime);
    const hit = happened === expected.direction;
    const unit = this.original ? UNIT_WORDS[this.original.timeUnit].many : '';
    const text = `${entry.description}: one-piece flow's mean lead time went from ${fmt(entry.before.leadTime)} to ${fmt(entry.after.leadTime)} ${unit}. You expected it to go ${
      expected.direction === 'same' ? 'nowhere' : `${expected.direction} by ${fmt(expected.by)}`
    }.`;
    this.lastReveal = { text, hit };
    const verdict = this.verdict();
    this.announcement = verdict?.all ? `${text} One-piece flow now beats the batches on lead time, WIP and scrap.` : text;
  }

  private onUndo(e: CustomEvent<{ id: string }>): void {
    this.expectations.delete(e.detail.id);
    this.rebuild(withoutImprovement(this.improvements, e.detail.id));
    this.lastReveal = null;
    this.announcement = 'Step undone; the steps after it were run again.';
  }

  private verdict() {
    const log = this.log;
    if (!log) return null;
    const now = log.entries.length ? log.entries[log.entries.length - 1]!.after : log.start;
    return flowWins(now, log.target);
  }

  private logFile(): KaizenLogFile | null {
    if (!this.original || !this.log) return null;
    return {
      format: 'genba-kaizen-log',
      version: 1,
      engineVersion: ENGINE_VERSION,
      scenario: this.original,
      improvements: this.improvements,
      expectations: Object.fromEntries(this.expectations),
      log: this.log,
    };
  }

  private async autosave(): Promise<void> {
    const file = this.logFile();
    if (!file || this.improvements.length === 0) return;
    const name = `${this.original?.name ?? 'Kaizen'}: kaizen log`;
    const result = this.savedId ? await this.store.update(this.savedId, { body: file }) : await this.store.save({ name, kind: 'kaizen-log', body: file });
    if (result.ok) this.savedId = result.value.id;
    else this.message = `The kaizen log could not be kept in this browser: ${result.message}`;
  }

  private exportLog(): void {
    const file = this.logFile();
    if (!file) return;
    const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' });
    downloadBlob(blob, safeFileName(`${file.scenario.name ?? 'genba'} kaizen log`, 'json'));
  }

  private onSelect(e: CustomEvent<{ station: number }>): void {
    this.selected = this.selected === e.detail.station ? -1 : e.detail.station;
  }

  private renderNumbers(log: KaizenLog) {
    const v = this.verdict()!;
    const now = log.entries.length ? log.entries[log.entries.length - 1]!.after : log.start;
    const unit = this.original ? UNIT_WORDS[this.original.timeUnit].short : '';
    const batch = this.original?.transferBatch ?? 10;
    const mark = (ok: boolean, what: string, flow: string, bat: string) =>
      html`<li class=${ok ? 'win' : 'lose'}>${ok ? '✔' : '✘'} ${what}: one-piece flow ${flow}, batches of ${batch} ${bat}</li>`;
    return html`<section aria-labelledby="numbers-h">
      <h2 id="numbers-h"><span class="step" aria-hidden="true">1</span>The numbers</h2>
      <p class="verdict" id="verdict">
        ${v.all
          ? `One-piece flow now beats the batches: ${fmt(now.leadTime)} ${unit} of mean lead time against ${fmt(log.target.leadTime)}.`
          : log.entries.length === 0
            ? `They are right: one-piece flow, switched on as the line stands, keeps a part ${fmt(now.leadTime)} ${unit} on average against ${fmt(log.target.leadTime)} with batches of ${batch}.`
            : `Not yet: one-piece flow is at ${fmt(now.leadTime)} ${unit} of mean lead time against ${fmt(log.target.leadTime)} with batches.`}
      </p>
      <ul class="checks">
        ${mark(v.leadTime, 'Lead time', `${fmt(now.leadTime)} ${unit}`, `${fmt(log.target.leadTime)} ${unit}`)}
        ${mark(v.wip, 'WIP', fmt(now.wip), fmt(log.target.wip))} ${mark(v.scrap, 'Scrap', fmt(now.scrapped), fmt(log.target.scrapped))}
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
    const takt = quantity > 0 && batch.run.makespan ? batch.run.makespan / quantity : undefined;
    // Per line: the longest queue and the first two drifts found (a screenful, not a list).
    const pick = (all: ReturnType<typeof momentsAt>) => [
      ...all.filter((m) => m.kind === 'queue-peak'),
      ...all.filter((m) => m.kind === 'drift-found').slice(0, 2),
    ];
    const moments = (run: TracedRun, label: string) =>
      pick(momentsAt(run.run.trace?.events ?? [], s)).map((m) => ({
        ...m,
        text:
          m.kind === 'queue-peak'
            ? `${label}: ${m.value} waiting at ${fmt(m.t)}`
            : `${label}: drift found at ${fmt(m.t)} (${line.stations[m.value]?.name ?? 'by the customer'})`,
      }));
    const all = [...moments(batch, 'Batches'), ...moments(flow, 'One-piece flow')];
    const clues = INTENDED_IMPROVEMENTS.filter(
      (i) => !this.improvements.some((d) => changeKey(d) === changeKey(i)) && ('station' in i ? i.station === name : i.kind === 'move-element' && i.from === name),
    ).map((i) => CLUES[i.id]);
    return html`<section aria-labelledby="station-h" id="station">
      <h2 id="station-h"><span class="step" aria-hidden="true">3</span>Go and see: ${name}</h2>
      <div class="station-grid">
        <div>
          <h3>The basic steps of every station, one-piece flow (per part)</h3>
          <genba-yamazumi-chart .stations=${yamazumiOf(line)} .takt=${takt} .timeUnit=${line.timeUnit} .highlight=${name}></genba-yamazumi-chart>
          <p class="hint">Takt here: the time per part the batch line takes to finish the order (${fmt(takt ?? null, 2)} ${UNIT_WORDS[line.timeUnit].short}).</p>
        </div>
        <div>
          <h3>What ${name} did</h3>
          <genba-station-timeline-chart
            .lanes=${[
              { label: `Batches of ${original.transferBatch}`, intervals: stationTimeline(batch.run.trace?.events ?? [], s, batch.end) },
              { label: 'One-piece flow', intervals: stationTimeline(flow.run.trace?.events ?? [], s, flow.end) },
            ]}
            .end=${end}
            .timeUnit=${line.timeUnit}
            .cursor=${this.cursor}
            .highlights=${[]}
          ></genba-station-timeline-chart>
          <div class="moments" role="group" aria-label="Replay a moment at ${name}">
            <span>Replay the moment:</span>
            ${all.length
              ? all.map((m) => html`<button type="button" @click=${() => this.replay?.seekTo(m.t)}>${m.text}</button>`)
              : html`<span class="hint">nothing went wrong here.</span>`}
          </div>
        </div>
      </div>
      ${clues.length
        ? html`<details>
            <summary>Need a hint?</summary>
            ${clues.map((c) => html`<p>${c}</p>`)}
          </details>`
        : nothing}
      <genba-improvement-picker
        .candidates=${candidatesAt(line, s)}
        station=${name}
        timeUnit=${line.timeUnit}
        unit=${UNIT_WORDS[line.timeUnit].many}
        @genba-apply-improvement=${this.onApply}
      ></genba-improvement-picker>
    </section>`;
  }

  private renderSummary(log: KaizenLog, original: FlowLineScenario) {
    const unit = UNIT_WORDS[original.timeUnit].short;
    return html`<section aria-labelledby="summary-h" id="summary">
      <h2 id="summary-h"><span class="step" aria-hidden="true">5</span>How one-piece flow won, step by step</h2>
      <genba-waterfall-chart
        .start=${{ label: 'One-piece flow as it stood', value: log.start.leadTime ?? 0 }}
        .steps=${log.entries.map((e) => ({ label: e.description, value: e.after.leadTime ?? 0 }))}
        metric="Mean lead time"
        unit=${unit}
        better="lower"
        .reference=${{ label: `Batches of ${original.transferBatch} before`, value: log.target.leadTime ?? 0 }}
      ></genba-waterfall-chart>
      <p>
        WIP ${fmt(log.start.wip)} → ${fmt(log.entries[log.entries.length - 1]?.after.wip ?? log.start.wip)} units (batches:
        ${fmt(log.target.wip)}); scrap ${fmt(log.start.scrapped)} → ${fmt(log.entries[log.entries.length - 1]?.after.scrapped ?? log.start.scrapped)} units a
        run (batches: ${fmt(log.target.scrapped)}).
      </p>
      <button type="button" class="primary" id="export-log" @click=${() => this.exportLog()}>Download the kaizen log with the scenario (JSON)</button>
    </section>`;
  }

  override render() {
    const { original, line, log, batchRun, flowRun } = this;
    const verdict = this.verdict();
    return html`
      <h1>It was tried, and it failed</h1>
      <p class="lede">
        The team says they tried one-piece flow on this line and it failed, so they went back to containers of 10. Go to the line, look at each
        station's basic steps, find why it failed, and fix the causes one at a time, on the same random numbers.
      </p>
      ${this.message ? html`<p class="message" role="alert">${this.message}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" id="announce">${this.announcement}</div>
      ${original && line && log && batchRun && flowRun
        ? html`
            ${this.renderNumbers(log)}
            <section aria-labelledby="walk-h">
              <h2 id="walk-h"><span class="step" aria-hidden="true">2</span>Walk the line</h2>
              <p class="hint">Both lines replay replication 1 of seed <code>${String(original.seed)}</code>. Pick a station to go and see it.</p>
              <genba-paired-replay
                .pair=${{ batch: batchRun, flow: flowRun }}
                .labels=${{ batch: `Batches of ${original.transferBatch}, as the team runs it`, flow: 'One-piece flow, with your improvements' }}
                .selected=${this.selected}
                @genba-station-select=${this.onSelect}
                @genba-replay-time=${(e: CustomEvent<{ t: number }>) => (this.cursor = e.detail.t)}
              ></genba-paired-replay>
            </section>
            ${this.selected >= 0 ? this.renderStation(original, line) : nothing}
            <section aria-labelledby="log-h" id="log">
              <h2 id="log-h"><span class="step" aria-hidden="true">4</span>Kaizen log</h2>
              ${this.lastReveal
                ? html`<p class="reveal ${this.lastReveal.hit ? '' : 'miss'}" id="reveal">${this.lastReveal.text} ${this.lastReveal.hit ? 'As you expected.' : 'Not what you expected.'}</p>`
                : nothing}
              <genba-kaizen-log
                .log=${log}
                timeUnit=${original.timeUnit}
                unit=${UNIT_WORDS[original.timeUnit].short}
                .batchSize=${original.transferBatch}
                @genba-undo-improvement=${this.onUndo}
              ></genba-kaizen-log>
              ${log.entries.length === 0 ? html`<p class="hint">No change yet. Pick a station on the line to start.</p>` : nothing}
            </section>
            ${verdict?.all ? this.renderSummary(log, original) : nothing}
          `
        : html`<p>Loading the lesson…</p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-kaizen-screen': GenbaKaizenScreen;
  }
}
