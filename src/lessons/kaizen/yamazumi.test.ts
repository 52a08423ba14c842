import { describe, expect, it } from 'vitest';
import { flowScenario } from '../batching/test-fixtures.ts';
import { stationLoads, yamazumiOf } from './yamazumi.ts';

describe('the yamazumi of a line', () => {
  it('stacks work, handling (B > 1) and the internal setup spread over the batch', () => {
    const scenario = flowScenario({
      version: 1,
      model: 'flow-line',
      seed: 'y',
      stations: [
        { name: 'Cut', processTime: 1, setupTime: 2, handlingTime: 0.3 },
        {
          name: 'Weld',
          elements: [
            { name: 'fit', time: 0.5 },
            { name: 'weld', time: { dist: 'exponential', mean: 0.7 } },
          ],
          setupElements: [
            { name: 'fetch die', time: 3, kind: 'external' },
            { name: 'change die', time: 1.5, kind: 'internal' },
          ],
        },
      ],
      transferBatch: 5,
      release: { mode: 'order', quantity: 10 },
    });
    const y = yamazumiOf(scenario);
    expect(y[0]).toEqual({
      name: 'Cut',
      elements: [
        { name: 'Work', time: 1, kind: 'work' },
        { name: 'Take out / put back', time: 0.3, kind: 'handling' },
        { name: 'Setup', time: 0.4, kind: 'setup' },
      ],
    });
    // External setup is the operator's work too (engine 2.0.0), shown as such.
    expect(y[1]?.elements).toEqual([
      { name: 'fit', time: 0.5, kind: 'work' },
      { name: 'weld', time: 0.7, kind: 'work' },
      { name: 'fetch die (external setup)', time: 0.6, kind: 'setup' },
      { name: 'change die (setup)', time: 0.3, kind: 'setup' },
    ]);
    const loads = stationLoads(y);
    expect(loads[0]).toBeCloseTo(1.7, 12);
    expect(loads[1]).toBeCloseTo(2.1, 12);
    // One-piece flow: no handling, each part pays the whole changeover.
    const flow = stationLoads(yamazumiOf({ ...scenario, transferBatch: 1 }));
    expect(flow[0]).toBeCloseTo(3, 12);
    expect(flow[1]).toBeCloseTo(5.7, 12);
    // Set up once for 5, passed on one at a time: the setup is spread over the process batch.
    const split = stationLoads(yamazumiOf({ ...scenario, transferBatch: 1, processBatch: 5 }));
    expect(split[0]).toBeCloseTo(1.4, 12);
    expect(split[1]).toBeCloseTo(2.1, 12);
  });
});
