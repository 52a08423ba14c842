import { describe, expect, it } from 'vitest';
import { FORECAST, PILOT, SEED_SPEC, strategyScenario } from '../../sim/launch/test-fixtures.ts';
import { findReplicationInState } from '../../sim/launch/replication.ts';
import { pairStories, storyEnd, storyStart } from './strategy-story.ts';

/** MODEL.md's worked case (demandCV 0): every market of a state is the same. */
const scenario = strategyScenario(SEED_SPEC, { replications: 100, strategies: [PILOT, { ...FORECAST, fixedCost: 50_000 }] });

describe('one market’s story, strategy by strategy', () => {
  it('tells a bad market: the forecast makes 30,000 a month for 3 months, sells 500 a month and is left with 84,000 cars', () => {
    const i = findReplicationInState(scenario, 'bad') as number;
    const [pilot, forecast] = pairStories(scenario, i, { first: 0, second: 1 });
    expect(forecast?.state).toBe('bad');
    expect(forecast?.months.slice(0, 4).map((m) => m.production)).toEqual([30000, 30000, 30000, 0]);
    expect(forecast?.months.slice(0, 3).map((m) => m.stock)).toEqual([29500, 59000, 88500]);
    expect(forecast?.leftover).toBe(84000);
    // −797,400 of MODEL.md's table, less the 50,000 fixed cost added here.
    expect(forecast?.profit).toBeCloseTo(-847_400, 6);
    expect(pilot?.leftover).toBe(0);
    expect(storyStart(forecast!)).toBe('Before month 1, forecast built 0 cars and paid 50,000 for its line.');
    expect(storyStart(pilot!)).toBe('Before month 1, pilot built 500 cars.');
    expect(storyEnd(forecast!, 4)).toBe(
      'After month 12, forecast had 84,000 cars nobody bought, sold off at 4 each. It earned −847,400 in this market: 845,400 of cash went into cars nobody bought and their storage, and 0 of margin was never earned from 0 customers we could not serve.',
    );
  });

  it('tells a good market: the pilot sells its 500 in month 1 and cannot serve 29,500 customers, then again in month 2', () => {
    const i = findReplicationInState(scenario, 'good') as number;
    const [pilot] = pairStories(scenario, i, { first: 0, second: 1 });
    expect(pilot?.months.slice(0, 3).map((m) => [m.production, m.sales, m.lostSales])).toEqual([
      [0, 500, 29500],
      [0, 0, 30000],
      [30000, 30000, 0],
    ]);
    // 59,500 customers lost × (20 − 12) = 476,000: MODEL.md's lost opportunity.
    expect(pilot?.lostOpportunity).toBeCloseTo(476_000, 6);
    expect(pilot?.key).toBe('pilot');
  });

  it('draws the first compared in the pilot’s style and the second in the forecast’s, whichever they are', () => {
    const [a, b] = pairStories(scenario, 0, { first: 1, second: 0 });
    expect([a?.strategy, a?.key, b?.strategy, b?.key]).toEqual(['forecast', 'pilot', 'pilot', 'launch']);
    expect(pairStories(scenario, 0, { first: 5, second: 0 })).toEqual([]);
    // One strategy: its own story only.
    const alone = strategyScenario(SEED_SPEC, { replications: 10, strategies: [PILOT] });
    expect(pairStories(alone, 0, { first: 0, second: 1 }).map((s) => s.strategy)).toEqual(['pilot']);
  });
});
