/**
 * Paired differences between strategies met by the same markets, against MODEL.md's worked
 * case worked by hand: with demandCV 0, pilot − forecast is −476,000 in every good market
 * (2,404,000 − 2,880,000) and +841,400 in every bad one (44,000 − (−797,400)), so with g good
 * and b bad markets out of n, the mean is (841,400·b − 476,000·g)/n and the sample variance
 * of a two-valued sample is g·b·(841,400 + 476,000)²/(n(n − 1)). Only the forecast ever loses
 * money (in every bad market), so the loss difference is −b/n with variance g·b/(n(n − 1)).
 */
import { describe, expect, it } from 'vitest';
import { createLaunchMonteCarlo, type LaunchSummary } from './monte-carlo.ts';
import { pairCount, pairIndex, pairedDifference } from './paired.ts';
import { SEED_SPEC, strategyScenario } from './test-fixtures.ts';

const WORKED = { ...SEED_SPEC };

function run(replications: number, chunk: number): LaunchSummary {
  const model = createLaunchMonteCarlo(strategyScenario(WORKED, { replications, seed: 'paired' }));
  const summary = model.empty();
  for (let from = 0; from < replications; from += chunk) model.merge(summary, model.runChunk(from, Math.min(replications, from + chunk)));
  return summary;
}

describe('paired differences', () => {
  it('numbers pairs (0,1), (0,2), …, (1,2), … in order', () => {
    expect(pairCount(4)).toBe(6);
    expect([pairIndex(0, 1, 4), pairIndex(0, 3, 4), pairIndex(1, 2, 4), pairIndex(2, 3, 4)]).toEqual([0, 2, 3, 5]);
    expect(() => pairIndex(2, 1, 4)).toThrow(RangeError);
  });

  it('gives the worked case its mean and sd of pilot − forecast, by hand', () => {
    const n = 401;
    const summary = run(n, 64);
    const g = summary.groups[0]?.[0]?.replications as number;
    const b = summary.groups[0]?.[1]?.replications as number;
    expect(g + b).toBe(n);
    expect(g).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    const lossesPilot = (summary.groups[0] ?? []).reduce((s, x) => s + x.losses, 0);
    const lossesForecast = (summary.groups[1] ?? []).reduce((s, x) => s + x.losses, 0);
    expect([lossesPilot, lossesForecast]).toEqual([0, b]);
    const d = pairedDifference(summary.pairs[0]!, n, lossesPilot, lossesForecast);
    expect(d.meanProfit).toBeCloseTo((841_400 * b - 476_000 * g) / n, 4);
    expect(d.sdProfit).toBeCloseTo(Math.sqrt((g * b * 1_317_400 ** 2) / (n * (n - 1))), 4);
    expect(d.lossShare).toBe(-b / n);
    expect(d.sdLoss).toBeCloseTo(Math.sqrt((g * b) / (n * (n - 1))), 12);
    // Forecast − pilot is the same with the sign turned.
    const flipped = pairedDifference(summary.pairs[0]!, n, lossesPilot, lossesForecast, true);
    expect(flipped.meanProfit).toBe(-d.meanProfit);
    expect(flipped.sdProfit).toBe(d.sdProfit);
  });

  it('is the same to the bit however the replications are chunked', () => {
    const a = run(300, 300).pairs;
    const b = run(300, 7).pairs;
    expect(pairedDifference(b[0]!, 300, 0, 0)).toEqual(pairedDifference(a[0]!, 300, 0, 0));
  });

  it('is kept for 2 to 20 launches and left out for one launch or a long sweep', () => {
    const one = createLaunchMonteCarlo(strategyScenario(WORKED, { strategies: [{ name: 'a', initial: 1 }] }));
    expect(one.runChunk(0, 3).pairs).toEqual([]);
    const many = createLaunchMonteCarlo(strategyScenario(WORKED, { strategies: Array.from({ length: 20 }, (_, i) => ({ name: `s${i}`, initial: i })) }));
    expect(many.runChunk(0, 2).pairs).toHaveLength(190);
  });
});
