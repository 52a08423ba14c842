/** The lesson's CSV files: which are offered, their names, and what each holds. */
import { describe, expect, it } from 'vitest';
import { runPair } from '../../lessons/batching/paired-run.ts';
import { pennyGame } from '../../lessons/batching/test-fixtures.ts';
import { runScenarioSync, type FlowLineOutput } from '../../sim/run-scenario.ts';
import { flowCsvFiles } from './flow-csv-files.ts';

const lines = (text: string) => text.split('\r\n');

describe('flowCsvFiles', () => {
  const scenario = pennyGame(5, { name: 'Penny game', replications: 3 });

  it('offers each line\'s trace and units for the run on screen', () => {
    const files = flowCsvFiles(runPair(scenario, 1), null, scenario);
    expect(files.map((f) => [f.label, f.fileName])).toEqual([
      ['Event trace, batch line (transfer batch 5)', 'Penny game - event trace - batch line.csv'],
      ['Units, batch line (transfer batch 5)', 'Penny game - units - batch line.csv'],
      ['Event trace, one-piece flow', 'Penny game - event trace - flow line.csv'],
      ['Units, one-piece flow', 'Penny game - units - flow line.csv'],
    ]);
    const units = lines(files[1]!.csv());
    expect(units.slice(0, 11)).toContain('Scenario,Penny game');
    expect(units).toContain('Seed,"""penny"""');
    expect(units).toContain('Replication,1');
    expect(units[12]).toBe('unit,batch,released,requested,outcome,delivered,scrapped,scrapped at station,scrapped at,made bad at station,made bad at,lead time');
    expect(units.slice(13).filter((l) => l.includes(',delivered,'))).toHaveLength(20);
    expect(lines(files[2]!.csv())).toContain('Note,One-piece flow: this scenario with a transfer batch of 1.');
  });

  it('adds each line\'s figures per replication and summary after many runs', () => {
    const batch = runScenarioSync(scenario, { perReplication: true }) as FlowLineOutput;
    const flow = runScenarioSync({ ...scenario, transferBatch: 1 }, { perReplication: true }) as FlowLineOutput;
    const files = flowCsvFiles(runPair(scenario), { batch, flow }, scenario);
    expect(files.slice(4).map((f) => f.fileName)).toEqual([
      'Penny game - per replication - batch line.csv',
      'Penny game - results - batch line.csv',
      'Penny game - per replication - flow line.csv',
      'Penny game - results - flow line.csv',
    ]);
    const per = lines(files[6]!.csv()).filter((l) => l !== '');
    expect(per[11]).toMatch(/^replication,/);
    expect(per.slice(12).map((l) => l.split(',')[0])).toEqual(['0', '1', '2']);
  });

  it('falls back to a plain file name when the scenario has none, and makes hostile names safe', () => {
    expect(flowCsvFiles(runPair(pennyGame(5)), null, pennyGame(5))[0]!.fileName).toBe('genba - event trace - batch line.csv');
    const evil = pennyGame(5, { name: '../<img src=x>' });
    expect(flowCsvFiles(runPair(evil), null, evil)[0]!.fileName).toBe('img src=x - event trace - batch line.csv');
  });
});
