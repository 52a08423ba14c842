/** Scenarios for the lesson's tests: the penny game (closed forms in MODEL.md). For tests only. */
import { parseScenario } from '../../scenario/index.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';

export function flowScenario(value: Record<string, unknown>): FlowLineScenario {
  const parsed = parseScenario(value);
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('test scenario is invalid');
  return parsed.scenario;
}

/** Four people flip 20 coins at 1 s each, passing them on `batch` at a time. */
export function pennyGame(batch: number, extra: Record<string, unknown> = {}): FlowLineScenario {
  return flowScenario({
    version: 1,
    model: 'flow-line',
    seed: 'penny',
    timeUnit: 'second',
    stations: [1, 2, 3, 4].map((i) => ({ name: `Flipper ${i}`, processTime: 1 })),
    transferBatch: batch,
    release: { mode: 'order', quantity: 20 },
    ...extra,
  });
}
