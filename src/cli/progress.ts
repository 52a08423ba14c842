/**
 * Progress of a long CLI run on stderr, for a terminal only (the caller checks isTTY): one
 * line rewritten in place, `genba: 34% (340 of 1,000 replications)`, first shown after a
 * second (short runs print nothing) and at most four times a second, wiped when the run ends.
 */
import type { MonteCarloProgress } from '../sim/mc/runner.ts';

export interface ProgressReporter {
  readonly update: (progress: MonteCarloProgress) => void;
  readonly end: () => void;
}

export function progressLine(progress: MonteCarloProgress): string {
  const percent = progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : 0;
  return `genba: ${percent}% (${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')} replications)`;
}

export function progressReporter(out: { write(text: string): unknown }, now: () => number, delay = 1000, interval = 250): ProgressReporter {
  const start = now();
  let last = -Infinity;
  let shown = false;
  return {
    update: (progress) => {
      const t = now();
      if (t - start < delay || t - last < interval) return;
      last = t;
      shown = true;
      out.write(`\r${progressLine(progress)}\u001b[K`);
    },
    end: () => {
      if (shown) out.write('\r\u001b[K');
    },
  };
}
