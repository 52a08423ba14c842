import { describe, expect, it } from 'vitest';
import { bestCase, worstCase } from './reference-curves.ts';
import { kneeCap, runWipSweep, sweepCaps, sweepReplications } from './wip-sweep.ts';
import { pennyFab, preset } from './test-fixtures.ts';

describe('the WIP-cap sweep', () => {
  it('tries caps from the transfer batch to three times the critical WIP (at least 12)', () => {
    expect(sweepCaps(pennyFab(2, 50))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(sweepReplications(1)).toBe(2);
    expect(sweepReplications(100)).toBe(30);
  });

  it('deterministic Penny Fab at or below the critical WIP: flow time T0 + W(W − 1)/Q and W = 1 gives 1/T0', () => {
    // The first W pennies are released together at t = 0 and wait 0, 2, …, 2(W − 1) h at the
    // first station; every later one goes straight through in T0 = 8 h.
    const sweep = runWipSweep(pennyFab(2, 40), [1, 2, 3, 4], 2);
    for (const p of sweep.points) {
      expect(p.flowTime.mean).toBeCloseTo(8 + (p.cap * (p.cap - 1)) / 40, 12);
      expect(p.flowTime.ci95).toBe(0);
    }
    expect(sweep.points[0]?.throughput.mean).toBe(1 / 8);
  });

  it('over many seeds, exponential and cv-0.5 stations fall between the best and the worst case at every cap', () => {
    for (const scenario of [pennyFab({ dist: 'exponential', mean: 2 }, 100), preset('penny-fab.json')]) {
      const sweep = runWipSweep(scenario, undefined, 30);
      // Order-mode throughput is Q / makespan, a little above Q / E[makespan] (Jensen): 1% slack on the throughput bounds.
      for (const p of sweep.points) {
        const best = bestCase(p.cap, sweep.constants);
        const worst = worstCase(p.cap, sweep.constants);
        expect(p.throughput.mean).toBeLessThanOrEqual(best.throughput * 1.01 + p.throughput.ci95);
        expect(p.throughput.mean).toBeGreaterThanOrEqual(worst.throughput * 0.99 - p.throughput.ci95);
        expect(p.flowTime.mean).toBeGreaterThanOrEqual(best.flowTime - p.flowTime.ci95);
        expect(p.flowTime.mean).toBeLessThanOrEqual(worst.flowTime + p.flowTime.ci95);
      }
      // Past the critical WIP, more cap buys little throughput but always more flow time.
      const last = sweep.points[sweep.points.length - 1]!;
      const atW0 = sweep.points.find((p) => p.cap === 8)!;
      expect(last.throughput.mean / atW0.throughput.mean).toBeLessThan(1.1);
      expect(last.flowTime.mean).toBeGreaterThan(1.3 * atW0.flowTime.mean);
    }
  });

  it('finds the knee: the smallest cap with 95% of the best throughput seen', () => {
    const mk = (cap: number, th: number) => ({ cap, throughput: { mean: th, ci95: 0 } });
    const sweep = { points: [mk(1, 0.2), mk(2, 0.4), mk(3, 0.48), mk(4, 0.5)] } as unknown as Parameters<typeof kneeCap>[0];
    expect(kneeCap(sweep)).toBe(3);
  });
});
