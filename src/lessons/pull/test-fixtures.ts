import { readFileSync } from 'node:fs';
import { parseScenario, parseScenarioText } from '../../scenario/index.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';

export function preset(file: string): FlowLineScenario {
  const parsed = parseScenarioText(readFileSync(`public/scenarios/${file}`, 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error(`${file} is not a flow-line preset`);
  return parsed.scenario;
}

/** A Penny Fab: four stations of two hours, given distribution, order of `quantity`, cap `wipCap`. */
export function pennyFab(processTime: unknown, quantity: number, wipCap?: number): FlowLineScenario {
  const parsed = parseScenario({
    version: 1,
    model: 'flow-line',
    name: 'Penny Fab',
    seed: 'penny-fab-test',
    replications: 20,
    timeUnit: 'hour',
    stations: ['A', 'B', 'C', 'D'].map((name) => ({ name, processTime })),
    transferBatch: 1,
    release: { mode: 'order', quantity, ...(wipCap === undefined ? {} : { wipCap }) },
  });
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error(JSON.stringify(parsed));
  return parsed.scenario;
}
