/**
 * The screen's series, against numbers worked out by hand on small deterministic lines,
 * and against the run's own figures on random small order-mode lines.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulateFlowLine, type FlowLineRun } from './flow-line.ts';
import { cumulativeDeliveries, queueOverTime, stationTimeline, wipOverTime, type StationInterval, type StationState } from './series.ts';
import { createStream } from '../rng/stream.ts';
import type { Distribution } from '../rng/distribution.ts';
import type { TraceEvent } from './trace.ts';
import type { FlowLineSpec } from './types.ts';
import { det, line, order, station } from '../../../test/support/flow-line-specs.ts';

function traced(spec: FlowLineSpec, seed: number | string, replication = 0): { run: FlowLineRun; events: readonly TraceEvent[] } {
  const run = simulateFlowLine(spec, seed, replication, { trace: true });
  expect(run.trace?.truncated).toBe(false);
  return { run, events: run.trace?.events ?? [] };
}

/** Total length per state of a timeline. */
function totals(timeline: readonly StationInterval[]): Record<StationState, number> {
  const sum: Record<StationState, number> = { setup: 0, handling: 0, working: 0, starved: 0, blocked: 0 };
  for (const iv of timeline) sum[iv.state] += iv.to - iv.from;
  return sum;
}

/** ∫ value dt over [0, end] of a step series, divided by end. */
function timeAverage(points: readonly { t: number; wip: number }[], end: number): number {
  let area = 0;
  for (let i = 0; i < points.length; i++) {
    const from = points[i]!.t;
    const to = Math.min(i + 1 < points.length ? points[i + 1]!.t : end, end);
    if (to > from) area += points[i]!.wip * (to - from);
  }
  return area / end;
}

const pairs = <T extends { t: number }>(points: readonly T[], key: keyof T) => points.map((p) => [p.t, p[key]]);
const gantt = (timeline: readonly StationInterval[]) => timeline.map((iv) => `${iv.state} ${iv.from}-${iv.to}`);

describe('penny game, batch 5 (4 stations, t = 1, 20 units), worked by hand', () => {
  // Station k (0-based) finishes batch j (0-based) at 5·(j + 1) + 5·k: station 3 hands
  // batches to the customer at 20, 25, 30, 35 (makespan 35, first delivery 20).
  const { run, events } = traced(line(4, 1, 5, order(20)), 'penny');

  it('deliveries step by a batch: 5 at 20, 10 at 25, 15 at 30, 20 at 35', () => {
    expect(run.makespan).toBe(35);
    expect(pairs(cumulativeDeliveries(events), 'delivered')).toEqual([
      [0, 0],
      [20, 5],
      [25, 10],
      [30, 15],
      [35, 20],
    ]);
  });

  it('WIP is 20 from t = 0 and drops by 5 at each delivery', () => {
    // Area 20·20 + 15·5 + 10·5 + 5·5 = 550 over 35: mean 110/7.
    const wip = wipOverTime(events);
    expect(pairs(wip, 'wip')).toEqual([
      [0, 20],
      [20, 15],
      [25, 10],
      [30, 5],
      [35, 0],
    ]);
    expect(timeAverage(wip, 35)).toBeCloseTo(550 / 35, 12);
    expect(run.wip.mean).toBeCloseTo(550 / 35, 12);
  });

  it('the first station works [0, 20], then is starved to the end (35)', () => {
    expect(gantt(stationTimeline(events, 0, 35))).toEqual(['working 0-20', 'starved 20-35']);
  });

  it('the second station waits for the first batch, works 20 minutes, then is starved', () => {
    // Batch 0 arrives at 5; the batches follow every 5 as the station finishes the last.
    expect(gantt(stationTimeline(events, 1, 35))).toEqual(['starved 0-5', 'working 5-25', 'starved 25-35']);
  });

  it("the second station's queue: 5 arrive every 5 minutes and one is taken up at once", () => {
    // Batch j arrives at 5(j + 1) as the station starts the batch's first unit: 4 left
    // waiting, one fewer each minute, 0 at 5(j + 1) + 4. At 25 no batch comes.
    const expected: [number, number][] = [[0, 0]];
    for (let j = 0; j < 4; j++) for (let i = 0; i < 5; i++) expected.push([5 * (j + 1) + i, 4 - i]);
    expect(pairs(queueOverTime(events, 1), 'waiting')).toEqual(expected);
  });

  it("the first station's queue: all 20 released at 0, one started at once; the customer has none", () => {
    const queue = queueOverTime(events, 0);
    expect(queue[0]).toEqual({ t: 0, waiting: 19 });
    expect(queue.at(-1)).toEqual({ t: 19, waiting: 0 });
    expect(queue).toHaveLength(20);
    expect(pairs(queueOverTime(events, 4), 'waiting')).toEqual([[0, 0]]);
  });

  it('a timeline cut at an earlier end stops there', () => {
    expect(gantt(stationTimeline(events, 1, 12))).toEqual(['starved 0-5', 'working 5-12']);
  });
});

describe('setup and handling, worked by hand', () => {
  it('2 stations, B 2, Q 2, t 1, setup 1, handling 0.5: makespan 8', () => {
    // Station 0: setup [0,1]; unit 0 handling [1,1.5], working [1.5,2.5]; unit 1 handling
    // [2.5,3], working [3,4]; the batch moves on at 4. Station 1: starved to 4, setup [4,5],
    // then the same 3 minutes of units: [5,5.5], [5.5,6.5], [6.5,7], [7,8]. Delivery 2 at 8.
    const { run, events } = traced(line(2, 1, 2, order(2), { setupTime: det(1), handlingTime: det(0.5) }), 1);
    expect(run.makespan).toBe(8);
    expect(gantt(stationTimeline(events, 0, 8))).toEqual([
      'setup 0-1',
      'handling 1-1.5',
      'working 1.5-2.5',
      'handling 2.5-3',
      'working 3-4',
      'starved 4-8',
    ]);
    expect(gantt(stationTimeline(events, 1, 8))).toEqual([
      'starved 0-4',
      'setup 4-5',
      'handling 5-5.5',
      'working 5.5-6.5',
      'handling 6.5-7',
      'working 7-8',
    ]);
    // Station 1's queue: the batch of 2 arrives at 4 and waits through the setup; one is
    // taken up at 5, the other at 6.5.
    expect(pairs(queueOverTime(events, 1), 'waiting')).toEqual([
      [0, 0],
      [4, 2],
      [5, 1],
      [6.5, 0],
    ]);
    expect(pairs(cumulativeDeliveries(events), 'delivered')).toEqual([
      [0, 0],
      [8, 2],
    ]);
  });

  it('2 stations, B 5, Q 10, t 1, setup 2, handling 0.5: per-state totals', () => {
    // A unit takes 1.5 (0.5 handling + 1), a batch 2 + 7.5 = 9.5. Station 0: batches
    // [0,9.5], [9.5,19]. Station 1: batch 0 arrives 9.5, done 19; batch 1 arrives 19, done
    // 28.5 = makespan. Each station: setup 2·2 = 4, handling 10·0.5 = 5, working 10,
    // starved 28.5 − 19 = 9.5 (station 0 after 19, station 1 before 9.5).
    const { run, events } = traced(line(2, 1, 5, order(10), { setupTime: det(2), handlingTime: det(0.5) }), 1);
    expect(run.makespan).toBe(28.5);
    for (const k of [0, 1]) {
      expect(totals(stationTimeline(events, k, 28.5))).toEqual({ setup: 4, handling: 5, working: 10, starved: 9.5, blocked: 0 });
    }
    expect(stationTimeline(events, 0, 28.5).at(-1)).toEqual({ state: 'starved', from: 19, to: 28.5 });
    expect(stationTimeline(events, 1, 28.5)[0]).toEqual({ state: 'starved', from: 0, to: 9.5 });
    // Setup between the batches at station 0: [9.5, 11.5], between working [8.5,9.5] and handling from 11.5.
    expect(gantt(stationTimeline(events, 0, 28.5)).slice(10, 13)).toEqual(['working 8.5-9.5', 'setup 9.5-11.5', 'handling 11.5-12']);
  });
});

describe('drift and scrap, worked by hand (seed 13: station A drifts on its 2nd unit)', () => {
  const driftPattern = (seed: number, count: number) => {
    const s = createStream(seed, 0, 'drift:0');
    return Array.from({ length: count }, () => s.next() < 0.3);
  };

  // A t 1 (defect rate 0.3), B t 1.5, B 1, Q 4 (the case of flow-line.test.ts). A: unit 0
  // [0,1], unit 1 [1,2] drifts, unit 2 from 2. B: unit 0 [1,2.5]; at 2.5 it delivers unit 0,
  // takes up unit 1 and finds the drift: unit 1 (waiting at B) and unit 2 (half done at A)
  // are scrapped, replacements 4 and 5 released at A. A (re-adjusted, no more drift in the
  // next draws): unit 3 [2.5,3.5], 4 [3.5,4.5], 5 [4.5,5.5]. B: 3 [3.5,5], 4 [5,6.5],
  // 5 [6.5,8]. Deliveries at 2.5, 5, 6.5, 8: makespan 8.
  const spec: FlowLineSpec = {
    ...line(2, 1, 1, order(4)),
    stations: [station('A', det(1), { defectRate: 0.3 }), station('B', det(1.5))],
  };

  it('the stream reads as assumed', () => {
    expect(driftPattern(13, 5)).toEqual([false, true, false, false, false]);
  });

  it("A's interrupted unit counts 0.5 of work, not 1: working [0,5.5], starved [5.5,8]", () => {
    const { run, events } = traced(spec, 13);
    expect(run.makespan).toBe(8);
    // Units 0, 1 [0,2], unit 2 [2,2.5] cut by its scrap, units 3–5 [2.5,5.5]: one block.
    // (Here the merge hides the cut; the property test below is the one that fails without it.)
    const a = stationTimeline(events, 0, 8);
    expect(gantt(a)).toEqual(['working 0-5.5', 'starved 5.5-8']);
    expect(totals(a).working).toBe(run.stations[0]!.working); // 5.5 = 5 finished + 0.5
    expect(gantt(stationTimeline(events, 1, 8))).toEqual(['starved 0-1', 'working 1-2.5', 'starved 2.5-3.5', 'working 3.5-8']);
  });

  it('WIP: 4, then 3 from 2.5 (one delivered; two scrapped and replaced at the same instant), …', () => {
    // At 2.5: 4 − 1 delivered − 2 scrapped + 2 released = 3; the dip to 1 lasts no time.
    // Area 4·2.5 + 3·2.5 + 2·1.5 + 1·1.5 = 22 over 8 = 2.75 = mean lead time (2.5+5+6.5+8)/4.
    const { run, events } = traced(spec, 13);
    const wip = wipOverTime(events);
    expect(pairs(wip, 'wip')).toEqual([
      [0, 4],
      [2.5, 3],
      [5, 2],
      [6.5, 1],
      [8, 0],
    ]);
    expect(timeAverage(wip, 8)).toBe(2.75);
    expect(run.wip.mean).toBe(2.75);
    expect(pairs(cumulativeDeliveries(events), 'delivered')).toEqual([
      [0, 0],
      [2.5, 1],
      [5, 2],
      [6.5, 3],
      [8, 4],
    ]);
  });

  it("B's queue: unit 1 waits from 2 until it is found defective at 2.5 (a scrap, not a start)", () => {
    // Unit 0 arrives at 1, started at once; unit 1 arrives 2, scrapped 2.5; unit 3 arrives
    // 3.5 and is started at once; unit 4 arrives 4.5, started 5; unit 5 arrives 5.5, started 6.5.
    const { events } = traced(spec, 13);
    expect(pairs(queueOverTime(events, 1), 'waiting')).toEqual([
      [0, 0],
      [2, 1],
      [2.5, 0],
      [4.5, 1],
      [5, 0],
      [5.5, 1],
      [6.5, 0],
    ]);
  });

  it('with batches: units scrapped while waiting leave the queue; the short batch moves on', () => {
    expect(driftPattern(13, 2)).toEqual([false, true]);
    // 2 stations, t 1, B 3, Q 3 (flow-line.test.ts): station 1 gets the batch (0, 1, 2) at
    // 3 and takes up unit 0: 2 waiting. At 4 it reaches for unit 1 and finds the drift:
    // units 1 and 2 scrapped, 0 waiting; the replacement batch (3, 4) reaches it at 6: one
    // taken up at once, 1 waiting; the other at 7.
    const spec3 = line(2, 1, 3, order(3));
    const drifting: FlowLineSpec = { ...spec3, stations: [{ ...spec3.stations[0]!, defectRate: 0.3 }, spec3.stations[1]!] };
    const { run, events } = traced(drifting, 13);
    expect(run.makespan).toBe(8);
    expect(pairs(queueOverTime(events, 1), 'waiting')).toEqual([
      [0, 0],
      [3, 2],
      [4, 0],
      [6, 1],
      [7, 0],
    ]);
    expect(gantt(stationTimeline(events, 1, 8))).toEqual(['starved 0-3', 'working 3-4', 'starved 4-6', 'working 6-8']);
    // WIP: 3 at 0; at 4 one delivered, 2 scrapped, 2 released: 2; at 8 both delivered.
    expect(pairs(wipOverTime(events), 'wip')).toEqual([
      [0, 3],
      [4, 2],
      [8, 0],
    ]);
  });
});

// ——— Properties over random small order-mode lines ———

const time: fc.Arbitrary<Distribution> = fc.oneof(
  fc.double({ min: 0.1, max: 5, noNaN: true }).map((value) => ({ dist: 'deterministic' as const, value })),
  fc.integer({ min: 1, max: 4 }).map((value) => ({ dist: 'deterministic' as const, value })),
  fc.double({ min: 0.1, max: 5, noNaN: true }).map((mean) => ({ dist: 'exponential' as const, mean })),
  fc
    .tuple(fc.double({ min: 0.1, max: 2, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }))
    .map(([min, width]) => ({ dist: 'uniform' as const, min, max: min + width })),
);
const maybeTime: fc.Arbitrary<Distribution> = fc.oneof(fc.constant({ dist: 'deterministic' as const, value: 0 }), time);

const orderLine: fc.Arbitrary<FlowLineSpec> = fc.record({
  timeUnit: fc.constant('minute' as const),
  stations: fc.array(
    fc.record({
      name: fc.constantFrom('Cut', 'Bend', 'Weld', 'Paint'),
      processTime: time,
      setupTime: maybeTime,
      handlingTime: maybeTime,
      defectRate: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.3, noNaN: true })),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  transferBatch: fc.integer({ min: 1, max: 10 }),
  moveTime: maybeTime,
  release: fc.integer({ min: 1, max: 40 }).map((quantity) => ({ mode: 'order' as const, quantity })),
});

const close = (actual: number, expected: number, scale: number) =>
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(scale)));

function isStepSeries(points: readonly { t: number }[]): void {
  expect(points[0]?.t).toBe(0);
  for (let i = 1; i < points.length; i++) expect(points[i]!.t).toBeGreaterThan(points[i - 1]!.t);
}

describe('series against the run’s own figures (random small order-mode lines)', () => {
  it('deliveries end at run.delivered; WIP max and time-average are run.wip; queues drain', () => {
    fc.assert(
      fc.property(orderLine, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const { run, events } = traced(spec, seed);
        const makespan = run.makespan as number;

        const deliveries = cumulativeDeliveries(events);
        isStepSeries(deliveries);
        expect(deliveries.at(-1)?.delivered).toBe(run.delivered);
        for (let i = 1; i < deliveries.length; i++) expect(deliveries[i]!.delivered).toBeGreaterThan(deliveries[i - 1]!.delivered);
        expect(deliveries[1]?.t).toBe(run.firstDelivery);

        const wip = wipOverTime(events);
        isStepSeries(wip);
        for (let i = 1; i < wip.length; i++) expect(wip[i]!.wip).not.toBe(wip[i - 1]!.wip);
        expect(Math.max(...wip.map((p) => p.wip))).toBe(run.wip.max);
        expect(wip.at(-1)).toEqual({ t: makespan, wip: 0 });
        const mean = timeAverage(wip, makespan);
        expect(Math.abs(mean - run.wip.mean)).toBeLessThanOrEqual(1e-9 * Math.max(run.wip.mean, 1e-300));

        for (let k = 0; k < spec.stations.length; k++) {
          const queue = queueOverTime(events, k);
          isStepSeries(queue);
          for (const p of queue) expect(p.waiting).toBeGreaterThanOrEqual(0);
          expect(queue.at(-1)?.waiting).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("each station's timeline tiles [0, makespan] and its totals by state are the run's", () => {
    fc.assert(
      fc.property(orderLine, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const { run, events } = traced(spec, seed);
        const makespan = run.makespan as number;
        for (let k = 0; k < spec.stations.length; k++) {
          const timeline = stationTimeline(events, k, makespan);
          let cursor = 0;
          for (let i = 0; i < timeline.length; i++) {
            const iv = timeline[i]!;
            expect(iv.from).toBe(cursor);
            expect(iv.to).toBeGreaterThan(iv.from);
            if (i > 0) expect(iv.state).not.toBe(timeline[i - 1]!.state);
            cursor = iv.to;
          }
          expect(cursor).toBe(makespan);
          const sum = totals(timeline);
          const s = run.stations[k]!;
          close(sum.working, s.working, makespan);
          close(sum.setup, s.setup, makespan);
          close(sum.handling, s.handling, makespan);
          close(sum.starved, s.starved, makespan);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with kanban buffers the timeline shows blocked spells, and its totals (blocked included) are the run\'s', () => {
    fc.assert(
      fc.property(orderLine, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 3 }), (base, seed, extra) => {
        const spec: FlowLineSpec = { ...base, stations: base.stations.map((st, i) => (i > 0 ? { ...st, buffer: base.transferBatch + extra } : st)) };
        const { run, events } = traced(spec, seed);
        const makespan = run.makespan as number;
        for (let k = 0; k < spec.stations.length; k++) {
          const sum = totals(stationTimeline(events, k, makespan));
          const s = run.stations[k]!;
          close(sum.blocked, s.blocked, makespan);
          close(sum.starved, s.starved, makespan);
          close(sum.working, s.working, makespan);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the queue at the end of each instant matches a count unit by unit', () => {
    // Independent of the series' bookkeeping: unit u waits at k at the end of instant T when
    // its batch arrived at k by T, and it was neither started at k nor scrapped by T.
    fc.assert(
      fc.property(orderLine, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const { events } = traced(spec, seed);
        const batchOf = new Map<number, number>();
        const scrapped = new Map<number, number>();
        for (const e of events) {
          if (e.kind === 'release') batchOf.set(e.unit, e.batch);
          if (e.kind === 'scrap') scrapped.set(e.unit, e.t);
        }
        const times = [...new Set(events.map((e) => e.t))];
        for (let k = 0; k < spec.stations.length; k++) {
          const arrived = new Map<number, number>();
          const started = new Map<number, number>();
          for (const e of events) {
            if (e.kind === 'arrive' && e.station === k) arrived.set(e.batch, e.t);
            if (e.kind === 'start' && e.station === k) started.set(e.unit, e.t);
          }
          const queue = queueOverTime(events, k);
          let i = 0;
          for (const T of times) {
            while (i + 1 < queue.length && queue[i + 1]!.t <= T) i++;
            let count = 0;
            for (const [u, b] of batchOf) {
              const a = arrived.get(b);
              if (a === undefined || a > T) continue;
              if ((started.get(u) ?? Infinity) <= T || (scrapped.get(u) ?? Infinity) <= T) continue;
              count++;
            }
            expect(queue[i]!.waiting, `station ${k} at ${T}`).toBe(count);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('a blocked station in the Gantt (kanban buffer of 1, worked by hand)', () => {
  // S1 takes 1 min a unit, S2 3 min; one kanban square in front of S2; an order of 3, B = 1.
  // u1: S1 0–1, S2 1–4. u2: S1 1–2, waits in S2's square. u3: S1 2–3, the square is taken:
  // S1 holds it, blocked, until S2 takes u2 at 4. S2: u2 4–7, u3 7–10. Makespan 10.
  const spec: FlowLineSpec = {
    timeUnit: 'minute',
    stations: [station('S1', det(1)), station('S2', det(3), { buffer: 1 })],
    transferBatch: 1,
    moveTime: det(0),
    release: order(3),
  };
  const { run, events } = traced(spec, 'kanban');

  it('draws S1 working, then blocked 3–4, then starved', () => {
    expect(run.makespan).toBe(10);
    expect(gantt(stationTimeline(events, 0, 10))).toEqual(['working 0-3', 'blocked 3-4', 'starved 4-10']);
    expect(gantt(stationTimeline(events, 1, 10))).toEqual(['starved 0-1', 'working 1-10']);
  });

  it('its blocked time is the run figure', () => {
    expect(totals(stationTimeline(events, 0, 10)).blocked).toBe(run.stations[0]!.blocked);
    expect(run.stations[0]!.blocked).toBe(1);
  });
});
