/**
 * The lessons' own simulation work, as messages: what lessons 1 and 2 compute when a
 * scenario opens or a kaizen step is applied (both lines of lesson 1 with their traces; the
 * kaizen log with its replications and the two lines of lesson 2). The app sends these to a
 * Web Worker (src/app/lesson-worker.ts) so that the page stays responsive while they run;
 * requests and results are plain data (structured-clone safe), and the results are exactly
 * those of the same calls on the main thread: the same code on the same seeds.
 */
import type { FlowLineScenario } from '../scenario/types.ts';
import { pairScenarios, runPair, runTraced, type PairedRun, type TracedRun } from './batching/paired-run.ts';
import { buildLog, type Expectation, type LogResult } from './kaizen/kaizen-log.ts';
import { lineReplay, pairReplay, type LineReplay, type PairReplay } from './batching/replay.ts';
import type { Improvement } from './kaizen/improvements.ts';
import { checkFinite } from '../sim/finite-results.ts';
import { figuresOf } from '../sim/line/monte-carlo.ts';
import { runPushPull } from './pull/paired-run.ts';
import { runWipSweep, type WipSweep } from './pull/wip-sweep.ts';

/** Lesson 1: both lines of a scenario, traced, on one replication, with their replay material. */
export interface PairedRunWork {
  readonly kind: 'paired-run';
  readonly scenario: FlowLineScenario;
  readonly replication: number;
}

/**
 * Lesson 2: the kaizen log for `improvements` applied to `original`, the one-piece flow line
 * they give traced, and (with `withBatchLine`) the batch line as the team runs it, traced.
 */
export interface KaizenWorkRequest {
  readonly kind: 'kaizen';
  readonly original: FlowLineScenario;
  readonly improvements: readonly Improvement[];
  readonly expectations: ReadonlyMap<string, Expectation>;
  readonly withBatchLine: boolean;
}

/** Lesson 4: the pushed and the pulled line of a scenario, traced, on one replication (pushed in `batch`, pulled in `flow`). */
export interface PushPullWork {
  readonly kind: 'push-pull';
  readonly scenario: FlowLineScenario;
  readonly replication: number;
}

/** Lesson 4: the WIP-cap sweep over many replications. */
export interface WipSweepWork {
  readonly kind: 'wip-sweep';
  readonly scenario: FlowLineScenario;
}

export interface PairedRunResult {
  readonly pair: PairedRun;
  readonly replays: PairReplay;
}

/** A traced line with its replay material. */
export interface ReplayedLine {
  readonly run: TracedRun;
  readonly replay: LineReplay;
}

export interface KaizenWorkResult {
  readonly built: LogResult;
  /** The one-piece flow line after the improvements, replication 0; null when the log could not be built. */
  readonly flow: ReplayedLine | null;
  /** The batch line as the team runs it, replication 0, when asked for. */
  readonly batch: ReplayedLine | null;
}

export type LessonWork = PairedRunWork | KaizenWorkRequest | PushPullWork | WipSweepWork;
export type LessonWorkResult<W extends LessonWork> = W extends PairedRunWork | PushPullWork
  ? PairedRunResult
  : W extends WipSweepWork
    ? WipSweep
    : KaizenWorkResult;

function replayed(run: TracedRun): ReplayedLine {
  return { run, replay: lineReplay(run) };
}

/** Lesson 2's batch line: the scenario as written (its transfer batch). */
function batchLine(original: FlowLineScenario): FlowLineScenario {
  return pairScenarios(original).batch;
}

/** Does the work, wherever it is called (a worker, or the main thread when there is none). */
export function doLessonWork<W extends LessonWork>(work: W): LessonWorkResult<W> {
  switch (work.kind) {
    case 'paired-run': {
      const pair = runPair(work.scenario, work.replication);
      const result: PairedRunResult = { pair, replays: pairReplay(pair) };
      // The figures shown; replay material keeps its own sentinels (Infinity: never defective).
      checkFinite({ batch: figuresOf(pair.batch.run), flow: figuresOf(pair.flow.run), end: pair.end });
      return result as LessonWorkResult<W>;
    }
    case 'push-pull': {
      const pair = runPushPull(work.scenario, work.replication);
      const result: PairedRunResult = { pair, replays: pairReplay(pair) };
      return result as LessonWorkResult<W>;
    }
    case 'wip-sweep':
      return runWipSweep(work.scenario) as LessonWorkResult<W>;
    case 'kaizen': {
      const built = buildLog(work.original, work.improvements, work.expectations);
      const result: KaizenWorkResult = {
        built,
        flow: built.ok ? replayed(runTraced('flow', built.line, 0)) : null,
        batch: work.withBatchLine ? replayed(runTraced('batch', batchLine(work.original), 0)) : null,
      };
      checkFinite({
        log: built.ok ? built.log : null,
        flow: result.flow ? figuresOf(result.flow.run.run) : null,
        batch: result.batch ? figuresOf(result.batch.run.run) : null,
      });
      return result as LessonWorkResult<W>;
    }
  }
}

/** A request to the lesson worker, and its answer. */
export interface LessonWorkMessage {
  readonly id: number;
  readonly work: LessonWork;
}
export type LessonWorkReply = { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: false; readonly error: string };

/** The worker's side: answers one message (never throws: a failure is an answer too). */
export function answerLessonWork(message: unknown): LessonWorkReply | null {
  if (typeof message !== 'object' || message === null || typeof (message as LessonWorkMessage).id !== 'number') return null;
  const { id, work } = message as LessonWorkMessage;
  try {
    return { id, ok: true, value: doLessonWork(work) };
  } catch (error) {
    return { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
