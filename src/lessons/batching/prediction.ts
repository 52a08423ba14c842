/**
 * The trainee's prediction before the run, and how it compares with what happened. Two
 * questions: which line delivers the first good unit first, and which finishes the order
 * first (flow mode: which keeps units the shorter time on average), and by how much.
 */
import { msg } from '@lit/localize';
import type { FlowLineRun } from '../../sim/line/flow-line.ts';
import type { LineKey } from './paired-run.ts';

export type Winner = LineKey | 'same';

/** An answer inside a sentence: "you said the batch line". */
export function winnerWord(w: Winner): string {
  switch (w) {
    case 'batch':
      return msg('the batch line');
    case 'flow':
      return msg('one-piece flow');
    case 'same':
      return msg('neither (the same)');
  }
}

/** An answer as a choice: "Batch line". */
export function winnerChoice(w: Winner): string {
  switch (w) {
    case 'batch':
      return msg('Batch line');
    case 'flow':
      return msg('One-piece flow');
    case 'same':
      return msg('The same');
  }
}

export interface Prediction {
  readonly first: Winner;
  readonly finish: Winner;
  /** How much sooner the predicted winner finishes, in the scenario's time unit (≥ 0). */
  readonly by: number;
}

export interface Outcome {
  readonly first: Winner;
  readonly firstBy: number;
  readonly finish: Winner;
  readonly finishBy: number;
}

const EPS = 1e-9;

function winner(batch: number | null, flow: number | null): { winner: Winner; by: number } {
  if (batch === null && flow === null) return { winner: 'same', by: 0 };
  if (batch === null) return { winner: 'flow', by: Infinity };
  if (flow === null) return { winner: 'batch', by: Infinity };
  const d = batch - flow;
  if (Math.abs(d) < EPS) return { winner: 'same', by: 0 };
  return { winner: d < 0 ? 'batch' : 'flow', by: Math.abs(d) };
}

/** What happened, in the terms of the questions. */
export function outcomeOf(batch: FlowLineRun, flow: FlowLineRun, orderMode: boolean): Outcome {
  const first = winner(batch.firstDelivery, flow.firstDelivery);
  const finish = orderMode
    ? winner(batch.makespan, flow.makespan)
    : winner(batch.leadTime?.mean ?? null, flow.leadTime?.mean ?? null);
  return { first: first.winner, firstBy: first.by, finish: finish.winner, finishBy: finish.by };
}

export interface Verdict {
  readonly firstRight: boolean;
  readonly finishRight: boolean;
  /** predicted by − actual by, when the winner was right; null otherwise. */
  readonly byError: number | null;
}

export function judge(prediction: Prediction, outcome: Outcome): Verdict {
  const finishRight = prediction.finish === outcome.finish;
  return {
    firstRight: prediction.first === outcome.first,
    finishRight,
    byError: finishRight && Number.isFinite(outcome.finishBy) ? prediction.by - outcome.finishBy : null,
  };
}
