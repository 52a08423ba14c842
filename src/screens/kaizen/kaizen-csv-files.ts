/**
 * The CSV files lesson 2 offers in its share panel (docs/lesson-kaizen.md, docs/sharing.md):
 * the kaizen log (one row per step: where one-piece flow started, each improvement with what
 * the trainee expected and what happened, and the batch line to beat), and the event trace
 * and per-unit records of the two lines on screen (replication 1 of the seed). Files are made
 * only when the user asks; the metadata block of each names the scenario, seed and engine.
 * The labels follow the page's language; file names and contents stay English (a data format).
 */
import { msg, str } from '@lit/localize';
import type { CsvDownload } from '../../components/share/share-events.ts';
import { exportMeta, safeFileName, toCsv, traceCsv, unitRecordsCsv, type CsvCell } from '../../export/index.ts';
import type { TracedRun } from '../../lessons/batching/paired-run.ts';
import type { KaizenFigures } from '../../lessons/kaizen/figures.ts';
import type { KaizenLog } from '../../lessons/kaizen/kaizen-log.ts';
import { directionOf } from '../../lessons/kaizen/verdict.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';

export const KAIZEN_LOG_HEADERS = [
  'step',
  'improvement',
  'change',
  'expected',
  'expected by',
  'happened',
  'leadTime',
  'throughput',
  'wip',
  'scrapped',
] as const;

const figures = (f: KaizenFigures): CsvCell[] => [f.leadTime, f.throughput, f.wip, f.scrapped];

/** The kaizen log, one row per step (figures after the step: means over the scenario's replications). */
export function kaizenLogCsv(log: KaizenLog, original: FlowLineScenario): string {
  const rows: CsvCell[][] = [
    [0, '', 'One-piece flow as the line stood', '', '', '', ...figures(log.start)],
    ...log.entries.map((e, i): CsvCell[] => [
      i + 1,
      e.improvement.id,
      e.description,
      e.expected?.direction ?? '',
      e.expected?.by ?? null,
      directionOf(e.before.leadTime, e.after.leadTime),
      ...figures(e.after),
    ]),
    ['target', '', `Batches of ${original.transferBatch}, as the team runs it (the figures to beat)`, '', '', '', ...figures(log.target)],
  ];
  const note =
    `Means over ${log.replications} replications of the seed; one-piece flow after each step. ` +
    `throughput in units per ${original.timeUnit}; "happened" is the change of mean lead time (under 1% counts as "same").`;
  return toCsv({ headers: KAIZEN_LOG_HEADERS, rows }, exportMeta(original, 'Kaizen log', { note }));
}

export function kaizenCsvFiles(log: KaizenLog, original: FlowLineScenario, batch: TracedRun, flow: TracedRun): CsvDownload[] {
  const base = original.name?.trim() || 'genba';
  const file = (what: string) => safeFileName(`${base} - ${what}`, 'csv');
  const flowNote = log.entries.length === 0 ? 'One-piece flow: this scenario with a transfer batch of 1.' : `One-piece flow after ${log.entries.length} improvement${log.entries.length === 1 ? '' : 's'}.`;
  const transferBatch = original.transferBatch;
  const lines = [
    { key: 'batch', run: batch, words: msg(str`batches of ${transferBatch}`), note: 'The line as the team runs it.' },
    { key: 'flow', run: flow, words: msg('one-piece flow'), note: flowNote },
  ] as const;
  const files: CsvDownload[] = [{ label: msg('Kaizen log (steps and figures)'), fileName: file('kaizen log'), csv: () => kaizenLogCsv(log, original) }];
  for (const line of lines) {
    const events = line.run.run.trace?.events ?? [];
    const options = { replication: 0, truncated: line.run.run.trace?.truncated ?? false, note: line.note };
    const words = line.words;
    files.push(
      { label: msg(str`Event trace, ${words}`), fileName: file(`event trace - ${line.key} line`), csv: () => traceCsv(events, line.run.scenario, options) },
      { label: msg(str`Units, ${words}`), fileName: file(`units - ${line.key} line`), csv: () => unitRecordsCsv(events, line.run.scenario, options) },
    );
  }
  return files;
}
