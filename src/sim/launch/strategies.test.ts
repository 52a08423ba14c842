/**
 * Model B version 2 (MODEL.md "a launch is a commitment"): the worked table to the unit, the
 * P(good) = 0.8 figures, fixed cost and safety factor worked by hand, the ledger identity on
 * random specs, and version 1 unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMonteCarloSync } from '../mc/runner.ts';
import { breakEvenProbability, breakEvenView, strategyLines, valueAt } from './break-even.ts';
import { launchEntries } from './launches.ts';
import { createLaunchMonteCarlo, type LaunchStrategiesResult, type LaunchStrategyResult } from './monte-carlo.ts';
import { launchReplication, type LaunchTimeline } from './replication.ts';
import { FORECAST, PILOT, SEED_SPEC, SEED_STATES, launchScenario, strategyScenario } from './test-fixtures.ts';
import { planOf, type LaunchSpec, type LaunchStrategy } from './types.ts';

/** The worked case of MODEL.md: demandCV 0, patience 0, H 12, p 20, c 12, v 4, h 0.2, capacity 40,000. */
const WORKED: LaunchSpec = SEED_SPEC;

/** Replication i's totals for a strategy; with demandCV 0 only the state matters. */
function inState(strategy: LaunchStrategy, state: 'good' | 'bad', spec: LaunchSpec = WORKED, safetyFactor?: number) {
  const only = { ...spec, market: { states: [{ name: state, probability: 1, level: state === 'good' ? 30000 : 500 }], demandCV: 0 } };
  const scenario = { ...only, ...(safetyFactor === undefined ? {} : { safetyFactor }), seed: 1 };
  const r = launchReplication(scenario, 0, planOf(scenario, strategy), { timeline: true });
  return { ...r.totals, timeline: r.timeline as LaunchTimeline };
}

describe('MODEL.md version 2: the worked table, every cell to the unit', () => {
  // strategy, market: sold, left over, holding, profit, lost opportunity, real loss
  const table = [
    [PILOT, 'good', 300_500, 0, 0, 2_404_000, 476_000, 0],
    [PILOT, 'bad', 5_500, 0, 0, 44_000, 4_000, 0],
    [FORECAST, 'good', 360_000, 0, 0, 2_880_000, 0, 0],
    [FORECAST, 'bad', 6_000, 84_000, 173_400, -797_400, 0, 845_400],
  ] as const;

  it.each(table)('%o in a %s market', (strategy, state, sold, leftOver, holding, profit, lostOpp, realLoss) => {
    const t = inState(strategy, state);
    expect(Math.round(t.soldUnits)).toBe(sold);
    expect(Math.round(t.leftoverUnits)).toBe(leftOver);
    expect(Math.round(t.holdingCost)).toBe(holding);
    expect(Math.round(t.profit)).toBe(profit);
    expect(Math.round(t.lostOpportunity)).toBe(lostOpp);
    expect(Math.round(t.realLoss)).toBe(realLoss);
    // Units are integers here and every amount a multiple of 0.2: within rounding of the unit.
    expect(Math.abs(t.profit - profit)).toBeLessThan(1e-6);
  });

  it('makes the commitment whatever the demand, then waits for the ramp-up, then follows the rule', () => {
    expect(inState(FORECAST, 'bad').timeline.production).toEqual([30000, 30000, 30000, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(inState(FORECAST, 'good').timeline.production).toEqual(Array(12).fill(30000));
    // The pilot: nothing in period 2 (ramp-up 1), then the estimate.
    expect(inState(PILOT, 'good').timeline.production).toEqual([0, 0, ...Array(10).fill(30000)]);
    // A ramp-up longer than the commitment: rate in 1..2, nothing in 3..4 (k < 2 + 3), the rule
    // from 5, when the 2,000 made have sold at 500 a month and the estimate 500 is made again.
    const late = inState({ name: 'late', initial: 0, commit: { rate: 1000, periods: 2 }, rampUp: 3 }, 'bad');
    expect(late.timeline.production.slice(0, 6)).toEqual([1000, 1000, 0, 0, 500, 500]);
  });

  it('gives the expected profits and P(loss) of MODEL.md at even odds, and at P(good) = 0.8', () => {
    const result = runMonteCarloSync(createLaunchMonteCarlo(strategyScenario(WORKED, { replications: 400 })), 400) as LaunchStrategiesResult;
    const [pilot, forecast] = result.results as [LaunchStrategyResult, LaunchStrategyResult];
    expect(pilot.strategy).toBe('pilot');
    expect(forecast.strategy).toBe('forecast');
    // Given the state, every replication is the same (demandCV 0): the state figures are exact.
    expect(pilot.byState['good']?.profit.mean).toBe(2_404_000);
    expect(pilot.byState['bad']?.profit.mean).toBe(44_000);
    expect(forecast.byState['good']?.profit.mean).toBe(2_880_000);
    expect(Math.round(forecast.byState['bad']?.profit.mean as number)).toBe(-797_400);
    expect(pilot.probLoss).toBe(0);
    expect(forecast.byState['bad']?.probLoss).toBe(1);
    expect(forecast.byState['good']?.probLoss).toBe(0);
    const lines = (r: LaunchStrategyResult) => strategyLines(SEED_STATES, 'good', r);
    const [p, f] = [lines(pilot), lines(forecast)];
    if (p === null || f === null) throw new Error('both states were drawn');
    expect(Math.round(valueAt(p.meanProfit, 0.5))).toBe(1_224_000);
    expect(Math.round(valueAt(f.meanProfit, 0.5))).toBe(1_041_300);
    expect(valueAt(p.probLoss, 0.5)).toBe(0);
    expect(valueAt(f.probLoss, 0.5)).toBe(0.5);
    expect(Math.round(valueAt(f.meanProfit, 0.8))).toBe(2_144_520);
    expect(Math.round(valueAt(p.meanProfit, 0.8))).toBe(1_932_000);
    expect(valueAt(f.probLoss, 0.8)).toBeCloseTo(0.2, 15);
    // The forecast starts to pay where the lines cross: 841,400 / 1,317,400.
    expect(breakEvenProbability(p.meanProfit, f.meanProfit)).toBeCloseTo(841_400 / 1_317_400, 12);
  });

  it('gives the same P(good) = 0.8 figures from a run at those odds', () => {
    const states = [
      { name: 'good', probability: 0.8, level: 30000 },
      { name: 'bad', probability: 0.2, level: 500 },
    ];
    const scenario = strategyScenario({ ...WORKED, market: { states, demandCV: 0 } }, { replications: 2000, seed: 'odds' });
    const result = runMonteCarloSync(createLaunchMonteCarlo(scenario), 2000);
    const [pilot, forecast] = result.results as [LaunchStrategyResult, LaunchStrategyResult];
    const good = pilot.byState['good']?.replications as number;
    // The means are the worked figures weighted by the observed share of good markets.
    expect(pilot.profit.mean).toBeCloseTo((good * 2_404_000 + (2000 - good) * 44_000) / 2000, 6);
    expect(forecast.profit.mean).toBeCloseTo((good * 2_880_000 + (2000 - good) * -797_400) / 2000, 6);
    expect(forecast.probLoss).toBe((2000 - good) / 2000);
    const view = breakEvenView(states, 'good', pilot, forecast, 10);
    const at08 = view?.points[8];
    expect(at08?.pGood).toBe(0.8);
    expect(Math.round(at08?.challenger.meanProfit as number)).toBe(2_144_520);
    expect(Math.round(at08?.base.meanProfit as number)).toBe(1_932_000);
  });

  it('names the best strategy by expected profit and by CVaR 5%', () => {
    const result = runMonteCarloSync(createLaunchMonteCarlo(strategyScenario(WORKED, { replications: 400 })), 400);
    expect(result.best).toEqual({ byExpectedProfit: 'pilot', byCvar5: 'pilot' });
  });
});

describe('fixed cost and safety factor, worked by hand', () => {
  it('takes the fixed cost off profit in every market and keeps it as its own line', () => {
    const lined = { ...FORECAST, fixedCost: 100_000 };
    const good = inState(lined, 'good');
    const bad = inState(lined, 'bad');
    expect(good.profit).toBe(2_780_000);
    expect(Math.round(bad.profit)).toBe(-897_400);
    // Real loss and lost opportunity do not include it: fixed cost is its own line.
    expect(Math.round(bad.realLoss)).toBe(845_400);
    expect(good.lostOpportunity).toBe(0);
    // The cash line starts at −fixed cost (nothing made before period 1) and ends at the profit.
    expect(good.timeline.cash[0]).toBe(-100_000 + 20 * 30_000 - 12 * 30_000);
    expect(good.timeline.cash[11]).toBe(2_780_000);
    const result = runMonteCarloSync(createLaunchMonteCarlo(strategyScenario(WORKED, { replications: 100, strategies: [PILOT, lined] })), 100);
    const forecast = result.results[1] as LaunchStrategyResult;
    expect(forecast.fixedCost.mean).toBe(100_000);
    expect(forecast.byState['good']?.fixedCost.mean).toBe(100_000);
    expect((result.results[0] as LaunchStrategyResult).fixedCost.mean).toBe(0);
  });

  it('makes estimate × (1 + safetyFactor) − stock on hand after the ramp-up', () => {
    // Safety factor 0.25 (exact in binary). Good market: period 3 makes 37,500 (estimate 30,000 ×
    // 1.25), 7,500 stay; periods 4..12 make 37,500 − 7,500 = 30,000. Made 500 + 37,500 + 9 ×
    // 30,000 = 308,000; sold 300,500; 7,500 left; held 7,500 after periods 3..11: 9 × 7,500 ×
    // 0.2 = 13,500. Profit 2,404,000 − (12 − 4) × 7,500 − 13,500 = 2,330,500.
    const good = inState(PILOT, 'good', WORKED, 0.25);
    expect(good.timeline.production).toEqual([0, 0, 37_500, ...Array(9).fill(30_000)]);
    expect(good.producedUnits).toBe(308_000);
    expect(good.leftoverUnits).toBe(7_500);
    expect(good.holdingCost).toBeCloseTo(13_500, 9);
    expect(good.profit).toBeCloseTo(2_330_500, 9);
    expect(good.realLoss).toBeCloseTo(73_500, 9);
    expect(good.lostOpportunity).toBe(476_000);
    // Bad market: 625 in period 3, then 500; 125 left, holding 9 × 125 × 0.2 = 225.
    const bad = inState(PILOT, 'bad', WORKED, 0.25);
    expect(bad.timeline.production).toEqual([0, 0, 625, ...Array(9).fill(500)]);
    expect(bad.profit).toBeCloseTo(44_000 - 8 * 125 - 225, 9);
    expect(bad.realLoss).toBeCloseTo(1_225, 9);
    // Capacity still caps the target: 30,000 × 1.5 = 45,000 > 40,000 in period 4 after the commitment.
    const capped = inState(FORECAST, 'good', WORKED, 0.5);
    expect(capped.timeline.production.slice(0, 6)).toEqual([30_000, 30_000, 30_000, 40_000, 35_000, 30_000]);
  });
});

describe('version 1 unchanged', () => {
  it('a launch quantity and the strategy {initial: q0} with the scenario defaults give the same bits', () => {
    const spec = { ...SEED_SPEC, rampUp: 1, market: { ...SEED_SPEC.market, demandCV: 0.3 } };
    const v1 = runMonteCarloSync(createLaunchMonteCarlo(launchScenario(spec, { replications: 300, seed: 'v1' })), 300);
    const strategies = [{ name: 'a', initial: 500 }, { name: 'b', initial: 30000 }];
    const v2 = runMonteCarloSync(createLaunchMonteCarlo(strategyScenario(spec, { replications: 300, seed: 'v1', strategies })), 300);
    v1.results.forEach((r, i) => {
      const { q0: _q0, ...figures } = r;
      const { strategy: _s, fixedCost: _f, byState, ...strategyFigures } = v2.results[i] as LaunchStrategyResult;
      const states = Object.fromEntries(Object.entries(byState).map(([k, { fixedCost: _g, ...s }]) => [k, s]));
      expect(JSON.stringify({ ...strategyFigures, byState: states })).toBe(JSON.stringify(figures));
    });
  });

  it('lists one entry per grid point of a swept strategy field, named by the point', () => {
    const scenario = {
      ...strategyScenario(WORKED),
      sweep: { strategy: 'forecast', field: 'commit.periods' as const, from: 1, to: 3, step: 1 },
    };
    const entries = launchEntries(scenario);
    expect(entries.map((e) => (e.kind === 'strategy' ? e.strategy : e.q0))).toEqual([
      'pilot',
      'forecast [commit.periods = 1]',
      'forecast [commit.periods = 2]',
      'forecast [commit.periods = 3]',
    ]);
    expect(entries.map((e) => e.plan.commitPeriods)).toEqual([0, 1, 2, 3]);
  });
});

/** A valid spec with 1–3 strategies, patience 0 (the identity's premise). */
const strategyCase = fc
  .record({
    levels: fc.array(fc.double({ min: 0, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 3 }),
    demandCV: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1.5, noNaN: true })),
    salvage: fc.double({ min: 0, max: 50, noNaN: true }),
    costMargin: fc.double({ min: 0.01, max: 50, noNaN: true }),
    priceMargin: fc.double({ min: 0, max: 100, noNaN: true }),
    holding: fc.double({ min: 0, max: 5, noNaN: true }),
    horizon: fc.integer({ min: 1, max: 24 }),
    rampUp: fc.integer({ min: 0, max: 6 }),
    capacity: fc.double({ min: 0, max: 2e5, noNaN: true }),
    safetyFactor: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 3, noNaN: true })),
    strategies: fc.array(
      fc.record({
        initial: fc.double({ min: 0, max: 2e5, noNaN: true }),
        commitShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
        periods: fc.integer({ min: 1, max: 24 }),
        rampUp: fc.option(fc.integer({ min: 0, max: 6 })),
        capacity: fc.option(fc.double({ min: 0, max: 2e5, noNaN: true })),
        fixedCost: fc.double({ min: 0, max: 1e6, noNaN: true }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map((r) => {
    const cost = r.salvage + r.costMargin;
    const spec: LaunchSpec = {
      market: { states: r.levels.map((level, i) => ({ name: `s${i}`, probability: 1 / r.levels.length, level })), demandCV: r.demandCV },
      economics: { price: cost + r.priceMargin, cost, salvage: r.salvage, holding: r.holding },
      horizon: r.horizon,
      rampUp: r.rampUp,
      capacity: r.capacity,
      patience: 0,
      safetyFactor: r.safetyFactor,
    };
    const strategies = r.strategies.map((s, i): LaunchStrategy => {
      const capacity = s.capacity ?? r.capacity;
      return {
        name: `s${i}`,
        initial: s.initial,
        ...(s.commitShare === null ? {} : { commit: { rate: s.commitShare * capacity, periods: s.periods } }),
        ...(s.rampUp === null ? {} : { rampUp: s.rampUp }),
        ...(s.capacity === null ? {} : { capacity: s.capacity }),
        fixedCost: s.fixedCost,
      };
    });
    return { spec, strategies };
  });

describe('the ledger on every replication of random specs (fast-check)', () => {
  it('profit + lost opportunity + real loss + fixed cost = (p − c) × demand, patience 0', () => {
    fc.assert(
      fc.property(strategyCase, fc.nat(10_000), fc.integer(), ({ spec, strategies }, i, seed) => {
        const { price: p, cost: c } = spec.economics;
        for (const strategy of strategies) {
          const plan = planOf(spec, strategy);
          const { totals: t, timeline } = launchReplication({ ...spec, seed }, i, plan, { timeline: true });
          const tl = timeline as LaunchTimeline;
          const scale = 1 + p * t.demandUnits + c * t.producedUnits + t.holdingCost + plan.fixedCost;
          const close = (a: number, b: number, what: string) => expect(Math.abs(a - b), what).toBeLessThanOrEqual(1e-9 * scale);
          close(t.profit + t.lostOpportunity + t.realLoss + plan.fixedCost, (p - c) * t.demandUnits, 'ledger');
          close(t.soldUnits + t.lostUnits, t.demandUnits, 'demand = sold + lost');
          close(t.soldUnits + t.leftoverUnits, t.producedUnits, 'produced = sold + leftover');
          close(tl.cash[tl.cash.length - 1] as number, t.profit, 'cash ends at profit');
          tl.production.forEach((made, k) => {
            if (k + 1 <= plan.commitPeriods) expect(made, `period ${k + 1} is committed`).toBe(plan.commitRate);
            else if (k + 1 < 2 + plan.rampUp) expect(made, `period ${k + 1} is inside the ramp-up`).toBe(0);
            else expect(made).toBeLessThanOrEqual(plan.capacity);
          });
        }
      }),
      { numRuns: 400 },
    );
  });
});
