/**
 * A gamma time with a coefficient of variation above 0 but tiny (found by the hostile-input
 * pass on pull scenarios): below about 1e-154, cv² underflows, the shape 1/cv² is infinite,
 * every draw is NaN, nothing is ever delivered, and `genba run` printed `"makespan": null`
 * with exit 0. A cv is now 0 (no variation) or at least LIMITS.minPositiveCV, checked with
 * the field named, for lognormal and gamma times alike.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse.ts';
import { LIMITS } from './limits.ts';
import { runScenarioSync, type FlowLineOutput } from '../sim/run-scenario.ts';

const bottleneck = (): Record<string, unknown> => JSON.parse(readFileSync(new URL('../../public/scenarios/pull-bottleneck.json', import.meta.url), 'utf8'));
const withWeld = (processTime: unknown): Record<string, unknown> => {
  const s = bottleneck();
  const stations = s['stations'] as Record<string, unknown>[];
  stations[2] = { ...stations[2], processTime };
  return { ...s, replications: 2 };
};

describe('a coefficient of variation is 0 or at least 0.000001', () => {
  it.each([
    ['gamma', 1e-155],
    ['gamma', 5e-324],
    ['lognormal', 1e-300],
    ['gamma', 1e-7],
  ])('%s with cv %s is refused, naming the field', (dist, cv) => {
    const r = parseScenario(withWeld({ dist, mean: 1.25, cv }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.message)).toEqual([`stations[2].processTime.cv: ${cv} is not allowed, must be 0 or at least 0.000001`]);
  });

  it('the smallest cv allowed runs to the end like a fixed time: the order of 60 is delivered, every figure finite', () => {
    expect(LIMITS.minPositiveCV).toBe(1e-6);
    for (const cv of [0, LIMITS.minPositiveCV]) {
      const r = parseScenario(withWeld({ dist: 'gamma', mean: 1.25, cv }));
      if (!r.ok) throw new Error(r.issues[0]?.message);
      const out = runScenarioSync(r.scenario) as FlowLineOutput;
      expect(out.delivered).toEqual({ mean: 60, ci95: 0 });
      expect(out.makespan).not.toBeNull();
    }
  });
});
