import { describe, expect, it } from 'vitest';
import { criticalRatio, newsvendorQuantity, singlePeriodDemandCdf } from './newsvendor.ts';
import type { LaunchSpec, MarketState } from './types.ts';

function spec(states: MarketState[], demandCV: number, price = 20, cost = 12, salvage = 4): LaunchSpec {
  return {
    market: { states, demandCV },
    economics: { price, cost, salvage, holding: 0.2 },
    horizon: 1,
    rampUp: 0,
    capacity: 40000,
    patience: 0,
  };
}

const SEED_STATES: MarketState[] = [
  { name: 'good', probability: 0.5, level: 30000 },
  { name: 'bad', probability: 0.5, level: 500 },
];

const relativeError = (got: number, truth: number) => Math.abs(got - truth) / Math.abs(truth);

describe('newsvendorQuantity with demandCV 0 (discrete demand)', () => {
  it('takes the infimum: the seed case gives 500, not 30,000 or a point between', () => {
    // u = (p − c)/(p − v) = (20 − 12)/(20 − 4) = 8/16 = 0.5 exactly.
    // F(x) = 0 below 500, 0.5 on [500, 30000), 1 from 30,000: F(500) = 0.5 ≥ u already.
    const seed = spec(SEED_STATES, 0);
    expect(criticalRatio(seed)).toBe(0.5);
    expect(newsvendorQuantity(seed)).toBe(500);
  });

  it('moves to the good level as soon as u passes 1/2', () => {
    // p = 21: u = 9/17 ≈ 0.529 > F(500) = 0.5, and F(30000) = 1 ≥ u.
    expect(newsvendorQuantity(spec(SEED_STATES, 0, 21))).toBe(30000);
  });

  it('accumulates probabilities by level, whatever the listed order', () => {
    const states = [
      { name: 'high', probability: 0.5, level: 300 },
      { name: 'low', probability: 0.2, level: 100 },
      { name: 'mid', probability: 0.3, level: 200 },
    ];
    // By level: F(100) = 0.2, F(200) = 0.5, F(300) = 1; u = 0.5 is reached at 200.
    expect(newsvendorQuantity(spec(states, 0))).toBe(200);
  });

  it('is 0 when p = c (u = 0): demand is never negative', () => {
    expect(newsvendorQuantity(spec(SEED_STATES, 0, 12, 12, 4))).toBe(0);
  });
});

describe('newsvendorQuantity with demandCV > 0 (continuous demand)', () => {
  it('matches the lognormal closed form L·exp(−σ²/2 + σ·Φ⁻¹(u)) for one state', () => {
    // L = 1000, cv 0.4, p = 30, c = 12, v = 4: u = 18/26. Value from mpmath at 40 digits.
    const q = newsvendorQuantity(spec([{ name: 'only', probability: 1, level: 1000 }], 0.4, 30));
    expect(relativeError(q, 1126.7552552894358885)).toBeLessThan(1e-11);
  });

  it('solves F(x) = u for a mixture of two states (mpmath reference)', () => {
    const states = [
      { name: 'a', probability: 0.3, level: 1000 },
      { name: 'b', probability: 0.7, level: 5000 },
    ];
    const mixture = spec(states, 0.5, 30);
    const q = newsvendorQuantity(mixture);
    expect(relativeError(q, 4805.7013525440976043)).toBeLessThan(1e-11);
    // The bracket the bisection keeps: F has reached u at q, and not 1e-11 below it.
    const cdf = singlePeriodDemandCdf(mixture);
    expect(cdf(q)).toBeGreaterThanOrEqual(criticalRatio(mixture));
    expect(cdf(q * (1 - 1e-11))).toBeLessThan(criticalRatio(mixture));
  });

  it('lands between the markets in the seed case with noise: a quantity that fits neither', () => {
    // F is flat at ≈ 0.5 between the two markets and crosses u = 0.5 where the two tails
    // (≈ 1.6e-12 each) balance, at 3,709.645 (mpmath). So flat a CDF leaves the crossing
    // sensitive to the last bits of F: 1e-4 relative is what any double computation can promise.
    const q = newsvendorQuantity(spec(SEED_STATES, 0.3));
    expect(relativeError(q, 3709.6452512212346153)).toBeLessThan(1e-4);
  });

  it('is 0 when a state of level 0 already carries u', () => {
    const states = [
      { name: 'none', probability: 0.6, level: 0 },
      { name: 'some', probability: 0.4, level: 1000 },
    ];
    // F(0) = 0.6 ≥ u = 0.5.
    expect(newsvendorQuantity(spec(states, 0.3))).toBe(0);
  });
});
