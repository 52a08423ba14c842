/**
 * Messages between the launch screen and its coordinating worker, which runs the lesson
 * (lesson-run.ts) on a pool of Monte Carlo workers. The screen checks every message's shape
 * on arrival (QUALITY S10: a worker is another program) and shows what it holds through Lit
 * bindings only; the worker validates the scenarios it is given again.
 */
import { checkFinite } from '../../sim/finite-results.ts';
import { parseScenario } from '../../scenario/index.ts';
import type { ChunkExecutor } from '../../sim/mc/runner.ts';
import { hasStrategies, type LaunchScenario } from '../../scenario/types.ts';
import { runStrategyLesson, type CommitmentView, type StrategyFiguresView, type StrategyLessonResult } from './strategy-run.ts';
import type { ComparedPair } from './strategy-compare.ts';
import type { LaunchStrategyScenario } from '../../scenario/types.ts';
import { runLesson, type LessonProgress, type LessonResult, type StrategiesView } from './lesson-run.ts';
import type { StrategyQuantities } from './strategies.ts';
import type { SweepView } from './sweep-series.ts';

export interface RunMessage {
  readonly type: 'run';
  readonly scenario: LaunchScenario;
  readonly sweepScenario: LaunchScenario;
  readonly quantities: StrategyQuantities;
}

/** A version-2 run: the strategies, the pair compared (the commitment view sweeps the second's commitment). */
export interface RunStrategiesMessage {
  readonly type: 'run-strategies';
  readonly scenario: LaunchStrategyScenario;
  readonly pair: ComparedPair;
}

export type FromCoordinator =
  | { readonly type: 'progress'; readonly progress: LessonProgress }
  | { readonly type: 'figures'; readonly view: StrategyFiguresView }
  | { readonly type: 'commitment'; readonly view: CommitmentView }
  | { readonly type: 'done-strategies'; readonly result: StrategyLessonResult }
  | { readonly type: 'strategies'; readonly view: StrategiesView }
  | { readonly type: 'sweep'; readonly view: SweepView }
  | { readonly type: 'done'; readonly result: LessonResult }
  | { readonly type: 'error'; readonly message: string };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isNumberArray = (x: unknown): boolean => Array.isArray(x) && x.every(isNumber);

function isStrategyFigures(x: unknown): boolean {
  return isObject(x) && (x.key === 'launch' || x.key === 'pilot') && isNumber(x.q0) && isObject(x.result) && isObject(x.result.profit) && isNumberArray(x.counts);
}

function isStrategiesView(x: unknown): x is StrategiesView {
  return (
    isObject(x) &&
    isNumber(x.done) &&
    isNumber(x.total) &&
    typeof x.partial === 'boolean' &&
    Array.isArray(x.stateNames) &&
    x.stateNames.every((n) => typeof n === 'string') &&
    isNumberArray(x.edges) &&
    isStrategyFigures(x.launch) &&
    isStrategyFigures(x.pilot)
  );
}

function isSweepView(x: unknown): x is SweepView {
  return (
    isObject(x) &&
    isNumber(x.done) &&
    isNumber(x.total) &&
    isNumber(x.newsvendorQ) &&
    Array.isArray(x.points) &&
    x.points.every((p) => isObject(p) && isNumber(p.q0) && isNumber(p.meanProfit) && isNumber(p.probLoss) && (p.cvar5 === null || isNumber(p.cvar5))) &&
    (x.best === null || (isObject(x.best) && isNumber(x.best.byExpectedProfit) && isNumber(x.best.byCvar5)))
  );
}

const isStrategyResult = (x: unknown): boolean => isObject(x) && typeof x.strategy === 'string' && isObject(x.profit) && isNumber(x.profit.mean) && isNumber(x.probLoss) && isObject(x.byState);

function isFiguresView(x: unknown): x is StrategyFiguresView {
  return isObject(x) && isNumber(x.done) && isNumber(x.total) && typeof x.partial === 'boolean' && Array.isArray(x.results) && x.results.every(isStrategyResult);
}

function isCommitmentView(x: unknown): x is CommitmentView {
  return (
    isObject(x) &&
    typeof x.first === 'string' &&
    typeof x.second === 'string' &&
    isNumber(x.periods) &&
    isNumber(x.firstMeanProfit) &&
    isNumber(x.firstProbLoss) &&
    isNumber(x.done) &&
    isNumber(x.total) &&
    Array.isArray(x.points) &&
    x.points.every((p) => isObject(p) && isNumber(p.periods) && isNumber(p.meanProfit) && isNumber(p.probLoss))
  );
}

const isPair = (x: unknown): x is ComparedPair => isObject(x) && Number.isInteger(x.first) && Number.isInteger(x.second);

function isStrategyLessonResult(x: unknown): x is StrategyLessonResult {
  return (
    isObject(x) &&
    x.kind === 'strategies' &&
    isObject(x.output) &&
    Array.isArray(x.output.results) &&
    x.output.results.every(isStrategyResult) &&
    Array.isArray(x.paired) &&
    x.paired.every((d) => isObject(d) && isNumber(d.meanProfit) && isNumber(d.lossShare) && isNumber(d.replications)) &&
    isPair(x.pair) &&
    (x.commitment === null || isCommitmentView(x.commitment))
  );
}

function isProgress(x: unknown): x is LessonProgress {
  return isObject(x) && (x.phase === 'strategies' || x.phase === 'sweep' || x.phase === 'commitment') && isNumber(x.done) && isNumber(x.total) && isNumber(x.fraction);
}

/** True when `data` is a well-formed message from the coordinator. */
export function isFromCoordinator(data: unknown): data is FromCoordinator {
  if (!isObject(data)) return false;
  switch (data.type) {
    case 'progress':
      return isProgress(data.progress);
    case 'strategies':
      return isStrategiesView(data.view);
    case 'sweep':
      return isSweepView(data.view);
    case 'figures':
      return isFiguresView(data.view);
    case 'commitment':
      return isCommitmentView(data.view);
    case 'done-strategies':
      return isStrategyLessonResult(data.result);
    case 'done':
      return (
        isObject(data.result) &&
        isObject(data.result.output) &&
        Array.isArray(data.result.output.results) &&
        isStrategiesView(data.result.strategies) &&
        isSweepView(data.result.sweep)
      );
    case 'error':
      return typeof data.message === 'string';
    default:
      return false;
  }
}

/** Reads a run message, validating both scenarios again; null when it is not one. */
export function readRunMessage(data: unknown): RunMessage | null {
  if (!isObject(data) || data.type !== 'run' || !isObject(data.quantities)) return null;
  const { pilot, launch } = data.quantities;
  if (!isNumber(pilot) || !isNumber(launch)) return null;
  const scenario = parseScenario(data.scenario);
  const sweepScenario = parseScenario(data.sweepScenario);
  if (!scenario.ok || !sweepScenario.ok || scenario.scenario.model !== 'launch' || sweepScenario.scenario.model !== 'launch') return null;
  return { type: 'run', scenario: scenario.scenario, sweepScenario: sweepScenario.scenario, quantities: { pilot, launch } };
}

/** Reads a version-2 run message, validating its scenario again; null when it is not one. */
export function readStrategiesMessage(data: unknown): RunStrategiesMessage | null {
  if (!isObject(data) || data.type !== 'run-strategies' || !isPair(data.pair)) return null;
  const scenario = parseScenario(data.scenario);
  if (!scenario.ok || scenario.scenario.model !== 'launch' || !hasStrategies(scenario.scenario)) return null;
  return { type: 'run-strategies', scenario: scenario.scenario, pair: data.pair };
}

/**
 * The coordinator's side: runs the lesson a run message asks for and posts progress,
 * partial views and the result (or the error). `clock` throttles partial views to one every
 * 250 ms and progress to one every 100 ms.
 */
export async function coordinateRun(
  data: unknown,
  executorsFor: (scenario: LaunchScenario) => readonly ChunkExecutor<unknown>[] | null,
  post: (message: FromCoordinator) => void,
  clock?: () => number,
): Promise<void> {
  if (isObject(data) && data.type === 'run-strategies') {
    await coordinateStrategies(data, executorsFor, post, clock);
    return;
  }
  const request = readRunMessage(data);
  if (request === null) {
    post({ type: 'error', message: 'the worker was sent something that is not a valid launch run' });
    return;
  }
  try {
    const result = await runLesson(request, {
      executorsFor,
      ...(clock ? { clock } : {}),
      onProgress: (progress) => post({ type: 'progress', progress }),
      onStrategies: (view) => post({ type: 'strategies', view }),
      onSweep: (view) => post({ type: 'sweep', view }),
    });
    post({ type: 'done', result: checkFinite(result) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

async function coordinateStrategies(
  data: unknown,
  executorsFor: (scenario: LaunchScenario) => readonly ChunkExecutor<unknown>[] | null,
  post: (message: FromCoordinator) => void,
  clock?: () => number,
): Promise<void> {
  const request = readStrategiesMessage(data);
  if (request === null) {
    post({ type: 'error', message: 'the worker was sent something that is not a valid launch run' });
    return;
  }
  try {
    const result = await runStrategyLesson(request, {
      executorsFor,
      ...(clock ? { clock } : {}),
      onProgress: (progress) => post({ type: 'progress', progress }),
      onFigures: (view) => post({ type: 'figures', view }),
      onCommitment: (view) => post({ type: 'commitment', view }),
    });
    post({ type: 'done-strategies', result: checkFinite(result) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
