/**
 * One lead time everywhere (issue 16): the replay's per-unit lead times and the breakdown's
 * mean are the engine's lead time, scrapped-and-remade units included (a remake counts from
 * the original request, not from its own release).
 */
import { describe, expect, it } from 'vitest';
import { simulateFlowLine } from '../../sim/line/flow-line.ts';
import { det, line, order, station } from '../../../test/support/flow-line-specs.ts';
import type { FlowLineSpec } from '../../sim/line/types.ts';
import { unitPaths } from './unit-paths.ts';
import { leadTimeBreakdown } from './lead-time-breakdown.ts';

/** A line whose second station drifts often, so several runs scrap and remake units. */
const drifting = (batch: number): FlowLineSpec => ({
  ...line(3, 1, batch, order(40)),
  stations: [station('A', det(1)), station('B', { dist: 'exponential', mean: 1 }, { defectRate: 0.08 }), station('C', det(0.8))],
});

describe('lead time: the engine, the replay and the breakdown agree', () => {
  it.each([1, 5])('B = %i: per-unit lead times from the trace give the engine’s mean and max, with scrap', (batch) => {
    let withScrap = 0;
    for (let r = 0; r < 10; r++) {
      const run = simulateFlowLine(drifting(batch), 'remake', r, { trace: true });
      if (run.scrapped > 0) withScrap++;
      const paths = unitPaths(run.trace?.events ?? [], 3);
      const leads = paths.units.flatMap((u) => (u.legs[u.legs.length - 1]?.kind === 'done' ? [u.legs[u.legs.length - 1]!.t - u.requested] : []));
      expect(leads).toHaveLength(40);
      expect(Math.max(...leads)).toBe(run.leadTime?.max);
      const breakdown = leadTimeBreakdown(paths);
      expect(breakdown.meanLeadTime).toBeCloseTo(run.leadTime?.mean as number, 9);
      // The parts add up to it: before release (remakes), raw material, moves and the stations.
      const parts = breakdown.beforeRelease + breakdown.raw + breakdown.move + breakdown.stations.reduce((a, s) => a + s.total, 0);
      expect(parts).toBeCloseTo(breakdown.meanLeadTime, 9);
      expect(breakdown.beforeRelease > 0).toBe(run.scrapped > 0);
    }
    expect(withScrap, 'the fixture scraps in some runs').toBeGreaterThan(2);
  });
});
