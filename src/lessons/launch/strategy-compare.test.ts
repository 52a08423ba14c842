import { describe, expect, it } from 'vitest';
import { runMonteCarloSync } from '../../sim/mc/runner.ts';
import { createLaunchMonteCarlo, type LaunchStrategiesResult } from '../../sim/launch/monte-carlo.ts';
import type { PairedDifference } from '../../sim/launch/paired.ts';
import { FORECAST, PILOT, SEED_SPEC, SEED_STATES, strategyScenario } from '../../sim/launch/test-fixtures.ts';
import { differenceOf, halfWidth95, likeHindsight, markAnswer, noisyComparison, pairWithin, strategyOutcome } from './strategy-compare.ts';

const diff = (meanProfit: number, sdProfit: number | null, lossShare = 0, sdLoss: number | null = 0, replications = 100): PairedDifference => ({
  replications,
  meanProfit,
  sdProfit,
  lossShare,
  sdLoss,
});

describe('grading against the run’s own noise', () => {
  it('takes 1.96 × sd / √n as the half-width: sd 50 over 100 markets gives 9.8', () => {
    expect(halfWidth95(50, 100)).toBeCloseTo(9.8, 12);
    expect(halfWidth95(null, 100)).toBe(0);
    expect(halfWidth95(50, 1)).toBe(0);
  });

  it('calls a difference of 9 "about the same" (inside ±9.8) and one of 10 not', () => {
    const inside = strategyOutcome(diff(9, 50)).earnsMore;
    expect(inside).toMatchObject({ leader: 'second', withinNoise: true });
    expect(markAnswer('same', inside)).toBe('right');
    expect(markAnswer('second', inside)).toBe('right');
    expect(markAnswer('first', inside)).toBe('wrong');
    const outside = strategyOutcome(diff(10, 50)).earnsMore;
    expect(outside.withinNoise).toBe(false);
    expect(markAnswer('same', outside)).toBe('wrong');
    expect(markAnswer('second', outside)).toBe('right');
    expect(markAnswer(null, outside)).toBe('none');
  });

  it('grades the chance of a loss with its own paired sd: 0.5 share, sd 0.5, 400 markets → ±0.049', () => {
    const c = strategyOutcome(diff(0, 0, 0.04, 0.5, 400)).losesMoreOften;
    expect(c.halfWidth).toBeCloseTo(0.049, 12);
    expect(markAnswer('same', c)).toBe('right');
    // Two strategies that never lose: a tie, and "about as often" is right.
    const tie = noisyComparison(0, 0);
    expect(tie.leader).toBe('tie');
    expect(markAnswer('same', tie)).toBe('right');
    expect(markAnswer('first', tie)).toBe('wrong');
  });

  it('reads second − first whichever way the pair is stored', () => {
    // Three strategies: pairs (0,1), (0,2), (1,2) hold a − b.
    const paired = [diff(10, 1, 0.1), diff(20, 1), diff(30, 1, -0.2)];
    expect(differenceOf(paired, 3, { first: 0, second: 1 })?.meanProfit).toBe(-10);
    expect(differenceOf(paired, 3, { first: 1, second: 0 })?.meanProfit).toBe(10);
    expect(differenceOf(paired, 3, { first: 2, second: 1 })).toMatchObject({ meanProfit: 30, lossShare: -0.2 });
    expect(differenceOf(paired, 3, { first: 1, second: 2 })).toMatchObject({ meanProfit: -30, lossShare: 0.2 });
    expect(pairWithin({ first: 2, second: 2 }, 3)).toEqual({ first: 0, second: 1 });
    expect(pairWithin({ first: 2, second: 0 }, 3)).toEqual({ first: 2, second: 0 });
    expect(pairWithin({ first: 3, second: 0 }, 3)).toEqual({ first: 0, second: 1 });
  });
});

describe('hindsight, like with like (MODEL.md’s worked case, by hand)', () => {
  const run = (forecastFixedCost = 0) => {
    const scenario = strategyScenario(SEED_SPEC, { replications: 200, strategies: [PILOT, { ...FORECAST, fixedCost: forecastFixedCost }] });
    return runMonteCarloSync(createLaunchMonteCarlo(scenario), 200) as LaunchStrategiesResult;
  };

  it('sets what the pilot missed in a good market against what the forecast made extra there, and the losses in a bad one', () => {
    const r = run();
    const h = likeHindsight(SEED_STATES, r.results[0]!, r.results[1]!)!;
    expect(h.goodState).toBe('good');
    expect(h.goodMarkets + h.otherMarkets).toBe(200);
    // Good: the pilot never earned 476,000 of margin; the forecast made 2,880,000 − 2,404,000 = 476,000 more.
    expect(h.good?.firstMissed).toBeCloseTo(476_000, 6);
    expect(h.good?.secondExtra).toBeCloseTo(476_000, 6);
    // Bad: the forecast lost 845,400 of cash on cars nobody bought (84,000 × 8 + 173,400 holding); the pilot nothing.
    expect(h.other?.secondLost).toBeCloseTo(845_400, 6);
    expect(h.other?.firstLost).toBe(0);
  });

  it('counts a fixed cost in what the forecast loses in a bad market and in what it makes extra in a good one', () => {
    const h = likeHindsight(SEED_STATES, ...(run(100_000).results as [never, never]))!;
    expect(h.good?.secondExtra).toBeCloseTo(376_000, 6);
    expect(h.other?.secondLost).toBeCloseTo(945_400, 6);
  });
});
