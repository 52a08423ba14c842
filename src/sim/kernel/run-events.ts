/**
 * The event loop: takes events in order and hands them to the model until the queue is
 * empty, the model says stop, or the next event lies past `until`. A cap on the number of
 * events ends a runaway run with a clear error instead of a hang (QUALITY W6).
 */
import type { EventQueue } from './event-queue.ts';

export const DEFAULT_MAX_EVENTS = 5_000_000;

export class EventLimitError extends Error {
  constructor(
    readonly maxEvents: number,
    readonly time: number,
  ) {
    super(
      `the run stopped after ${maxEvents.toLocaleString('en-US')} events at simulated time ${time}: ` +
        'it is too long or never ends (shorten the horizon, lower the quantity, or lower the defect rates)',
    );
    this.name = 'EventLimitError';
  }
}

export interface RunOptions {
  /** Events later than this are left in the queue; the clock stops here. */
  readonly until?: number;
  readonly maxEvents?: number;
}

/**
 * Runs events through `handle` (which may push more). `handle` returns true to stop the
 * run after that event. Returns the number of events handled.
 */
export function runEvents(
  queue: EventQueue,
  handle: (time: number, kind: number, payload: number) => boolean | void,
  options: RunOptions = {},
): number {
  const until = options.until ?? Infinity;
  const maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  let handled = 0;
  while (queue.size > 0 && queue.peekTime() <= until) {
    if (handled >= maxEvents) throw new EventLimitError(maxEvents, queue.peekTime());
    queue.pop();
    handled++;
    if (handle(queue.time, queue.kind, queue.payload) === true) break;
  }
  return handled;
}
