/**
 * The challenges' scenarios from their presets and a trainee's parameters, and the figures
 * read from a run's output. DOM-free: the phone runs the scenario in a Web Worker and the
 * server re-runs it with the same engine before any number is shown on the board.
 */
import type { FlowLineScenario, LaunchScenario, Scenario } from '../scenario/types.ts';
import type { ChallengeKind } from './questions.ts';
import { kaizenScenario } from './kaizen-fixes.ts';

/** Most unit-steps (replications × units × stations) one flow-line submission may cost the server. */
export const MAX_CHALLENGE_WORK = 2_000_000;

export interface ChallengeParams {
  readonly transferBatch: number;
  readonly moveTime: number;
}

/** Lesson 3: units made before period 1, and `rate` a period committed for `periods` periods (0: none). */
export interface LaunchParams {
  readonly initial: number;
  readonly rate: number;
  readonly periods: number;
}

/** What a phone submits: the challenge's parameters, never a figure. */
export type ChallengeRequest =
  | ({ readonly kind: 'batching' } & ChallengeParams)
  | { readonly kind: 'kaizen'; readonly fixes: readonly string[] }
  | ({ readonly kind: 'launch' } & LaunchParams)
  | { readonly kind: 'pull'; readonly wipCap: number };

/** What the engine gives for a request (means over the scenario's replications). */
export type ChallengeFigures =
  | { readonly kind: 'batching'; readonly leadTime: number; readonly makespan: number }
  | { readonly kind: 'kaizen'; readonly leadTime: number; readonly wip: number }
  | { readonly kind: 'launch'; readonly meanProfit: number; readonly probLoss: number }
  | { readonly kind: 'pull'; readonly throughput: number; readonly wip: number };

export function challengeScenario(base: FlowLineScenario, params: ChallengeParams): unknown {
  return { ...base, name: `${base.name} · batch ${params.transferBatch}`, transferBatch: params.transferBatch, moveTime: params.moveTime };
}

/** The launch preset with one strategy, the trainee's (the scenario's ramp-up, capacity, no fixed cost). */
export function launchChallengeScenario(base: LaunchScenario, p: LaunchParams): unknown {
  const strategy = { name: 'yours', initial: p.initial, ...(p.periods > 0 ? { commit: { rate: p.rate, periods: p.periods } } : {}) };
  const { strategies: _s, sweep: _w, launchQuantities: _q, ...rest } = base;
  return { ...rest, name: `${base.name} · ${p.initial} + ${p.rate}×${p.periods}`, strategies: [strategy] };
}

/** The pull preset with the trainee's WIP cap. */
export function pullChallengeScenario(base: FlowLineScenario, wipCap: number): unknown {
  return { ...base, name: `${base.name} · WIP cap ${wipCap}`, release: { ...base.release, wipCap } };
}

/** The scenario a request runs, from its preset (already validated). */
export function requestScenario(base: Scenario, request: ChallengeRequest): unknown {
  if (request.kind === 'launch') {
    if (base.model !== 'launch') throw new Error('the launch challenge needs a launch scenario');
    return launchChallengeScenario(base, request);
  }
  if (base.model !== 'flow-line') throw new Error(`the ${request.kind} challenge needs a flow-line scenario`);
  if (request.kind === 'kaizen') return kaizenScenario(base, request.fixes);
  return request.kind === 'pull' ? pullChallengeScenario(base, request.wipCap) : challengeScenario(base, request);
}

/** What a run costs, in unit-steps: replications × units released × stations. */
export function challengeWork(scenario: FlowLineScenario): number {
  const units = scenario.release.mode === 'order' ? scenario.release.quantity : Number.POSITIVE_INFINITY;
  return scenario.replications * units * scenario.stations.length;
}

/** A figure of a run's output: a number (one replication) or `{ mean, ci95 }` (several). */
function meanOf(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && value !== null && typeof (value as { mean?: unknown }).mean === 'number') return (value as { mean: number }).mean;
  return null;
}

const finite = (...xs: (number | null)[]): boolean => xs.every((x) => x !== null && Number.isFinite(x));

/** Lesson 1's two figures from a flow-line output, or null when either is not finite. */
export function challengeFigures(output: { leadTime?: unknown; makespan?: unknown }): { leadTime: number; makespan: number } | null {
  const leadTime = meanOf((output.leadTime as { mean?: unknown } | null | undefined)?.mean);
  const makespan = meanOf(output.makespan);
  if (leadTime === null || makespan === null || !finite(leadTime, makespan)) return null;
  return { leadTime, makespan };
}

/** The figures of a request's run output (as `genba run` prints it), or null when one is not finite. */
export function figuresOf(kind: ChallengeKind, output: unknown): ChallengeFigures | null {
  const o = output as Record<string, unknown>;
  if (kind === 'batching') {
    const f = challengeFigures(o);
    return f ? { kind, ...f } : null;
  }
  if (kind === 'kaizen') {
    const f = challengeFigures(o);
    const wip = meanOf((o['wip'] as { mean?: unknown } | undefined)?.mean);
    return f && wip !== null && finite(wip) ? { kind, leadTime: f.leadTime, wip } : null;
  }
  if (kind === 'pull') {
    const throughput = meanOf(o['throughput']);
    const wip = meanOf((o['wip'] as { mean?: unknown } | undefined)?.mean);
    return throughput !== null && wip !== null && finite(throughput, wip) ? { kind, throughput, wip } : null;
  }
  const first = (o['results'] as { profit?: { mean?: unknown }; probLoss?: unknown }[] | undefined)?.[0];
  const meanProfit = typeof first?.profit?.mean === 'number' ? first.profit.mean : null;
  const probLoss = typeof first?.probLoss === 'number' ? first.probLoss : null;
  return meanProfit !== null && probLoss !== null && finite(meanProfit, probLoss) ? { kind, meanProfit, probLoss } : null;
}
