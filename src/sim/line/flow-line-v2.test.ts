/**
 * Model A, version 2 (MODEL.md): process batches, release under a WIP cap (CONWIP), kanban
 * buffers with blocking, flow time. Each rule against a number worked out by hand or a
 * closed form of queueing theory (Hopp and Spearman, Factory Physics).
 */
import { describe, expect, it } from 'vitest';
import { simulateFlowLine, type FlowLineRun } from './flow-line.ts';
import { meanCi } from '../stats/replication-summary.ts';
import { det, expo, line, order, station } from '../../../test/support/flow-line-specs.ts';
import type { FlowLineSpec } from './types.ts';

/** Delivery times by unit, from the trace. */
function deliveries(run: FlowLineRun): number[] {
  return (run.trace?.events ?? []).filter((e) => e.kind === 'deliver').map((e) => e.t);
}

/** Flow time of each delivered unit (delivery − release), in delivery order, from the trace. */
function flowTimes(run: FlowLineRun): number[] {
  const released = new Map<number, number>();
  const out: number[] = [];
  for (const e of run.trace?.events ?? []) {
    if (e.kind === 'release') released.set(e.unit, e.t);
    if (e.kind === 'deliver') out.push(e.t - (released.get(e.unit) as number));
  }
  return out;
}

describe('process batch: set up once per P units started, move in transfer batches of B', () => {
  it('closed form, one station: unit j is delivered at s·⌈j/P⌉ + j·t; makespan (Q/P)·s + Q·t', () => {
    for (const [t, s, p, q] of [
      [1, 3, 4, 12],
      [0.5, 2, 5, 20],
      [2, 1, 1, 6],
    ] as const) {
      const spec: FlowLineSpec = { ...line(1, t, 1, order(q), { setupTime: det(s) }), processBatch: p };
      const run = simulateFlowLine(spec, 1, 0, { trace: true });
      const expected = Array.from({ length: q }, (_, i) => s * Math.ceil((i + 1) / p) + (i + 1) * t);
      expect(deliveries(run), `t ${t}, s ${s}, P ${p}`).toEqual(expected);
      expect(run.makespan).toBe((q / p) * s + q * t);
    }
  });

  it('lot splitting by hand, 2 stations t 1, setup 2, Q 10: P = B = 10 gives 24; P = B = 1 gives 33; P 10, B 1 gives 15', () => {
    // P = B = 10: station 1 setup [0, 2], done 12; station 2 setup [12, 14], done 24.
    // P = B = 1: station 1 pays 2 + 1 per unit (units leave at 3, 6, … 30); station 2 the same, done 33.
    // P 10, B 1: station 1 setup [0, 2], units leave at 3 … 12; station 2 sets up [3, 5] for the
    // first and then runs one a minute: done at 15.
    const base = line(2, 1, 10, order(10), { setupTime: det(2) });
    expect(simulateFlowLine(base, 1, 0).makespan).toBe(24);
    expect(simulateFlowLine({ ...base, transferBatch: 1 }, 1, 0).makespan).toBe(33);
    const split = simulateFlowLine({ ...base, transferBatch: 1, processBatch: 10 }, 1, 0);
    expect(split.makespan).toBe(15);
    expect(split.firstDelivery).toBe(6);
    expect(split.stations.map((s) => s.setup)).toEqual([2, 2]);
  });

  it('P equal to B, given or not, is version 1 exactly', () => {
    const spec: FlowLineSpec = {
      ...line(3, 1, 4, order(40), { setupTime: expo(1), defectRate: 0.05 }),
      stations: [station('A', expo(1), { setupTime: expo(1), defectRate: 0.05 }), station('B', expo(1.1), { setupTime: expo(2) }), station('C', expo(0.9))],
    };
    for (const seed of [1, 2, 3]) expect(simulateFlowLine({ ...spec, processBatch: 4 }, seed, 0)).toEqual(simulateFlowLine(spec, seed, 0));
  });
});

describe('release under a WIP cap (CONWIP)', () => {
  it('best case, exactly in steady state: N balanced deterministic stations, B 1, cap W: flow time max(N, W)·t, throughput min(W/(N·t), 1/t)', () => {
    const n = 3;
    const t = 1;
    for (const w of [1, 2, 3, 4, 6]) {
      const spec: FlowLineSpec = { ...line(n, t, 1, { mode: 'order', quantity: 120, wipCap: w }) };
      const run = simulateFlowLine(spec, 1, 0, { trace: true });
      const flows = flowTimes(run);
      const times = deliveries(run);
      const cycle = Math.max(n, w) * t;
      for (let j = 20; j < 100; j++) {
        expect(flows[j], `W ${w}, unit ${j}: flow time`).toBe(cycle);
        // W units leave per cycle: throughput W / max(N, W)·t = min(W/(N·t), 1/t).
        expect((times[j + w] as number) - (times[j] as number), `W ${w}, unit ${j}: W deliveries per cycle`).toBe(cycle);
      }
      expect(run.wip.max).toBe(w);
    }
  });

  it('practical worst case: N balanced exponential stations of mean t, B 1, cap W: throughput W/((W+N−1)·t), flow time (N+W−1)·t', () => {
    const n = 3;
    const t = 1;
    for (const w of [2, 4]) {
      // Arrivals every 0.5 keep the backlog full, so the line is a closed network of W units.
      const spec: FlowLineSpec = {
        ...line(n, 1, 1, { mode: 'flow', interarrival: det(0.5), horizon: 4000, warmup: 400, wipCap: w }),
        stations: Array.from({ length: n }, (_, i) => station(`S${i + 1}`, expo(t))),
      };
      const runs = Array.from({ length: 20 }, (_, r) => simulateFlowLine(spec, 11, r));
      const th = meanCi(runs.map((r) => r.throughput));
      const flow = meanCi(runs.map((r) => r.flowTime?.mean as number));
      const thExpected = w / ((w + n - 1) * t);
      const flowExpected = (n + w - 1) * t;
      expect(Math.abs(th.mean - thExpected), `W ${w}: throughput ${th.mean} ± ${th.ci95} vs ${thExpected}`).toBeLessThan(1.5 * th.ci95);
      expect(Math.abs(flow.mean - flowExpected), `W ${w}: flow time ${flow.mean} ± ${flow.ci95} vs ${flowExpected}`).toBeLessThan(1.5 * flow.ci95);
      // The backlog is reported, and grows: arrivals outpace the capped line.
      expect(runs[0]?.backlog?.max).toBeGreaterThan(1000);
      // Lead time (from arrival) is far longer than flow time (from release).
      expect(runs[0]?.leadTime?.mean).toBeGreaterThan(10 * flowExpected);
    }
  });

  it('order mode with a cap: the order waits outside the line; W ≥ N·t / t keeps the makespan, a smaller cap stretches it', () => {
    // 3 stations t 1, Q 30, B 1. No cap: makespan 32. Cap 3 = N: the same 32. Cap 1: one unit at a time, 90.
    const push = line(3, 1, 1, order(30));
    expect(simulateFlowLine(push, 1, 0).makespan).toBe(32);
    const capped = (w: number) => simulateFlowLine(line(3, 1, 1, { mode: 'order', quantity: 30, wipCap: w }), 1, 0);
    expect(capped(3).makespan).toBe(32);
    expect(capped(3).wip.max).toBe(3);
    expect(capped(1).makespan).toBe(90);
    expect(capped(1).flowTime?.mean).toBe(3);
    // Lead time counts from the request (t = 0): unit j waits (j − 1)·3 outside first.
    expect(capped(1).leadTime?.mean).toBe((3 * 31) / 2);
  });

  it('a transfer batch forms from B releases; W not a multiple of B still runs the whole order', () => {
    const run = simulateFlowLine(line(2, 1, 2, { mode: 'order', quantity: 9, wipCap: 3 }), 1, 0);
    expect(run.delivered).toBe(9);
    expect(run.wip.max).toBe(3);
    expect(run.makespan).not.toBeNull();
  });

  it('flow mode without a backlog: flow time equals lead time; with a cap and slow arrivals too', () => {
    const spec = { ...line(2, 1, 1, { mode: 'flow', interarrival: expo(2), horizon: 2000, warmup: 100, wipCap: 50 }), stations: [station('A', expo(1)), station('B', expo(1))] } as FlowLineSpec;
    const run = simulateFlowLine(spec, 3, 0);
    expect(run.backlog?.max).toBeLessThanOrEqual(5);
    expect(Math.abs((run.flowTime?.mean as number) - (run.leadTime?.mean as number))).toBeLessThan(0.05);
  });
});

describe('kanban buffers and blocking after service', () => {
  it('by hand: station 1 t 1, station 2 t 2, buffer 1, B 1, Q 5: station 1 blocked [4, 5] and [6, 7]', () => {
    const spec: FlowLineSpec = { ...line(2, 1, 1, order(5)), stations: [station('A', det(1)), station('B', det(2), { buffer: 1 })] };
    const run = simulateFlowLine(spec, 1, 0, { trace: true });
    expect(deliveries(run)).toEqual([3, 5, 7, 9, 11]);
    expect(run.stations[0]?.blocked).toBe(2);
    expect(run.stations[0]?.starved).toBe(11 - 5 - 2);
    expect(run.stations[1]?.blocked).toBe(0);
    const blocks = (run.trace?.events ?? []).filter((e) => e.kind === 'block' || e.kind === 'unblock').map((e) => [e.kind, e.t]);
    expect(blocks).toEqual([
      ['block', 4],
      ['unblock', 5],
      ['block', 6],
      ['unblock', 7],
    ]);
  });

  it('two exponential stations of rate μ, station 1 never starved, buffer b: throughput μ·(b+2)/(b+3)', () => {
    for (const b of [1, 2, 4]) {
      const spec: FlowLineSpec = { ...line(2, 1, 1, order(4000)), stations: [station('A', expo(1)), station('B', expo(1), { buffer: b })] };
      const runs = Array.from({ length: 20 }, (_, r) => simulateFlowLine(spec, 5, r));
      const th = meanCi(runs.map((r) => r.throughput));
      const expected = (b + 2) / (b + 3);
      expect(Math.abs(th.mean - expected), `b ${b}: ${th.mean} ± ${th.ci95} vs ${expected}`).toBeLessThan(1.5 * th.ci95 + 2 / 4000);
      for (const r of runs) expect(r.released).toBe(r.delivered + r.scrapped + r.wipAtEnd);
    }
  });

  it('a buffer that is never full changes nothing', () => {
    const spec: FlowLineSpec = {
      ...line(3, 1, 2, order(30)),
      stations: [station('A', expo(1)), station('B', expo(0.5), { buffer: 1000 }), station('C', expo(0.4), { buffer: 1000 })],
    };
    const { stations, ...plain } = spec;
    const unlimited = { ...plain, stations: stations.map(({ buffer: _b, ...s }) => s) };
    expect(simulateFlowLine(spec, 2, 0)).toEqual(simulateFlowLine(unlimited, 2, 0));
  });
});

describe('flow time and Little’s law', () => {
  it('order mode with a cap, no scrap: mean WIP = throughput × mean flow time, exactly', () => {
    const spec: FlowLineSpec = {
      ...line(3, 1, 2, { mode: 'order', quantity: 60, wipCap: 5 }, { setupTime: expo(0.5) }, 0.2),
      stations: [station('A', expo(1)), station('B', expo(1.2), { buffer: 4 }), station('C', expo(0.8), { buffer: 2 })],
      processBatch: 6,
    };
    for (let r = 0; r < 5; r++) {
      const run = simulateFlowLine(spec, 9, r);
      const little = run.throughput * (run.flowTime?.mean as number);
      expect(Math.abs(run.wip.mean - little) / little, `replication ${r}`).toBeLessThan(1e-12);
    }
  });
});
