/**
 * The CSV files lesson 4 offers in its share panel: each line's event trace and per-unit
 * records for the run on screen, the outcome (both lines' figures) and, after a sweep, the
 * sweep with its reference curves. Files are made only when asked for; file names and
 * contents stay English (a data format), the button labels follow the page's language.
 */
import { msg } from '@lit/localize';
import type { CsvDownload } from '../../components/share/share-events.ts';
import { exportMeta, safeFileName, toCsv, traceCsv, unitRecordsCsv } from '../../export/index.ts';
import type { PairedRun } from '../../lessons/batching/paired-run.ts';
import { lineOutcome } from '../../lessons/pull/outcome.ts';
import type { WipSweep } from '../../lessons/pull/wip-sweep.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';

const PUSH_NOTE = 'Pushed line: this scenario without its WIP cap and kanban buffers.';

export function pullCsvFiles(pair: PairedRun, sweep: WipSweep | null, scenario: FlowLineScenario): CsvDownload[] {
  const base = scenario.name?.trim() || 'genba';
  const file = (what: string) => safeFileName(`${base} - ${what}`, 'csv');
  const lines = [
    { key: 'push', traced: pair.batch, label: msg('pushed line'), note: { note: PUSH_NOTE } },
    { key: 'pull', traced: pair.flow, label: msg('pulled line'), note: {} },
  ] as const;
  const files: CsvDownload[] = [];
  for (const { key, traced, label, note } of lines) {
    const events = traced.run.trace?.events ?? [];
    const options = { replication: pair.replication, truncated: traced.run.trace?.truncated ?? false, ...note };
    files.push(
      { label: `${msg('Event trace')}, ${label}`, fileName: file(`event trace - ${key} line`), csv: () => traceCsv(events, traced.scenario, options) },
      { label: `${msg('Units')}, ${label}`, fileName: file(`units - ${key} line`), csv: () => unitRecordsCsv(events, traced.scenario, options) },
    );
  }
  files.push({
    label: msg('Outcome, both lines'),
    fileName: file('push and pull outcome'),
    csv: () => {
      const rows = lines.map(({ key, traced }) => {
        const o = lineOutcome(traced.run, scenario.unitValue);
        return [key, o.throughput, o.delivered, o.wip, o.flowTime, o.leadTime, o.cash];
      });
      const headers = ['line', 'throughput', 'delivered', 'wip_mean', 'flow_time_mean', 'lead_time_mean', 'wip_value_mean'];
      return toCsv({ headers, rows }, exportMeta(scenario, 'Push and pull outcome', { replication: pair.replication, note: PUSH_NOTE }));
    },
  });
  if (sweep) {
    files.push({
      label: msg('WIP-cap sweep'),
      fileName: file('wip cap sweep'),
      csv: () => {
        const headers = ['wip_cap', 'throughput_mean', 'throughput_ci95', 'flow_time_mean', 'flow_time_ci95'];
        const refs = ['best', 'practicalWorst', 'worst'] as const;
        const all = [...headers, ...refs.flatMap((r) => [`${r}_throughput`, `${r}_flow_time`])];
        const rows = sweep.points.map((p) => [p.cap, p.throughput.mean, p.throughput.ci95, p.flowTime.mean, p.flowTime.ci95, ...refs.flatMap((r) => [p[r].throughput, p[r].flowTime])]);
        const note = `T0 = ${sweep.constants.t0}, rb = ${sweep.constants.rb}; ${sweep.replications} replications per cap`;
        return toCsv({ headers: all, rows }, exportMeta(scenario, 'WIP-cap sweep', { note }));
      },
    });
  }
  return files;
}
