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

export interface MonteCarloRunOptions {
  /** Replications per chunk; default: about 1% of the run, between 1 and 2,000. */
  readonly chunkSize?: number;
  readonly onProgress?: (progress: MonteCarloProgress) => void;
  /** Aborting rejects the run with an AbortError; no partial result is returned. */
  readonly signal?: AbortSignal;
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
  options: MonteCarloRunOptions = {},
): Promise<Result> {
  if (executors.length === 0) throw new Error('runMonteCarlo needs at least one executor');
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? defaultChunkSize(replications)));
  const signal = options.signal;
  let next = 0;
  let done = 0;
  let total = model.empty();
  const aborted = new Promise<never>((_, reject) => {
    if (signal?.aborted) reject(new MonteCarloAborted());
    signal?.addEventListener('abort', () => reject(new MonteCarloAborted()), { once: true });
  });
  aborted.catch(() => undefined);

  const drive = async (executor: ChunkExecutor<Summary>): Promise<void> => {
    while (next < replications) {
      if (signal?.aborted) throw new MonteCarloAborted();
      const from = next;
      const to = Math.min(replications, from + chunkSize);
      next = to;
      const summary = await executor.run(from, to);
      if (signal?.aborted) throw new MonteCarloAborted();
      total = model.merge(total, summary);
      done += to - from;
      options.onProgress?.({ done, total: replications });
    }
  };
  await Promise.race([Promise.all(executors.map(drive)), aborted]);
  return model.finalize(total, replications);
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
