/** Tables of a run, checked by hand on the penny game (MODEL.md closed forms). */
import { ENGINE_VERSION } from '../sim/version.ts';
import { describe, expect, it } from 'vitest';
import { pennyGame } from '../lessons/batching/test-fixtures.ts';
import { simulateFlowLine } from '../sim/line/flow-line.ts';
import { runScenarioSync, type FlowLineOutput, type LaunchOutput } from '../sim/run-scenario.ts';
import { parseScenario, type LaunchScenario } from '../scenario/index.ts';
import { METADATA_LINES } from './csv.ts';
import { flowLineResultCsv, launchResultsCsv, perReplicationCsv, traceCsv, unitRecords, unitRecordsCsv } from './run-tables.ts';

/** The table part of a CSV file (after the metadata block), as rows of raw fields (no quoted commas in these tests). */
function tableOf(csv: string): string[][] {
  return csv.split('\r\n').slice(METADATA_LINES, -1).map((line) => line.split(','));
}
function metaOf(csv: string): Record<string, string> {
  return Object.fromEntries(csv.split('\r\n').slice(0, METADATA_LINES - 1).map((line) => [line.slice(0, line.indexOf(',')), line.slice(line.indexOf(',') + 1)]));
}

describe('per-unit records of the penny game', () => {
  const scenario = pennyGame(5);
  const run = simulateFlowLine(scenario, scenario.seed, 0, { trace: true });
  const trace = run.trace!.events;

  it('B = 5: all 20 coins released at 0, delivered in fives at 20, 25, 30 and 35 s', () => {
    const units = unitRecords(trace);
    expect(units).toHaveLength(20);
    // 4 stations × 5 coins × 1 s: the first batch of 5 leaves station 4 at 20 s, then one batch every 5 s.
    const expected = Array.from({ length: 20 }, (_, u) => {
      const delivered = 20 + 5 * Math.floor(u / 5);
      return { unit: u, batch: Math.floor(u / 5), released: 0, requested: 0, outcome: 'delivered', delivered, scrapped: null, scrappedAt: null, madeAt: null, leadTime: delivered };
    });
    expect(units).toEqual(expected);
  });

  it('writes them as CSV with the metadata block', () => {
    const csv = unitRecordsCsv(trace, scenario, { replication: 0 });
    expect(metaOf(csv)).toEqual({
      'Genba export': 'Units',
      Scenario: '',
      Model: 'flow-line',
      'Scenario format': '1',
      Seed: '"""penny"""',
      Replications: '1',
      Replication: '0',
      'Time unit': 'second',
      'Engine version': ENGINE_VERSION,
      RNG: 'seedrandom.alea',
      Note: '',
    });
    const rows = tableOf(csv);
    expect(rows[0]).toEqual(['unit', 'batch', 'released', 'requested', 'outcome', 'delivered', 'scrapped', 'scrapped at station', 'scrapped at', 'made bad at station', 'made bad at', 'lead time']);
    expect(rows[1]).toEqual(['0', '0', '0', '0', 'delivered', '20', '', '', '', '', '', '20']);
    expect(rows[20]).toEqual(['19', '3', '0', '0', 'delivered', '35', '', '', '', '', '', '35']);
  });

  it('one-piece flow (B = 1): deliveries at 4, 5, …, 23 s', () => {
    const one = pennyGame(1);
    const units = unitRecords(simulateFlowLine(one, one.seed, 0, { trace: true }).trace!.events);
    expect(units.map((u) => u.delivered)).toEqual(Array.from({ length: 20 }, (_, u) => 4 + u));
  });

  it('shows scrapped units and their replacements', () => {
    const drifting = pennyGame(1, { stations: [{ name: 'A', processTime: 1, defectRate: 0.3 }, { name: 'B', processTime: 1 }] });
    const run2 = simulateFlowLine(drifting, drifting.seed, 0, { trace: true });
    const units = unitRecords(run2.trace!.events);
    expect(units.filter((u) => u.outcome === 'scrapped')).toHaveLength(run2.scrapped);
    expect(units.filter((u) => u.outcome === 'delivered')).toHaveLength(run2.delivered);
    expect(units).toHaveLength(run2.released);
    for (const u of units) {
      if (u.outcome === 'scrapped') {
        expect(u.scrapped).toBeGreaterThanOrEqual(u.released);
        expect(u.madeAt, 'station A drifts').toBe(0);
      } else expect(u.leadTime).toBe((u.delivered as number) - u.requested);
    }
    // Lead time as the engine counts it: a remake from the original request.
    const leads = units.flatMap((u) => (u.leadTime === null ? [] : [u.leadTime]));
    expect(Math.max(...leads)).toBe(run2.leadTime?.max);
    if (run2.scrapped > 0) expect(units.some((u) => u.requested < u.released)).toBe(true);
  });
});

describe('event trace CSV', () => {
  it('writes one row per record, with the station names', () => {
    const scenario = pennyGame(5, { name: '=Penny' });
    const run = simulateFlowLine(scenario, scenario.seed, 0, { trace: true });
    const csv = traceCsv(run.trace!.events, scenario, { truncated: false });
    expect(metaOf(csv)['Scenario']).toBe("'=Penny");
    const rows = tableOf(csv);
    expect(rows[0]).toEqual(['t', 'kind', 'station', 'station name', 'unit', 'batch', 'duration', 'handling', 'source', 'request']);
    expect(rows).toHaveLength(run.trace!.events.length + 1);
    expect(rows[1]).toEqual(['0', 'release', '0', 'Flipper 1', '0', '0', '', '', '', '']);
    const delivery = rows.find((r) => r[1] === 'deliver');
    expect(delivery).toEqual(['20', 'deliver', '4', 'customer', '0', '0', '', '', '', '']);
    const start = rows.find((r) => r[1] === 'start');
    expect(start).toEqual(['0', 'start', '0', 'Flipper 1', '0', '0', '1', '0', '', '']);
  });

  it('says in the note when the trace was cut short', () => {
    const scenario = pennyGame(5);
    const run = simulateFlowLine(scenario, scenario.seed, 0, { trace: { limit: 10 } });
    expect(run.trace!.truncated).toBe(true);
    expect(metaOf(traceCsv(run.trace!.events, scenario, { truncated: true }))['Note']).toBe('The trace was cut short at 10 records; later events are missing.');
  });
});

describe('result tables', () => {
  it('writes per-replication figures, one row per replication', () => {
    const scenario = pennyGame(5, { replications: 3 });
    const output = runScenarioSync(scenario, { perReplication: true }) as FlowLineOutput;
    const rows = tableOf(perReplicationCsv(output.perReplication!, scenario, { result: output }));
    expect(rows[0]!.slice(0, 3)).toEqual(['replication', 'makespan', 'firstDelivery']);
    expect(rows[0]).toContain('stations[3].working');
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['0', '35', '20'],
      ['1', '35', '20'],
      ['2', '35', '20'],
    ]);
  });

  it('writes a flow-line result one figure a row', () => {
    const scenario = pennyGame(5);
    const output = runScenarioSync(scenario) as FlowLineOutput;
    const rows = tableOf(flowLineResultCsv(output, scenario));
    expect(rows[0]).toEqual(['figure', 'value']);
    expect(rows).toContainEqual(['makespan', '35']);
    expect(rows).toContainEqual(['leadTime.mean', '27.5']);
    expect(rows).toContainEqual(['stations[0].name', 'Flipper 1']);
    expect(rows.map((r) => r[0])).not.toContain('engineVersion');
  });

  it('writes a launch result one launch quantity a row, market states as columns', () => {
    const parsed = parseScenario({
      version: 1,
      model: 'launch',
      name: 'Launch',
      seed: 7,
      replications: 20,
      market: { states: [{ name: 'good', probability: 0.5, level: 1000 }, { name: 'bad market', probability: 0.5, level: 100 }], demandCV: 0.2 },
      economics: { price: 20, cost: 12, salvage: 4, holding: 0.2 },
      horizon: 3,
      capacity: 2000,
      launchQuantities: [100, 1000],
    });
    if (!parsed.ok) throw new Error('invalid');
    const scenario = parsed.scenario as LaunchScenario;
    const output = runScenarioSync(scenario) as LaunchOutput;
    const csv = launchResultsCsv(output, scenario);
    const meta = metaOf(csv);
    expect(meta['Seed']).toBe('7');
    expect(meta['Note']).toMatch(/^newsvendor Q = [0-9.e+-]+; best Q0 by expected profit = (100|1000); best Q0 by CVaR 5% = (100|1000)$/);
    const rows = tableOf(csv);
    expect(rows[0]!.slice(0, 2)).toEqual(['q0', 'profit.mean']);
    expect(rows[0]).toContain('byState.good.profit.mean');
    // A state name with a space is quoted in the path (and the cell, holding a quote, is quoted in CSV).
    expect(csv).toContain('"byState[""bad market""].profit.mean"');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['100', '1000']);
    expect(Number(rows[1]![1])).toBe(output.results[0]!.profit.mean);
  });
});
