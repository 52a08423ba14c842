import { describe, expect, it } from 'vitest';
import { findReplicationInState } from '../../sim/launch/monte-carlo.ts';
import { marketStory, storySummary } from './market-story.ts';
import { seedCase } from './test-fixtures.ts';

describe('one market’s story', () => {
  const scenario = seedCase({ replications: 100 });
  const good = findReplicationInState(scenario, 'good') as number;
  const bad = findReplicationInState(scenario, 'bad') as number;

  it('the pilot in a good market: 29,500 lost in month 1, then the plant makes what month 1 showed', () => {
    const s = marketStory(scenario, good, 'pilot', 500);
    expect(s.state).toBe('good');
    expect(s.months).toHaveLength(12);
    expect(s.months[0]).toEqual({ month: 1, demand: 30000, sales: 500, lostSales: 29500, production: 0, stock: 0, cash: -6000 + 10000 });
    // Month 2: estimate 30,000 − stock 0 → 30,000 made and sold: cash + 8 × 30,000.
    expect(s.months[1]).toEqual({ month: 2, demand: 30000, sales: 30000, lostSales: 0, production: 30000, stock: 0, cash: 4000 + 240000 });
    expect(s.months[11]!.cash).toBeCloseTo(2_644_000, 6);
    expect(s.profit).toBeCloseTo(2_644_000, 6);
    expect(s.lostOpportunity).toBeCloseTo(236_000, 6);
  });

  it('the full launch in a bad market: 29,500 left after month 1, held and salvaged', () => {
    const s = marketStory(scenario, bad, 'launch', 30000);
    expect(s.months[0]).toEqual({ month: 1, demand: 500, sales: 500, lostSales: 0, production: 0, stock: 29500, cash: -360000 + 10000 - 0.2 * 29500 });
    expect(s.months.every((m) => m.production === 0)).toBe(true);
    expect(s.months[11]!.stock).toBe(24000);
    expect(s.months[11]!.cash).toBeCloseTo(-203_400, 6);
    expect(s.realLoss).toBeCloseTo(251_400, 6);
  });

  it('tells both strategies in one sentence', () => {
    const stories = [marketStory(scenario, bad, 'launch', 30000), marketStory(scenario, bad, 'pilot', 500)];
    expect(storySummary(stories)).toBe(
      `Market ${bad + 1} is a bad market: 6,000 units demanded over 12 months. Launch 30,000 ends with −203,400 profit, 251,400 real loss and 0 lost opportunity; Pilot 500 ends with 48,000 profit, 0 real loss and 0 lost opportunity.`,
    );
    expect(storySummary([])).toBe('No market chosen.');
  });
});
