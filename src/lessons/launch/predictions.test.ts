import { describe, expect, it } from 'vitest';
import { judgePrediction, outcomeOf, outcomeSentences, answerLabel } from './predictions.ts';
import { HAND, handResult } from './test-fixtures.ts';

const half = (key: 'launch' | 'pilot', q0: number) =>
  handResult(q0, { good: { share: 0.5, ...HAND[key].good }, bad: { share: 0.5, ...HAND[key].bad } });
const launch = half('launch', 30000); // mean 1,338,300, loses in 50% of markets
const pilot = half('pilot', 500); // mean 1,346,000, never loses
const q = { launch: 30000, pilot: 500 };

describe('predictions', () => {
  const outcome = outcomeOf(launch, pilot);

  it('the seed case: the pilot earns 7,700 more (0.6%, about the same); the launch loses more often', () => {
    expect(outcome.earnsMore).toEqual({ leader: 'pilot', difference: -7_700, practicallySame: true });
    expect(outcome.losesMoreOften).toEqual({ leader: 'launch', difference: 0.5, practicallySame: false });
  });

  it('counts "pilot" and "about the same" right for a near tie, "launch" wrong', () => {
    expect(judgePrediction({ earnsMore: 'pilot', losesMoreOften: 'launch' }, outcome)).toEqual({ earnsMore: 'right', losesMoreOften: 'right', right: 2 });
    expect(judgePrediction({ earnsMore: 'same', losesMoreOften: 'same' }, outcome)).toEqual({ earnsMore: 'right', losesMoreOften: 'wrong', right: 1 });
    expect(judgePrediction({ earnsMore: 'launch', losesMoreOften: 'pilot' }, outcome)).toEqual({ earnsMore: 'wrong', losesMoreOften: 'wrong', right: 0 });
    expect(judgePrediction({ earnsMore: null, losesMoreOften: null }, outcome)).toEqual({ earnsMore: 'none', losesMoreOften: 'none', right: 0 });
  });

  it('a clear gap is not "about the same"', () => {
    const thin = handResult(500, { good: { share: 0.5, profit: 1_000_000, lostOpportunity: 0, realLoss: 0 }, bad: { share: 0.5, profit: 0, lostOpportunity: 0, realLoss: 0 } });
    const o = outcomeOf(launch, thin); // 1,338,300 vs 500,000
    expect(o.earnsMore.practicallySame).toBe(false);
    expect(judgePrediction({ earnsMore: 'same', losesMoreOften: null }, o).earnsMore).toBe('wrong');
  });

  it('says what happened in words', () => {
    expect(outcomeSentences(outcome, launch, pilot, q)).toEqual({
      earnsMore: 'Pilot 500 earns 7,700 more on average (0.6%): about the same.',
      losesMoreOften: 'Launch 30,000 loses money in 50.0% of markets, Pilot 500 in 0.0%.',
    });
    expect(answerLabel('same', q)).toBe('About the same');
    expect(answerLabel('launch', q)).toBe('Launch 30,000');
    expect(answerLabel(null, q)).toBe('no answer');
  });
});
