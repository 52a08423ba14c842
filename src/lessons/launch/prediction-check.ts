/**
 * A finished run's verdict on the trainee's prediction, ready to show: for each question what
 * the run found (a sentence) and whether the answer was right. Version 1 (two launch
 * quantities) keeps its rule (predictions.ts: within 1% / 1 point is "about the same");
 * version 2 (strategies) grades against the run's own noise (strategy-compare.ts).
 *
 * For strategies, the answers keep the lesson's two keys: "pilot" is the first strategy
 * compared, "launch" the second (the forecast in the seed case), so a link's prediction reads
 * the same in both versions.
 */
import { msg, str } from '@lit/localize';
import type { LaunchQuantityResult, LaunchStrategyResult } from '../../sim/launch/monte-carlo.ts';
import type { PairedDifference } from '../../sim/launch/paired.ts';
import { formatMoney, formatShare } from './format.ts';
import { answerLabel, judgePrediction, outcomeOf, outcomeSentences, type Answer, type Mark, type Prediction } from './predictions.ts';
import type { StrategyQuantities } from './strategies.ts';
import { markAnswer, strategyOutcome, type NoisyComparison, type StrategyAnswer } from './strategy-compare.ts';

/** What the prediction component shows after a run. */
export interface PredictionCheck {
  readonly prediction: Prediction;
  /** How each answer reads ("Pilot 500", "forecast", "About the same"). */
  readonly answerText: (answer: Answer) => string;
  readonly said: { readonly earnsMore: string; readonly losesMoreOften: string };
  readonly marks: { readonly earnsMore: Mark; readonly losesMoreOften: Mark };
}

export function quantitiesCheck(prediction: Prediction, q: StrategyQuantities, launch: LaunchQuantityResult, pilot: LaunchQuantityResult): PredictionCheck {
  const outcome = outcomeOf(launch, pilot);
  const judged = judgePrediction(prediction, outcome);
  return {
    prediction,
    answerText: (a) => answerLabel(a, q),
    said: outcomeSentences(outcome, launch, pilot, q),
    marks: { earnsMore: judged.earnsMore, losesMoreOften: judged.losesMoreOften },
  };
}

/** The lesson's answer key as the strategies' comparison reads it: pilot → first, launch → second. */
export function strategyAnswerOf(answer: Answer | null): StrategyAnswer | null {
  return answer === null ? null : answer === 'same' ? 'same' : answer === 'pilot' ? 'first' : 'second';
}

/** The run's answer on mean profit, in words, with its noise. */
export function earnsMoreSentence(c: NoisyComparison, first: string, second: string): string {
  const noise = formatMoney(c.halfWidth);
  if (c.leader === 'tie') return msg(str`${first} and ${second} earn the same on average.`);
  const [leader, other] = c.leader === 'second' ? [second, first] : [first, second];
  const more = formatMoney(Math.abs(c.difference));
  return c.withinNoise
    ? msg(str`${leader} earns ${more} more on average than ${other}, inside this run's noise (±${noise}): about the same.`)
    : msg(str`${leader} earns ${more} more on average than ${other}, well beyond this run's noise (±${noise}).`);
}

/** The run's answer on the chance of a loss, in words, with its noise. */
export function losesMoreSentence(c: NoisyComparison, first: string, second: string, firstRate: number, secondRate: number): string {
  const a = formatShare(firstRate);
  const b = formatShare(secondRate);
  const noise = formatShare(c.halfWidth);
  return c.withinNoise || c.leader === 'tie'
    ? msg(str`${first} loses money in ${a} of markets, ${second} in ${b}: about as often (this run's noise is ±${noise}).`)
    : msg(str`${first} loses money in ${a} of markets, ${second} in ${b} (this run's noise is ±${noise}).`);
}

export function strategiesCheck(
  prediction: Prediction,
  names: { readonly first: string; readonly second: string },
  first: LaunchStrategyResult,
  second: LaunchStrategyResult,
  difference: PairedDifference,
): PredictionCheck {
  const outcome = strategyOutcome(difference);
  return {
    prediction,
    answerText: (a) => (a === 'same' ? msg('About the same') : a === 'pilot' ? names.first : names.second),
    said: {
      earnsMore: earnsMoreSentence(outcome.earnsMore, names.first, names.second),
      losesMoreOften: losesMoreSentence(outcome.losesMoreOften, names.first, names.second, first.probLoss, second.probLoss),
    },
    marks: {
      earnsMore: markAnswer(strategyAnswerOf(prediction.earnsMore), outcome.earnsMore),
      losesMoreOften: markAnswer(strategyAnswerOf(prediction.losesMoreOften), outcome.losesMoreOften),
    },
  };
}
