/**
 * The fast path for plain lines (FlowLineEngine.runPlain, issue 18) gives the general event
 * loop's run byte for byte: on random plain lines, with continuous and deterministic times
 * (ties between events), warm-ups, short horizons and event caps. And the lines that are
 * not plain do not take it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulateFlowLine, takesFastPath } from './flow-line.ts';
import { EventLimitError } from '../kernel/run-events.ts';
import type { Distribution } from '../rng/distribution.ts';
import type { FlowLineSpec, StationSpec } from './types.ts';

const time: fc.Arbitrary<Distribution> = fc.oneof(
  // Deterministic and few-valued times make simultaneous events: their order must match too.
  fc.constantFrom(0.5, 1, 2).map((value) => ({ dist: 'deterministic' as const, value })),
  fc.constant({ dist: 'empirical' as const, values: [0.5, 1, 1.5] }),
  fc.double({ min: 0.1, max: 3, noNaN: true }).map((mean) => ({ dist: 'exponential' as const, mean })),
  fc
    .tuple(fc.double({ min: 0.1, max: 3, noNaN: true }), fc.double({ min: 0.05, max: 2, noNaN: true }))
    .map(([mean, cv]) => ({ dist: 'lognormal' as const, mean, cv })),
  fc
    .tuple(fc.double({ min: 0.1, max: 3, noNaN: true }), fc.double({ min: 0.1, max: 2, noNaN: true }))
    .map(([mean, cv]) => ({ dist: 'gamma' as const, mean, cv })),
  fc
    .tuple(fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }))
    .map(([min, width]) => ({ dist: 'uniform' as const, min, max: min + width })),
);
const zero = { dist: 'deterministic' as const, value: 0 };
/** Interarrival times with a mean of at least 0.1 (a mean of 0 releases without end). */
const interarrivalTime: fc.Arbitrary<Distribution> = time.map((d) =>
  d.dist === 'uniform' ? { ...d, min: d.min + 0.1, max: d.max + 0.1 } : d,
);

const plainLine: fc.Arbitrary<FlowLineSpec> = fc
  .record({
    timeUnit: fc.constantFrom('second' as const, 'minute' as const, 'hour' as const),
    processTimes: fc.array(time, { minLength: 1, maxLength: 8 }),
    transferBatch: fc.integer({ min: 1, max: 12 }),
    interarrival: interarrivalTime,
    horizon: fc.double({ min: 1, max: 300, noNaN: true }),
    warmupShare: fc.double({ min: 0, max: 0.9, noNaN: true }),
    unitValue: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
    handling: time,
  })
  .map((r) => ({
    timeUnit: r.timeUnit,
    stations: r.processTimes.map(
      (processTime, i): StationSpec => ({
        name: `S${i + 1}`,
        processTime,
        setupTime: zero,
        // Handling is drawn only with B > 1: with B = 1 any handling time leaves a line plain.
        handlingTime: r.transferBatch === 1 ? r.handling : zero,
        defectRate: 0,
      }),
    ),
    transferBatch: r.transferBatch,
    moveTime: zero,
    release: { mode: 'flow' as const, interarrival: r.interarrival, horizon: r.horizon, warmup: r.horizon * r.warmupShare },
    ...(r.unitValue === undefined ? {} : { unitValue: r.unitValue }),
  }));

const both = (spec: FlowLineSpec, seed: number, replication: number, maxEvents?: number) => {
  const run = (plainPath: boolean) => {
    try {
      return JSON.stringify(simulateFlowLine(spec, seed, replication, { plainPath, ...(maxEvents === undefined ? {} : { maxEvents }) }));
    } catch (e) {
      return e instanceof EventLimitError ? `limit: ${e.message}` : `error: ${String(e)}`;
    }
  };
  return { fast: run(true), general: run(false) };
};

describe('the fast path for plain lines', () => {
  it('gives the general loop’s run byte for byte on random plain lines (300 lines)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(plainLine, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 20 }), (spec, seed, replication) => {
        expect(takesFastPath(spec)).toBe(true);
        const { fast, general } = both(spec, seed, replication);
        expect(fast).toBe(general);
      }),
      { numRuns: 300, seed: 18 },
    );
  });

  it('stops at the same event cap with the same message', () => {
    fc.assert(
      fc.property(plainLine, fc.integer({ min: 1, max: 200 }), (spec, cap) => {
        const { fast, general } = both(spec, 3, 0, cap);
        expect(fast).toBe(general);
      }),
      { numRuns: 100, seed: 19 },
    );
  });

  it('is the path of the benchmark’s line and of a line with ties, and gives its run', () => {
    const expo = (mean: number) => ({ dist: 'exponential' as const, mean });
    const spec: FlowLineSpec = {
      timeUnit: 'minute',
      stations: [1, 2, 3].map((i) => ({ name: `S${i}`, processTime: expo(1), setupTime: zero, handlingTime: zero, defectRate: 0 })),
      transferBatch: 4,
      moveTime: zero,
      release: { mode: 'flow', interarrival: expo(1.25), horizon: 5000, warmup: 500 },
    };
    expect(takesFastPath(spec)).toBe(true);
    const { fast, general } = both(spec, 42, 7);
    expect(fast).toBe(general);
    expect(JSON.parse(fast).released).toBeGreaterThan(3000);
    // Every time 1: arrivals, starts and ends all coincide.
    const ties: FlowLineSpec = {
      ...spec,
      stations: spec.stations.map((s) => ({ ...s, processTime: { dist: 'deterministic', value: 1 } })),
      release: { mode: 'flow', interarrival: { dist: 'deterministic', value: 1 }, horizon: 200, warmup: 0 },
    };
    const tied = both(ties, 1, 0);
    expect(tied.fast).toBe(tied.general);
    // Closed form: 200 arrivals at t = 1…200 (the first at t = 1), batches of 4 ready at
    // t = 4, 8, …; a batch leaves the third station 12 minutes after it is ready.
    const run = JSON.parse(tied.fast);
    expect(run.released).toBe(200);
    expect(run.delivered).toBe(4 * Math.floor((200 - 12) / 4));
  });

  it('is not taken where a line needs the general loop', () => {
    const expo = { dist: 'exponential' as const, mean: 1 };
    const base: FlowLineSpec = {
      timeUnit: 'minute',
      stations: [0, 1].map((i) => ({ name: `S${i}`, processTime: expo, setupTime: zero, handlingTime: zero, defectRate: 0 })),
      transferBatch: 2,
      moveTime: zero,
      release: { mode: 'flow', interarrival: expo, horizon: 100, warmup: 0 },
    };
    const station1 = (change: Partial<StationSpec>): FlowLineSpec => ({ ...base, stations: [base.stations[0] as StationSpec, { ...(base.stations[1] as StationSpec), ...change }] });
    expect(takesFastPath(base)).toBe(true);
    expect(takesFastPath(base, { trace: true })).toBe(false);
    expect(takesFastPath(base, { plainPath: false })).toBe(false);
    expect(takesFastPath({ ...base, release: { mode: 'order', quantity: 10 } })).toBe(false);
    expect(takesFastPath({ ...base, release: { ...base.release, wipCap: 4 } as FlowLineSpec['release'] })).toBe(false);
    expect(takesFastPath({ ...base, moveTime: expo })).toBe(false);
    expect(takesFastPath({ ...base, processBatch: 4 })).toBe(false);
    expect(takesFastPath(station1({ setupTime: expo }))).toBe(false);
    expect(takesFastPath(station1({ handlingTime: expo }))).toBe(false);
    expect(takesFastPath(station1({ defectRate: 0.1 }))).toBe(false);
    expect(takesFastPath(station1({ buffer: 4 }))).toBe(false);
  });
});
