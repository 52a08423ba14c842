/** Events and inputs of the share components (typed, per STYLE.md: no untyped event bus). */
import type { Scenario } from '../../scenario/index.ts';
import type { SavedKind } from '../../storage/index.ts';

/** A CSV file the screen offers: made only when the user asks for it. */
export interface CsvDownload {
  /** The button's text, e.g. "Event trace, batch line". */
  readonly label: string;
  /** The file name, already safe (safeFileName). */
  readonly fileName: string;
  /** The file's text (export module: metadata block, then the table). */
  readonly csv: () => string;
}

export interface OpenScenarioDetail {
  /** A validated scenario of the panel's model. */
  readonly scenario: Scenario;
  /** Where it came from: a file (input or dropped) or the saved list. */
  readonly source: 'file' | 'saved';
}

/**
 * For a screen whose saved work and files are not scenarios (lesson 2's kaizen log): how the
 * share panel makes its file and reads one back.
 */
export interface WorkFiles {
  /** What the file is called in messages and hints, e.g. "kaizen log file". */
  readonly fileWord: string;
  /** The download button's text, e.g. "Download the kaizen log (JSON)". */
  readonly downloadLabel: string;
  /** The open button's text, e.g. "Open a kaizen log file…". */
  readonly openLabel: string;
  /** The file to download now, or null when there is nothing to download yet. */
  readonly download: () => { readonly blob: Blob; readonly fileName: string } | null;
  /**
   * Reads and validates a file (size first, then its contents): the body to open and keep in
   * the saved list under `name`, or the problems, each naming its field.
   */
  readonly read: (file: File) => Promise<{ readonly ok: true; readonly body: unknown; readonly name: string } | { readonly ok: false; readonly issues: readonly string[] }>;
}

export interface OpenWorkDetail {
  /** The kind of saved work (the panel's `savedKind`). */
  readonly kind: SavedKind;
  /** A file's body as `WorkFiles.read` gave it, or a saved entry's body (plain JSON: validate it before use). */
  readonly body: unknown;
  /** Where it came from: a file (input or dropped) or the saved list. */
  readonly source: 'file' | 'saved';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'genba-open-scenario': CustomEvent<OpenScenarioDetail>;
    'genba-open-work': CustomEvent<OpenWorkDetail>;
  }
}
