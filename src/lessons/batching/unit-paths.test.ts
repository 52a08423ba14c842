import { describe, expect, it } from 'vitest';
import { simulateFlowLine } from '../../sim/line/flow-line.ts';
import { stationTimeline } from '../../sim/line/series.ts';
import { frameAt } from './frame.ts';
import { leadTimeBreakdown } from './lead-time-breakdown.ts';
import { legAt, unitPaths } from './unit-paths.ts';
import { pennyGame } from './test-fixtures.ts';
import { det, line, order, station } from '../../../test/support/flow-line-specs.ts';

function penny(batch: number, extra: Record<string, unknown> = {}) {
  const scenario = pennyGame(batch, extra);
  const run = simulateFlowLine(scenario, scenario.seed, 0, { trace: true });
  const trace = run.trace?.events ?? [];
  const end = run.makespan ?? 0;
  const paths = unitPaths(trace, 4);
  const timelines = [0, 1, 2, 3].map((s) => stationTimeline(trace, s, end));
  return { run, paths, timelines, end };
}

describe('unit paths from the trace (penny game, B = 5, t = 1 s)', () => {
  it('follows the first coin through every station: worked at 0, 5, 10, 15, delivered at 20', () => {
    const { paths } = penny(5);
    const first = paths.units[0];
    expect(first?.legs.map((l) => [l.kind, l.t, l.station])).toEqual([
      ['work', 0, 0],
      ['outbox', 1, 0],
      ['work', 5, 1],
      ['outbox', 6, 1],
      ['work', 10, 2],
      ['outbox', 11, 2],
      ['work', 15, 3],
      ['outbox', 16, 3],
      ['done', 20, 4],
    ]);
    expect(legAt(first!, 12)?.kind).toBe('outbox');
    expect(legAt(first!, 12)?.station).toBe(2);
  });

  it('gives every one of the 20 coins a delivery at 20, 25, 30 or 35 s (batch k at 20 + 5k)', () => {
    const { paths } = penny(5);
    expect(paths.units).toHaveLength(20);
    paths.units.forEach((u, i) => {
      const last = u.legs[u.legs.length - 1];
      expect(last).toEqual({ kind: 'done', t: 20 + 5 * Math.floor(i / 5), station: 4 });
    });
  });

  it('records handling before work when B > 1 (handling 0.5 s at every station)', () => {
    const { paths } = penny(5, { stations: [1, 2, 3, 4].map((i) => ({ name: `F${i}`, processTime: 1, handlingTime: 0.5 })) });
    expect(paths.units[0]?.legs.slice(0, 3).map((l) => [l.kind, l.t])).toEqual([
      ['handling', 0],
      ['work', 0.5],
      ['outbox', 1.5],
    ]);
  });

  it('puts a unit on the move for the move time, between the stations', () => {
    const { paths } = penny(20, { moveTime: 2 });
    // Batch 20 at 1 s: station 1 finishes all 20 at 20 s, the batch travels 20 → 22.
    const leg = legAt(paths.units[0]!, 21);
    expect(leg).toEqual({ kind: 'move', t: 20, station: 0, duration: 2 });
  });
});

describe('a frame of the line', () => {
  it('at 12.5 s with B = 5: counts worked out by hand, and every coin somewhere', () => {
    const { paths, timelines } = penny(5);
    const f = frameAt(paths, timelines, 12.5);
    // Station 1 works coin 12 of the 20 raw coins; 10 and 11 wait in its out-container.
    expect(f.stations[0]).toEqual({ state: 'working', queue: { good: 7, defective: 0 }, inHand: { defective: false, handling: false }, outbox: { good: 2, defective: 0 } });
    // Station 2 has batch 2 (coins 5–9) since 10 s; station 3 batch 1 (coins 0–4).
    for (const s of [1, 2]) {
      expect(f.stations[s]?.queue.good).toBe(2);
      expect(f.stations[s]?.outbox.good).toBe(2);
      expect(f.stations[s]?.inHand).not.toBeNull();
    }
    expect(f.stations[3]).toEqual({ state: 'starved', queue: { good: 0, defective: 0 }, inHand: null, outbox: { good: 0, defective: 0 } });
    expect(f.delivered).toBe(0);
    const onFloor = f.stations.reduce((n, s) => n + s.queue.good + s.outbox.good + (s.inHand ? 1 : 0), 0);
    expect(onFloor + f.raw.good + f.delivered).toBe(20);
  });

  it('shows a batch on the move half-way through its trip', () => {
    const { paths, timelines } = penny(20, { moveTime: 2 });
    const f = frameAt(paths, timelines, 21);
    expect(f.moving).toEqual([{ batch: 0, from: 0, progress: 0.5, units: { good: 20, defective: 0 } }]);
  });

  it('at the end every coin is delivered', () => {
    const { paths, timelines, end } = penny(1);
    expect(end).toBe(23);
    expect(frameAt(paths, timelines, end).delivered).toBe(20);
    expect(frameAt(paths, timelines, 22.99).delivered).toBe(19);
  });
});

describe('where the lead time goes', () => {
  it('penny game B = 5: mean lead time 27.5 s, 12.5 s of it at the first station and 5 s at each other', () => {
    const b = leadTimeBreakdown(penny(5).paths);
    expect(b.delivered).toBe(20);
    expect(b.meanLeadTime).toBe(27.5);
    expect(b.raw).toBe(0);
    expect(b.move).toBe(0);
    expect(b.stations.map((s) => s.total)).toEqual([12.5, 5, 5, 5]);
    expect(b.stations.map((s) => s.work)).toEqual([1, 1, 1, 1]);
    expect(b.stations[0]?.share).toBeCloseTo(12.5 / 27.5, 12);
  });

  it('penny game B = 1: coin j waits j s at the first station and is then passed hand to hand', () => {
    const b = leadTimeBreakdown(penny(1).paths);
    // Delivery of coin j at j + 4: mean 13.5; first station: queue j + work 1 (mean 10.5).
    expect(b.meanLeadTime).toBe(13.5);
    expect(b.stations.map((s) => s.total)).toEqual([10.5, 1, 1, 1]);
  });
});

describe('scrap: where it was made and where it was found (issue 16)', () => {
  it('each scrap leg names the drifting station and the station (or customer) that found it', () => {
    const spec = { ...line(3, 1, 5, order(40)), stations: [station('A', det(1), { defectRate: 0.2 }), station('B', det(1)), station('C', det(1), { defectRate: 0.2 })] };
    let checked = 0;
    for (let r = 0; r < 5; r++) {
      const run = simulateFlowLine(spec, 'made-found', r, { trace: true });
      const events = run.trace?.events ?? [];
      const paths = unitPaths(events, 3);
      const scraps = paths.units.flatMap((u) => u.legs.filter((l) => l.kind === 'scrap'));
      expect(scraps).toHaveLength(run.scrapped);
      for (const leg of scraps) {
        // A's drift is found by B (the next station); C's by the customer (index 3).
        expect([[0, 1], [2, 3]]).toContainEqual([leg.madeAt, leg.foundAt]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
