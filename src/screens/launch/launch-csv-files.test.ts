/** Lesson 3's CSV files: results per strategy and market state, the sweep, one market's story; each names the scenario and seed. */
import { describe, expect, it } from 'vitest';
import { formFromScenario, validateLaunchForm } from '../../lessons/launch/launch-form.ts';
import { runLesson } from '../../lessons/launch/lesson-run.ts';
import { marketStory } from '../../lessons/launch/market-story.ts';
import { seedCase } from '../../lessons/launch/test-fixtures.ts';
import { launchCsvFiles, STORY_HEADERS, SWEEP_HEADERS } from './launch-csv-files.ts';

const lines = (text: string) => text.split('\r\n').filter((l) => l !== '');

describe('launchCsvFiles', async () => {
  const scenario = { ...seedCase({ replications: 300, seed: 'csv' }), name: 'Launch, tested' };
  const v = validateLaunchForm(formFromScenario(scenario, { from: 0, to: 40000, step: 10000 }));
  if (!v.ok) throw new Error(v.issues.map((i) => i.message).join('\n'));
  const result = await runLesson(v, { executorsFor: () => null });
  const run = { kind: 'quantities', request: v, prediction: { earnsMore: null, losesMoreOften: null }, result } as const;

  it('offers the results, the sweep and the open market\'s story, with safe names', () => {
    const files = launchCsvFiles(run, 6);
    expect(files.map((f) => [f.label, f.fileName])).toEqual([
      ['Results per strategy and market state', 'Launch, tested - results per strategy.csv'],
      ['Sweep of launch quantities', 'Launch, tested - sweep.csv'],
      ["Market 7's story, month by month", 'Launch, tested - market 7 story.csv'],
    ]);
    expect(launchCsvFiles(run, 300)).toHaveLength(2);
  });

  it('writes each strategy\'s figures and each market state\'s, with the scenario and seed', () => {
    const rows = lines(launchCsvFiles(run, 0)[0]!.csv());
    expect(rows[0]).toBe('Genba export,Results per launch quantity');
    expect(rows).toContain('Scenario,"Launch, tested"');
    expect(rows).toContain('Seed,"""csv"""');
    expect(rows).toContain('Replications,300');
    expect(rows[11]).toMatch(/^q0,.*byState\.good\.profit\.mean/);
    expect(rows.slice(12).map((r) => r.split(',')[0])).toEqual(['500', '30000']);
  });

  it('writes the sweep, one row per launch quantity, with the best quantities in the note', () => {
    const rows = lines(launchCsvFiles(run, 0)[1]!.csv());
    expect(rows[0]).toBe('Genba export,Sweep of launch quantities');
    expect(rows).toContain('Seed,"""csv"""');
    expect(rows.find((r) => r.startsWith('Note,'))).toMatch(/newsvendor Q = [\d.]+; best Q0 by expected profit = \d+; best Q0 by CVaR 5% = \d+/);
    expect(rows[11]).toBe(SWEEP_HEADERS.join(','));
    expect(rows.slice(12).map((r) => Number(r.split(',')[0]))).toEqual(result.sweep.points.map((p) => p.q0));
  });

  it('writes one market month by month for both strategies, as the Monte Carlo counted it', () => {
    const rows = lines(launchCsvFiles(run, 6)[2]!.csv());
    expect(rows).toContain('Replication,6');
    expect(rows[11]).toBe(STORY_HEADERS.join(','));
    const story = marketStory(v.scenario, 6, 'launch', 30000);
    expect(rows.find((r) => r.startsWith('Note,'))).toContain(`Market 7 (replication 6) met a ""${story.state}"" market.`);
    const last = story.months[story.months.length - 1]!;
    expect(rows).toContain(`Launch 30000,30000,${last.month},${last.demand},${last.sales},${last.lostSales},${last.production},${last.stock},${last.cash}`.replace('Launch 30000', '"Launch 30,000"'));
    expect(rows.slice(12)).toHaveLength(2 * v.scenario.horizon);
  });
});

describe('launchCsvFiles for strategies', async () => {
  const { readFileSync } = await import('node:fs');
  const { parseScenarioText } = await import('../../scenario/index.ts');
  const { runStrategyLesson } = await import('../../lessons/launch/strategy-run.ts');
  const parsed = parseScenarioText(readFileSync('public/scenarios/launch-ohno-question.json', 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'launch' || parsed.scenario.strategies === undefined) throw new Error('not a strategies case');
  const scenario = { ...parsed.scenario, replications: 200 };
  const v = validateLaunchForm(formFromScenario(scenario, { from: 0, to: 1, step: 1 }));
  if (!v.ok) throw new Error('invalid');
  const result = await runStrategyLesson({ scenario, pair: { first: 0, second: 1 } }, { executorsFor: () => null });
  const run = { kind: 'strategies', request: v, scenario, prediction: { earnsMore: null, losesMoreOften: null }, result } as const;

  it('offers the results per strategy, the commitment length and the open market, named by the strategies', () => {
    const files = launchCsvFiles(run, 3);
    expect(files.map((f) => f.label)).toEqual(['Results per strategy and market state', 'Commitment length', "Market 4's story, month by month"]);
    expect(files.map((f) => f.fileName.slice(f.fileName.lastIndexOf(' - ')))).toEqual([' - results per strategy.csv', ' - commitment length.csv', ' - market 4 story.csv']);
    const results = lines(files[0]!.csv());
    expect(results[0]).toBe('Genba export,Results per strategy');
    expect(results.slice(12).map((r) => r.split(',')[0])).toEqual(['pilot', 'forecast']);
    const commitment = lines(files[1]!.csv());
    expect(commitment.slice(12).map((r) => Number(r.split(',')[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const story = lines(files[2]!.csv());
    expect(story.slice(12)).toHaveLength(24);
    expect(story.slice(12).map((r) => r.split(',')[0])).toEqual([...Array(12).fill('pilot'), ...Array(12).fill('forecast')]);
  });
});
