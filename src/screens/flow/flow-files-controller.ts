/**
 * Lesson 1's files (over the reactive FileDropController): a scenario or log file dropped anywhere
 * on the page opens as if chosen in the share panel, and the runs' tables are offered as
 * CSV files, made when asked for (the list changes only with the runs and the language).
 */
import type { ReactiveControllerHost } from 'lit';
import { getLocale } from '../../i18n/locale.ts';
import { FileDropController } from '../../components/share/file-drop-controller.ts';
import type { CsvDownload } from '../../components/share/share-events.ts';
import type { ManyRuns } from '../../components/flow-lesson/flow-runs.ts';
import type { PairedRun } from '../../lessons/batching/paired-run.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { flowCsvFiles } from './flow-csv-files.ts';

export class FlowFilesController {
  private readonly drop: FileDropController;
  private cache: { pair: PairedRun; many: ManyRuns | null; scenario: FlowLineScenario; locale: string; files: readonly CsvDownload[] } | null = null;

  constructor(host: ReactiveControllerHost, open: (file: File) => void) {
    this.drop = new FileDropController(host, open);
  }

  /** A file is being dragged over the page (the "drop it here" overlay shows). */
  get dragging(): boolean {
    return this.drop.hint;
  }

  csvFiles(pair: PairedRun, many: ManyRuns | null, scenario: FlowLineScenario): readonly CsvDownload[] {
    const cached = this.cache;
    const locale = getLocale();
    if (cached && cached.pair === pair && cached.many === many && cached.scenario === scenario && cached.locale === locale) return cached.files;
    const files = flowCsvFiles(pair, many, scenario);
    this.cache = { pair, many, scenario, locale, files };
    return files;
  }
}
