/**
 * Messages between the Monte Carlo runner and its workers (Web Workers in the browser,
 * worker_threads in Node). A worker is told the scenario once, then runs chunks. Every
 * message is checked on arrival: a worker is another program (QUALITY S10).
 */
import type { Scenario } from '../../scenario/types.ts';
import { createMonteCarloModel } from '../models.ts';
import type { MonteCarloModel } from './types.ts';

export type ToWorker =
  | { readonly type: 'scenario'; readonly scenario: Scenario }
  | { readonly type: 'chunk'; readonly id: number; readonly from: number; readonly to: number };

export type FromWorker =
  | { readonly type: 'summary'; readonly id: number; readonly summary: unknown }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

export function isFromWorker(data: unknown): data is FromWorker {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (typeof m.id !== 'number') return false;
  return (m.type === 'summary' && 'summary' in m) || (m.type === 'error' && typeof m.message === 'string');
}

/**
 * The worker side: keeps the model for the scenario it was given and answers chunk
 * requests. The scenario was validated by the sender; the worker trusts only its shape.
 */
export function createChunkHandler(): (message: unknown) => FromWorker | null {
  let model: MonteCarloModel<unknown, unknown> | null = null;
  return (message) => {
    if (typeof message !== 'object' || message === null) return null;
    const m = message as ToWorker;
    if (m.type === 'scenario') {
      model = createMonteCarloModel(m.scenario);
      return null;
    }
    if (m.type !== 'chunk' || typeof m.from !== 'number' || typeof m.to !== 'number') return null;
    if (model === null) return { type: 'error', id: m.id, message: 'no scenario was given to the worker' };
    try {
      return { type: 'summary', id: m.id, summary: model.runChunk(m.from, m.to) };
    } catch (error) {
      return { type: 'error', id: m.id, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
