import { describe, expect, it } from 'vitest';
import { findReplicationInState, launchReplication } from '../../sim/launch/monte-carlo.ts';
import { medianCandidate, typicalMarket } from './typical-market.ts';
import { seedCase } from './test-fixtures.ts';

describe('a typical market', () => {
  it('takes the median demand, the lower one for an even count, ties to the earlier replication', () => {
    expect(medianCandidate([{ replication: 4, demand: 9 }, { replication: 1, demand: 3 }, { replication: 2, demand: 5 }])?.replication).toBe(2);
    expect(medianCandidate([{ replication: 4, demand: 9 }, { replication: 1, demand: 3 }])?.replication).toBe(1);
    expect(medianCandidate([{ replication: 7, demand: 5 }, { replication: 3, demand: 5 }, { replication: 5, demand: 5 }])?.replication).toBe(5);
    expect(medianCandidate([])).toBeNull();
  });

  it('without noise every market of a state is alike: the median of equal demands is the middle replication of them', () => {
    const scenario = seedCase({ replications: 40 });
    const picked = typicalMarket(scenario, 'good', 5) as number;
    const firstFive: number[] = [];
    for (let from = 0; firstFive.length < 5; ) {
      const i = findReplicationInState(scenario, 'good', from) as number;
      firstFive.push(i);
      from = i + 1;
    }
    expect(picked).toBe(firstFive[2]);
  });

  it('with noise, picks the replication whose demand is the median of the first 101 in that state', () => {
    const scenario = seedCase({ replications: 5000, seed: 'typical', spec: { market: { states: [{ name: 'good', probability: 0.5, level: 30000 }, { name: 'bad', probability: 0.5, level: 500 }], demandCV: 0.3 } } });
    const picked = typicalMarket(scenario, 'bad') as number;
    expect(launchReplication(scenario, picked, 0).state).toBe('bad');
    const demands: number[] = [];
    for (let i = 0; demands.length < 101; i++) {
      const r = launchReplication(scenario, i, 0);
      if (r.state === 'bad') demands.push(r.totals.demandUnits);
    }
    const sorted = [...demands].sort((a, b) => a - b);
    expect(launchReplication(scenario, picked, 0).totals.demandUnits).toBe(sorted[50]);
  });

  it('stays among the replications the run counted, and gives null for a state never met', () => {
    const scenario = seedCase({ replications: 3 });
    const picked = typicalMarket(scenario, 'good');
    expect(picked === null || picked < 3).toBe(true);
    expect(typicalMarket(scenario, 'boom')).toBeNull();
  });
});
