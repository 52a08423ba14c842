import { describe, expect, it } from 'vitest';
import { bestCase, criticalWip, lineConstants, practicalWorstCase, worstCase } from './reference-curves.ts';
import { pennyFab } from './test-fixtures.ts';

// The Penny Fab of Hopp and Spearman: four stations of two hours, T0 = 8 h, rb = 0.5 a hour, W0 = 4.
const penny = { t0: 8, rb: 0.5 };

describe('the Hopp and Spearman reference curves', () => {
  it('reads T0, rb and W0 of the Penny Fab from its stations', () => {
    const c = lineConstants(pennyFab(2, 20));
    expect(c).toEqual(penny);
    expect(criticalWip(c)).toBe(4);
  });

  it('counts handling (batches only), the setup shared over a process batch and the moves', () => {
    const base = pennyFab(1, 20);
    // Per unit: 1 (process) + 0.5 (handling, B = 2) + 2 / 4 (setup over P = 4) = 2 h; T0 = 4 · 2 + 3 · 0.25 moves.
    const c = lineConstants({
      ...base,
      transferBatch: 2,
      processBatch: 4,
      moveTime: { dist: 'deterministic', value: 0.25 },
      stations: base.stations.map((s) => ({ ...s, handlingTime: { dist: 'deterministic', value: 0.5 }, setupTime: { dist: 'deterministic', value: 2 } })),
    });
    expect(c.t0).toBe(8.75);
    expect(c.rb).toBe(0.5);
  });

  it('best case: min(W/T0, rb) and max(T0, W/rb), worked by hand', () => {
    expect(bestCase(1, penny)).toEqual({ throughput: 0.125, flowTime: 8 });
    expect(bestCase(2, penny)).toEqual({ throughput: 0.25, flowTime: 8 });
    expect(bestCase(4, penny)).toEqual({ throughput: 0.5, flowTime: 8 });
    expect(bestCase(6, penny)).toEqual({ throughput: 0.5, flowTime: 12 });
  });

  it('worst case: 1/T0 and W·T0', () => {
    expect(worstCase(1, penny)).toEqual({ throughput: 0.125, flowTime: 8 });
    expect(worstCase(5, penny)).toEqual({ throughput: 0.125, flowTime: 40 });
  });

  it('practical worst case: W/(W0 + W − 1)·rb and T0 + (W − 1)/rb', () => {
    expect(practicalWorstCase(1, penny)).toEqual({ throughput: 0.125, flowTime: 8 });
    // W = 4: 4/7 · 0.5 = 2/7; 8 + 3/0.5 = 14.
    expect(practicalWorstCase(4, penny).throughput).toBeCloseTo(2 / 7, 15);
    expect(practicalWorstCase(4, penny).flowTime).toBe(14);
    // W = 10: 10/13 · 0.5 = 5/13; 8 + 18 = 26.
    expect(practicalWorstCase(10, penny).throughput).toBeCloseTo(5 / 13, 15);
    expect(practicalWorstCase(10, penny).flowTime).toBe(26);
  });

  it('every case keeps Little’s law: throughput × flow time = W', () => {
    for (const w of [1, 2, 3, 4, 5, 8, 13, 40]) {
      for (const f of [bestCase, practicalWorstCase, worstCase]) {
        const p = f(w, penny);
        expect(p.throughput * p.flowTime).toBeCloseTo(w, 12);
      }
    }
  });

  it('orders the cases: worst ≤ practical worst ≤ best in throughput, the reverse in flow time', () => {
    for (let w = 1; w <= 30; w++) {
      const [b, p, x] = [bestCase(w, penny), practicalWorstCase(w, penny), worstCase(w, penny)];
      expect(x.throughput).toBeLessThanOrEqual(p.throughput + 1e-15);
      expect(p.throughput).toBeLessThanOrEqual(b.throughput + 1e-15);
      expect(b.flowTime).toBeLessThanOrEqual(p.flowTime + 1e-12);
      expect(p.flowTime).toBeLessThanOrEqual(x.flowTime + 1e-12);
    }
  });
});
