/**
 * Lesson 2's judgements on figures already computed: did one-piece flow beat the batches, and
 * which way did a step move the lead time. Kept apart from the kaizen log (kaizen-log.ts),
 * which runs the replications: a screen that only judges needs none of the simulation code.
 */
import type { KaizenFigures } from './figures.ts';

export type Direction = 'down' | 'same' | 'up';

export interface Verdict {
  readonly leadTime: boolean;
  readonly wip: boolean;
  readonly scrap: boolean;
  /** One-piece flow beats the batches on lead time, WIP and scrap. */
  readonly all: boolean;
}

/** Does one-piece flow now beat the batch line? Strictly lower lead time and WIP; scrap lower, or none on either side. */
export function flowWins(flow: KaizenFigures, batch: KaizenFigures): Verdict {
  const leadTime = flow.leadTime !== null && batch.leadTime !== null && flow.leadTime < batch.leadTime;
  const wip = flow.wip < batch.wip;
  const scrap = flow.scrapped < batch.scrapped || (flow.scrapped === 0 && batch.scrapped === 0);
  return { leadTime, wip, scrap, all: leadTime && wip && scrap };
}

/** What happened to the lead time, in the words of the expectation (a change under 1% is "same"). */
export function directionOf(before: number | null, after: number | null): Direction {
  if (before === null || after === null || before <= 0) return 'same';
  const change = (after - before) / before;
  if (Math.abs(change) < 0.01) return 'same';
  return change < 0 ? 'down' : 'up';
}
