/** Monte Carlo workers on Node's worker_threads, behind the pool's WorkerPort. */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { WorkerPool, type WorkerPort } from '../sim/mc/pool.ts';

/** At most this many threads, whatever the machine (memory per worker, diminishing returns). */
export const MAX_WORKERS = 8;

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism()));
}

function spawnThread(): WorkerPort {
  // The thread runs TypeScript through tsx, like the CLI itself (see mc-thread-entry.mjs).
  const worker = new Worker(new URL('./mc-thread-entry.mjs', import.meta.url));
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
    onError: (listener) => worker.on('error', (error) => listener(error.message)),
    terminate: () => void worker.terminate(),
  };
}

export function createNodeWorkerPool(size = defaultWorkerCount()): WorkerPool {
  return new WorkerPool(spawnThread, size);
}
