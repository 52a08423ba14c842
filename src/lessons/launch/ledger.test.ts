import { describe, expect, it } from 'vitest';
import { allMarkets, ledgerSummary, strategyLedger } from './ledger.ts';
import { HAND, handResult, runSync, seedCase } from './test-fixtures.ts';

describe('the ledger of a strategy', () => {
  const scenario = seedCase({ replications: 400 });
  const result = runSync(scenario);
  const [pilot, launch] = result.results as [typeof result.results[0], typeof result.results[0]];
  const names = ['good', 'bad'];

  it('gives the hand-worked real loss and lost opportunity in each market state', () => {
    const l = strategyLedger('launch', launch, names);
    const p = strategyLedger('pilot', pilot, names);
    expect(l.lines.map((x) => x.name)).toEqual(['good', 'bad', 'All markets']);
    expect(l.lines[0]).toMatchObject({ realLoss: HAND.launch.good.realLoss, lostOpportunity: 0, profit: HAND.launch.good.profit });
    expect(l.lines[1]?.realLoss).toBeCloseTo(HAND.launch.bad.realLoss, 6); // 8 × 24,000 unsold + 0.2 × 297,000 unit-months held
    expect(l.lines[1]?.lostOpportunity).toBe(0);
    expect(p.lines[0]?.lostOpportunity).toBeCloseTo(HAND.pilot.good.lostOpportunity, 6); // 8 × 29,500 lost in month 1
    expect(p.lines[0]?.realLoss).toBe(0);
    expect(p.lines[1]).toMatchObject({ realLoss: 0, lostOpportunity: 0, profit: HAND.pilot.bad.profit });
  });

  it('over all markets, weighs each state by its observed share', () => {
    const l = strategyLedger('launch', launch, names);
    const good = l.lines[0]!;
    const bad = l.lines[1]!;
    expect(good.replications + bad.replications).toBe(400);
    expect(good.share + bad.share).toBeCloseTo(1, 12);
    const all = allMarkets(l);
    expect(all).toMatchObject({ scope: 'all', share: 1, replications: 400 });
    expect(all.realLoss).toBeCloseTo(bad.share * HAND.launch.bad.realLoss, 6);
    expect(allMarkets(strategyLedger('pilot', pilot, names)).lostOpportunity).toBeCloseTo(good.share * 236_000, 6);
  });

  it('keeps a state no replication met, with no figures', () => {
    const l = strategyLedger('pilot', pilot, ['good', 'bad', 'boom']);
    expect(l.lines[2]).toMatchObject({ name: 'boom', share: 0, replications: 0, realLoss: null, lostOpportunity: null });
  });

  it('says in one sentence what each strategy spends and misses', () => {
    const halves = { good: 0.5, bad: 0.5 };
    const l = strategyLedger('launch', handResult(30000, { good: { share: halves.good, ...HAND.launch.good }, bad: { share: halves.bad, ...HAND.launch.bad } }), names);
    const p = strategyLedger('pilot', handResult(500, { good: { share: halves.good, ...HAND.pilot.good }, bad: { share: halves.bad, ...HAND.pilot.bad } }), names);
    expect(ledgerSummary([l, p])).toBe(
      'On average over all markets, Launch 30,000 spends 125,700 on stock that does not sell and misses 0 of margin; ' +
        'Pilot 500 spends 0 and misses 118,000. The largest real loss: Launch 30,000 in the bad market (50.0% of markets), 251,400 of cash on average.',
    );
  });
});
