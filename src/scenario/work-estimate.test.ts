import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse.ts';
import type { FlowLineScenario } from './types.ts';
import { estimateEvents, eventsPerUnit, roundDown, roundUp, scrapFactor, tooMuchWork } from './work-estimate.ts';
import { simulateFlowLine } from '../sim/line/flow-line.ts';

function line(stations: number, extra: Record<string, unknown> = {}, release: Record<string, unknown> = { mode: 'order', quantity: 20 }): Record<string, unknown> {
  return {
    version: 1,
    model: 'flow-line',
    seed: 1,
    stations: Array.from({ length: stations }, (_, i) => ({ name: `S${i + 1}`, processTime: 1 })),
    transferBatch: 5,
    release,
    ...extra,
  };
}

function valid(input: unknown): FlowLineScenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.scenario as FlowLineScenario;
}

function messages(input: unknown): string[] {
  const result = parseScenario(input);
  return result.ok ? [] : result.issues.map((i) => i.message);
}

describe('the work estimate (events per replication)', () => {
  it('is exact for the penny game: 20 coins × 4 stations = 80 unit ends, as the engine counts', () => {
    const s = valid(line(4));
    expect(estimateEvents(s)).toBe(80);
    expect(simulateFlowLine(s, s.seed, 0).events).toBe(80);
  });

  it('adds one event per batch for a setup and per move between stations, and one per arrival in flow mode', () => {
    const s = valid({ ...line(4), moveTime: 2, stations: [{ name: 'A', processTime: 1, setupTime: 3 }, { name: 'B', processTime: 1, setupTime: 3 }, { name: 'C', processTime: 1 }, { name: 'D', processTime: 1 }] });
    // 4 unit ends + 2 setups / 5 + 3 moves / 5 = 5 events per unit; 20 units.
    expect(eventsPerUnit(s)).toBe(5);
    expect(estimateEvents(s)).toBe(100);
    expect(simulateFlowLine(s, s.seed, 0).events).toBe(100);
    const flow = valid(line(1, {}, { mode: 'flow', interarrival: 2, horizon: 100 }));
    // 100 / 2 = 50 arrivals, 2 events each (arrival, unit end).
    expect(estimateEvents(flow)).toBe(100);
  });

  it('multiplies by 1 + k·d/(1 − d) for drift, k = 2B + 1 defective units per drift (1 with poka-yoke)', () => {
    expect(scrapFactor(0, 11)).toBe(1);
    expect(scrapFactor(0.5, 3)).toBe(4);
    const s = valid({ ...line(2), stations: [{ name: 'A', processTime: 1 }, { name: 'B', processTime: 1, defectRate: 0.5 }] });
    // 20 units × 2 stations × (1 + 11 × 1) = 480.
    expect(estimateEvents(s)).toBe(480);
    const poka = valid({ ...line(2), stations: [{ name: 'A', processTime: 1 }, { name: 'B', processTime: 1, defectRate: 0.5, pokaYoke: true }] });
    expect(estimateEvents(poka)).toBe(80);
  });

  it('rounds a limit to three significant digits, down (or up for 1 − a rate)', () => {
    expect(roundDown(249_999.7)).toBe(249_000);
    expect(roundDown(5_000_000)).toBe(5_000_000);
    expect(roundDown(0.00043982)).toBe(0.000439);
    expect(roundUp(0.00043982)).toBe(0.00044);
    expect(roundUp(0.00044)).toBe(0.00044);
  });
});

describe('the validator refuses what cannot run, with the largest value that would', () => {
  it('an order of 1,000,000 through 20 stations: 20,000,000 events, so at most 250,000 units', () => {
    const big = line(20, { transferBatch: 1 }, { mode: 'order', quantity: 1_000_000 });
    expect(messages(big)).toEqual([
      'release.quantity: 1000000 is not allowed, must be ≤ 250,000 on this line (a run would take about 20,000,000 events; at most 5,000,000 can run)',
    ]);
    expect(messages(line(20, { transferBatch: 1 }, { mode: 'order', quantity: 250_000 }))).toEqual([]);
    expect(messages(line(20, { transferBatch: 1 }, { mode: 'order', quantity: 250_001 }))).toHaveLength(1);
  });

  it('a defect rate of 0.999999: names the station and the highest rate that runs', () => {
    const drifting = { ...line(2, {}, { mode: 'order', quantity: 100 }), stations: [{ name: 'A', processTime: 1 }, { name: 'B', processTime: 1, defectRate: 0.999999 }] };
    // E = 100 × 2 × (1 + 11 × 999,999) = 2,199,998,000; the factor allowed is 5e6 / 200 = 25,000,
    // so d/(1 − d) = 24,999 / 11 and d = 0.99956…, shown as 1 − 0.00044.
    expect(messages(drifting)).toEqual([
      'stations[1].defectRate: 0.999999 is not allowed, must be ≤ 0.99956 on this line (a run would take about 2,199,998,000 events; at most 5,000,000 can run)',
    ]);
    const at = (d: number) => ({ ...drifting, stations: [{ name: 'A', processTime: 1 }, { name: 'B', processTime: 1, defectRate: d }] });
    expect(messages(at(0.99956))).toEqual([]);
    expect(messages(at(0.99957))).toHaveLength(1);
  });

  it('a flow horizon of 1,000,000,000 with an arrival every 2: at most 5,000,000', () => {
    const flow = line(1, {}, { mode: 'flow', interarrival: 2, horizon: 1e9 });
    expect(tooMuchWork(valid({ ...flow, release: { mode: 'flow', interarrival: 2, horizon: 5e6 } }))).toBeNull();
    expect(messages(flow)).toEqual([
      'release.horizon: 1000000000 is not allowed, must be ≤ 5,000,000 on this line (a run would take about 1,000,000,000 events; at most 5,000,000 can run)',
    ]);
  });
});
