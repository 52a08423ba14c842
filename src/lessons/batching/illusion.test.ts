import { describe, expect, it } from 'vitest';
import type { FlowLineRun } from '../../sim/line/flow-line.ts';
import { illusionSentence, illusionStation, stationIllusions } from './illusion.ts';
import { runPair } from './paired-run.ts';
import { pennyGame, flowScenario } from './test-fixtures.ts';

/** A run with only the figures the panel reads. */
function run(figures: { firstDelivery: number | null; makespan: number | null; leadMean: number; stations: [string, number, number][] }): FlowLineRun {
  return {
    firstDelivery: figures.firstDelivery,
    makespan: figures.makespan,
    leadTime: { mean: figures.leadMean, p50: 0, p90: 0, p99: 0, max: 0 },
    stations: figures.stations.map(([name, perceivedRate, localEfficiency]) => ({ name, perceivedRate, localEfficiency })),
  } as unknown as FlowLineRun;
}

describe('the illusion sentence', () => {
  const batch = run({ firstDelivery: 70.4, makespan: 100, leadMean: 80, stations: [['Cut', 60, 40], ['Bend', 50, 45]] });
  const flow = run({ firstDelivery: 43.4, makespan: 80, leadMean: 50, stations: [['Cut', 55, 46.5], ['Bend', 50, 45]] });

  it('names the station with the widest felt-vs-real gap: Cut (+9% felt, −14% real)', () => {
    const s = stationIllusions(batch, flow);
    expect(s[0]?.feltFaster).toBeCloseTo(60 / 55 - 1, 12);
    expect(s[0]?.realFaster).toBeCloseTo(40 / 46.5 - 1, 12);
    expect(illusionStation(s)?.name).toBe('Cut');
  });

  it('says it in one sentence, rounded as a person would', () => {
    expect(illusionSentence(batch, flow, 'minute', true)).toBe(
      'Batching felt 9% faster at Cut, was 14% slower counting handling, delivered the first good unit 27 minutes later, and finished the order 20 minutes later.',
    );
  });

  it('stays true when batching wins (flow mode, mean lead time)', () => {
    const good = run({ firstDelivery: 5, makespan: null, leadMean: 10, stations: [['Cut', 60, 60]] });
    const bad = run({ firstDelivery: 6.5, makespan: null, leadMean: 12.25, stations: [['Cut', 30, 30]] });
    expect(illusionSentence(good, bad, 'second', false)).toBe(
      'Batching felt 100% faster at Cut, was 100% faster counting handling, delivered the first good unit 1.5 seconds earlier, and kept each unit 2.25 seconds shorter on average.',
    );
  });

  it('penny game (no setup, no handling): batching feels no faster and is no faster; first coin 20 s vs 4 s, last 35 s vs 23 s', () => {
    const pair = runPair(pennyGame(5));
    expect(illusionSentence(pair.batch.run, pair.flow.run, 'second', true)).toBe(
      'Batching felt no faster at Flipper 1, was just as fast counting handling, delivered the first good unit 16 seconds later, and finished the order 12 seconds later.',
    );
  });

  it('with a setup of 0.5 s and handling of 0.25 s: B = 5 feels 1/(1.1) vs 1/(1.5) → 36% faster, and is 1/1.35 vs 1/1.5 → 11% faster', () => {
    const stations = [1, 2].map((i) => ({ name: `S${i}`, processTime: 1, setupTime: 0.5, handlingTime: 0.25 }));
    const scenario = flowScenario({ version: 1, model: 'flow-line', seed: 'x', timeUnit: 'second', stations, transferBatch: 5, release: { mode: 'order', quantity: 20 } });
    const pair = runPair(scenario);
    const s = stationIllusions(pair.batch.run, pair.flow.run)[0]!;
    // Per unit, B = 5: work 1 + setup 0.1 (perceived), + handling 0.25 (real); B = 1: work 1 + setup 0.5.
    expect(s.feltFaster).toBeCloseTo(1.5 / 1.1 - 1, 9);
    expect(s.realFaster).toBeCloseTo(1.5 / 1.35 - 1, 9);
  });
});
