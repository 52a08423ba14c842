import { describe, expect, it } from 'vitest';
import { SEED_STATES } from '../../sim/launch/test-fixtures.ts';
import { goodStateOf, hindsightOf, hindsightSummary } from './hindsight.ts';
import { HAND, handResult, runSync, seedCase } from './test-fixtures.ts';

const half = (key: 'launch' | 'pilot', q0: number) =>
  handResult(q0, { good: { share: 0.5, ...HAND[key].good }, bad: { share: 0.5, ...HAND[key].bad } });

describe('the fish that got away', () => {
  it('the seed case with even odds: 236,000 seen after a good market, −7,700 expected before deciding', () => {
    const h = hindsightOf(SEED_STATES, half('launch', 30000), half('pilot', 500));
    expect(h).toEqual({
      goodState: 'good',
      goodShare: 0.5,
      missedInGood: 236_000,
      gapInGood: 236_000, // 2,880,000 − 2,644,000
      expectedGainInGood: 118_000,
      expectedLossElsewhere: 125_700, // ½ × (48,000 − (−203,400))
      expectedGap: -7_700, // 1,338,300 − 1,346,000 (docs/model-launch.md)
      expectedMissed: 118_000,
    });
  });

  it('with the run’s observed shares, expected gap = gain in good − loss elsewhere', () => {
    const result = runSync(seedCase({ replications: 300, seed: 7 }));
    const [pilot, launch] = result.results as [(typeof result.results)[0], (typeof result.results)[0]];
    const h = hindsightOf(SEED_STATES, launch, pilot)!;
    expect(h.gapInGood).toBeCloseTo(236_000, 6);
    expect(h.expectedGap).toBeCloseTo(h.expectedGainInGood - h.expectedLossElsewhere, 6);
    expect(h.goodShare).toBe(launch.byState.good!.probability);
  });

  it('calls the highest level good, the first listed on a tie', () => {
    expect(goodStateOf([{ name: 'a', probability: 0.5, level: 5 }, { name: 'b', probability: 0.5, level: 9 }])?.name).toBe('b');
    expect(goodStateOf([{ name: 'a', probability: 0.5, level: 9 }, { name: 'b', probability: 0.5, level: 9 }])?.name).toBe('a');
    expect(goodStateOf([])).toBeNull();
  });

  it('has nothing to say when no market was good', () => {
    const pilot = handResult(500, { bad: { share: 1, ...HAND.pilot.bad } });
    const launch = handResult(30000, { bad: { share: 1, ...HAND.launch.bad } });
    expect(hindsightOf(SEED_STATES, launch, pilot)).toBeNull();
  });

  it('sums it up in one sentence', () => {
    const h = hindsightOf(SEED_STATES, half('launch', 30000), half('pilot', 500))!;
    expect(hindsightSummary(h, 30000, 500)).toBe(
      'After a good market, Pilot 500 has missed 236,000 of margin, of which Launch 30,000 would have earned 236,000 more; ' +
        'weighed by the chance of a good market (50.0%) that is 118,000, against 125,700 that launching loses in the other markets, ' +
        'weighed by theirs, so before deciding, piloting is expected to cost nothing: it earns 7,700 more on average.',
    );
  });
});

describe('the hindsight chart’s rows', () => {
  it('go from the fish as it looks to what it was worth before deciding', async () => {
    const { hindsightRows } = await import('./hindsight.ts');
    const h = hindsightOf(SEED_STATES, half('launch', 30000), half('pilot', 500))!;
    expect(hindsightRows(h, 30000, 500).map((r) => [r.key, r.label, r.value, r.kind])).toEqual([
      ['missed', 'After a good market: margin Pilot 500 never earned', 236_000, 'opportunity'],
      ['gap', '… of which Launch 30,000 would have earned there', 236_000, 'opportunity'],
      ['weighedGain', '× the chance of a good market (50.0%)', 118_000, 'opportunity'],
      ['lossElsewhere', '− what Launch 30,000 loses in the other markets, × their chance', -125_700, 'cash'],
      ['expected', '= expected cost of piloting, before deciding', -7_700, 'net'],
    ]);
  });
});
