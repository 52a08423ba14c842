/**
 * Gives the main thread back to the browser between two pieces of work, so that input,
 * rendering and other tasks can run in between (a long task blocks them all: Lighthouse
 * counts every task over 50 ms as total blocking time). Uses `scheduler.yield()` where the
 * browser has it (the continuation keeps its priority), else a new task from a zero-delay
 * timer.
 */
interface YieldingScheduler {
  yield?: () => Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs a generator of small steps to its end, giving the main thread back whenever `budgetMs`
 * of work have passed since the last break (8 ms: under the 50 ms of a long task even on a
 * phone four times slower than a laptop). The generator's return value is the result.
 */
export async function runInSlices<T>(steps: Generator<unknown, T, void>, budgetMs = 8, now: () => number = () => performance.now()): Promise<T> {
  let since = now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (now() - since >= budgetMs) {
      await yieldToMain();
      since = now();
    }
  }
}
