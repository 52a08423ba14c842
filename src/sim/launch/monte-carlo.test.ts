import { quantile } from 'd3-array';
import { beforeAll, describe, expect, it } from 'vitest';
import { ln } from '../math/elementary.ts';
import type { MonteCarloModel } from '../mc/types.ts';
import { createStream } from '../rng/stream.ts';
import {
  createLaunchMonteCarlo,
  launchReplication,
  type LaunchQuantityResult,
  type LaunchQuantitiesResult as LaunchResult,
  type LaunchSummary,
} from './monte-carlo.ts';
import { newsvendorQuantity } from './newsvendor.ts';
import { normalCdf } from '../math/normal-cdf.ts';
import { launchScenario, SEED_SPEC } from './test-fixtures.ts';
import type { LaunchSpec } from './types.ts';

/** z of a two-sided 99% normal interval. */
const Z99 = 2.5758293035489;

type Model = MonteCarloModel<LaunchSummary, LaunchResult>;

function runAll(model: Model, replications: number, chunk = 1000): LaunchResult {
  const summary = model.empty();
  for (let from = 0; from < replications; from += chunk) model.merge(summary, model.runChunk(from, Math.min(replications, from + chunk)));
  return model.finalize(summary, replications);
}

/** Chunks of the given size, merged in a seeded shuffled order. */
function runShuffled(model: Model, replications: number, chunk: number, seed: number): LaunchResult {
  const parts: LaunchSummary[] = [];
  for (let from = 0; from < replications; from += chunk) parts.push(model.runChunk(from, Math.min(replications, from + chunk)));
  const s = createStream(seed, 0, 'shuffle');
  for (let i = parts.length - 1; i > 0; i--) {
    const j = Math.floor(s.next() * (i + 1));
    [parts[i], parts[j]] = [parts[j] as LaunchSummary, parts[i] as LaunchSummary];
  }
  // Pairwise, as results from several workers meet.
  let level = parts;
  while (level.length > 1) {
    const next: LaunchSummary[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(level[i + 1] === undefined ? (level[i] as LaunchSummary) : model.merge(level[i] as LaunchSummary, level[i + 1] as LaunchSummary));
    level = next;
  }
  return model.finalize(level[0] ?? model.empty(), replications);
}

/** Every number in the result is finite (JSON would turn NaN into null silently). */
function expectAllFinite(value: unknown, path = 'result'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true);
  else if (Array.isArray(value)) value.forEach((v, i) => expectAllFinite(v, `${path}[${i}]`));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) expectAllFinite(v, `${path}.${k}`);
}

const seedCase = (spec: Partial<LaunchSpec>, replications: number, launchQuantities = [500, 30000]) =>
  launchScenario({ ...SEED_SPEC, ...spec }, { replications, launchQuantities, seed: 'seed-case' });

describe('launch Monte Carlo: result shape', () => {
  let result: LaunchResult;
  beforeAll(() => {
    result = runAll(createLaunchMonteCarlo(seedCase({}, 200)), 200);
  });

  it('has exactly the documented names, in order', () => {
    expect(Object.keys(result)).toEqual(['results', 'newsvendorQ', 'best']);
    const first = result.results[0];
    expect(Object.keys(first ?? {})).toEqual([
      'q0', 'profit', 'probLoss', 'cvar5', 'lostOpportunity', 'realLoss', 'revenue', 'salvage', 'productionCost',
      'holdingCost', 'demandUnits', 'producedUnits', 'soldUnits', 'lostUnits', 'leftoverUnits', 'byState',
    ]);
    expect(Object.keys(first?.profit ?? {})).toEqual(['mean', 'sd', 'p5', 'p50', 'p95']);
    expect(Object.keys(first?.byState ?? {})).toEqual(['good', 'bad']);
    expect(Object.keys(first?.byState.good ?? {}).slice(0, 4)).toEqual(['replications', 'probability', 'profit', 'probLoss']);
    expectAllFinite(result);
  });

  it('omits `best` with a single launch quantity', () => {
    const single = runAll(createLaunchMonteCarlo(seedCase({}, 50, [500])), 50);
    expect(single).not.toHaveProperty('best');
  });

  it('reports a state never drawn with 0 replications and null figures', () => {
    const spec = { market: { states: [...SEED_SPEC.market.states, { name: 'boom', probability: 0, level: 90000 }], demandCV: 0 } };
    const boom = runAll(createLaunchMonteCarlo(seedCase(spec, 100)), 100).results[0]?.byState.boom;
    expect(boom).toMatchObject({ replications: 0, probability: 0, probLoss: null, cvar5: null, realLoss: { mean: null } });
    expect(boom?.profit).toEqual({ mean: null, sd: null, p5: null, p50: null, p95: null });
  });

  it('keeps a state called "__proto__" as plain data', () => {
    const spec = { market: { states: [{ name: '__proto__', probability: 1, level: 500 }], demandCV: 0 } };
    const odd = runAll(createLaunchMonteCarlo(seedCase(spec, 10)), 10).results[0]?.byState;
    expect(Object.prototype.hasOwnProperty.call(odd, '__proto__')).toBe(true);
    expect(JSON.parse(JSON.stringify(odd))['__proto__'].replications).toBe(10);
  });

  it('reports sd as null with a single replication (n − 1 = 0)', () => {
    const one = runAll(createLaunchMonteCarlo(seedCase({}, 1)), 1);
    expect(one.results[0]?.profit.sd).toBeNull();
    expect(one.results[0]?.profit.mean).toBe(one.results[0]?.profit.p50);
  });

  it('breaks ties for the best quantity towards the smaller q0', () => {
    // p = c: every unit sold earns 0 and none is left in a bad-only market with Q0 ≤ 500,
    // H = 1, so every Q0 has profit 0 in every replication.
    const spec: Partial<LaunchSpec> = {
      economics: { price: 12, cost: 12, salvage: 4, holding: 0 },
      horizon: 1,
      market: { states: [{ name: 'bad', probability: 1, level: 500 }], demandCV: 0 },
    };
    const tie = runAll(createLaunchMonteCarlo(seedCase(spec, 20, [300, 100, 200])), 20);
    expect(tie.best).toEqual({ byExpectedProfit: 100, byCvar5: 100 });
  });
});

describe('launch Monte Carlo: the seed case against the hand numbers (demandCV 0)', () => {
  // Hand values from replication.test.ts (patience 0, L = 0):
  //   Q0 = 500:    good 2,644,000 (lost opportunity 236,000), bad 48,000.
  //   Q0 = 30,000: good 2,880,000, bad −203,400 (real loss 251,400).
  const R = 4000;
  let result: LaunchResult;
  let small: LaunchQuantityResult;
  let large: LaunchQuantityResult;
  let nGood: number;
  let nBad: number;
  beforeAll(() => {
    result = runAll(createLaunchMonteCarlo(seedCase({}, R)), R);
    [small, large] = result.results as [LaunchQuantityResult, LaunchQuantityResult];
    nGood = small.byState.good?.replications as number;
    nBad = small.byState.bad?.replications as number;
  });

  it('reports each state exactly, with sd 0', () => {
    expect(nGood + nBad).toBe(R);
    expect(small.byState.good).toMatchObject({ profit: { mean: 2644000, sd: 0, p5: 2644000, p50: 2644000, p95: 2644000 }, lostOpportunity: { mean: 236000 }, realLoss: { mean: 0 }, cvar5: 2644000, probLoss: 0 });
    expect(small.byState.bad).toMatchObject({ profit: { mean: 48000, sd: 0 }, lostOpportunity: { mean: 0 }, realLoss: { mean: 0 } });
    expect(large.byState.good).toMatchObject({ profit: { mean: 2880000, sd: 0 }, lostOpportunity: { mean: 0 }, realLoss: { mean: 0 } });
    expect(large.byState.bad).toMatchObject({ profit: { mean: -203400, sd: 0 }, realLoss: { mean: 251400 }, probLoss: 1, cvar5: -203400 });
    expect(small.byState.good?.probability).toBe(nGood / R);
  });

  it('has means within the 99% interval of the exact expectation ½·good + ½·bad', () => {
    // Q0 = 500: ½·2,644,000 + ½·48,000 = 1,346,000. Q0 = 30,000: ½·2,880,000 − ½·203,400 = 1,338,300.
    for (const [r, exact] of [[small, 1346000], [large, 1338300]] as const) {
      const halfWidth = (Z99 * (r?.profit.sd as number)) / Math.sqrt(R);
      expect(Math.abs((r?.profit.mean as number) - exact)).toBeLessThan(halfWidth);
    }
  });

  it('gives the sd, quantiles, CVaR and loss share of the two-point sample', () => {
    const values = (good: number, bad: number) => [...new Array<number>(nGood).fill(good), ...new Array<number>(nBad).fill(bad)];
    for (const [r, good, bad] of [[small, 2644000, 48000], [large, 2880000, -203400]] as const) {
      // Two points a, b with counts g, n − g: sd = |a − b|·sqrt(g(n − g)/(n(n − 1))).
      expect(r?.profit.sd).toBeCloseTo(Math.abs(good - bad) * Math.sqrt((nGood * nBad) / (R * (R - 1))), 6);
      expect(r?.profit.p5).toBe(quantile(values(good, bad), 0.05));
      expect(r?.profit.p50).toBe(quantile(values(good, bad), 0.5));
      // The worst ⌈0.05·4000⌉ = 200 replications are all bad markets.
      expect(r?.cvar5).toBe(bad);
    }
    expect(large.probLoss).toBe(nBad / R);
    expect(small.probLoss).toBe(0);
  });

  it('names the pilot the better choice, and the newsvendor quantity 500', () => {
    // E[500] − E[30,000] = ĝ·(2,644,000 − 2,880,000) + b̂·(48,000 + 203,400): positive when b̂ > 0.484.
    const smallWins = -236000 * nGood + 251400 * nBad > 0;
    expect(result.best?.byExpectedProfit).toBe(smallWins ? 500 : 30000);
    expect(result.best?.byCvar5).toBe(500);
    expect(result.newsvendorQ).toBe(500);
  });

  it('meets the same markets with every Q0 (common random numbers)', () => {
    expect(large.demandUnits.mean).toBe(small.demandUnits.mean);
    expect(large.byState.good?.replications).toBe(nGood);
  });
});

describe('launch Monte Carlo: horizon 1 is the newsvendor (continuous demand)', () => {
  // One market, level L = 1000, demandCV 0.4; p 20, c 12, v 4: u = ½.
  // D = L·N with ln N ~ normal(−σ²/2, σ²), σ² = ln(1 + 0.4²) = ln 1.16.
  //   E[min(D, Q)] = L·Φ(z₁) + Q·(1 − Φ(z₂)), z₁,₂ = (ln(Q/L) ∓ σ²/2)/σ
  //   E[profit(Q)] = (p − v)·E[min(D, Q)] − (c − v)·Q    (no holding, no production with H = 1)
  //   Q* = L·exp(−σ²/2) ≈ 928.47, the median, since u = ½.
  const L = 1000;
  const sigma2 = ln(1.16);
  const sigma = Math.sqrt(sigma2);
  const expectedSales = (q: number) => L * normalCdf((ln(q / L) - sigma2 / 2) / sigma) + q * (1 - normalCdf((ln(q / L) + sigma2 / 2) / sigma));
  const expectedProfit = (q: number) => 16 * expectedSales(q) - 8 * q;
  const spec: LaunchSpec = { ...SEED_SPEC, horizon: 1, market: { states: [{ name: 'only', probability: 1, level: L }], demandCV: 0.4 } };
  const R = 20000;
  const scenario = { ...launchScenario(spec, { replications: R, seed: 'newsvendor' }), launchQuantities: undefined, sweep: { from: 850, to: 1010, step: 2 } };
  const qStar = newsvendorQuantity(spec);
  let result: LaunchResult;
  beforeAll(() => {
    result = runAll(createLaunchMonteCarlo(scenario), R);
  });

  it('puts the closed-form optimum of the grid next to the newsvendor quantity', () => {
    expect(result.newsvendorQ).toBe(qStar);
    expect(Math.abs(qStar - L * Math.sqrt(1 / 1.16))).toBeLessThan(1e-9 * L); // exp(−σ²/2) = 1/√1.16
    const grid = result.results.map((r) => r.q0);
    const closedFormBest = grid.reduce((best, q) => (expectedProfit(q) > expectedProfit(best) ? q : best));
    expect(Math.abs(closedFormBest - qStar)).toBeLessThanOrEqual(1);
  });

  it('finds the best Q0 of the sweep within sampling error of the newsvendor quantity', () => {
    // The sample optimum is the sample median of demand: sd ≈ √(¼/R)/f(Q*) ≈ 3.2 units here;
    // 15 units is more than 4 sd.
    expect(Math.abs((result.best?.byExpectedProfit as number) - qStar)).toBeLessThan(15);
  });

  it('has mean profit and mean sales within their 99% intervals of the closed form', () => {
    for (const q0 of [850, 928, 1010]) {
      const r = result.results.find((x) => x.q0 === q0);
      const sd = r?.profit.sd as number;
      expect(Math.abs((r?.profit.mean as number) - expectedProfit(q0)), `profit, Q0 ${q0}`).toBeLessThan((Z99 * sd) / Math.sqrt(R));
      // With H = 1, profit = (p − v)·sales − (c − v)·Q0, so sd(sales) = sd(profit)/16.
      expect(Math.abs((r?.soldUnits.mean as number) - expectedSales(q0)), `sales, Q0 ${q0}`).toBeLessThan((Z99 * sd) / 16 / Math.sqrt(R));
    }
  });
});

describe('launch Monte Carlo: chunk and merge-order invariance (QUALITY R2)', () => {
  const spec: LaunchSpec = {
    ...SEED_SPEC,
    market: {
      states: [
        { name: 'good', probability: 0.3, level: 30000 },
        { name: 'fair', probability: 0.2, level: 8000 },
        { name: 'bad', probability: 0.5, level: 500 },
      ],
      demandCV: 0.3,
    },
    rampUp: 1,
    capacity: 25000,
    patience: 0.5,
  };

  it('gives byte-identical JSON for chunks of 1, 7 and 1000 and shuffled merges', () => {
    const R = 1500;
    const scenario = { ...launchScenario(spec, { replications: R, seed: 99 }), launchQuantities: undefined, sweep: { from: 500, to: 30000, step: 14750 } };
    const model = createLaunchMonteCarlo(scenario);
    const reference = JSON.stringify(runAll(model, R, 1000));
    expect(JSON.stringify(runAll(model, R, 1))).toBe(reference);
    expect(JSON.stringify(runAll(model, R, 7))).toBe(reference);
    expect(JSON.stringify(runShuffled(model, R, 7, 1))).toBe(reference);
    expect(JSON.stringify(runShuffled(model, R, 1000, 2))).toBe(reference);
    expect(JSON.stringify(runAll(createLaunchMonteCarlo(scenario), R, 333)), 'a fresh model').toBe(reference);
  });

  it('stays byte-identical past the sketch’s exact limit (bucketed quantiles)', () => {
    // 24,000 replications: the 'bad' state alone holds more than 20,000 profits.
    const R = 24000;
    const skewed: LaunchSpec = { ...spec, market: { states: [{ name: 'good', probability: 0.1, level: 30000 }, { name: 'bad', probability: 0.9, level: 500 }], demandCV: 0.3 } };
    const model = createLaunchMonteCarlo(launchScenario(skewed, { replications: R, seed: 5 }));
    const reference = JSON.stringify(runAll(model, R, 1000));
    expect(JSON.stringify(runAll(model, R, 7))).toBe(reference);
    expect(JSON.stringify(runShuffled(model, R, 7, 3))).toBe(reference);
    expect(JSON.stringify(runShuffled(model, R, 4999, 4))).toBe(reference);
  });

  it('recomputes any replication exactly as the Monte Carlo counted it', () => {
    const scenario = launchScenario(spec, { replications: 10, seed: 'story' });
    const model = createLaunchMonteCarlo(scenario);
    for (const i of [0, 3, 9]) {
      const alone = model.finalize(model.runChunk(i, i + 1), 1);
      for (const r of alone.results) {
        const story = launchReplication(scenario, i, r.q0, { timeline: true });
        expect(r.profit.mean).toBe(story.totals.profit);
        expect(r.byState[story.state]?.replications).toBe(1);
        expect(story.timeline?.cash.at(-1)).toBeCloseTo(story.totals.profit, 3);
      }
    }
  });
});
