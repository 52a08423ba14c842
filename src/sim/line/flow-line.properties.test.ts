/**
 * Sample-path invariants over random small lines (QUALITY R7): no exception, no NaN,
 * units conserved, Little's law exact in order mode, time splits that add up.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulateFlowLine, type FlowLineRun } from './flow-line.ts';
import type { Distribution } from '../rng/distribution.ts';
import type { FlowLineSpec } from './types.ts';

const positiveTime: fc.Arbitrary<Distribution> = fc.oneof(
  fc.double({ min: 0.1, max: 5, noNaN: true }).map((value) => ({ dist: 'deterministic' as const, value })),
  fc.double({ min: 0.1, max: 5, noNaN: true }).map((mean) => ({ dist: 'exponential' as const, mean })),
  fc
    .tuple(fc.double({ min: 0.1, max: 5, noNaN: true }), fc.double({ min: 0.05, max: 2, noNaN: true }))
    .map(([mean, cv]) => ({ dist: 'lognormal' as const, mean, cv })),
  fc
    .tuple(fc.double({ min: 0.1, max: 5, noNaN: true }), fc.double({ min: 0.1, max: 3, noNaN: true }))
    .map(([mean, cv]) => ({ dist: 'gamma' as const, mean, cv })),
  fc
    .tuple(fc.double({ min: 0.1, max: 2, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }))
    .map(([min, width]) => ({ dist: 'uniform' as const, min, max: min + width })),
);
const optionalTime: fc.Arbitrary<Distribution> = fc.oneof(
  fc.constant({ dist: 'deterministic' as const, value: 0 }),
  positiveTime,
);

const stationArb = fc.record({
  name: fc.constantFrom('Cut', 'Bend', 'Weld', 'Paint', 'Pack'),
  processTime: positiveTime,
  setupTime: optionalTime,
  handlingTime: optionalTime,
  defectRate: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.2, noNaN: true })),
});

const orderLine: fc.Arbitrary<FlowLineSpec> = fc.record({
  timeUnit: fc.constantFrom('second' as const, 'minute' as const, 'hour' as const),
  stations: fc.array(stationArb, { minLength: 1, maxLength: 5 }),
  transferBatch: fc.integer({ min: 1, max: 12 }),
  moveTime: optionalTime,
  release: fc.integer({ min: 1, max: 60 }).map((quantity) => ({ mode: 'order' as const, quantity })),
});

const flowLine: fc.Arbitrary<FlowLineSpec> = fc.record({
  timeUnit: fc.constant('minute' as const),
  stations: fc.array(stationArb, { minLength: 1, maxLength: 4 }),
  transferBatch: fc.integer({ min: 1, max: 8 }),
  moveTime: optionalTime,
  release: fc
    .tuple(positiveTime, fc.double({ min: 10, max: 300, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }))
    .map(([interarrival, horizon, warm]) => ({ mode: 'flow' as const, interarrival, horizon, warmup: horizon * warm })),
});

/**
 * Version 2 on top of a version-1 line: a WIP cap W ≥ B, buffers b ≥ B on some stations
 * 2…N, a process batch, and external setup work: every combination validation accepts.
 */
function withVersion2(base: fc.Arbitrary<FlowLineSpec>): fc.Arbitrary<FlowLineSpec> {
  return base.chain((spec) => {
    const b = spec.transferBatch;
    const n = spec.stations.length;
    return fc
      .record({
        cap: fc.option(fc.integer({ min: b, max: b + 15 }), { nil: undefined }),
        buffers: fc.array(fc.option(fc.integer({ min: b, max: b + 6 }), { nil: undefined }), { minLength: n, maxLength: n }),
        processBatch: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        external: fc.array(fc.option(positiveTime, { nil: undefined }), { minLength: n, maxLength: n }),
      })
      .map(({ cap, buffers, processBatch, external }) => ({
        ...spec,
        ...(processBatch !== undefined ? { processBatch } : {}),
        release: cap !== undefined ? { ...spec.release, wipCap: cap } : spec.release,
        stations: spec.stations.map((s, i) => ({
          ...s,
          ...(i > 0 && buffers[i] !== undefined ? { buffer: buffers[i] } : {}),
          ...(external[i] !== undefined ? { setupElements: [{ name: 'prepare', time: external[i] as Distribution, kind: 'external' as const }] } : {}),
        })),
      }));
  });
}

function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value !== 'object') return true;
  return Object.values(value).every(allFinite);
}

function checkInvariants(run: FlowLineRun, version2 = false): void {
  expect(allFinite(run), 'no NaN or ±Infinity in any figure').toBe(true);
  expect(run.released, 'released = delivered + scrapped + WIP at the end').toBe(run.delivered + run.scrapped + run.wipAtEnd);
  const length = run.window.to - run.window.from;
  for (const s of run.stations) {
    expect(s.working + s.setup + s.handling + s.starved + s.blocked, `${s.name}: the split adds up to the window`).toBeCloseTo(length, 6);
    for (const part of [s.working, s.setup, s.handling, s.starved, s.blocked]) expect(part).toBeGreaterThanOrEqual(0);
    if (!version2) expect(s.blocked).toBe(0);
  }
  expect(run.wip.max).toBeGreaterThanOrEqual(run.wip.mean - 1e-9);
}

describe('flow-line sample-path invariants', () => {
  it('order mode: conservation, all good units delivered, Little’s law exact', () => {
    fc.assert(
      fc.property(orderLine, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const run = simulateFlowLine(spec, seed, 0, { maxEvents: 200_000 });
        checkInvariants(run);
        expect(run.delivered).toBe(spec.release.mode === 'order' ? spec.release.quantity : 0);
        expect(run.wipAtEnd).toBe(0);
        const makespan = run.makespan as number;
        // L = λW on the sample path: WIP over [0, makespan] = Q/makespan × mean lead time.
        expect(run.wip.mean).toBeCloseTo(run.throughput * (run.leadTime?.mean ?? 0), 9);
        expect(run.firstDelivery).toBeLessThanOrEqual(makespan);
        expect(run.leadTime?.max).toBe(makespan);
      }),
      { numRuns: 300 },
    );
  });

  it('flow mode: conservation and finite figures', () => {
    fc.assert(
      fc.property(flowLine, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        checkInvariants(simulateFlowLine(spec, seed, 0, { maxEvents: 200_000 }));
      }),
      { numRuns: 300 },
    );
  });

  it('version 2, order mode: no deadlock with caps, buffers, process batches and external setup; conservation; flow-time Little’s law', () => {
    fc.assert(
      fc.property(withVersion2(orderLine), fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const run = simulateFlowLine(spec, seed, 0, { maxEvents: 400_000 });
        checkInvariants(run, true);
        // No deadlock: the whole order is delivered.
        expect(run.makespan).not.toBeNull();
        expect(run.delivered).toBe(spec.release.mode === 'order' ? spec.release.quantity : 0);
        expect(run.wipAtEnd).toBe(0);
        const cap = spec.release.wipCap;
        if (cap !== undefined) {
          expect(run.wip.max).toBeLessThanOrEqual(cap);
          // Without scrap every unit released is delivered: WIP over [0, makespan] is exactly
          // throughput × mean flow time. Scrapped units held WIP but have no flow time.
          if (run.scrapped === 0) expect(run.wip.mean).toBeCloseTo(run.throughput * (run.flowTime?.mean ?? 0), 9);
        } else if (run.scrapped === 0) {
          expect(run.wip.mean).toBeCloseTo(run.throughput * (run.leadTime?.mean ?? 0), 9);
        }
        const blocking = spec.stations.some((s) => s.buffer !== undefined);
        if (!blocking) for (const s of run.stations) expect(s.blocked).toBe(0);
        expect(run.stations[run.stations.length - 1]?.blocked, 'deliveries are never blocked').toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('version 2, flow mode: conservation, finite figures, the cap holds, backlog reported', () => {
    fc.assert(
      fc.property(withVersion2(flowLine), fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const run = simulateFlowLine(spec, seed, 0, { maxEvents: 400_000 });
        checkInvariants(run, true);
        const cap = spec.release.wipCap;
        if (cap !== undefined) {
          expect(run.wip.max).toBeLessThanOrEqual(cap);
          expect(run.backlog).toBeDefined();
          expect(run.backlog?.max).toBeGreaterThanOrEqual(run.backlog?.mean ?? 0);
        } else expect(run.backlog).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('the same seed gives byte-identical results; another replication differs', () => {
    fc.assert(
      fc.property(orderLine, fc.string(), (spec, seed) => {
        const a = JSON.stringify(simulateFlowLine(spec, seed, 3, { trace: true }));
        const b = JSON.stringify(simulateFlowLine(spec, seed, 3, { trace: true }));
        expect(a).toBe(b);
      }),
      { numRuns: 100 },
    );
  });

  it('the trace is in time order and its deliveries match the count', () => {
    fc.assert(
      fc.property(orderLine, fc.integer({ min: 0, max: 100 }), (spec, seed) => {
        const run = simulateFlowLine(spec, seed, 0, { trace: true });
        const events = run.trace?.events ?? [];
        for (let i = 1; i < events.length; i++) expect(events[i]!.t).toBeGreaterThanOrEqual(events[i - 1]!.t);
        expect(events.filter((e) => e.kind === 'deliver').length).toBe(run.delivered);
        expect(events.filter((e) => e.kind === 'scrap').length).toBe(run.scrapped);
      }),
      { numRuns: 100 },
    );
  });

  it('a tracing run and a plain run give the same figures', () => {
    fc.assert(
      fc.property(flowLine, (spec) => {
        const { trace: _trace, ...traced } = simulateFlowLine(spec, 5, 0, { trace: true });
        expect(traced).toEqual(simulateFlowLine(spec, 5, 0));
      }),
      { numRuns: 50 },
    );
  });

  it('a runaway run ends with a clear error, not a hang', () => {
    const spec: FlowLineSpec = {
      timeUnit: 'minute',
      stations: [{ name: 'A', processTime: { dist: 'deterministic', value: 1 }, setupTime: { dist: 'deterministic', value: 0 }, handlingTime: { dist: 'deterministic', value: 0 }, defectRate: 0 }],
      transferBatch: 1,
      moveTime: { dist: 'deterministic', value: 0 },
      release: { mode: 'order', quantity: 1_000 },
    };
    expect(() => simulateFlowLine(spec, 1, 0, { maxEvents: 100 })).toThrow(/stopped after 100 events/);
  });
});
