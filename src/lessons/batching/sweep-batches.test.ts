import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../../scenario/index.ts';
import { runScenarioSync, type FlowLineOutput } from '../../sim/run-scenario.ts';
import { SWEEP_BATCHES, sweepReplications } from './sweep-batches.ts';

function preset(file: string) {
  const parsed = parseScenarioText(readFileSync(`public/scenarios/${file}`, 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error(`${file} is not a flow-line preset`);
  return parsed.scenario;
}

const meanLead = (o: FlowLineOutput) => (o.leadTime as unknown as { mean: { mean: number } }).mean.mean;

describe('the batch-size sweep', () => {
  it('tries 1 to 50, in order, with a capped number of replications', () => {
    expect(SWEEP_BATCHES[0]).toBe(1);
    expect(SWEEP_BATCHES[SWEEP_BATCHES.length - 1]).toBe(50);
    expect([...SWEEP_BATCHES].sort((a, b) => a - b)).toEqual(SWEEP_BATCHES);
    expect(sweepReplications(1)).toBe(2);
    expect(sweepReplications(10)).toBe(10);
    expect(sweepReplications(1000)).toBe(30);
  });

  it('is honest when setups are long: in the long-setups preset a batch of 3 to 5 beats one-piece flow', () => {
    const scenario = { ...preset('long-setups.json'), replications: 10 };
    const lead = new Map(SWEEP_BATCHES.filter((b) => b <= 10).map((b) => [b, meanLead(runScenarioSync({ ...scenario, transferBatch: b }) as FlowLineOutput)]));
    const best = [...lead].reduce((a, b) => (b[1] < a[1] ? b : a));
    expect(best[0]).toBeGreaterThanOrEqual(3);
    expect(best[0]).toBeLessThanOrEqual(5);
    expect(lead.get(1)).toBeGreaterThan(best[1] * 1.2);
  });

  it('and in the lesson preset one-piece flow has the shortest lead time', () => {
    const scenario = { ...preset('batching-illusion.json'), replications: 10 };
    const lead = [1, 2, 5, 10].map((b) => meanLead(runScenarioSync({ ...scenario, transferBatch: b }) as FlowLineOutput));
    expect(lead).toEqual([...lead].sort((a, b) => a - b));
  });
});
