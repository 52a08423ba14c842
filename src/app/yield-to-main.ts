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
