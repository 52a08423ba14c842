/**
 * One run of lesson 3 on a version-2 scenario (strategies): the strategies' Monte Carlo,
 * exactly what `genba run` runs for the same file, then, when the second strategy compared
 * has a commitment, its commitment length swept over 1..N months on the same markets (the
 * second break-even view). DOM-free and wordless: the screen runs it in its coordinating
 * worker and draws the small views it posts.
 *
 * The run keeps, beside the CLI's output, the paired differences of every two strategies
 * (src/sim/launch/paired.ts), so the screen can grade a prediction against the run's own
 * noise for whichever two the trainee compares.
 */
import { createLaunchMonteCarlo, type LaunchStrategyResult, type LaunchSummary } from '../../sim/launch/monte-carlo.ts';
import { launchEntries } from '../../sim/launch/launches.ts';
import { pairedDifference, type PairedDifference } from '../../sim/launch/paired.ts';
import type { ChunkExecutor, MonteCarloProgress } from '../../sim/mc/runner.ts';
import { runScenario, type LaunchStrategiesOutput } from '../../sim/run-scenario.ts';
import type { LaunchScenario, LaunchStrategyScenario } from '../../scenario/types.ts';
import type { LaunchStrategy } from '../../sim/launch/types.ts';
import { replicationCost, type LessonProgress } from './lesson-run.ts';
import { pairWithin, type ComparedPair } from './strategy-compare.ts';

/** The longest commitment the second view sweeps to (months), whatever the horizon: it stays affordable at 1,000,000 markets. */
export const MAX_COMMITMENT_VIEW = 24;

export interface StrategyRunRequest {
  readonly scenario: LaunchStrategyScenario;
  /** The two compared: the commitment view sweeps the second's commitment. */
  readonly pair: ComparedPair;
}

/** The strategies' figures so far (all strategies, in the order given). */
export interface StrategyFiguresView {
  readonly done: number;
  readonly total: number;
  readonly partial: boolean;
  readonly results: readonly LaunchStrategyResult[];
}

export interface CommitmentPoint {
  /** Months committed. */
  readonly periods: number;
  readonly meanProfit: number;
  readonly probLoss: number;
}

/** The second strategy's figures for each commitment length, against the first's (on the same markets). */
export interface CommitmentView {
  readonly first: string;
  readonly second: string;
  /** The length the scenario gives the second strategy. */
  readonly periods: number;
  readonly points: readonly CommitmentPoint[];
  readonly firstMeanProfit: number;
  readonly firstProbLoss: number;
  readonly done: number;
  readonly total: number;
}

export interface StrategyLessonResult {
  readonly kind: 'strategies';
  /** Exactly what `genba run` prints for the scenario. */
  readonly output: LaunchStrategiesOutput;
  /** Every two strategies' paired difference a − b, pairs (0,1), (0,2), … (paired.ts). */
  readonly paired: readonly PairedDifference[];
  /** The pair compared when the run started. */
  readonly pair: ComparedPair;
  /** Null when the second strategy has no commitment to vary. */
  readonly commitment: CommitmentView | null;
}

export interface StrategyRunOptions {
  readonly executorsFor: (scenario: LaunchScenario) => readonly ChunkExecutor<unknown>[] | null;
  readonly signal?: AbortSignal;
  readonly clock?: () => number;
  readonly partialInterval?: number;
  readonly progressInterval?: number;
  readonly onProgress?: (progress: LessonProgress) => void;
  readonly onFigures?: (view: StrategyFiguresView) => void;
  readonly onCommitment?: (view: CommitmentView) => void;
}

/** The scenario of the commitment view: the second strategy alone, its commit.periods swept over 1..min(horizon, 24). */
export function commitmentScenario(scenario: LaunchStrategyScenario, second: LaunchStrategy): LaunchStrategyScenario | null {
  if (second.commit === undefined) return null;
  const to = Math.min(scenario.horizon, MAX_COMMITMENT_VIEW);
  const { sweep: _sweep, ...rest } = scenario;
  return { ...rest, strategies: [second], sweep: { strategy: second.name, field: 'commit.periods', from: 1, to, step: 1 } };
}

function asSummary(raw: unknown): LaunchSummary {
  const s = raw as Partial<LaunchSummary> | null;
  if (s === null || typeof s !== 'object' || typeof s.replications !== 'number' || !Array.isArray(s.groups) || !Array.isArray(s.pairs)) {
    throw new TypeError('the Monte Carlo gave a summary that is not a launch summary');
  }
  return s as LaunchSummary;
}

/** Every pair's paired difference a − b from a summary of n replications. */
export function pairedOf(summary: LaunchSummary): PairedDifference[] {
  const n = summary.replications;
  const losses = summary.groups.map((byState) => byState.reduce((sum, g) => sum + g.losses, 0));
  const out: PairedDifference[] = [];
  let k = 0;
  for (let a = 0; a < losses.length; a++) {
    for (let b = a + 1; b < losses.length; b++) {
      const pair = summary.pairs[k++];
      if (pair === undefined) return [];
      out.push(pairedDifference(pair, n, losses[a] as number, losses[b] as number));
    }
  }
  return out;
}

/** Share of the whole run done: the strategies' phase first, then the commitment view. */
export function strategyRunFraction(phase: 'strategies' | 'commitment', done: number, replications: number, strategies: number, lengths: number): number {
  const a = replicationCost(strategies);
  const b = lengths > 0 ? replicationCost(lengths) : 0;
  const work = phase === 'strategies' ? a * done : a * replications + b * done;
  return replications > 0 ? Math.min(1, work / ((a + b) * replications)) : 1;
}

/** Runs the lesson on a strategies scenario. Rejects with an AbortError when cancelled. */
export async function runStrategyLesson(request: StrategyRunRequest, options: StrategyRunOptions): Promise<StrategyLessonResult> {
  const { scenario } = request;
  // Pairs index the results: the strategies, or with a sweep of the file's own, its grid points.
  const pair = pairWithin(request.pair, launchEntries(scenario).length);
  const R = scenario.replications;
  const second = scenario.strategies[pair.second];
  const first = scenario.strategies[pair.first];
  const sweepScenario = scenario.sweep === undefined && first && second ? commitmentScenario(scenario, second) : null;
  const lengths = sweepScenario?.sweep ? sweepScenario.sweep.to : 0;
  const throttle = options.clock === undefined ? {} : { clock: options.clock, partialInterval: options.partialInterval ?? 250 };
  const progress = throttledProgress(options, (phase, done) => strategyRunFraction(phase, done, R, scenario.strategies.length, lengths));

  const model = createLaunchMonteCarlo(scenario);
  let paired: PairedDifference[] = [];
  const output = (await runScenario(scenario, options.executorsFor(scenario), {
    ...(options.signal ? { signal: options.signal } : {}),
    ...throttle,
    onProgress: (p) => progress('strategies', p),
    onPartial: (raw, done) => {
      const summary = asSummary(raw);
      if (done === R) {
        paired = pairedOf(summary);
        return;
      }
      options.onFigures?.({ done, total: R, partial: true, results: model.finalize(summary, done).results });
    },
  })) as LaunchStrategiesOutput;
  options.onFigures?.({ done: R, total: R, partial: false, results: output.results });

  let commitment: CommitmentView | null = null;
  if (sweepScenario !== null && first && second) {
    const firstResult = output.results.find((r) => r.strategy === first.name) as LaunchStrategyResult;
    const viewOf = (results: readonly LaunchStrategyResult[], done: number): CommitmentView => ({
      first: first.name,
      second: second.name,
      periods: second.commit?.periods ?? 0,
      points: results.map((r) => ({ periods: r.point?.value ?? 0, meanProfit: r.profit.mean, probLoss: r.probLoss })),
      firstMeanProfit: firstResult.profit.mean,
      firstProbLoss: firstResult.probLoss,
      done,
      total: R,
    });
    const sweepModel = createLaunchMonteCarlo(sweepScenario);
    const sweepOutput = (await runScenario(sweepScenario, options.executorsFor(sweepScenario), {
      ...(options.signal ? { signal: options.signal } : {}),
      ...throttle,
      onProgress: (p) => progress('commitment', p),
      onPartial: (raw, done) => {
        if (done === R || !options.onCommitment) return;
        options.onCommitment(viewOf(sweepModel.finalize(asSummary(raw), done).results, done));
      },
    })) as LaunchStrategiesOutput;
    commitment = viewOf(sweepOutput.results, R);
  }
  return { kind: 'strategies', output, paired, pair, commitment };
}

function throttledProgress(
  options: StrategyRunOptions,
  fraction: (phase: 'strategies' | 'commitment', done: number) => number,
): (phase: 'strategies' | 'commitment', p: MonteCarloProgress) => void {
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
    onProgress({ phase, done: p.done, total: p.total, fraction: fraction(phase, p.done) });
  };
}
