/**
 * One run of the lesson: the two strategies' Monte Carlo (what `genba run` runs for the same
 * file), then the sweep of launch quantities on the same markets, with views of the partial
 * results as they arrive and the final ones at the end. DOM-free: the screen runs it in a
 * coordinating Web Worker, so merging, finalizing and binning never touch the main thread,
 * which only receives these small views and draws them.
 *
 * Partial views are read from the runner's merged summary (`onPartial`); they never feed
 * back into the run, so the final result is the one the CLI gives.
 */
import { createLaunchMonteCarlo, type LaunchQuantityResult, type LaunchSummary } from '../../sim/launch/monte-carlo.ts';
import { newsvendorQuantity } from '../../sim/launch/newsvendor.ts';
import type { ChunkExecutor, MonteCarloProgress } from '../../sim/mc/runner.ts';
import { runScenario, type LaunchQuantitiesOutput } from '../../sim/run-scenario.ts';
import type { QuantileSketch } from '../../sim/stats/quantile-sketch.ts';
import type { LaunchQuantityScenario, LaunchScenario } from '../../scenario/types.ts';
import { sharedHistograms, type SharedHistograms } from './profit-histogram.ts';
import type { StrategyKey, StrategyQuantities } from './strategies.ts';
import { sweepPointsFromResult, sweepPointsFromSummary, type SweepView } from './sweep-series.ts';

export interface LessonRequest {
  /** The strategies' scenario: launch quantities pilot and launch. */
  readonly scenario: LaunchScenario;
  /** The same markets with the sweep's launch quantities. */
  readonly sweepScenario: LaunchScenario;
  readonly quantities: StrategyQuantities;
}

/** The steps of a run: the strategies, then version 1's sweep of Q0 or version 2's sweep of the commitment length. */
export type LessonPhase = 'strategies' | 'sweep' | 'commitment';

export interface LessonProgress {
  readonly phase: LessonPhase;
  /** Replications done and asked for in this phase. */
  readonly done: number;
  readonly total: number;
  /** Share of the whole run's work done, 0..1, weighed by each phase's cost per replication. */
  readonly fraction: number;
}

export interface StrategyFigures {
  readonly key: StrategyKey;
  readonly q0: number;
  readonly result: LaunchQuantityResult;
  /** Profit histogram counts on the view's shared edges. */
  readonly counts: readonly number[];
}

export interface StrategiesView {
  readonly done: number;
  readonly total: number;
  readonly partial: boolean;
  readonly stateNames: readonly string[];
  /** Shared histogram bin edges (profit). */
  readonly edges: readonly number[];
  readonly launch: StrategyFigures;
  readonly pilot: StrategyFigures;
}

export interface LessonResult {
  /** The strategies' output, exactly as `genba run` prints it for the same scenario. */
  readonly output: LaunchQuantitiesOutput;
  readonly strategies: StrategiesView;
  readonly sweep: SweepView;
}

export interface LessonRunOptions {
  /** Executors (workers) for a scenario; null runs on this thread between event-loop turns. */
  readonly executorsFor: (scenario: LaunchScenario) => readonly ChunkExecutor<unknown>[] | null;
  readonly signal?: AbortSignal;
  /** Clock for throttling, e.g. `() => performance.now()`; without it every merge reports. */
  readonly clock?: () => number;
  /** Least time between partial views (clock units; default 250). */
  readonly partialInterval?: number;
  /** Least time between progress reports (clock units; default 100); each phase's end is always reported. */
  readonly progressInterval?: number;
  readonly onProgress?: (progress: LessonProgress) => void;
  readonly onStrategies?: (view: StrategiesView) => void;
  readonly onSweep?: (view: SweepView) => void;
}

/**
 * Relative cost of one replication with n launch quantities: seeding the market's stream
 * (about 2 µs) and then the policy once per quantity (about 0.75 µs; docs/benchmarks.md).
 */
export function replicationCost(quantities: number): number {
  return 2 + 0.75 * quantities;
}

/** The share of the whole run done after `done` replications of a phase (the strategies' phase comes first). */
export function overallFraction(phase: LessonPhase, done: number, replications: number, strategyCount: number, sweepCount: number): number {
  const a = replicationCost(strategyCount);
  const b = replicationCost(sweepCount);
  const work = phase === 'strategies' ? a * done : a * replications + b * done;
  return replications > 0 ? Math.min(1, work / ((a + b) * replications)) : 1;
}

/** The narrowing a merged summary gets: the runner hands it over untyped through runScenario. */
function asLaunchSummary(summary: unknown): LaunchSummary {
  const s = summary as Partial<LaunchSummary> | null;
  if (s === null || typeof s !== 'object' || typeof s.replications !== 'number' || !Array.isArray(s.groups)) {
    throw new TypeError('the Monte Carlo gave a summary that is not a launch summary');
  }
  return s as LaunchSummary;
}

function sketchesOf(summary: LaunchSummary, q: number): QuantileSketch[] {
  return (summary.groups[q] ?? []).map((g) => g.profit);
}

/** Runs the lesson: strategies, then the sweep. Rejects with an AbortError when cancelled. */
export async function runLesson(request: LessonRequest, options: LessonRunOptions): Promise<LessonResult> {
  const { scenario, sweepScenario, quantities } = request;
  const listed = scenario.launchQuantities ?? [];
  const index = { pilot: listed.indexOf(quantities.pilot), launch: listed.indexOf(quantities.launch) };
  if (index.pilot < 0 || index.launch < 0) throw new RangeError('the strategies’ launch quantities are not in the scenario');
  const sweepQuantities = sweepScenario.launchQuantities ?? [];
  const stateNames = scenario.market.states.map((s) => s.name);
  const R = scenario.replications;
  const throttle = options.clock === undefined ? {} : { clock: options.clock, partialInterval: options.partialInterval ?? 250 };
  const reportProgress = progressReporter(options, R, listed.length, sweepQuantities.length);

  // Phase 1: the strategies. The finalizing model only reads partial summaries.
  // The lesson asks about launch quantities (version 1); its form builds no strategies.
  const strategiesModel = createLaunchMonteCarlo(scenario as LaunchQuantityScenario);
  let finalHistograms: SharedHistograms | null = null;
  const histogramsOf = (summary: LaunchSummary) => sharedHistograms([sketchesOf(summary, index.launch), sketchesOf(summary, index.pilot)]);
  const viewOf = (results: readonly LaunchQuantityResult[], h: SharedHistograms | null, done: number, partial: boolean): StrategiesView => ({
    done,
    total: R,
    partial,
    stateNames,
    edges: h?.edges ?? [],
    launch: { key: 'launch', q0: quantities.launch, result: results[index.launch] as LaunchQuantityResult, counts: h?.counts[0] ?? [] },
    pilot: { key: 'pilot', q0: quantities.pilot, result: results[index.pilot] as LaunchQuantityResult, counts: h?.counts[1] ?? [] },
  });

  const output = (await runScenario(scenario, options.executorsFor(scenario), {
    ...(options.signal ? { signal: options.signal } : {}),
    ...throttle,
    onProgress: (p) => reportProgress('strategies', p),
    onPartial: (raw, done) => {
      const summary = asLaunchSummary(raw);
      if (done === R) {
        finalHistograms = histogramsOf(summary); // the final figures come from the run itself
        return;
      }
      if (options.onStrategies) options.onStrategies(viewOf(strategiesModel.finalize(summary, done).results, histogramsOf(summary), done, true));
    },
  })) as LaunchQuantitiesOutput;
  const strategies = viewOf(output.results, finalHistograms, R, false);

  // Phase 2: the sweep, on the same markets.
  const newsvendorQ = newsvendorQuantity(sweepScenario);
  const sweepOutput = (await runScenario(sweepScenario, options.executorsFor(sweepScenario), {
    ...(options.signal ? { signal: options.signal } : {}),
    ...throttle,
    onProgress: (p) => reportProgress('sweep', p),
    onPartial: (raw, done) => {
      if (done === R || !options.onSweep) return;
      options.onSweep({ points: sweepPointsFromSummary(asLaunchSummary(raw), sweepQuantities), newsvendorQ, best: null, done, total: R });
    },
  })) as LaunchQuantitiesOutput;
  const sweep: SweepView = {
    points: sweepPointsFromResult(sweepOutput),
    newsvendorQ: sweepOutput.newsvendorQ,
    best: sweepOutput.best ?? null,
    done: R,
    total: R,
  };
  return { output, strategies, sweep };
}

function progressReporter(
  options: LessonRunOptions,
  replications: number,
  strategyCount: number,
  sweepCount: number,
): (phase: LessonPhase, p: MonteCarloProgress) => void {
  const { onProgress, clock } = options;
  const interval = options.progressInterval ?? 100;
  let last = Number.NEGATIVE_INFINITY;
  return (phase, p) => {
    if (!onProgress) return;
    if (clock !== undefined && p.done < p.total) {
      const now = clock();
      if (now - last < interval) return;
      last = now;
    }
    onProgress({ phase, done: p.done, total: p.total, fraction: overallFraction(phase, p.done, replications, strategyCount, sweepCount) });
  };
}
