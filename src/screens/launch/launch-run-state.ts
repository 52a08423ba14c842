/**
 * The run state of lesson 3's screen: a run of either version (launch quantities, or
 * strategies), what it ran, the prediction it kept, and what it found or has found so far.
 */
import type { RunProgress } from '../../components/launch/genba-launch-run-controls.ts';
import type { ValidLaunchForm } from '../../lessons/launch/launch-form.ts';
import type { LessonResult, StrategiesView } from '../../lessons/launch/lesson-run.ts';
import type { Prediction } from '../../lessons/launch/predictions.ts';
import type { ComparedPair } from '../../lessons/launch/strategy-compare.ts';
import type { CommitmentView, StrategyFiguresView, StrategyLessonResult } from '../../lessons/launch/strategy-run.ts';
import type { SweepView } from '../../lessons/launch/sweep-series.ts';
import type { LaunchStrategyScenario } from '../../scenario/types.ts';

/** A finished version-1 run. */
export interface FinishedQuantities {
  readonly kind: 'quantities';
  readonly request: ValidLaunchForm;
  readonly prediction: Prediction;
  readonly result: LessonResult;
}

/** A finished version-2 run. */
export interface FinishedStrategies {
  readonly kind: 'strategies';
  readonly request: ValidLaunchForm;
  readonly scenario: LaunchStrategyScenario;
  readonly prediction: Prediction;
  readonly result: StrategyLessonResult;
}

export type FinishedRun = FinishedQuantities | FinishedStrategies;

/** The run in progress, with whatever partial views have arrived. */
export interface LiveRun {
  readonly kind: 'quantities' | 'strategies';
  readonly request: ValidLaunchForm;
  readonly prediction: Prediction;
  readonly pair: ComparedPair;
  readonly startedAt: number;
  readonly progress: RunProgress;
  /** Version 1's partial views. */
  readonly strategies: StrategiesView | null;
  readonly sweep: SweepView | null;
  /** Version 2's partial views. */
  readonly figures: StrategyFiguresView | null;
  readonly commitment: CommitmentView | null;
}
