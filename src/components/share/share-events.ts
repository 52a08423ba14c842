/** Events and inputs of the share components (typed, per STYLE.md: no untyped event bus). */
import type { Scenario } from '../../scenario/index.ts';

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

declare global {
  interface GlobalEventHandlersEventMap {
    'genba-open-scenario': CustomEvent<OpenScenarioDetail>;
  }
}
