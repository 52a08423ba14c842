/**
 * The tables of a run, as CSV files with their metadata block (csv.ts, docs/sharing.md):
 *
 * - `traceCsv`: a flow-line event trace, one row per record, values as recorded (station
 *   indices from 0, the customer = number of stations, -1 for "no unit / no batch"), plus
 *   the station's name;
 * - `unitRecords` / `unitRecordsCsv`: one row per unit, derived from the trace: release,
 *   delivery or scrap time, lead time;
 * - `perReplicationCsv`: a flow line's `perReplication` figures, one row per replication;
 * - `flowLineResultCsv`: a flow-line result, one row per figure;
 * - `launchResultsCsv`: a launch result, one row per launch quantity (Q0), every figure
 *   and every market state's figures as columns;
 * - `exportMeta(scenario, title, …)`: the metadata for any other table (`toCsv`).
 *
 * Column names of nested figures are their paths, as in the JSON output:
 * `leadTime.p90`, `stations[0].working`, `byState.good.profit.mean`,
 * `byState["bad market"].probLoss`.
 */
import type { FlowLineScenario, Scenario } from '../scenario/index.ts';
import type { FlowLineFigures } from '../sim/line/monte-carlo.ts';
import type { TraceEvent } from '../sim/line/trace.ts';
import type { FlowLineOutput, LaunchOutput, ResultMeta } from '../sim/run-scenario.ts';
import { RNG_ALGORITHM } from '../sim/rng/algorithm.ts';
import { ENGINE_VERSION } from '../sim/version.ts';
import { toCsv, type CsvCell, type ExportMeta } from './csv.ts';

export interface MetaOptions {
  /** The result's own labels (engine version, rng, replications); default: this engine's. */
  readonly result?: ResultMeta;
  /** For one run's table: which replication (0-based). */
  readonly replication?: number;
  readonly note?: string;
}

export function exportMeta(scenario: Scenario, title: string, options: MetaOptions = {}): ExportMeta {
  const { result } = options;
  return {
    title,
    ...(scenario.name === undefined ? {} : { scenarioName: scenario.name }),
    model: scenario.model,
    scenarioVersion: scenario.version,
    seed: result?.seed ?? scenario.seed,
    replications: result?.replications ?? scenario.replications,
    ...(options.replication === undefined ? {} : { replication: options.replication }),
    ...(scenario.model === 'flow-line' ? { timeUnit: scenario.timeUnit } : {}),
    engineVersion: result?.engineVersion ?? ENGINE_VERSION,
    rng: result?.rng ?? RNG_ALGORITHM,
    ...(options.note === undefined ? {} : { note: options.note }),
  };
}

// ——— Flattening nested figures into columns ———

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (IDENTIFIER.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

/** [path, value] for every leaf of a JSON-like value, in key order. */
export function flatten(value: unknown, path = ''): [string, CsvCell][] {
  if (value === null || value === undefined || typeof value !== 'object') {
    const cell: CsvCell = typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value === null ? value : undefined;
    return [[path, cell]];
  }
  const out: [string, CsvCell][] = [];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...flatten(item, childPath(path, i))));
  else for (const key of Object.keys(value)) out.push(...flatten((value as Record<string, unknown>)[key], childPath(path, key)));
  return out;
}

/** Rows of flattened records; the columns are every path seen, in first-seen order. */
export function recordsTable(records: readonly unknown[], leading: readonly string[] = []): { headers: string[]; rows: CsvCell[][] } {
  const flat = records.map((r) => new Map(flatten(r)));
  const headers: string[] = [...leading];
  const seen = new Set(headers);
  for (const row of flat) {
    for (const key of row.keys()) {
      if (!seen.has(key)) {
        seen.add(key);
        headers.push(key);
      }
    }
  }
  return { headers, rows: flat.map((row) => headers.map((h) => row.get(h))) };
}

// ——— Event trace ———

function stationLabel(scenario: FlowLineScenario, index: number): string {
  if (index === scenario.stations.length) return 'customer';
  return scenario.stations[index]?.name ?? '';
}

export interface TraceCsvOptions extends MetaOptions {
  /** The trace stopped at its record limit (FlowLineRun.trace.truncated). */
  readonly truncated?: boolean;
}

export const TRACE_HEADERS = ['t', 'kind', 'station', 'station name', 'unit', 'batch', 'duration', 'handling', 'source', 'request'] as const;

export function traceCsv(trace: readonly TraceEvent[], scenario: FlowLineScenario, options: TraceCsvOptions = {}): string {
  const note = options.truncated ? `The trace was cut short at ${trace.length} records; later events are missing.` : options.note;
  const rows = trace.map((e) => [
    e.t,
    e.kind,
    e.station,
    stationLabel(scenario, e.station),
    e.unit,
    e.batch,
    e.duration,
    e.handling,
    e.source,
    e.request,
  ]);
  return toCsv({ headers: TRACE_HEADERS, rows }, exportMeta(scenario, 'Event trace', { ...options, ...(note === undefined ? {} : { note }) }));
}

// ——— Per-unit records ———

export type UnitOutcome = 'delivered' | 'scrapped' | 'in process';

export interface UnitRecord {
  readonly unit: number;
  readonly batch: number;
  /** When the unit entered the line (a replacement: when it replaced the scrapped unit). */
  readonly released: number;
  /** The customer's request it answers (a replacement: the original's); lead time runs from it. */
  readonly requested: number;
  readonly outcome: UnitOutcome;
  readonly delivered: number | null;
  readonly scrapped: number | null;
  /** Station index (0-based) where it was scrapped; the customer is the number of stations. */
  readonly scrappedAt: number | null;
  /** Station index of the station that made it bad (the one that drifted), for scrapped units. */
  readonly madeAt: number | null;
  /** delivered − requested, for delivered units: the engine's lead time (issue 16). */
  readonly leadTime: number | null;
}

/**
 * One record per unit, in order of release, from the trace alone. Lead time runs from the
 * request, as in the engine's statistics: a replacement for scrap counts from the original
 * unit's request (the trace's `request`).
 */
export function unitRecords(trace: readonly TraceEvent[]): UnitRecord[] {
  type Mutable = { -readonly [K in keyof UnitRecord]: UnitRecord[K] };
  const byUnit = new Map<number, Mutable>();
  const order: Mutable[] = [];
  let madeBy = 0;
  for (const e of trace) {
    if (e.kind === 'detect') madeBy = e.source ?? e.station;
    if (e.kind === 'release') {
      const record: Mutable = {
        unit: e.unit,
        batch: e.batch,
        released: e.t,
        requested: e.request ?? e.t,
        outcome: 'in process',
        delivered: null,
        scrapped: null,
        scrappedAt: null,
        madeAt: null,
        leadTime: null,
      };
      byUnit.set(e.unit, record);
      order.push(record);
    } else if (e.kind === 'deliver') {
      const record = byUnit.get(e.unit);
      if (record) {
        record.outcome = 'delivered';
        record.delivered = e.t;
        record.leadTime = e.t - record.requested;
      }
    } else if (e.kind === 'scrap') {
      const record = byUnit.get(e.unit);
      if (record) {
        record.outcome = 'scrapped';
        record.scrapped = e.t;
        record.scrappedAt = e.station;
        record.madeAt = madeBy;
      }
    }
  }
  return order;
}

export const UNIT_HEADERS = [
  'unit',
  'batch',
  'released',
  'requested',
  'outcome',
  'delivered',
  'scrapped',
  'scrapped at station',
  'scrapped at',
  'made bad at station',
  'made bad at',
  'lead time',
] as const;

export function unitRecordsCsv(trace: readonly TraceEvent[], scenario: FlowLineScenario, options: TraceCsvOptions = {}): string {
  const note = options.truncated ? 'The trace was cut short: units after its last record are missing or shown as still in process.' : options.note;
  const rows = unitRecords(trace).map((u) => [
    u.unit,
    u.batch,
    u.released,
    u.requested,
    u.outcome,
    u.delivered,
    u.scrapped,
    u.scrappedAt,
    u.scrappedAt === null ? null : stationLabel(scenario, u.scrappedAt),
    u.madeAt,
    u.madeAt === null ? null : stationLabel(scenario, u.madeAt),
    u.leadTime,
  ]);
  return toCsv({ headers: UNIT_HEADERS, rows }, exportMeta(scenario, 'Units', { ...options, ...(note === undefined ? {} : { note }) }));
}

// ——— Results ———

/** One row per replication (0-based), every figure a column (`stations[k].…` per station). */
export function perReplicationCsv(perReplication: readonly FlowLineFigures[], scenario: FlowLineScenario, options: MetaOptions = {}): string {
  const table = recordsTable(perReplication.map((figures, replication) => ({ replication, ...figures })));
  return toCsv(table, exportMeta(scenario, 'Per replication', options));
}

const META_KEYS: ReadonlySet<string> = new Set(['engineVersion', 'rng', 'seed', 'model', 'replications', 'timeUnit', 'perReplication']);

/** A flow-line result, one row per figure (`value`; with several replications `.mean` and `.ci95` rows). */
export function flowLineResultCsv(output: FlowLineOutput, scenario: FlowLineScenario): string {
  const figures = Object.fromEntries(Object.entries(output).filter(([key]) => !META_KEYS.has(key)));
  const rows = flatten(figures).map(([path, value]) => [path, value]);
  return toCsv({ headers: ['figure', 'value'], rows }, exportMeta(scenario, 'Results', { result: output }));
}

/** A launch result, one row per launch quantity; newsvendor Q and the best Q0s in the note. */
export function launchResultsCsv(output: LaunchOutput, scenario: Scenario): string {
  const parts = [`newsvendor Q = ${output.newsvendorQ}`];
  if (output.best) parts.push(`best Q0 by expected profit = ${output.best.byExpectedProfit}`, `best Q0 by CVaR 5% = ${output.best.byCvar5}`);
  const table = recordsTable(output.results, ['q0']);
  return toCsv(table, exportMeta(scenario, 'Results per launch quantity', { result: output, note: parts.join('; ') }));
}
