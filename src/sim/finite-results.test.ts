import { describe, expect, it } from 'vitest';
import { checkFinite, findNonFinite, NonFiniteResultError } from './finite-results.ts';
import { runScenarioSync } from './run-scenario.ts';
import type { FlowLineScenario } from '../scenario/types.ts';
import { parseScenario } from '../scenario/parse.ts';

describe('every figure is finite before it is shown', () => {
  it('finds the first non-finite number by its path, in objects, lists and typed arrays', () => {
    expect(findNonFinite({ a: 1, b: [0, { c: null }], d: 'x' })).toBeNull();
    expect(findNonFinite({ a: 1, stations: [{ rate: 2 }, { rate: Infinity }] })).toBe('stations[1].rate');
    expect(findNonFinite({ lead: { ci95: NaN } })).toBe('lead.ci95');
    expect(findNonFinite({ xs: new Float64Array([1, 2, -Infinity]) })).toBe('xs[2]');
    expect(findNonFinite(NaN)).toBe('(result)');
  });

  it('checkFinite passes a finite result through and refuses one that is not, naming the figure', () => {
    const ok = { throughput: 2 };
    expect(checkFinite(ok)).toBe(ok);
    expect(() => checkFinite({ throughput: Infinity })).toThrow(NonFiniteResultError);
    expect(() => checkFinite({ throughput: Infinity })).toThrow(/not a finite number \(throughput\)/);
  });

  // The issue's case: a time of 1e-320 gave `"throughput": null` with exit 0.
  const tiny = { version: 1, model: 'flow-line', seed: 1, stations: [{ name: 'A', processTime: 1e-320 }], transferBatch: 1, release: { mode: 'order', quantity: 1 } };

  it('the validator refuses a time below 0.000001, naming the field', () => {
    const result = parseScenario(tiny);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.message)).toEqual(['stations[0].processTime: 1e-320 is not allowed, must be 0 or at least 0.000001']);
    const exp = parseScenario({ ...tiny, replications: 2, stations: [{ name: 'A', processTime: { dist: 'exponential', mean: 1e-300 } }] });
    expect(exp.ok ? [] : exp.issues.map((i) => i.message)).toEqual(['stations[0].processTime.mean: 1e-300 is not allowed, must be at least 0.000001']);
    expect(parseScenario({ ...tiny, stations: [{ name: 'A', processTime: 0.000001 }] }).ok).toBe(true);
  });

  it('a run that would give an infinite throughput is refused, not returned (the unvalidated scenario, as code could build it)', () => {
    const scenario = {
      ...tiny,
      replications: 1,
      timeUnit: 'minute',
      moveTime: { dist: 'deterministic', value: 0 },
      stations: [{ name: 'A', processTime: { dist: 'deterministic', value: 1e-320 }, setupTime: { dist: 'deterministic', value: 0 }, handlingTime: { dist: 'deterministic', value: 0 }, defectRate: 0 }],
    } as unknown as FlowLineScenario;
    expect(() => runScenarioSync(scenario)).toThrow(NonFiniteResultError);
  });
});
