/**
 * The reference curves of Hopp and Spearman (Factory Physics, chapter 7, "the Penny Fab") for
 * a line run under a WIP cap W (CONWIP), from its raw process time T0 (the sum of the
 * stations' mean times: one unit alone in the line) and its bottleneck rate rb (units per
 * time unit of the slowest station). W0 = rb·T0 is the critical WIP; for a balanced line of N
 * stations it is N.
 *
 * - Best case (deterministic times): throughput min(W/T0, rb), flow time max(T0, W/rb).
 * - Worst case (the whole WIP travels as one lump): throughput 1/T0, flow time W·T0.
 * - Practical worst case (balanced exponential stations, the same T0 and rb): throughput
 *   W/(W0 + W − 1)·rb, flow time T0 + (W − 1)/rb.
 * Each pair satisfies Little's law: throughput × flow time = W.
 */
import { nominalMean } from '../../sim/rng/distribution.ts';
import type { FlowLineSpec } from '../../sim/line/types.ts';

export interface LineConstants {
  /** Raw process time: the mean time one unit spends being worked on and moved, alone in the line. */
  readonly t0: number;
  /** Bottleneck rate: units per time unit of the slowest station. */
  readonly rb: number;
}

export interface ReferencePoint {
  readonly throughput: number;
  readonly flowTime: number;
}

export type ReferenceCase = 'best' | 'practicalWorst' | 'worst';

/** The critical WIP W0 = rb·T0: below it the line starves, above it only queues grow. */
export const criticalWip = (c: LineConstants): number => c.rb * c.t0;

export function bestCase(w: number, c: LineConstants): ReferencePoint {
  return { throughput: Math.min(w / c.t0, c.rb), flowTime: Math.max(c.t0, w / c.rb) };
}

export function worstCase(w: number, c: LineConstants): ReferencePoint {
  return { throughput: 1 / c.t0, flowTime: w * c.t0 };
}

export function practicalWorstCase(w: number, c: LineConstants): ReferencePoint {
  return { throughput: (w / (criticalWip(c) + w - 1)) * c.rb, flowTime: c.t0 + (w - 1) / c.rb };
}

export const REFERENCE_CASES: Readonly<Record<ReferenceCase, (w: number, c: LineConstants) => ReferencePoint>> = {
  best: bestCase,
  practicalWorst: practicalWorstCase,
  worst: worstCase,
};

/**
 * T0 and rb of a flow line from its stations' nominal means: a station's time per unit is
 * its process time (with its work elements), its handling when units travel in batches
 * (B > 1), and its setup shared over the units of a process batch (P, default B); T0 adds the
 * moves between stations. With deterministic times and nothing but process times, this is
 * exactly the T0 and rb of the closed forms (MODEL.md, version 2).
 */
export function lineConstants(spec: FlowLineSpec): LineConstants {
  const b = spec.transferBatch;
  const p = spec.processBatch ?? b;
  const perUnit = spec.stations.map((s) => {
    const elements = (s.elements ?? []).reduce((sum, e) => sum + nominalMean(e.time), 0);
    const setupElements = (s.setupElements ?? []).reduce((sum, e) => sum + nominalMean(e.time), 0);
    const handling = b > 1 ? nominalMean(s.handlingTime) : 0;
    return nominalMean(s.processTime) + elements + handling + (nominalMean(s.setupTime) + setupElements) / p;
  });
  const moves = (spec.stations.length - 1) * nominalMean(spec.moveTime);
  const slowest = Math.max(...perUnit);
  return { t0: perUnit.reduce((a, v) => a + v, 0) + moves, rb: 1 / slowest };
}
