/**
 * Work elements, setup elements and the check at the source (poka-yoke), against numbers
 * worked out by hand (docs/model.md, "Work elements, SMED and poka-yoke").
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulateFlowLine, type FlowLineRun } from './flow-line.ts';
import { elementStreamName, setupElementStreamName } from './elements.ts';
import { samplerOf, type Distribution } from '../rng/distribution.ts';
import { createStream } from '../rng/stream.ts';
import { det, expo, line, order, station } from '../../../test/support/flow-line-specs.ts';
import type { FlowLineSpec, SetupElement, StationSpec, WorkElement } from './types.ts';

const uniform = (min: number, max: number): Distribution => ({ dist: 'uniform', min, max });
const lognormal = (mean: number, cv: number): Distribution => ({ dist: 'lognormal', mean, cv });
const work = (name: string, time: Distribution | number): WorkElement => ({ name, time: typeof time === 'number' ? det(time) : time });
const setupStep = (name: string, time: Distribution | number, kind: SetupElement['kind']): SetupElement => ({
  name,
  time: typeof time === 'number' ? det(time) : time,
  kind,
});

/** The station with its process time given as elements instead (processTime 0, as validation writes it). */
function withElements(s: StationSpec, elements: readonly WorkElement[]): StationSpec {
  return { ...s, processTime: det(0), elements };
}

function replaceStation(spec: FlowLineSpec, k: number, s: StationSpec): FlowLineSpec {
  return { ...spec, stations: spec.stations.map((old, i) => (i === k ? s : old)) };
}

/** Process times of the units a station started, from the trace (B = 1: no handling). */
function processTimes(run: FlowLineRun, k: number): number[] {
  return (run.trace?.events ?? []).filter((e) => e.kind === 'start' && e.station === k).map((e) => (e.duration ?? 0) - (e.handling ?? 0));
}

/** A mixed line: stochastic stations, setups, handling, moves and a drifting station. */
function mixedLine(batch: number, release: FlowLineSpec['release'] = order(40)): FlowLineSpec {
  return {
    timeUnit: 'minute',
    stations: [
      station('Cut', expo(0.8), { setupTime: det(0.5), handlingTime: det(0.2) }),
      station('Press', det(1), { setupTime: expo(1), handlingTime: det(0.2), defectRate: 0.05 }),
      station('Weld', lognormal(0.9, 0.5), { handlingTime: expo(0.1) }),
      station('Pack', uniform(0.2, 0.6)),
    ],
    transferBatch: batch,
    moveTime: expo(0.3),
    release,
  };
}

describe('work elements', () => {
  it.each([1, 5])('deterministic elements 0.3 + 0.5 + 0.2 give exactly the run of processTime 1.0 (B = %i)', (batch) => {
    for (const release of [order(40), { mode: 'flow' as const, interarrival: expo(1.6), horizon: 500, warmup: 50 }]) {
      const plain = mixedLine(batch, release);
      const press = plain.stations[1] as StationSpec;
      const split = replaceStation(plain, 1, withElements(press, [work('load', 0.3), work('strike', 0.5), work('unload', 0.2)]));
      for (const seed of [1, 'two', 3]) {
        expect(simulateFlowLine(split, seed, 0, { trace: true })).toEqual(simulateFlowLine(plain, seed, 0, { trace: true }));
      }
    }
  });

  it('closed form: makespan Q·t + (N−1)·B·t and first delivery N·B·t hold with every station split into elements', () => {
    // 3 stations of t = 1 as 0.25 + 0.75, B 5, Q 20: makespan 20 + 2·5 = 30, first delivery 15.
    const spec = line(3, 1, 5, order(20));
    const split: FlowLineSpec = {
      ...spec,
      stations: spec.stations.map((s, i) => withElements(s, [work(`pick ${i}`, 0.25), work(`fit ${i}`, 0.75)])),
    };
    const run = simulateFlowLine(split, 1, 0);
    expect(run.makespan).toBe(30);
    expect(run.firstDelivery).toBe(15);
  });

  it('stochastic elements: the mean process time is the sum of the means, the variance the sum of the variances', () => {
    // exponential(0.5) + uniform(0.2, 0.6) + lognormal(0.3, cv 0.5):
    // mean 0.5 + 0.4 + 0.3 = 1.2; variance 0.25 + 0.4²/12 + 0.15² = 0.2858333…
    const elements = [work('fit', expo(0.5)), work('fasten', uniform(0.2, 0.6)), work('check', lognormal(0.3, 0.5))];
    const spec: FlowLineSpec = { ...line(1, 1, 1, order(50_000)), stations: [withElements(station('Assemble', det(0)), elements)] };
    const times = processTimes(simulateFlowLine(spec, 'elements', 0, { trace: { limit: 300_000 } }), 0);
    const n = times.length;
    expect(n).toBe(50_000);
    const mean = times.reduce((a, b) => a + b, 0) / n;
    const variance = times.reduce((a, b) => a + (b - mean) * (b - mean), 0) / (n - 1);
    const trueVariance = 0.25 + 0.16 / 12 + 0.0225;
    expect(Math.abs(mean - 1.2)).toBeLessThan((4 * Math.sqrt(trueVariance)) / Math.sqrt(n));
    expect(Math.abs(variance / trueVariance - 1)).toBeLessThan(0.05);
  });

  it('each element draws from its own stream, element:<name>, whatever station it is at', () => {
    const fit = expo(0.7);
    const sample = samplerOf(fit);
    const stream = createStream(42, 3, elementStreamName('fit'));
    const expected = Array.from({ length: 30 }, () => 0.2 + sample(stream));
    // fit at station A, then moved to station B (line balancing): the same draws, unit by unit.
    const base = line(2, 1, 1, order(30));
    const atA: FlowLineSpec = {
      ...base,
      stations: [withElements(station('A', det(0)), [work('reach', 0.2), work('fit', fit)]), withElements(station('B', det(0)), [work('pack', 0.2)])],
    };
    const atB: FlowLineSpec = {
      ...base,
      stations: [withElements(station('A', det(0)), [work('reach', 0.2)]), withElements(station('B', det(0)), [work('pack', 0.2), work('fit', fit)])],
    };
    expect(processTimes(simulateFlowLine(atA, 42, 3, { trace: true }), 0)).toEqual(expected);
    expect(processTimes(simulateFlowLine(atB, 42, 3, { trace: true }), 1)).toEqual(expected);
  });

  it('changing one element leaves every other station’s draws and the arrivals as they were (R5)', () => {
    const flow = { mode: 'flow' as const, interarrival: expo(2), horizon: 300, warmup: 0 };
    const base: FlowLineSpec = {
      ...mixedLine(1, flow),
      stations: [
        withElements(station('A', det(0)), [work('a1', expo(0.5)), work('a2', expo(0.4))]),
        withElements(station('B', det(0)), [work('b1', expo(0.6)), work('b2', uniform(0.1, 0.3))]),
      ],
    };
    const changed = replaceStation(base, 1, withElements(base.stations[1] as StationSpec, [work('b1', lognormal(0.3, 1)), work('b2', uniform(0.1, 0.3))]));
    const arrivals = (run: FlowLineRun) => (run.trace?.events ?? []).filter((e) => e.kind === 'release').map((e) => e.t);
    const a = simulateFlowLine(base, 9, 0, { trace: true });
    const b = simulateFlowLine(changed, 9, 0, { trace: true });
    expect(arrivals(b)).toEqual(arrivals(a));
    expect(processTimes(b, 0)).toEqual(processTimes(a, 0));
  });

  it('fixed elements draw nothing: adding one leaves a station’s random elements as they were (R5)', () => {
    const base: FlowLineSpec = { ...line(1, 1, 1, order(50)), stations: [withElements(station('A', det(0)), [work('fit', expo(1))])] };
    const more = replaceStation(base, 0, withElements(base.stations[0] as StationSpec, [work('walk', 0.5), work('fit', expo(1)), work('wait', 0)]));
    const plain = processTimes(simulateFlowLine(base, 5, 0, { trace: true }), 0);
    expect(processTimes(simulateFlowLine(more, 5, 0, { trace: true }), 0)).toEqual(plain.map((t) => 0.5 + t + 0));
  });

  it('line balancing, by hand: moving 0.5 from a 1.5 station to a 0.5 station, B 1, Q 10', () => {
    // Deterministic serial line, B = 1: makespan = Σ tᵢ + (Q − 1) · max tᵢ.
    // Before: 1.5 and 0.5 → 2 + 9 · 1.5 = 15.5. After: 1 and 1 → 2 + 9 · 1 = 11.
    const before: FlowLineSpec = {
      ...line(2, 1, 1, order(10)),
      stations: [
        withElements(station('Weld', det(0)), [work('weld', 1), work('deburr', 0.5)]),
        withElements(station('Pack', det(0)), [work('pack', 0.5)]),
      ],
    };
    const after: FlowLineSpec = {
      ...before,
      stations: [withElements(station('Weld', det(0)), [work('weld', 1)]), withElements(station('Pack', det(0)), [work('deburr', 0.5), work('pack', 0.5)])],
    };
    expect(simulateFlowLine(before, 1, 0).makespan).toBe(15.5);
    expect(simulateFlowLine(after, 1, 0).makespan).toBe(11);
  });
});

describe('setup elements (SMED): external work is the operator\'s, done in idle time (MODEL.md, version 2)', () => {
  it('a station never idle pays its external setup in full: one station, B 1, Q 5, t 1, external 1.5 gives makespan 12.5, as setupTime 1.5', () => {
    const external = line(1, 1, 1, order(5), { setupElements: [setupStep('fetch die', 1.5, 'external')] });
    const internal = line(1, 1, 1, order(5), { setupTime: det(1.5) });
    const run = simulateFlowLine(external, 1, 0);
    expect(run.makespan).toBe(12.5);
    expect(run.stations[0]?.setup).toBe(7.5);
    expect(run).toEqual(simulateFlowLine(internal, 1, 0));
  });

  it('by hand: 2 stations, B 5, Q 10, t 1; setup 2 all internal gives 21; 0.5 internal + 1.5 external gives 19.5, not 16.5', () => {
    // Station 1 is never idle: setups [0, 2] and [7, 9] pay the external 1.5 in full; units end 7 and 14.
    // Station 2 is idle [0, 7]: its external part is done; setup [7, 7.5], units to 12.5 (first
    // delivery). Idle again [12.5, 14] = 1.5: the next external part is done; setup [14, 14.5], done 19.5.
    const allInternal = line(2, 1, 5, order(10), { setupElements: [setupStep('fetch die', 1.5, 'internal'), setupStep('swap die', 0.5, 'internal')] });
    expect(simulateFlowLine(allInternal, 1, 0).makespan).toBe(21);
    const smed = line(2, 1, 5, order(10), { setupElements: [setupStep('fetch die', 1.5, 'external'), setupStep('swap die', 0.5, 'internal')] });
    const run = simulateFlowLine(smed, 1, 0);
    expect(run.makespan).toBe(19.5);
    expect(run.firstDelivery).toBe(12.5);
    expect(run.stations[0]?.setup).toBe(4);
    expect(run.stations[1]?.setup).toBe(1);
  });

  it('part done in idle time: station 2 idle 1 minute per unit, external 1.5 leaves 0.5 to do at each setup', () => {
    // Station 1 t 2, station 2 t 1, B 1, Q 4. Units reach station 2 at 2, 4, 6, 8. The first
    // setup's external part is done in the idle [0, 2]. After it the operator has 1 minute idle
    // before each next unit: 0.5 is left and done at the setup. Unit 2: setup [4, 4.5], done 5.5;
    // unit 3 arrives 6 (idle 0.5 from 5.5: 1.0 left): setup [6, 7], done 8; unit 4 arrives 8, idle 0: setup [8, 9.5], done 10.5.
    const spec: FlowLineSpec = {
      ...line(2, 1, 1, order(4)),
      stations: [station('S1', det(2)), station('S2', det(1), { setupElements: [setupStep('fetch die', 1.5, 'external')] })],
    };
    const run = simulateFlowLine(spec, 1, 0, { trace: true });
    const deliveries = (run.trace?.events ?? []).filter((e) => e.kind === 'deliver').map((e) => e.t);
    expect(deliveries).toEqual([3, 5.5, 8, 10.5]);
    expect(run.stations[1]?.setup).toBe(3);
  });

  it('external work that always fits in idle time costs nothing: the run is the run without it', () => {
    const base: FlowLineSpec = { ...line(2, 1, 1, order(8)), stations: [station('S1', det(2)), station('S2', det(1))] };
    const withExternal: FlowLineSpec = {
      ...base,
      stations: [station('S1', det(2)), station('S2', det(1), { setupElements: [setupStep('fetch die', 0.5, 'external')] })],
    };
    const run = simulateFlowLine(withExternal, 1, 0, { trace: true });
    expect(run.trace?.events.some((e) => e.kind === 'setup')).toBe(false);
    expect(run).toEqual(simulateFlowLine(base, 1, 0, { trace: true }));
  });

  it('each setup element draws from setup:<station>:<name>; a station never idle pays internal + external draws', () => {
    const internal = expo(0.8);
    const external = expo(3);
    const a = createStream(7, 0, setupElementStreamName(0, 'swap die'));
    const b = createStream(7, 0, setupElementStreamName(0, 'fetch die'));
    const ints = Array.from({ length: 10 }, () => samplerOf(internal)(a));
    const exts = Array.from({ length: 11 }, () => samplerOf(external)(b));
    const spec = line(1, 1, 1, order(10), { setupElements: [setupStep('fetch die', external, 'external'), setupStep('swap die', internal, 'internal')] });
    const setups = (simulateFlowLine(spec, 7, 0, { trace: true }).trace?.events ?? []).filter((e) => e.kind === 'setup').map((e) => e.duration);
    expect(setups).toEqual(ints.map((x, i) => x + (exts[i] as number)));
  });
});

describe('check at the source (poka-yoke)', () => {
  // Seed 303: station 1's drift stream at rate 0.2 reads drift, then no drift 13 times.
  const driftPattern = (seed: number, count: number) => {
    const s = createStream(seed, 0, 'drift:0');
    return Array.from({ length: count }, () => s.next() < 0.2);
  };
  const drifting = (pokaYoke: boolean): FlowLineSpec => {
    const spec = line(2, 1, 10, order(10));
    return replaceStation(spec, 0, { ...(spec.stations[0] as StationSpec), defectRate: 0.2, pokaYoke });
  };

  it('B 10 without the check: the drift is found a batch later and the whole batch is scrap', () => {
    expect(driftPattern(303, 14)).toEqual([true, ...Array.from({ length: 13 }, () => false)]);
    // Station 1 drifts on unit 0 and makes 10 defective units by 10. Station 2 starts unit 0
    // at 10 and finds it: all 10 are scrapped; the 10 replacements are made [10, 20], then
    // station 2 [20, 30].
    const run = simulateFlowLine(drifting(false), 303, 0);
    expect(run.scrapped).toBe(10);
    expect(run.makespan).toBe(30);
    expect(run.firstDelivery).toBe(30);
  });

  it('B 10 with the check: the drifting unit alone is scrapped, when it is finished', () => {
    expect(driftPattern(303, 14)).toEqual([true, ...Array.from({ length: 13 }, () => false)]);
    // Unit 0 drifts [0, 1]; at 1 the check finds it: unit 0 is scrapped, station 1 is
    // re-adjusted and goes on with units 1–9 (good) to 10; the batch of 9 moves on and station
    // 2 works it [10, 19]. The replacement (unit 10) waits behind, is made [10, 11] and done
    // by station 2 [19, 20].
    const run = simulateFlowLine(drifting(true), 303, 0, { trace: true });
    expect(run.scrapped).toBe(1);
    expect(run.makespan).toBe(20);
    expect(run.firstDelivery).toBe(19);
    expect(run.leadTime?.mean).toBeCloseTo((9 * 19 + 20) / 10, 12);
    const marks = run.trace?.events.filter((e) => ['drift', 'detect', 'scrap'].includes(e.kind));
    expect(marks).toEqual([
      { t: 0, kind: 'drift', station: 0, unit: 0, batch: 0 },
      { t: 1, kind: 'detect', station: 0, unit: -1, batch: -1, source: 0 },
      { t: 1, kind: 'scrap', station: 0, unit: 0, batch: 0 },
    ]);
    // The scrapped unit was finished (its time is work) and is counted as finished.
    expect(run.stations[0]?.unitsFinished).toBe(11);
    expect(run.stations[0]?.working).toBe(11);
  });

  it('B 1 with the check on a one-unit batch: the emptied batch is not handed on', () => {
    const spec = replaceStation(line(2, 1, 1, order(3)), 0, { ...station('S1', det(1)), defectRate: 0.2, pokaYoke: true });
    const run = simulateFlowLine(spec, 303, 0, { trace: true });
    // Unit 0 drifts and is scrapped at 1; units 1, 2 and the replacement 3 follow: delivered at 3, 4, 5.
    expect(run.scrapped).toBe(1);
    expect(run.makespan).toBe(5);
    expect(run.trace?.events.filter((e) => e.kind === 'move').map((e) => e.batch)).toEqual([1, 2, 3]);
  });

  it('exactly one unit scrapped per drift, at any batch size, drift rate, station and seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 3 }),
        (batch, rate, seed, k) => {
          const stations = [station('A', expo(1)), station('B', expo(0.9)), station('C', uniform(0.5, 1.2)), station('D', expo(0.6))];
          const base: FlowLineSpec = { ...line(4, 1, batch, order(60)), stations, moveTime: det(0.2) };
          const check = replaceStation(base, k, { ...(stations[k] as StationSpec), defectRate: rate, pokaYoke: true });
          const run = simulateFlowLine(check, seed, 0, { trace: true });
          const drifts = run.trace?.events.filter((e) => e.kind === 'drift').length;
          expect(run.scrapped).toBe(drifts);
          expect(run.delivered).toBe(60);
          expect(run.wip.mean).toBeCloseTo(run.throughput * (run.leadTime?.mean ?? 0), 9);
          for (const e of run.trace?.events ?? []) if (e.kind === 'detect') expect(e.source).toBe(e.station);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('sample-path invariants with elements, setup elements and checks', () => {
  const time: fc.Arbitrary<Distribution> = fc.oneof(
    fc.double({ min: 0, max: 2, noNaN: true }).map((value) => det(value)),
    fc.double({ min: 0.05, max: 2, noNaN: true }).map((mean) => expo(mean)),
    fc.tuple(fc.double({ min: 0.05, max: 2, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true })).map(([mean, cv]) => lognormal(mean, cv)),
  );
  const stationArb = (i: number) =>
    fc.record({
      name: fc.constant(`S${i}`),
      processTime: fc.constant(det(0)),
      // The first element takes time, so a run never ends at t = 0.
      elements: fc
        .tuple(fc.double({ min: 0.05, max: 2, noNaN: true }).map(expo), fc.array(time, { maxLength: 3 }))
        .map(([first, rest]) => [first, ...rest].map((t, j) => work(`e${i}.${j}`, t))),
      setupTime: fc.constant(det(0)),
      setupElements: fc
        .array(fc.tuple(time, fc.constantFrom('internal' as const, 'external' as const)), { maxLength: 3 })
        .map((ts) => ts.map(([t, kind], j) => setupStep(`u${j}`, t, kind))),
      handlingTime: time,
      defectRate: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.2, noNaN: true })),
      pokaYoke: fc.boolean(),
    });
  const lineArb: fc.Arbitrary<FlowLineSpec> = fc.integer({ min: 1, max: 5 }).chain((n) =>
    fc.record({
      timeUnit: fc.constant('minute' as const),
      stations: fc.tuple(...Array.from({ length: n }, (_, i) => stationArb(i))),
      transferBatch: fc.integer({ min: 1, max: 10 }),
      moveTime: time,
      release: fc.integer({ min: 1, max: 50 }).map((quantity) => order(quantity)),
    }),
  );

  it('order mode: conservation, every good unit delivered, Little’s law exact', () => {
    fc.assert(
      fc.property(lineArb, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const run = simulateFlowLine(spec, seed, 0, { maxEvents: 200_000 });
        expect(run.released).toBe(run.delivered + run.scrapped + run.wipAtEnd);
        expect(run.delivered).toBe(spec.release.mode === 'order' ? spec.release.quantity : 0);
        expect(run.wip.mean).toBeCloseTo(run.throughput * (run.leadTime?.mean ?? 0), 9);
        const length = run.window.to - run.window.from;
        for (const s of run.stations) expect(s.working + s.setup + s.handling + s.starved).toBeCloseTo(length, 6);
      }),
      { numRuns: 200 },
    );
  });
});
