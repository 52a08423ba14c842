/**
 * Lesson 2's run state, as a reactive controller of the screen: the scenario opened, the
 * improvements applied, the kaizen log and both lines' traced runs with their replay
 * material, all computed in the lesson worker (src/app/lesson-worker.ts). Work on the log
 * (opening, applying, undoing) runs one piece at a time, in order (`serially`). Every change
 * asks the screen to render again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { TracedRun } from '../../lessons/batching/paired-run.ts';
import type { LineReplay } from '../../lessons/batching/replay.ts';
import { inLessonWorker } from '../../app/lesson-worker.ts';
import type { KaizenWorkResult, ReplayedLine } from '../../lessons/lesson-work.ts';
import { withoutImprovement, type Improvement } from '../../lessons/kaizen/improvements.ts';
import type { Expectation, KaizenLog } from '../../lessons/kaizen/kaizen-log.ts';
import { flowWins } from '../../lessons/kaizen/verdict.ts';
import { kaizenLogFile, type KaizenLogFile, type KaizenWork } from '../../lessons/kaizen/kaizen-log-file.ts';
import { safeFileName } from '../../export/index.ts';
import { problemsText } from './kaizen-problems.ts';
import type { ReplayPair } from '../../components/line-view/genba-paired-replay.ts';

/** A message shown on screen: a function, so that it is worded in the language shown (and follows a switch). */
export type Text = () => string;

type Computed = KaizenWorkResult & { readonly flow: ReplayedLine; readonly built: { readonly ok: true } };

export class KaizenWorkController implements ReactiveController {
  original: FlowLineScenario | null = null;
  improvements: Improvement[] = [];
  log: KaizenLog | null = null;
  line: FlowLineScenario | null = null;
  batchRun: TracedRun | null = null;
  flowRun: TracedRun | null = null;
  /** A step is being run (applied, undone, or a log opened): the log says so. */
  running = false;
  /** The last problem of the work (a step that does not apply, the worker failing), or null. */
  message: Text | null = null;
  readonly expectations = new Map<string, Expectation>();

  private batchReplay: LineReplay | null = null;
  private flowReplay: LineReplay | null = null;
  private lastReplayPair: ReplayPair | null = null;
  /** The work on the log, one piece at a time: a step applied while another runs waits for it. */
  private queue: Promise<unknown> = Promise.resolve();

  /** `opened` is told of every scenario opened with its steps (the lesson's line, a link, a file, saved work). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly opened: (scenario: FlowLineScenario) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Shows a message (or none). */
  say(message: Text | null): void {
    this.message = message;
    this.host.requestUpdate();
  }

  /** Runs `task` after the work on the log queued before it. */
  serially<T>(task: () => Promise<T>): Promise<T> {
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
  ): Promise<Computed | null> {
    this.running = true;
    this.host.requestUpdate();
    try {
      const result = await inLessonWorker({ kind: 'kaizen', original, improvements, expectations, withBatchLine });
      if (!result.built.ok || !result.flow) {
        const built = result.built;
        this.message = () => (built.ok ? '' : problemsText(built.problems, original.timeUnit));
        return null;
      }
      this.message = null;
      return result as Computed;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.message = () => msg(str`The kaizen steps could not be run: ${reason}`);
      return null;
    } finally {
      this.running = false;
      this.host.requestUpdate();
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
    this.host.requestUpdate();
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
  openWork(work: KaizenWork): Promise<boolean> {
    return this.serially(async () => {
      const result = await this.compute(work.scenario, work.improvements, work.expectations, true);
      if (!result?.batch) return false;
      this.original = work.scenario;
      this.batchReplay = result.batch.replay;
      this.batchRun = result.batch.run;
      this.expectations.clear();
      for (const [id, e] of work.expectations) this.expectations.set(id, e);
      this.show(work.improvements, result);
      this.opened(work.scenario);
      return true;
    });
  }

  /** Applies one more improvement with what the trainee expected; false (nothing kept) when it does not apply. */
  async apply(improvement: Improvement, expected: Expectation): Promise<boolean> {
    this.expectations.set(improvement.id, expected);
    if (await this.rebuild([...this.improvements, improvement])) return true;
    this.expectations.delete(improvement.id);
    return false;
  }

  /** Undoes a step (the steps after it run again); false (nothing changed) when that fails. */
  async undo(id: string): Promise<boolean> {
    const kept = this.expectations.get(id);
    this.expectations.delete(id);
    if (await this.rebuild(withoutImprovement(this.improvements, id))) return true;
    if (kept) this.expectations.set(id, kept);
    return false;
  }

  /** Whether one-piece flow now beats the batches, on each figure and on all three. */
  verdict() {
    const log = this.log;
    if (!log) return null;
    const now = log.entries.length ? log.entries[log.entries.length - 1]!.after : log.start;
    return flowWins(now, log.target);
  }

  /** The state that matters now. */
  work(): KaizenWork | null {
    return this.original ? { scenario: this.original, improvements: this.improvements, expectations: this.expectations } : null;
  }

  logFile(): KaizenLogFile | null {
    const work = this.work();
    return work && this.log ? kaizenLogFile(work, this.log) : null;
  }

  logDownload(): { blob: Blob; fileName: string } | null {
    const file = this.logFile();
    if (!file) return null;
    const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' });
    return { blob, fileName: safeFileName(`${file.scenario.name ?? 'genba'} kaizen log`, 'json') };
  }

  /** The pair the replay shows, with the replay material made in the worker; the same object while the runs are the same (a new one restarts the replay). */
  replayPair(batch: TracedRun, flow: TracedRun): ReplayPair {
    const last = this.lastReplayPair;
    if (last && last.batch === batch && last.flow === flow) return last;
    const replays = this.batchReplay && this.flowReplay ? { batch: this.batchReplay, flow: this.flowReplay } : undefined;
    this.lastReplayPair = { batch, flow, ...(replays ? { replays } : {}) };
    return this.lastReplayPair;
  }
}
