/**
 * The two host facilities the core uses, present in browsers, Web Workers and Node alike:
 * an abort signal for cancelling a Monte Carlo run, and setTimeout to yield between chunks.
 * Only src/sim/tsconfig.json (no DOM, no Node types) reads this file.
 */
interface AbortSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
}
declare function setTimeout(callback: () => void, ms?: number): unknown;
