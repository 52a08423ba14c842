/**
 * The Monte Carlo runner both models use. It cuts [0, replications) into chunks, hands
 * them to executors (the calling thread, Web Workers or worker_threads), and merges the
 * summaries as they come back. Replication i depends only on (seed, i), and merges are
 * exact, so the result is byte-identical for any number of executors, any chunk size and
 * any order of completion (QUALITY R2).
 */
import type { MonteCarloModel } from './types.ts';

export interface MonteCarloProgress {
  readonly done: number;
  readonly total: number;
}

/** Runs a chunk of replications somewhere and gives back its summary. */
export interface ChunkExecutor<Summary> {
  run(from: number, to: number): Promise<Summary>;
}

export interface MonteCarloRunOptions<Summary = unknown> {
  /** Replications per chunk; default: about 1% of the run, between 1 and 2,000. */
  readonly chunkSize?: number;
  readonly onProgress?: (progress: MonteCarloProgress) => void;
  /** Aborting rejects the run with an AbortError; no partial result is returned. */
  readonly signal?: AbortSignal;
  /**
   * Partial results, for charts that fill in as a run goes: called right after a merge with
   * the merged summary of the `done` replications so far (`done` increases; the last call
   * has every replication). The summary is the runner's own running total: read it during
   * the call (finalize it, bin it, copy it) and neither change nor keep it, since later
   * merges change it in place. Reading it does not change the run or its result.
   */
  readonly onPartial?: (summary: Readonly<Summary>, done: number) => void;
  /**
   * Least time between two onPartial calls, measured with `clock` (the core has no clock of
   * its own; pass e.g. `() => performance.now()` and milliseconds). Without both, onPartial
   * is called after every merge. The call with every replication is never skipped.
   */
  readonly partialInterval?: number;
  readonly clock?: () => number;
}

export class MonteCarloAborted extends Error {
  constructor() {
    super('the Monte Carlo run was cancelled');
    this.name = 'AbortError';
  }
}

export function defaultChunkSize(replications: number): number {
  return Math.max(1, Math.min(2_000, Math.ceil(replications / 100)));
}

export async function runMonteCarlo<Summary, Result>(
  model: Pick<MonteCarloModel<Summary, Result>, 'empty' | 'merge' | 'finalize'>,
  executors: readonly ChunkExecutor<Summary>[],
  replications: number,
  options: MonteCarloRunOptions<Summary> = {},
): Promise<Result> {
  if (executors.length === 0) throw new Error('runMonteCarlo needs at least one executor');
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? defaultChunkSize(replications)));
  const signal = options.signal;
  let next = 0;
  let done = 0;
  let total = model.empty();
  const reportPartial = partialReporter(options, replications);
  const aborted = new Promise<never>((_, reject) => {
    if (signal?.aborted) reject(new MonteCarloAborted());
    signal?.addEventListener('abort', () => reject(new MonteCarloAborted()), { once: true });
  });
  aborted.catch(() => undefined);

  /** Hands the executor the next chunk, or null when every chunk has been handed out. */
  const claim = (executor: ChunkExecutor<Summary>): { size: number; summary: Promise<Summary> } | null => {
    if (next >= replications) return null;
    if (signal?.aborted) throw new MonteCarloAborted();
    const from = next;
    const to = Math.min(replications, from + chunkSize);
    next = to;
    const summary = executor.run(from, to);
    // Handled here too, so that a chunk still running when the run stops (cancel, a failed
    // worker) cannot become an unhandled rejection; awaiting it below still sees the error.
    summary.catch(() => undefined);
    return { size: to - from, summary };
  };
  const drive = async (executor: ChunkExecutor<Summary>): Promise<void> => {
    let chunk = claim(executor);
    while (chunk !== null) {
      const summary = await chunk.summary;
      if (signal?.aborted) throw new MonteCarloAborted();
      // The executor gets its next chunk before this one is merged, so a worker does not
      // wait while this thread merges (merging is exact: its order changes nothing).
      const size = chunk.size;
      chunk = claim(executor);
      total = model.merge(total, summary);
      done += size;
      options.onProgress?.({ done, total: replications });
      reportPartial?.(total, done);
    }
  };
  await Promise.race([Promise.all(executors.map(drive)), aborted]);
  return model.finalize(total, replications);
}

/** Calls options.onPartial, at most once per partialInterval of its clock and always at the end; null without onPartial. */
function partialReporter<Summary>(
  options: MonteCarloRunOptions<Summary>,
  replications: number,
): ((summary: Summary, done: number) => void) | null {
  const { onPartial, partialInterval, clock } = options;
  if (onPartial === undefined) return null;
  let last = Number.NEGATIVE_INFINITY;
  return (summary, done) => {
    if (done < replications && partialInterval !== undefined && clock !== undefined) {
      const now = clock();
      if (now - last < partialInterval) return;
      last = now;
    }
    onPartial(summary, done);
  };
}

/**
 * An executor on the calling thread. It yields to the event loop before each chunk, so a
 * cancel (or a UI event) gets in between chunks.
 */
export function inThreadExecutor<Summary>(model: Pick<MonteCarloModel<Summary, unknown>, 'runChunk'>): ChunkExecutor<Summary> {
  return {
    run: (from, to) =>
      new Promise((resolve, reject) =>
        setTimeout(() => {
          try {
            resolve(model.runChunk(from, to));
          } catch (error) {
            reject(error);
          }
        }, 0),
      ),
  };
}

/** Runs every replication on this thread, synchronously (tests, small runs, the worker itself). */
export function runMonteCarloSync<Summary, Result>(
  model: MonteCarloModel<Summary, Result>,
  replications: number,
  chunkSize = defaultChunkSize(replications),
): Result {
  let total = model.empty();
  for (let from = 0; from < replications; from += chunkSize) {
    total = model.merge(total, model.runChunk(from, Math.min(replications, from + chunkSize)));
  }
  return model.finalize(total, replications);
}
