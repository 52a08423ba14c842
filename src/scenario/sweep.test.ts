import { describe, it, expect } from 'vitest';
import { parseScenario } from './parse.ts';
import { launchQuantitiesOf, sweepPointCount, sweepQuantities } from './sweep.ts';
import { DELETE, edit, launch } from './test-helpers.ts';

describe('sweeps', () => {
  it('counts the points from `from` to `to`', () => {
    expect(sweepPointCount({ from: 0, to: 30000, step: 500 })).toBe(61);
    expect(sweepPointCount({ from: 5, to: 5, step: 1 })).toBe(1);
    expect(sweepPointCount({ from: 0, to: 99, step: 10 })).toBe(10);
  });

  it('reaches `to` despite rounding, and never passes it', () => {
    expect(sweepPointCount({ from: 0, to: 0.3, step: 0.1 })).toBe(4);
    expect(sweepQuantities({ from: 0, to: 0.3, step: 0.1 })).toEqual([0, 0.1, 0.2, 0.3]);
    expect(sweepQuantities({ from: 0, to: 1, step: 0.1 })).toHaveLength(11);
    expect(sweepQuantities({ from: 0, to: 1, step: 0.1 }).at(-1)).toBe(1);
  });

  it('computes each point from its index, not by adding steps', () => {
    const points = sweepQuantities({ from: 0, to: 50, step: 0.1 });
    let added = 0;
    for (let i = 0; i < 300; i++) added += 0.1;
    expect(points[300]).toBe(300 * 0.1);
    expect(points[300]).not.toBe(added);
  });

  it('refuses to build more points than a scenario may hold', () => {
    expect(sweepPointCount({ from: 0, to: 1e12, step: 1e-300 })).toBe(Number.POSITIVE_INFINITY);
    expect(() => sweepQuantities({ from: 0, to: 1e6, step: 1 })).toThrow(RangeError);
  });

  it('gives the launch quantities of a scenario either way', () => {
    const listed = parseScenario(launch());
    const swept = parseScenario(edit(launch(), [['launchQuantities'], DELETE], [['sweep'], { from: 500, to: 1500, step: 500 }]));
    if (!listed.ok || listed.scenario.model !== 'launch' || !swept.ok || swept.scenario.model !== 'launch') throw new Error('expected launch scenarios');
    expect(launchQuantitiesOf(listed.scenario)).toEqual([500, 30000]);
    expect(launchQuantitiesOf(swept.scenario)).toEqual([500, 1000, 1500]);
  });
});
