/// <reference lib="webworker" />
/**
 * The launch screen's coordinating worker: runs one lesson (the strategies, then the sweep)
 * on a pool of Monte Carlo workers of its own, merges and finalizes off the main thread, and
 * posts progress, partial views (at most every 250 ms) and the result. The screen terminates
 * it when the run ends or is cancelled, which stops its pool with it.
 */
import { createBrowserWorkerPool, defaultBrowserWorkerCount } from '../../app/browser-workers.ts';
import { coordinateRun } from '../../lessons/launch/run-messages.ts';

/**
 * One core fewer than the machine has (at least one): this worker and the page's main thread
 * need a little CPU too, and a main thread that has to fight its own workers for a core
 * answers late (QUALITY W1). On 8 cores that costs an eighth of the speed; on 2 it halves it.
 */
export function poolSizeFor(cores: number): number {
  return Math.max(1, cores - 1);
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const pool = createBrowserWorkerPool(poolSizeFor(defaultBrowserWorkerCount()));
  void coordinateRun(
    event.data,
    (scenario) => pool.executorsFor(scenario),
    (message) => self.postMessage(message),
    () => performance.now(),
  ).finally(() => pool.terminate());
});
