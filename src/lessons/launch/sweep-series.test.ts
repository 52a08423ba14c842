import { describe, expect, it } from 'vitest';
import { createLaunchMonteCarlo, type LaunchSummary } from '../../sim/launch/monte-carlo.ts';
import { defaultSweepGrid, sweepPointsFromResult, sweepPointsFromSummary, sweepRunQuantities } from './sweep-series.ts';
import { sweepSummary } from './sweep-summary.ts';
import { HAND, runSync, seedCase } from './test-fixtures.ts';

describe('the sweep of the launch quantity', () => {
  it('proposes 0 to 38,000 by 2,000 for the seed case', () => {
    expect(defaultSweepGrid([30000, 500])).toEqual({ from: 0, to: 38000, step: 2000 });
    expect(defaultSweepGrid([0])).toEqual({ from: 0, to: 100, step: 5 });
  });

  it('adds the strategies to the grid, sorted, without repeats', () => {
    expect(sweepRunQuantities([0, 10000, 20000, 30000], [500, 30000])).toEqual([0, 500, 10000, 20000, 30000]);
  });

  it('gives the hand-worked expected profit and loss share at each Q0', () => {
    const scenario = seedCase({ replications: 200, launchQuantities: [30000, 500] });
    const result = runSync(scenario);
    const points = sweepPointsFromResult(result);
    expect(points.map((p) => p.q0)).toEqual([500, 30000]);
    const good = result.results[0]!.byState.good!.probability;
    const bad = 1 - good;
    expect(points[0]!.meanProfit).toBeCloseTo(good * HAND.pilot.good.profit + bad * HAND.pilot.bad.profit, 5);
    expect(points[1]!.meanProfit).toBeCloseTo(good * HAND.launch.good.profit + bad * HAND.launch.bad.profit, 5);
    expect(points[0]!.probLoss).toBe(0);
    expect(points[1]!.probLoss).toBeCloseTo(bad, 12);
    // The worst 5% of 200 markets (10) are bad ones for the launch: CVaR = its bad-market profit.
    expect(points[1]!.cvar5).toBeCloseTo(HAND.launch.bad.profit, 6);
  });

  it('from a running summary: exactly the final means and loss shares, no CVaR yet', () => {
    const scenario = seedCase({ replications: 500, seed: 'sweep', launchQuantities: [0, 500, 30000], spec: { market: { states: [{ name: 'good', probability: 0.5, level: 30000 }, { name: 'bad', probability: 0.5, level: 500 }], demandCV: 0.3 } } });
    const model = createLaunchMonteCarlo(scenario);
    const summary: LaunchSummary = model.merge(model.runChunk(0, 200), model.runChunk(200, 500));
    const partial = sweepPointsFromSummary(summary, [0, 500, 30000]);
    const final = sweepPointsFromResult(model.finalize(summary, 500));
    expect(partial.map((p) => [p.q0, p.meanProfit, p.probLoss])).toEqual(final.map((p) => [p.q0, p.meanProfit, p.probLoss]));
    expect(partial.every((p) => p.cvar5 === null)).toBe(true);
    expect(sweepPointsFromSummary(model.empty(), [0, 500, 30000])).toEqual([]);
  });

  it('sums up the final sweep in one sentence', () => {
    const view = {
      points: [
        { q0: 500, meanProfit: 1_346_000, probLoss: 0, cvar5: 48_000 },
        { q0: 30000, meanProfit: 1_338_300, probLoss: 0.5, cvar5: -203_400 },
      ],
      newsvendorQ: 500,
      best: { byExpectedProfit: 500, byCvar5: 500 },
      done: 100,
      total: 100,
    };
    expect(sweepSummary(view)).toBe(
      'From Q0 500 to 30,000: expected profit is highest at Q0 500 (1,346,000, a loss in 0.0% of markets); the worst 5% of markets are least bad at Q0 500 (CVaR 5% 48,000); the single-period newsvendor quantity is 500.',
    );
    expect(sweepSummary({ ...view, best: null, done: 40 })).toBe(
      'From Q0 500 to 30,000 (partial, 40 of 100 markets): expected profit is highest so far at Q0 500 (1,346,000), with a loss in 0.0% of markets.',
    );
  });
});
