/** Lesson 2's CSV files: the kaizen log (steps × figures) and the two lines' runs, with the scenario and seed. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../export/index.ts';
import { runTraced } from '../../lessons/batching/paired-run.ts';
import { INTENDED_IMPROVEMENTS } from '../../lessons/kaizen/it-failed-before.ts';
import { buildLog } from '../../lessons/kaizen/kaizen-log.ts';
import { parseScenarioText } from '../../scenario/index.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { KAIZEN_LOG_HEADERS, kaizenCsvFiles, kaizenLogCsv } from './kaizen-csv-files.ts';

const original = ((): FlowLineScenario => {
  const parsed = parseScenarioText(readFileSync('public/scenarios/it-failed-before.json', 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('it-failed-before.json is not a flow-line scenario');
  return { ...parsed.scenario, replications: 3 };
})();
const steps = INTENDED_IMPROVEMENTS.slice(0, 2);
const built = (() => {
  const b = buildLog(original, steps, new Map([['press-quick-clamps', { direction: 'down' as const, by: 20 }]]));
  if (!b.ok) throw new Error(b.message);
  return b;
})();
const lines = (text: string) => text.split('\r\n');

describe('kaizenLogCsv', () => {
  it('has one row per step, the start first and the figures to beat last, with full-precision figures', () => {
    const rows = lines(kaizenLogCsv(built.log, original));
    expect(rows[0]).toBe('Genba export,Kaizen log');
    expect(rows).toContain('Scenario,It failed before');
    expect(rows).toContain(`Seed,${csvCell(JSON.stringify(original.seed))}`);
    expect(rows).toContain('Replications,3');
    expect(rows[12]).toBe(KAIZEN_LOG_HEADERS.join(','));
    const table = rows.slice(13).filter((l) => l !== '');
    expect(table).toHaveLength(steps.length + 2);
    expect(table[0]!.startsWith('0,,One-piece flow as the line stood,,,,')).toBe(true);
    expect(
      table[1]!.startsWith(
        '1,press-quick-clamps,"Press: shorten ""swap die"" to 10% of its time (basis: quick-change tooling: quick-release clamps and locating pins instead of bolts)",down,20,',
      ),
    ).toBe(true);
    expect(table[1]!.endsWith(`,${built.log.entries[0]!.after.leadTime},${built.log.entries[0]!.after.throughput},${built.log.entries[0]!.after.wip},${built.log.entries[0]!.after.scrapped}`)).toBe(true);
    expect(table[2]!.startsWith('2,process-batch-10,Set up once for every 10 parts (process batch),')).toBe(true);
    expect(table[3]!.startsWith('target,,"Batches of 10, as the team runs it')).toBe(true);
  });

  it('offers the log and each line\'s trace and units', () => {
    const batch = runTraced('batch', original, 0);
    const flow = runTraced('flow', built.line, 0);
    const files = kaizenCsvFiles(built.log, original, batch, flow);
    expect(files.map((f) => [f.label, f.fileName])).toEqual([
      ['Kaizen log (steps and figures)', 'It failed before - kaizen log.csv'],
      ['Event trace, batches of 10', 'It failed before - event trace - batch line.csv'],
      ['Units, batches of 10', 'It failed before - units - batch line.csv'],
      ['Event trace, one-piece flow', 'It failed before - event trace - flow line.csv'],
      ['Units, one-piece flow', 'It failed before - units - flow line.csv'],
    ]);
    const trace = lines(files[3]!.csv());
    expect(trace).toContain('Replication,0');
    expect(trace).toContain('Note,One-piece flow after 2 improvements.');
    expect(trace[12]).toBe('t,kind,station,station name,unit,batch,duration,handling,source,request');
    expect(trace.length).toBeGreaterThan(100);
  });
});
