/** Monte Carlo workers in the browser: one Web Worker per core, up to a limit. */
import { WorkerPool, type WorkerPort } from '../sim/mc/pool.ts';

export const MAX_BROWSER_WORKERS = 8;

export function defaultBrowserWorkerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(MAX_BROWSER_WORKERS, cores));
}

function spawnWebWorker(): WorkerPort {
  const worker = new Worker(new URL('../workers/mc.worker.ts', import.meta.url), { type: 'module' });
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.addEventListener('message', (e: MessageEvent<unknown>) => listener(e.data)),
    onError: (listener) => worker.addEventListener('error', (e: ErrorEvent) => listener(e.message || 'worker error')),
    terminate: () => worker.terminate(),
  };
}

export function createBrowserWorkerPool(size = defaultBrowserWorkerCount()): WorkerPool {
  return new WorkerPool(spawnWebWorker, size);
}
