/**
 * The WIP-cap sweep: the scenario run under caps W = 1, 2, … on many replications, mean
 * throughput and mean flow time per cap (with a 95% half-width), set against the reference
 * curves of Hopp and Spearman. Pure and synchronous: the app runs it in the lesson worker.
 */
import type { FlowLineScenario } from '../../scenario/types.ts';
import { simulateFlowLine } from '../../sim/line/flow-line.ts';
import { bestCase, lineConstants, practicalWorstCase, worstCase, type LineConstants, type ReferencePoint } from './reference-curves.ts';

export interface MeanCi {
  readonly mean: number;
  /** Half-width of the normal-approximation 95% interval (1.96 · sd / √n); 0 for one replication. */
  readonly ci95: number;
}

export interface WipSweepPoint {
  readonly cap: number;
  readonly throughput: MeanCi;
  readonly flowTime: MeanCi;
  readonly best: ReferencePoint;
  readonly practicalWorst: ReferencePoint;
  readonly worst: ReferencePoint;
}

export interface WipSweep {
  readonly constants: LineConstants;
  readonly replications: number;
  readonly points: readonly WipSweepPoint[];
}

/** Caps from the transfer batch up to three times the critical WIP (at least 12), at most 24 points. */
export function sweepCaps(scenario: FlowLineScenario): number[] {
  const c = lineConstants(scenario);
  const b = scenario.transferBatch;
  const top = Math.max(12, Math.ceil(3 * c.rb * c.t0), b);
  const step = Math.max(b, Math.ceil((top - b + 1) / 24));
  const caps: number[] = [];
  for (let w = b; w <= top; w += step) caps.push(w);
  return caps;
}

/** Replications per cap: the scenario's, between 2 and 30. */
export function sweepReplications(scenarioReplications: number): number {
  return Math.max(2, Math.min(scenarioReplications, 30));
}

function meanCi(values: readonly number[]): MeanCi {
  const n = values.length;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  if (n < 2) return { mean, ci95: 0 };
  const variance = values.reduce((a, v) => a + (v - mean) * (v - mean), 0) / (n - 1);
  return { mean, ci95: (1.96 * Math.sqrt(variance)) / Math.sqrt(n) };
}

/** Runs the sweep (every cap on replications 0 … R−1 of the scenario's seed). */
export function runWipSweep(scenario: FlowLineScenario, caps = sweepCaps(scenario), replications = sweepReplications(scenario.replications)): WipSweep {
  const constants = lineConstants(scenario);
  const points = caps.map((cap) => {
    const capped: FlowLineScenario = { ...scenario, release: { ...scenario.release, wipCap: cap } };
    const th: number[] = [];
    const ft: number[] = [];
    for (let r = 0; r < replications; r++) {
      const run = simulateFlowLine(capped, scenario.seed, r);
      th.push(run.throughput);
      const flow = run.flowTime ?? run.leadTime;
      if (flow) ft.push(flow.mean);
    }
    return {
      cap,
      throughput: meanCi(th),
      flowTime: ft.length > 0 ? meanCi(ft) : { mean: Number.NaN, ci95: 0 },
      best: bestCase(cap, constants),
      practicalWorst: practicalWorstCase(cap, constants),
      worst: worstCase(cap, constants),
    };
  });
  return { constants, replications, points };
}

/** The smallest cap whose mean throughput is within `share` (default 95%) of the best throughput the sweep saw: where more WIP stops buying throughput. */
export function kneeCap(sweep: WipSweep, share = 0.95): number | null {
  const top = Math.max(...sweep.points.map((p) => p.throughput.mean));
  if (!(top > 0)) return null;
  return sweep.points.find((p) => p.throughput.mean >= share * top)?.cap ?? null;
}
