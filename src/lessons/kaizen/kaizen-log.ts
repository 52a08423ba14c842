/**
 * The kaizen log of lesson 2: where one-piece flow started, the figure to beat (the batch
 * line as the team runs it, before any change), then one entry per improvement with what
 * the trainee expected and what happened to one-piece flow: mean lead time, throughput,
 * WIP and scrap over the scenario's replications on its seed (kaizenFigures). Entries are
 * rebuilt from the list of improvements, so undoing one step recomputes the steps after it.
 */
import type { FlowLineScenario } from '../../scenario/types.ts';
import { kaizenFigures, type KaizenFigures } from './figures.ts';
import { describeImprovement, type Improvement, type ImprovementProblem } from './improvements.ts';
import { improvedOnePieceFlow } from './it-failed-before.ts';
import type { Direction } from './verdict.ts';

// Kept here for the modules that import them with the log (they live in verdict.ts, which runs no simulation).
export { directionOf, flowWins, type Direction, type Verdict } from './verdict.ts';

export interface Expectation {
  /** What the trainee expects of one-piece flow's mean lead time. */
  readonly direction: Direction;
  /** By how much (≥ 0, time unit of the scenario). */
  readonly by: number;
}

export interface KaizenEntry {
  readonly improvement: Improvement;
  readonly description: string;
  readonly expected: Expectation | null;
  readonly before: KaizenFigures;
  readonly after: KaizenFigures;
}

export interface KaizenLog {
  readonly scenarioName: string;
  readonly seed: string | number;
  readonly replications: number;
  /** The batch line as the team runs it: the figures to beat. */
  readonly target: KaizenFigures;
  /** One-piece flow switched on as the line stands: where the trainee starts. */
  readonly start: KaizenFigures;
  readonly entries: readonly KaizenEntry[];
}

export type LogResult = { readonly ok: true; readonly log: KaizenLog; readonly line: FlowLineScenario } | { readonly ok: false; readonly message: string; readonly problems: readonly ImprovementProblem[] };

/**
 * Builds the log for `improvements` applied in order to `original` (one-piece flow after
 * each), with the trainee's expectations by improvement id. `line` is the one-piece flow
 * line after all of them.
 */
export function buildLog(
  original: FlowLineScenario,
  improvements: readonly Improvement[],
  expectations: ReadonlyMap<string, Expectation>,
): LogResult {
  const target = kaizenFigures(original);
  let line = improvedOnePieceFlow(original, []);
  if (!line.ok) return { ok: false, message: line.problems.map((p) => p.message).join('; '), problems: line.problems };
  const start = kaizenFigures(line.scenario);
  let before = start;
  const entries: KaizenEntry[] = [];
  for (let i = 0; i < improvements.length; i++) {
    const next = improvedOnePieceFlow(original, improvements.slice(0, i + 1));
    if (!next.ok) return { ok: false, message: next.problems.map((p) => p.message).join('; '), problems: next.problems };
    line = next;
    const after = kaizenFigures(next.scenario);
    const improvement = improvements[i] as Improvement;
    entries.push({ improvement, description: describeImprovement(improvement, original.timeUnit), expected: expectations.get(improvement.id) ?? null, before, after });
    before = after;
  }
  return {
    ok: true,
    line: line.scenario,
    log: { scenarioName: original.name ?? '', seed: original.seed, replications: original.replications, target, start, entries },
  };
}
