/**
 * The trainee's prediction before the run and how it compares with the result. Two
 * questions: which strategy earns more on average, and which loses money more often. Each
 * answer is a strategy or "about the same".
 *
 * "About the same" is right when the two are within a practical tolerance: mean profits
 * within 1% of the larger one, loss probabilities within 1 percentage point. Naming the
 * strategy that is ahead, even by a hair, is right too: the model does rank them.
 */
import { msg, str } from '@lit/localize';
import type { LaunchQuantityResult } from '../../sim/launch/monte-carlo.ts';
import { formatMoney, formatShare } from './format.ts';
import { strategyLabel, type StrategyKey, type StrategyQuantities } from './strategies.ts';

export type Answer = StrategyKey | 'same';

export interface Prediction {
  readonly earnsMore: Answer | null;
  readonly losesMoreOften: Answer | null;
}

export const NO_PREDICTION: Prediction = { earnsMore: null, losesMoreOften: null };

/** Mean profits within this share of the larger |mean| are "about the same". */
export const SAME_PROFIT_TOLERANCE = 0.01;
/** Loss probabilities within this many (absolute) are "about the same". */
export const SAME_LOSS_TOLERANCE = 0.01;

export interface Comparison {
  /** The strategy ahead on the question (earns more / loses more often), or 'tie' when exactly equal. */
  readonly leader: StrategyKey | 'tie';
  /** Launch minus pilot: mean profit, or probability of a loss. */
  readonly difference: number;
  readonly practicallySame: boolean;
}

export interface Outcome {
  readonly earnsMore: Comparison;
  readonly losesMoreOften: Comparison;
}

function compare(launch: number, pilot: number, sameWithin: number): Comparison {
  const difference = launch - pilot;
  return {
    leader: difference > 0 ? 'launch' : difference < 0 ? 'pilot' : 'tie',
    difference,
    practicallySame: Math.abs(difference) <= sameWithin,
  };
}

/** What the run says on both questions. */
export function outcomeOf(launch: LaunchQuantityResult, pilot: LaunchQuantityResult): Outcome {
  const scale = Math.max(Math.abs(launch.profit.mean), Math.abs(pilot.profit.mean));
  return {
    earnsMore: compare(launch.profit.mean, pilot.profit.mean, SAME_PROFIT_TOLERANCE * scale),
    losesMoreOften: compare(launch.probLoss, pilot.probLoss, SAME_LOSS_TOLERANCE),
  };
}

export type Mark = 'right' | 'wrong' | 'none';

export interface Judgement {
  readonly earnsMore: Mark;
  readonly losesMoreOften: Mark;
  /** How many of the two were right. */
  readonly right: number;
}

function mark(answer: Answer | null, c: Comparison): Mark {
  if (answer === null) return 'none';
  if (answer === 'same') return c.practicallySame || c.leader === 'tie' ? 'right' : 'wrong';
  return c.leader === answer ? 'right' : 'wrong';
}

export function judgePrediction(prediction: Prediction, outcome: Outcome): Judgement {
  const earnsMore = mark(prediction.earnsMore, outcome.earnsMore);
  const losesMoreOften = mark(prediction.losesMoreOften, outcome.losesMoreOften);
  return { earnsMore, losesMoreOften, right: [earnsMore, losesMoreOften].filter((m) => m === 'right').length };
}

/** How an answer reads: "Launch 30,000", "Pilot 500" or "About the same". */
export function answerLabel(answer: Answer | null, q: StrategyQuantities): string {
  if (answer === null) return msg('no answer');
  return answer === 'same' ? msg('About the same') : strategyLabel(answer, q[answer]);
}

/** The run's answers in words, in the page's language. */
export function outcomeSentences(
  outcome: Outcome,
  launch: LaunchQuantityResult,
  pilot: LaunchQuantityResult,
  q: StrategyQuantities,
): { earnsMore: string; losesMoreOften: string } {
  const e = outcome.earnsMore;
  const scale = Math.max(Math.abs(launch.profit.mean), Math.abs(pilot.profit.mean));
  let earnsMore: string;
  if (e.leader === 'tie') {
    const mean = formatMoney(launch.profit.mean);
    earnsMore = msg(str`Both earn ${mean} on average.`);
  } else {
    const leader = strategyLabel(e.leader, q[e.leader]);
    const more = formatMoney(Math.abs(e.difference));
    const share = formatShare(Math.abs(e.difference) / scale);
    earnsMore =
      scale > 0
        ? e.practicallySame
          ? msg(str`${leader} earns ${more} more on average (${share}): about the same.`)
          : msg(str`${leader} earns ${more} more on average (${share}).`)
        : e.practicallySame
          ? msg(str`${leader} earns ${more} more on average: about the same.`)
          : msg(str`${leader} earns ${more} more on average.`);
  }
  const l = outcome.losesMoreOften;
  const launchLabel = strategyLabel('launch', q.launch);
  const pilotLabel = strategyLabel('pilot', q.pilot);
  const launchRate = formatShare(launch.probLoss);
  const pilotRate = formatShare(pilot.probLoss);
  const losesMoreOften =
    l.practicallySame || l.leader === 'tie'
      ? msg(str`${launchLabel} loses money in ${launchRate} of markets, ${pilotLabel} in ${pilotRate}: about as often.`)
      : msg(str`${launchLabel} loses money in ${launchRate} of markets, ${pilotLabel} in ${pilotRate}.`);
  return { earnsMore, losesMoreOften };
}
