/**
 * The CSV files lesson 1 offers in its share panel (docs/sharing.md): for the run on screen,
 * each line's event trace and per-unit records; after "Run many", each line's figures per
 * replication and its summary. Files are made only when the user asks (`csv()`); the
 * metadata block of each names the scenario, seed, replication and engine version. The
 * labels follow the page's language; file names and contents stay English (a data format).
 */
import { msg, str } from '@lit/localize';
import type { CsvDownload } from '../../components/share/share-events.ts';
import { flowLineResultCsv, perReplicationCsv, safeFileName, traceCsv, unitRecordsCsv } from '../../export/index.ts';
import type { LineKey, PairedRun } from '../../lessons/batching/paired-run.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { FlowLineOutput } from '../../sim/run-scenario.ts';

const LINES: readonly LineKey[] = ['batch', 'flow'];
const FLOW_NOTE = 'One-piece flow: this scenario with a transfer batch of 1.';

export function flowCsvFiles(
  pair: PairedRun,
  many: { readonly batch: FlowLineOutput; readonly flow: FlowLineOutput } | null,
  scenario: FlowLineScenario,
): CsvDownload[] {
  const base = scenario.name?.trim() || 'genba';
  const file = (what: string) => safeFileName(`${base} - ${what}`, 'csv');
  const batch = scenario.transferBatch;
  const words: Record<LineKey, string> = { batch: msg(str`batch line (transfer batch ${batch})`), flow: msg('one-piece flow') };
  const note = (key: LineKey) => (key === 'flow' ? { note: FLOW_NOTE } : {});
  const files: CsvDownload[] = [];
  for (const key of LINES) {
    const traced = pair[key];
    const events = traced.run.trace?.events ?? [];
    const options = { replication: pair.replication, truncated: traced.run.trace?.truncated ?? false, ...note(key) };
    files.push(
      { label: msg(str`Event trace, ${words[key]}`), fileName: file(`event trace - ${key} line`), csv: () => traceCsv(events, traced.scenario, options) },
      { label: msg(str`Units, ${words[key]}`), fileName: file(`units - ${key} line`), csv: () => unitRecordsCsv(events, traced.scenario, options) },
    );
  }
  if (many) {
    for (const key of LINES) {
      const out = many[key];
      const lineScenario: FlowLineScenario = key === 'flow' ? { ...scenario, transferBatch: 1 } : scenario;
      files.push(
        {
          label: msg(str`Per replication, ${words[key]}`),
          fileName: file(`per replication - ${key} line`),
          csv: () => perReplicationCsv(out.perReplication ?? [], lineScenario, { result: out, ...note(key) }),
        },
        { label: msg(str`Summary over replications, ${words[key]}`), fileName: file(`results - ${key} line`), csv: () => flowLineResultCsv(out, lineScenario) },
      );
    }
  }
  return files;
}
