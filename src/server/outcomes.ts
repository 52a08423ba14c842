/**
 * What the engine says for each question: the lesson's preset run twice (as written and with
 * a transfer batch of 1, the same random numbers: src/lessons/batching/paired-run.ts), and
 * which line wins, by how much. Computed on the server with src/sim, so the board shows only
 * the engine's figures.
 */
import { simulateFlowLine } from '../sim/line/flow-line.ts';
import type { QuestionId } from '../room/questions.ts';
import type { StepView } from '../room/protocol.ts';
import { challengeBase } from './challenge.ts';

const EPS = 1e-9;

function winner(batch: number | null, flow: number | null): { choice: string; by: number } {
  if (batch === null || flow === null) return { choice: batch === null && flow === null ? 'same' : batch === null ? 'flow' : 'batch', by: 0 };
  const d = batch - flow;
  if (Math.abs(d) < EPS) return { choice: 'same', by: 0 };
  return { choice: d < 0 ? 'batch' : 'flow', by: Math.abs(d) };
}

const cache = new Map<QuestionId, NonNullable<StepView['outcome']>>();

export function outcomeOf(question: QuestionId): NonNullable<StepView['outcome']> {
  const known = cache.get(question);
  if (known) return known;
  const scenario = challengeBase();
  const batch = simulateFlowLine(scenario, scenario.seed, 0);
  const flow = simulateFlowLine({ ...scenario, transferBatch: 1 }, scenario.seed, 0);
  const w = question === 'batching.first' ? winner(batch.firstDelivery, flow.firstDelivery) : winner(batch.makespan, flow.makespan);
  const outcome = { ...w, unit: scenario.timeUnit };
  cache.set(question, outcome);
  return outcome;
}
