/**
 * CSV files that spreadsheets open cleanly and that say what made them (docs/sharing.md,
 * QUALITY R12, S5).
 *
 * - RFC 4180: fields separated by commas, records by CRLF; a field holding a comma, a
 *   double quote, CR or LF is quoted, with its quotes doubled.
 * - Formula injection guard (OWASP "CSV injection"): a text cell starting with `=`, `+`,
 *   `-`, `@`, tab or CR gets a leading apostrophe, so a scenario or station name such as
 *   `=HYPERLINK(…)` shows as text in Excel, LibreOffice and Sheets. Numbers are written as
 *   numbers and are never prefixed (a negative profit stays a number).
 * - Numbers at full precision: JavaScript's shortest round-trip form (`0.1`, `1e+21`,
 *   `5e-324`), so reading the file back gives the very same doubles. Non-finite numbers
 *   are written as the words `Infinity`, `NaN` (guarded: `'-Infinity`). null and
 *   undefined are empty cells.
 * - A metadata block first, always the same 11 rows of `label,value`, then one empty
 *   row, then the table's header row (line 13) and its rows. No comment syntax, which
 *   spreadsheet tools do not agree on; pandas reads the table with `skiprows=12`.
 *
 * `csvBlob(text)` adds a UTF-8 byte order mark so Excel reads non-ASCII names correctly.
 */
import type { Seed } from '../sim/rng/stream.ts';

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

/** What made the numbers in a file: written as its metadata block. */
export interface ExportMeta {
  /** What the table is, e.g. "Event trace". */
  readonly title: string;
  readonly scenarioName?: string;
  readonly model?: string;
  /** The scenario file format version. */
  readonly scenarioVersion?: number;
  readonly seed?: Seed;
  readonly replications?: number;
  /** For a table of one run: which replication (0-based, as the engine counts). */
  readonly replication?: number;
  readonly timeUnit?: string;
  readonly engineVersion: string;
  readonly rng: string;
  /** Anything else the reader should know (e.g. "the trace was truncated at 200,000 records"). */
  readonly note?: string;
}

/** Rows of the metadata block, in order; the header row of the table follows on line 13. */
export const METADATA_LABELS = [
  'Genba export',
  'Scenario',
  'Model',
  'Scenario format',
  'Seed',
  'Replications',
  'Replication',
  'Time unit',
  'Engine version',
  'RNG',
  'Note',
] as const;

/** Lines before the table's header row: the metadata rows and one empty row. */
export const METADATA_LINES = METADATA_LABELS.length + 1;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell made safe from formula injection and quoted as RFC 4180 requires. */
export function csvText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number at full precision; non-finite numbers as guarded words. */
export function csvNumber(n: number): string {
  if (Number.isFinite(n)) return n === 0 ? '0' : String(n);
  return csvText(String(n));
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return csvText(value);
}

export function csvRow(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * The seed as JSON, so the seed 42 (`42`) and the seed "42" (`"42"`) stay apart, as
 * they are different seeds (docs/scenarios.md).
 */
function seedCell(seed: Seed | undefined): string | undefined {
  return seed === undefined ? undefined : JSON.stringify(seed);
}

export function metadataRows(meta: ExportMeta): CsvCell[][] {
  const values: CsvCell[] = [
    meta.title,
    meta.scenarioName,
    meta.model,
    meta.scenarioVersion,
    seedCell(meta.seed),
    meta.replications,
    meta.replication,
    meta.timeUnit,
    meta.engineVersion,
    meta.rng,
    meta.note,
  ];
  return METADATA_LABELS.map((label, i) => [label, values[i]]);
}

/** A whole CSV file: the metadata block (when given), then the table. Ends with CRLF. */
export function toCsv(table: CsvTable, meta?: ExportMeta): string {
  const lines: string[] = [];
  if (meta) {
    for (const row of metadataRows(meta)) lines.push(csvRow(row));
    lines.push('');
  }
  lines.push(csvRow(table.headers));
  for (const row of table.rows) lines.push(csvRow(row));
  return `${lines.join('\r\n')}\r\n`;
}

/** The file to download: UTF-8 with a byte order mark (for Excel), type text/csv. */
export function csvBlob(text: string): Blob {
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}
