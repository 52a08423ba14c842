/**
 * The benchmark's reference loop (bench/reference-flow-line.ts) is the same model as the
 * engine's flow line: with the same seed it must give the same run, event for event, so the
 * speed ratio the benchmark reports compares like with like.
 */
import { describe, expect, it } from 'vitest';
import { referenceFlowLine } from '../../bench/reference-flow-line.ts';
import { simulateFlowLine } from '../../src/sim/line/flow-line.ts';
import type { FlowLineSpec } from '../../src/sim/line/types.ts';

function engineSpec(batch: number, horizon: number): FlowLineSpec {
  const expo = (mean: number) => ({ dist: 'exponential' as const, mean });
  const zero = { dist: 'deterministic' as const, value: 0 };
  return {
    timeUnit: 'minute',
    stations: [1, 2, 3, 4, 5].map((i) => ({ name: `S${i}`, processTime: expo(1), setupTime: zero, handlingTime: zero, defectRate: 0 })),
    transferBatch: batch,
    moveTime: zero,
    release: { mode: 'flow', interarrival: expo(1.25), horizon, warmup: 0 },
  };
}

describe('reference flow-line loop', () => {
  for (const batch of [1, 10]) {
    it(`reproduces the engine's run exactly at B = ${batch}`, () => {
      const horizon = 20_000;
      const engine = simulateFlowLine(engineSpec(batch, horizon), 'reference', 3);
      const ref = referenceFlowLine({ stations: 5, batch, interarrivalMean: 1.25, processMean: 1, horizon }, 'reference', 3);
      expect(ref.released).toBe(engine.released);
      expect(ref.delivered).toBe(engine.delivered);
      expect(ref.events).toBe(engine.events);
      expect(ref.leadTime).toEqual(engine.leadTime);
      expect(ref.wipMean).toBeCloseTo(engine.wip.mean, 9);
      expect(Array.from(ref.working)).toEqual(engine.stations.map((s) => s.working));
      // Arrivals at 0.8 for 20,000 minutes: about 16,000 units, 6 events each.
      expect(ref.released).toBeGreaterThan(15_000);
      expect(ref.released).toBeLessThan(17_000);
      expect(ref.delivered).toBeGreaterThan(ref.released - 200);
    });
  }
});
