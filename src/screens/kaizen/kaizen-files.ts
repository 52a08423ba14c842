/**
 * Lesson 2's files (docs/sharing.md): how the share panel makes and reads kaizen log files
 * (downloaded, opened, dropped on the page, kept in the browser), the log and both lines'
 * runs as CSV, and opening a log the panel read.
 */
import { msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/locale.ts';
import { shownName } from '../../i18n/preset-names.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { TracedRun } from '../../lessons/batching/paired-run.ts';
import { inLessonWorker } from '../../app/lesson-worker.ts';
import type { KaizenWorkResult } from '../../lessons/lesson-work.ts';
import type { KaizenLog } from '../../lessons/kaizen/kaizen-log.ts';
import { kaizenLogFile, parseKaizenLog, readKaizenLogFile, type KaizenLogFile, type KaizenWork } from '../../lessons/kaizen/kaizen-log-file.ts';
import type { CsvDownload, OpenWorkDetail, WorkFiles } from '../../components/share/genba-share-panel.ts';
import { kaizenCsvFiles } from './kaizen-csv-files.ts';
import type { KaizenWorkController, Text } from './kaizen-work-controller.ts';
import { logIssues, logIssuesText } from './kaizen-problems.ts';

/**
 * The name a kaizen log is kept under in the browser, worded in the language shown when it
 * is saved (a name the user can change, kept as it was given): "It failed before: kaizen log",
 * 之前失败过：改善日志.
 */
export function savedLogName(scenario: FlowLineScenario | null): string {
  const name = scenario?.name === undefined ? msg('Kaizen') : shownName(scenario.name);
  return msg(str`${name}: kaizen log`);
}

/** What the files need of the screen. */
export interface KaizenFileHooks {
  /** Shows what is to know about the log opened (its notices), or a problem. */
  opened(notices: readonly Text[]): void;
  announce(text: string): void;
}

export class KaizenFiles {
  private csvCache: { log: KaizenLog; batch: TracedRun; flow: TracedRun; locale: string; files: readonly CsvDownload[] } | null = null;
  /** The last file read, with its log already computed, so opening it does not compute it again. */
  private lastRead: { readonly body: KaizenLogFile; readonly work: KaizenWork; readonly notices: readonly string[] } | null = null;

  constructor(
    private readonly work: KaizenWorkController,
    private readonly hooks: KaizenFileHooks,
  ) {}

  /** The log and both runs as CSV files, made when asked for; the list changes only with the runs (and the labels' language). */
  csvFiles(log: KaizenLog, original: FlowLineScenario, batch: TracedRun, flow: TracedRun): readonly CsvDownload[] {
    const cached = this.csvCache;
    const locale = getLocale();
    if (cached && cached.log === log && cached.batch === batch && cached.flow === flow && cached.locale === locale) return cached.files;
    const files = kaizenCsvFiles(log, original, batch, flow);
    this.csvCache = { log, batch, flow, locale, files };
    return files;
  }

  /** How the share panel makes and reads kaizen log files (its words are getters: they follow a language switch). */
  readonly workFiles: WorkFiles = {
    get fileWord() {
      return msg('kaizen log file');
    },
    get downloadLabel() {
      return msg('Download the kaizen log (JSON)');
    },
    get openLabel() {
      return msg('Open a kaizen log file…');
    },
    download: () => this.work.logDownload(),
    read: async (file) => {
      const read = await readKaizenLogFile(file);
      if (!read.ok) return { ok: false, issues: logIssues(read) };
      const { scenario, improvements, expectations } = read.value;
      let built: KaizenWorkResult['built'];
      try {
        ({ built } = await inLessonWorker({ kind: 'kaizen', original: scenario, improvements, expectations, withBatchLine: false }));
      } catch (error) {
        return { ok: false, issues: [error instanceof Error ? error.message : String(error)] };
      }
      if (!built.ok) return { ok: false, issues: [built.message] };
      const body = kaizenLogFile(read.value, built.log);
      this.lastRead = { body, work: read.value, notices: read.notices };
      return { ok: true, body, name: savedLogName(read.value.scenario) };
    },
  };

  /** Opens a log the share panel read (a file, saved work). */
  readonly onOpenWork = async (e: CustomEvent<OpenWorkDetail>): Promise<void> => {
    if (e.detail.kind !== 'kaizen-log') return;
    const cached = this.lastRead?.body === e.detail.body ? this.lastRead : null;
    const parsed = cached ? { ok: true as const, value: cached.work, notices: cached.notices } : parseKaizenLog(e.detail.body);
    this.lastRead = null;
    if (!parsed.ok) {
      const failure = parsed;
      this.work.say(() => msg(str`This kaizen log cannot be opened: ${logIssuesText(failure, 3)}`));
      return;
    }
    if (!(await this.work.openWork(parsed.value))) return;
    this.hooks.opened(parsed.notices.map((n): Text => () => n));
    this.hooks.announce(
      e.detail.source === 'file'
        ? msg('Opened the kaizen log from the file: every step ran again on its seed.')
        : msg('Opened the kaizen log from saved work: every step ran again on its seed.'),
    );
  };
}
