/**
 * The CSV files lesson 3 offers in its share panel (docs/lesson-launch.md, docs/sharing.md),
 * for the finished run on screen: the two strategies' results (one row per launch quantity,
 * every figure and every market state's figures as columns: `launchResultsCsv`), the sweep of
 * launch quantities, and the story of the market that is open, month by month. Files are made
 * only when the user asks; the metadata block of each names the scenario, seed, number of
 * markets and engine version. The labels follow the page's language; file names and contents
 * stay English (a data format).
 */
import { msg, str } from '@lit/localize';
import type { CsvDownload } from '../../components/share/share-events.ts';
import { exportMeta, launchResultsCsv, recordsTable, safeFileName, toCsv, type CsvCell } from '../../export/index.ts';
import type { ComparedPair } from '../../lessons/launch/strategy-compare.ts';
import type { CommitmentView } from '../../lessons/launch/strategy-run.ts';
import { pairStories } from '../../lessons/launch/strategy-story.ts';
import type { LaunchStrategiesOutput } from '../../sim/run-scenario.ts';
import type { FinishedRun } from './launch-run-state.ts';
import type { LessonResult } from '../../lessons/launch/lesson-run.ts';
import { marketStory } from '../../lessons/launch/market-story.ts';
import { formatWhole } from '../../lessons/launch/format.ts';
import { strategyFileLabel, STRATEGY_KEYS, type StrategyQuantities } from '../../lessons/launch/strategies.ts';
import type { LaunchScenario, LaunchStrategyScenario } from '../../scenario/types.ts';

export const SWEEP_HEADERS = ['q0', 'meanProfit', 'probLoss', 'cvar5'] as const;
export const STORY_HEADERS = ['strategy', 'q0', 'month', 'demand', 'sales', 'lostSales', 'production', 'stock', 'cash'] as const;
export const COMMITMENT_HEADERS = ['periods', 'meanProfit', 'probLoss', 'firstMeanProfit', 'firstProbLoss'] as const;

/** What the run ran: the strategies' scenario, the sweep's, and the two launch quantities. */
export interface LaunchRunRequest {
  readonly scenario: LaunchScenario;
  readonly sweepScenario: LaunchScenario;
  readonly quantities: StrategyQuantities;
}

/** The sweep, one row per launch quantity; the newsvendor quantity and the best Q0s in the note. */
export function sweepCsv(result: LessonResult, request: LaunchRunRequest): string {
  const sweep = result.sweep;
  const rows: CsvCell[][] = sweep.points.map((p) => [p.q0, p.meanProfit, p.probLoss, p.cvar5]);
  const parts = [`newsvendor Q = ${sweep.newsvendorQ}`];
  if (sweep.best) parts.push(`best Q0 by expected profit = ${sweep.best.byExpectedProfit}`, `best Q0 by CVaR 5% = ${sweep.best.byCvar5}`);
  const meta = exportMeta(request.sweepScenario, 'Sweep of launch quantities', { result: result.output, note: parts.join('; ') });
  return toCsv({ headers: SWEEP_HEADERS, rows }, meta);
}

/** One market (0-based replication) month by month, for both strategies. */
export function marketStoryCsv(request: LaunchRunRequest, replication: number): string {
  const stories = STRATEGY_KEYS.map((key) => marketStory(request.scenario, replication, key, request.quantities[key]));
  const rows: CsvCell[][] = stories.flatMap((s) => s.months.map((m) => [strategyFileLabel(s.key, s.q0), s.q0, m.month, m.demand, m.sales, m.lostSales, m.production, m.stock, m.cash]));
  const state = stories[0]?.state ?? '';
  const note = `Market ${replication + 1} (replication ${replication}) met a "${state}" market. Cash is cumulative; the last month includes the salvage.`;
  return toCsv({ headers: STORY_HEADERS, rows }, exportMeta(request.scenario, "One market's story", { replication, note }));
}

/** Version 2: every strategy's results, one row per strategy (every figure, every market state's figures). */
export function strategyResultsCsv(output: LaunchStrategiesOutput, scenario: LaunchScenario): string {
  const parts = [`newsvendor Q = ${output.newsvendorQ}`];
  if (output.best) parts.push(`best by expected profit = ${output.best.byExpectedProfit}`, `best by CVaR 5% = ${output.best.byCvar5}`);
  return toCsv(recordsTable(output.results, ['strategy']), exportMeta(scenario, 'Results per strategy', { result: output, note: parts.join('; ') }));
}

/** The commitment view: the second strategy's figures by months committed, the first's beside them. */
export function commitmentCsv(view: CommitmentView, scenario: LaunchScenario): string {
  const rows: CsvCell[][] = view.points.map((p) => [p.periods, p.meanProfit, p.probLoss, view.firstMeanProfit, view.firstProbLoss]);
  const note = `"${view.second}" committed for each length; "${view.first}" alongside, on the same markets.`;
  return toCsv({ headers: COMMITMENT_HEADERS, rows }, exportMeta(scenario, 'Commitment length', { note }));
}

/** One market (0-based replication) month by month, for the two strategies compared. */
export function strategyStoryCsv(scenario: LaunchStrategyScenario, replication: number, pair: ComparedPair): string {
  const stories = pairStories(scenario, replication, pair);
  const rows: CsvCell[][] = stories.flatMap((s) => s.months.map((m) => [s.strategy, s.q0, m.month, m.demand, m.sales, m.lostSales, m.production, m.stock, m.cash]));
  const state = stories[0]?.state ?? '';
  const note = `Market ${replication + 1} (replication ${replication}) met a "${state}" market. Cash is cumulative, from the units made before month 1 and the fixed cost; the last month includes the salvage.`;
  return toCsv({ headers: STORY_HEADERS, rows }, exportMeta(scenario, "One market's story", { replication, note }));
}

/** The CSV files of a finished run of either version. */
export function launchCsvFiles(finished: FinishedRun, storyReplication: number): CsvDownload[] {
  if (finished.kind === 'quantities') return quantityCsvFiles(finished.result, finished.request, storyReplication);
  const { scenario, result } = finished;
  const base = scenario.name?.trim() || 'genba';
  const file = (what: string) => safeFileName(`${base} - ${what}`, 'csv');
  const files: CsvDownload[] = [{ label: msg('Results per strategy and market state'), fileName: file('results per strategy'), csv: () => strategyResultsCsv(result.output, scenario) }];
  const commitment = result.commitment;
  if (commitment) files.push({ label: msg('Commitment length'), fileName: file('commitment length'), csv: () => commitmentCsv(commitment, scenario) });
  if (storyReplication >= 0 && storyReplication < scenario.replications) {
    const n = storyReplication + 1;
    const market = formatWhole(n);
    files.push({ label: msg(str`Market ${market}'s story, month by month`), fileName: file(`market ${n} story`), csv: () => strategyStoryCsv(scenario, storyReplication, result.pair) });
  }
  return files;
}

function quantityCsvFiles(result: LessonResult, request: LaunchRunRequest, storyReplication: number): CsvDownload[] {
  const base = request.scenario.name?.trim() || 'genba';
  const file = (what: string) => safeFileName(`${base} - ${what}`, 'csv');
  const files: CsvDownload[] = [
    { label: msg('Results per strategy and market state'), fileName: file('results per strategy'), csv: () => launchResultsCsv(result.output, request.scenario) },
    { label: msg('Sweep of launch quantities'), fileName: file('sweep'), csv: () => sweepCsv(result, request) },
  ];
  if (storyReplication >= 0 && storyReplication < request.scenario.replications) {
    const n = storyReplication + 1;
    const market = formatWhole(n);
    files.push({ label: msg(str`Market ${market}'s story, month by month`), fileName: file(`market ${n} story`), csv: () => marketStoryCsv(request, storyReplication) });
  }
  return files;
}
