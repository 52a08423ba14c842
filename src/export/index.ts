/**
 * Files out of and into the app (docs/sharing.md): CSV tables with their metadata block,
 * charts as SVG and PNG, downloads with safe names, scenario files.
 */
export { csvBlob, csvCell, csvNumber, csvRow, csvText, METADATA_LABELS, METADATA_LINES, metadataRows, toCsv, type CsvCell, type CsvTable, type ExportMeta } from './csv.ts';
export {
  exportMeta,
  flatten,
  flowLineResultCsv,
  launchResultsCsv,
  perReplicationCsv,
  recordsTable,
  TRACE_HEADERS,
  traceCsv,
  UNIT_HEADERS,
  unitRecords,
  unitRecordsCsv,
  type MetaOptions,
  type TraceCsvOptions,
  type UnitOutcome,
  type UnitRecord,
} from './run-tables.ts';
export { pngSize, svgBlob, svgToPng, svgToString, type PngExportOptions, type SvgExportOptions } from './svg.ts';
export { downloadBlob, safeFileName } from './download.ts';
export { droppedFile, isFileDrag, readScenarioFile, scenarioFileBlob, scenarioFileName, scenarioFileText } from './scenario-file.ts';
