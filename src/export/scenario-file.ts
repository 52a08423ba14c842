/**
 * Scenario files in and out of the browser (docs/scenarios.md is the format).
 *
 * - `readScenarioFile(file)`: refuses a file over MAX_SCENARIO_BYTES from its size alone,
 *   before reading a byte (QUALITY S7), then validates its text with parseScenarioText,
 *   so the messages are the editor's and the CLI's: `(file): too large, …`,
 *   `(file): not valid JSON at line 4, column 1, …`, `stations[0].processTime: missing, …`.
 *   Resolves to the validator's ParseResult; never rejects.
 * - `scenarioFileText(scenario)`: the scenario as the documented JSON (2-space indent).
 * - `scenarioFileName(scenario)`: a safe file name from its name (`Penny game.json`).
 * - `scenarioFileBlob(scenario)`: the file to pass to downloadBlob.
 * - Drag and drop: `isFileDrag(event)` in `dragover` (call preventDefault when true), and
 *   `droppedFile(event)` in `drop`: the first file dropped, or null.
 */
import { FILE_PATH, MAX_SCENARIO_BYTES, parseScenarioText, type ParseResult, type Scenario } from '../scenario/index.ts';
import { formatLimit } from '../scenario/limits.ts';
import { safeFileName } from './download.ts';

function fileIssue(value: string, phrase: string, allowed: string): ParseResult {
  return { ok: false, issues: [{ path: FILE_PATH, value, allowed, message: `${FILE_PATH}: ${phrase}, ${allowed}` }] };
}

export async function readScenarioFile(file: Blob): Promise<ParseResult> {
  try {
    if (file.size > MAX_SCENARIO_BYTES) {
      return fileIssue(`${formatLimit(file.size)} bytes`, 'too large', `must be at most 1 MiB (${formatLimit(MAX_SCENARIO_BYTES)} bytes)`);
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fileIssue('an unreadable file', 'could not be read', 'must be a file this browser can read');
    }
    return parseScenarioText(text);
  } catch {
    return fileIssue('an unreadable file', 'could not be read', 'must be a file this browser can read');
  }
}

export function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

export function scenarioFileName(scenario: Scenario): string {
  return safeFileName(scenario.name ?? '', 'json', 'genba-scenario');
}

export function scenarioFileBlob(scenario: Scenario): Blob {
  return new Blob([scenarioFileText(scenario)], { type: 'application/json' });
}

export function isFileDrag(event: DragEvent): boolean {
  const types = event.dataTransfer?.types;
  return types !== undefined && Array.from(types).includes('Files');
}

export function droppedFile(event: DragEvent): File | null {
  const files = event.dataTransfer?.files;
  return files && files.length > 0 ? (files[0] ?? null) : null;
}
