import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMarketSampler } from './market.ts';
import {
  findReplicationInState,
  launchReplication,
  runLaunchPolicy,
  totalsByName,
  TOTALS_LENGTH,
  type LaunchTimeline,
  type LaunchTotals,
} from './replication.ts';
import { SEED_SPEC } from './test-fixtures.ts';
import { planOfQuantity, type LaunchSpec } from './types.ts';

/** Runs the policy against a given demand path (one entry per period). */
function run(spec: LaunchSpec, demand: readonly number[], q0: number, timeline: LaunchTimeline | null = null): LaunchTotals {
  const totals = new Float64Array(TOTALS_LENGTH);
  runLaunchPolicy(spec, Float64Array.from(demand), planOfQuantity(spec, q0), totals, timeline);
  return totalsByName(totals, 0);
}

function newTimeline(): LaunchTimeline {
  return { demand: [], sales: [], lostSales: [], backorders: [], production: [], stock: [], cash: [] };
}

const GOOD = 30000;
const BAD = 500;
const constant = (level: number, periods: number) => new Array<number>(periods).fill(level);

/**
 * The seed case by hand (demandCV 0, p 20, c 12, v 4, h 0.2, H 12, capacity 40,000).
 *
 * Q0 = 500, good market, L = 0. Period 1: sell the 500, 29,500 unmet. From period 2 the
 * estimate is 30,000 and stock on hand 0, so the plant makes 30,000 and sells them, 11 times.
 *   produced = sold = 500 + 11·30,000 = 330,500; lost = 360,000 − 330,500 = 29,500.
 *   profit = (20 − 12)·330,500 = 2,644,000; lost opportunity = 8·29,500 = 236,000; real loss 0.
 * Q0 = 500, bad market, L = 0: 500 made and sold every period: 6,000 units, profit 8·6,000 = 48,000.
 * Q0 = 30,000, good market, L = 0: period 1 sells the 30,000, then 30,000 made and sold 11
 *   times: 360,000 units, profit 8·360,000 = 2,880,000.
 * Q0 = 30,000, bad market (any L): 500 sold a period; stock on hand 30,000 − 500(k − 1) always
 *   exceeds the estimate 500, so nothing is made. Stock carried after period k is 30,000 − 500k.
 *   holding = 0.2·Σ(k=1..11)(30,000 − 500k) = 0.2·(330,000 − 500·66) = 0.2·297,000 = 59,400.
 *   leftover 24,000, salvaged for 4·24,000 = 96,000. revenue 20·6,000 = 120,000; production 12·30,000 = 360,000.
 *   profit = 120,000 + 96,000 − 360,000 − 59,400 = −203,400.
 *   real loss = (12 − 4)·24,000 + 59,400 = 251,400; lost opportunity 0.
 * L = 3: nothing is made in periods 2–4; production starts in period 2 + 3 = 5 (8 periods).
 *   Q0 = 500, good: sold 500 + 8·30,000 = 240,500, lost 29,500 + 3·30,000 = 119,500:
 *     profit 8·240,500 = 1,924,000; lost opportunity 8·119,500 = 956,000.
 *   Q0 = 500, bad: sold 500 + 8·500 = 4,500, lost 3·500 = 1,500: profit 36,000, lost opportunity 12,000.
 *   Q0 = 30,000, good: sold 30,000 + 8·30,000 = 270,000, lost 90,000: profit 2,160,000, lost opportunity 720,000.
 * Patience 0.5 changes none of these totals: with constant demand the plant makes exactly
 * the estimate whenever stock is 0, and all of it sells (backorders first, then new demand),
 * so patience only moves sales between periods (see the timeline test below).
 */
const SEED_CASES: readonly {
  state: 'good' | 'bad';
  q0: number;
  rampUp: number;
  profit: number;
  lostOpportunity: number;
  realLoss: number;
  soldUnits: number;
  lostUnits: number;
  leftoverUnits: number;
}[] = [
  { state: 'good', q0: 500, rampUp: 0, profit: 2644000, lostOpportunity: 236000, realLoss: 0, soldUnits: 330500, lostUnits: 29500, leftoverUnits: 0 },
  { state: 'bad', q0: 500, rampUp: 0, profit: 48000, lostOpportunity: 0, realLoss: 0, soldUnits: 6000, lostUnits: 0, leftoverUnits: 0 },
  { state: 'good', q0: 30000, rampUp: 0, profit: 2880000, lostOpportunity: 0, realLoss: 0, soldUnits: 360000, lostUnits: 0, leftoverUnits: 0 },
  { state: 'bad', q0: 30000, rampUp: 0, profit: -203400, lostOpportunity: 0, realLoss: 251400, soldUnits: 6000, lostUnits: 0, leftoverUnits: 24000 },
  { state: 'good', q0: 500, rampUp: 3, profit: 1924000, lostOpportunity: 956000, realLoss: 0, soldUnits: 240500, lostUnits: 119500, leftoverUnits: 0 },
  { state: 'bad', q0: 500, rampUp: 3, profit: 36000, lostOpportunity: 12000, realLoss: 0, soldUnits: 4500, lostUnits: 1500, leftoverUnits: 0 },
  { state: 'good', q0: 30000, rampUp: 3, profit: 2160000, lostOpportunity: 720000, realLoss: 0, soldUnits: 270000, lostUnits: 90000, leftoverUnits: 0 },
  { state: 'bad', q0: 30000, rampUp: 3, profit: -203400, lostOpportunity: 0, realLoss: 251400, soldUnits: 6000, lostUnits: 0, leftoverUnits: 24000 },
];

describe('launch policy: the seed case by hand', () => {
  for (const patience of [0, 0.5]) {
    it.each(SEED_CASES)(
      `patience ${patience}, $state market, Q0 $q0, ramp-up $rampUp: profit $profit`,
      ({ state, q0, rampUp, profit, lostOpportunity, realLoss, soldUnits, lostUnits, leftoverUnits }) => {
        const spec = { ...SEED_SPEC, rampUp, patience };
        const totals = run(spec, constant(state === 'good' ? GOOD : BAD, 12), q0);
        expect(totals.profit, 'profit').toBe(profit);
        expect(totals.lostOpportunity, 'lost opportunity').toBe(lostOpportunity);
        expect(totals.realLoss, 'real loss').toBe(realLoss);
        expect(totals.soldUnits, 'sold').toBe(soldUnits);
        expect(totals.lostUnits, 'lost').toBe(lostUnits);
        expect(totals.leftoverUnits, 'leftover').toBe(leftoverUnits);
      },
    );
  }

  it('favours the pilot in expectation with ½/½ markets (docs/model-launch.md)', () => {
    const expected = (q0: number, rampUp: number) => {
      const spec = { ...SEED_SPEC, rampUp };
      return 0.5 * run(spec, constant(GOOD, 12), q0).profit + 0.5 * run(spec, constant(BAD, 12), q0).profit;
    };
    // L = 0: ½·2,644,000 + ½·48,000 = 1,346,000 against ½·2,880,000 − ½·203,400 = 1,338,300.
    expect([expected(500, 0), expected(30000, 0)]).toEqual([1346000, 1338300]);
    // L = 3: ½·1,924,000 + ½·36,000 = 980,000 against ½·2,160,000 − ½·203,400 = 978,300.
    expect([expected(500, 3), expected(30000, 3)]).toEqual([980000, 978300]);
  });

  it('splits the bad-market Q0 = 30,000 money as worked out', () => {
    const totals = run(SEED_SPEC, constant(BAD, 12), 30000);
    expect(totals).toMatchObject({
      revenue: 120000,
      salvage: 96000,
      productionCost: 360000,
      holdingCost: 59400,
      demandUnits: 6000,
      producedUnits: 30000,
    });
  });

  it('gives the same per-state numbers through launchReplication (market streams included)', () => {
    const scenario = { ...SEED_SPEC, seed: 7 };
    for (const state of ['good', 'bad'] as const) {
      const i = findReplicationInState(scenario, state) as number;
      expect(i).not.toBeNull();
      const one = launchReplication(scenario, i, 30000);
      expect(one.state).toBe(state);
      expect(one.totals.profit).toBe(state === 'good' ? 2880000 : -203400);
      expect(one.timeline, 'no timeline unless asked').toBeUndefined();
    }
  });

  it('with H = 1 is the newsvendor: each state by hand, and E[profit] = (p − v)·E[min(D, Q)] − (c − v)·Q', () => {
    const spec = { ...SEED_SPEC, horizon: 1 };
    // Q = 500: both markets buy the 500: 20·500 − 12·500 = 4,000.
    expect(run(spec, [GOOD], 500).profit).toBe(4000);
    expect(run(spec, [BAD], 500).profit).toBe(4000);
    // Q = 30,000: good sells all, 8·30,000 = 240,000; bad sells 500 and salvages 29,500:
    // 20·500 + 4·29,500 − 12·30,000 = 10,000 + 118,000 − 360,000 = −232,000.
    expect(run(spec, [GOOD], 30000).profit).toBe(240000);
    expect(run(spec, [BAD], 30000).profit).toBe(-232000);
    // Newsvendor closed form with F = ½ at 500 and at 30,000:
    // Q = 500: 16·500 − 8·500 = 4,000. Q = 30,000: 16·(½·30,000 + ½·500) − 8·30,000 = 244,000 − 240,000 = 4,000.
    // The expected profit is flat between the levels because u = ½ = P(D > Q) there.
    for (const q of [500, 30000, 12345]) {
      const expected = 0.5 * run(spec, [GOOD], q).profit + 0.5 * run(spec, [BAD], q).profit;
      const closedForm = 16 * (0.5 * Math.min(GOOD, q) + 0.5 * Math.min(BAD, q)) - 8 * q;
      expect(expected).toBeCloseTo(closedForm, 6);
    }
  });
});

describe('launch policy: order of events within a period', () => {
  it('serves waiting backorders first, at price p, and patience then sells leftover stock', () => {
    // H = 2, L = 0, demand [1000, 200], Q0 = 600, patience 0.5.
    // P1: sell 600; unmet 400 → 200 wait, 200 lost. Stock 0.
    // P2: estimate 1000, stock on hand 0 → make 1000. Serve the 200 backorders, then the new 200:
    //     sold 400, leftover 600 salvaged.
    // produced 1,600, sold 1,000, lost 200, leftover 600.
    // revenue 20,000 + salvage 2,400 − production 19,200 − holding 0 = profit 3,200.
    // lost opportunity 8·200 = 1,600; real loss (12 − 4)·600 = 4,800.
    const spec = { ...SEED_SPEC, horizon: 2, patience: 0.5 };
    const timeline = newTimeline();
    const totals = run(spec, [1000, 200], 600, timeline);
    expect(totals).toMatchObject({ producedUnits: 1600, soldUnits: 1000, lostUnits: 200, leftoverUnits: 600 });
    expect(totals).toMatchObject({ profit: 3200, lostOpportunity: 1600, realLoss: 4800 });
    expect(timeline.sales).toEqual([600, 400]);
    expect(timeline.backorders).toEqual([200, 0]);
    // Patience 0: the 400 are lost and period 2 sells only 200: profit
    // 16,000 + 3,200 − 19,200 = 0, lost opportunity 8·400 = 3,200, real loss 8·800 = 6,400.
    expect(run({ ...spec, patience: 0 }, [1000, 200], 600)).toMatchObject({ profit: 0, lostOpportunity: 3200, realLoss: 6400 });
  });

  it('loses backorders not served in their one waiting period, and limits production by capacity', () => {
    // H = 3, L = 0, capacity 300, patience 1, Q0 = 0, demand [1000, 100, 100].
    // P1: nothing on hand; all 1,000 wait.
    // P2: estimate 1,000, make min(300, 1000) = 300: serve 300 backorders, 700 are lost;
    //     the new 100 wait.
    // P3: estimate (1000 + 100)/2 = 550, make 300: serve 100 backorders and 100 new; 100 left.
    // produced 600, sold 500, lost 700, leftover 100; revenue 10,000, salvage 400,
    // production 7,200, holding 0: profit 3,200; lost opportunity 5,600; real loss 800.
    const spec = { ...SEED_SPEC, horizon: 3, capacity: 300, patience: 1 };
    const timeline = newTimeline();
    const totals = run(spec, [1000, 100, 100], 0, timeline);
    expect(totals).toMatchObject({ producedUnits: 600, soldUnits: 500, lostUnits: 700, leftoverUnits: 100 });
    expect(totals).toMatchObject({ profit: 3200, lostOpportunity: 5600, realLoss: 800 });
    expect(timeline.production).toEqual([0, 300, 300]);
    expect(timeline.lostSales).toEqual([0, 700, 0]);
  });

  it('produces estimate − stock on hand at the start of the period, before its sales', () => {
    // H = 3, L = 0, demand 100 a period, Q0 = 250, patience 0.
    // P1: sell 100, carry 150 (holding 30).
    // P2: estimate 100, on hand 150 → make max(0, 100 − 150) = 0; sell 100, carry 50 (holding 10).
    // P3: estimate 100, on hand 50 → make 50; sell 100; nothing left.
    // produced 300 = sold; holding 0.2·(150 + 50) = 40; profit 8·300 − 40 = 2,360; real loss 40.
    const timeline = newTimeline();
    const totals = run({ ...SEED_SPEC, horizon: 3 }, [100, 100, 100], 250, timeline);
    expect(timeline.production).toEqual([0, 0, 50]);
    expect(timeline.stock).toEqual([150, 50, 0]);
    expect(totals.holdingCost).toBeCloseTo(40, 12);
    expect(totals.profit).toBeCloseTo(2360, 9);
    expect(totals.realLoss).toBeCloseTo(40, 12);
  });

  it('does not limit Q0 by capacity and pays it up front', () => {
    const timeline = newTimeline();
    const totals = run({ ...SEED_SPEC, horizon: 2, capacity: 100 }, [BAD, BAD], 30000, timeline);
    expect(totals.producedUnits).toBe(30000);
    // Cash after period 1: −12·30,000 + 20·500 − 0.2·29,500 = −360,000 + 10,000 − 5,900.
    expect(timeline.cash[0]).toBeCloseTo(-355900, 9);
  });

  it('tells the seed story period by period: Q0 500, good market, patience 0.5', () => {
    // P1: sell 500; 29,500 unmet: 14,750 wait, 14,750 lost.
    // P2: make 30,000; serve the 14,750 backorders, then 15,250 of the new 30,000;
    //     14,750 unmet: 7,375 wait, 7,375 lost. Each later period halves the queue.
    // P12: the 14,750/2¹⁰ waiting are served; as many new units are unmet, all lost (no P13).
    const timeline = newTimeline();
    const totals = run({ ...SEED_SPEC, patience: 0.5 }, constant(GOOD, 12), 500, timeline);
    expect(timeline.demand).toEqual(constant(GOOD, 12));
    expect(timeline.sales.slice(0, 3)).toEqual([500, 30000, 30000]);
    expect(timeline.production.slice(0, 3)).toEqual([0, 30000, 30000]);
    expect(timeline.backorders.slice(0, 3)).toEqual([14750, 7375, 3687.5]);
    expect(timeline.lostSales.slice(0, 3)).toEqual([14750, 7375, 3687.5]);
    expect(timeline.backorders[11]).toBe(0);
    expect(timeline.lostSales[11]).toBe(14750 / 1024);
    // Cash: −6,000 + 10,000 = 4,000 after period 1, then 8·30,000 more each period.
    expect(timeline.cash[0]).toBe(4000);
    expect(timeline.cash[11]).toBe(totals.profit);
    expect(totals.profit).toBe(2644000);
  });
});

/** A valid launch spec: v < c ≤ p, shares summing to 1, and the rest in range. */
const specArbitrary = fc
  .record({
    levels: fc.array(fc.double({ min: 0, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 3 }),
    weights: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 3, maxLength: 3 }),
    demandCV: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1.5, noNaN: true })),
    salvage: fc.double({ min: 0, max: 50, noNaN: true }),
    costMargin: fc.double({ min: 0.01, max: 50, noNaN: true }),
    priceMargin: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true })),
    holding: fc.double({ min: 0, max: 5, noNaN: true }),
    horizon: fc.integer({ min: 1, max: 24 }),
    rampUp: fc.integer({ min: 0, max: 6 }),
    capacity: fc.double({ min: 0, max: 2e5, noNaN: true }),
    patience: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map((r): LaunchSpec => {
    const weights = r.weights.slice(0, r.levels.length);
    const total = weights.reduce((a, b) => a + b, 0);
    const cost = r.salvage + r.costMargin;
    return {
      market: { states: r.levels.map((level, i) => ({ name: `s${i}`, probability: (weights[i] as number) / total, level })), demandCV: r.demandCV },
      economics: { price: cost + r.priceMargin, cost, salvage: r.salvage, holding: r.holding },
      horizon: r.horizon,
      rampUp: r.rampUp,
      capacity: r.capacity,
      patience: r.patience,
    };
  });

describe('launch policy: invariants on every replication (fast-check)', () => {
  it('keeps the money identity and conserves units', () => {
    fc.assert(
      fc.property(specArbitrary, fc.double({ min: 0, max: 2e5, noNaN: true }), fc.nat(10_000), fc.integer(), (spec, q0, i, seed) => {
        const { price: p, cost: c, salvage: v } = spec.economics;
        const { totals: t, timeline } = launchReplication({ ...spec, seed }, i, q0, { timeline: true });
        const tl = timeline as LaunchTimeline;
        const scale = 1 + p * t.demandUnits + c * t.producedUnits + t.holdingCost;
        const close = (a: number, b: number, what: string) => expect(Math.abs(a - b), what).toBeLessThanOrEqual(1e-9 * scale);

        expect(t.profit).toBe(t.revenue + t.salvage - t.productionCost - t.holdingCost);
        // profit + lost opportunity + real loss = (p − c)·demand: every unit demanded is
        // either sold at margin p − c, lost (its margin is the lost opportunity), and every
        // unit made but unsold costs c − v plus the holding it paid.
        close(t.profit + t.lostOpportunity + t.realLoss, (p - c) * t.demandUnits, 'money identity');
        close(t.soldUnits + t.lostUnits, t.demandUnits, 'demand = sold + lost');
        close(t.soldUnits + t.leftoverUnits, t.producedUnits, 'produced = sold + leftover');
        close(tl.cash[tl.cash.length - 1] as number, t.profit, 'cash ends at profit');
        for (const name of ['soldUnits', 'lostUnits', 'leftoverUnits', 'holdingCost', 'realLoss', 'lostOpportunity'] as const) {
          expect(t[name], name).toBeGreaterThanOrEqual(0);
        }
        tl.production.forEach((made, k) => {
          expect(made).toBeLessThanOrEqual(spec.capacity);
          if (k + 1 < 2 + spec.rampUp) expect(made, `period ${k + 1} is inside the ramp-up`).toBe(0);
        });
        expect(tl.demand.length).toBe(spec.horizon);
        expect(tl.backorders[spec.horizon - 1]).toBe(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('launch market: streams and common random numbers', () => {
  const noisy: LaunchSpec = { ...SEED_SPEC, market: { ...SEED_SPEC.market, demandCV: 0.3 } };

  it('shows replication i the same demand path whatever Q0', () => {
    const scenario = { ...noisy, seed: 'crn' };
    for (let i = 0; i < 50; i++) {
      const small = launchReplication(scenario, i, 500, { timeline: true });
      const large = launchReplication(scenario, i, 30000, { timeline: true });
      expect(large.timeline?.demand).toEqual(small.timeline?.demand);
      expect(large.state).toBe(small.state);
    }
  });

  it('draws the state from its own stream: the same states with and without noise', () => {
    const withNoise = createMarketSampler(noisy, 11);
    const without = createMarketSampler(SEED_SPEC, 11);
    const buffer = new Float64Array(12);
    for (let i = 0; i < 200; i++) expect(withNoise.sample(i, buffer)).toBe(without.sample(i, buffer));
  });

  it('uses no noise with demandCV 0: demand is the level itself', () => {
    const buffer = new Float64Array(12);
    const state = createMarketSampler(SEED_SPEC, 3).sample(0, buffer);
    expect(Array.from(buffer)).toEqual(constant(state === 0 ? GOOD : BAD, 12));
  });

  it('draws states in proportion to their probabilities', () => {
    const spec: LaunchSpec = {
      ...SEED_SPEC,
      market: {
        states: [
          { name: 'a', probability: 0.2, level: 1 },
          { name: 'never', probability: 0, level: 2 },
          { name: 'b', probability: 0.8, level: 3 },
        ],
        demandCV: 0,
      },
    };
    const sampler = createMarketSampler(spec, 5);
    const counts = [0, 0, 0];
    const n = 20000;
    for (let i = 0; i < n; i++) counts[sampler.sample(i, new Float64Array(12))]! += 1;
    expect(counts[1]).toBe(0);
    // Binomial sd: sqrt(n·0.2·0.8) ≈ 56.6; 4 sd.
    expect(Math.abs((counts[0] as number) - 0.2 * n)).toBeLessThan(4 * 56.6);
  });

  it('gives lognormal noise of mean 1 and the requested cv (QUALITY R9)', () => {
    // One state of level 1 and H = 100: 1,000 replications give n = 100,000 draws.
    const cv = 0.3;
    const spec: LaunchSpec = { ...SEED_SPEC, horizon: 100, market: { states: [{ name: 'one', probability: 1, level: 1 }], demandCV: cv } };
    const sampler = createMarketSampler(spec, 9);
    const buffer = new Float64Array(100);
    const draws: number[] = [];
    for (let i = 0; i < 1000; i++) {
      sampler.sample(i, buffer);
      draws.push(...buffer);
    }
    const n = draws.length;
    const mean = draws.reduce((a, b) => a + b, 0) / n;
    const variance = draws.reduce((a, b) => a + (b - mean) * (b - mean), 0) / (n - 1);
    expect(Math.abs(mean - 1), 'mean within 4σ/√n').toBeLessThan((4 * cv) / Math.sqrt(n));
    expect(Math.abs(variance / (cv * cv) - 1), 'variance within 3%').toBeLessThan(0.03);
    expect(Math.min(...draws)).toBeGreaterThan(0);
  });

  it('finds no replication in a state that cannot occur', () => {
    const spec: LaunchSpec = {
      ...SEED_SPEC,
      market: { states: [...SEED_SPEC.market.states, { name: 'never', probability: 0, level: 1 }], demandCV: 0 },
    };
    expect(findReplicationInState({ ...spec, seed: 1 }, 'never', 0, 500)).toBeNull();
    expect(findReplicationInState({ ...spec, seed: 1 }, 'no such state')).toBeNull();
  });
});
