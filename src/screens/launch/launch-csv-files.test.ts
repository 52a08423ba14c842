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

  it('offers the results, the sweep and the open market\'s story, with safe names', () => {
    const files = launchCsvFiles(result, v, 6);
    expect(files.map((f) => [f.label, f.fileName])).toEqual([
      ['Results per strategy and market state', 'Launch, tested - results per strategy.csv'],
      ['Sweep of launch quantities', 'Launch, tested - sweep.csv'],
      ["Market 7's story, month by month", 'Launch, tested - market 7 story.csv'],
    ]);
    expect(launchCsvFiles(result, v, 300)).toHaveLength(2);
  });

  it('writes each strategy\'s figures and each market state\'s, with the scenario and seed', () => {
    const rows = lines(launchCsvFiles(result, v, 0)[0]!.csv());
    expect(rows[0]).toBe('Genba export,Results per launch quantity');
    expect(rows).toContain('Scenario,"Launch, tested"');
    expect(rows).toContain('Seed,"""csv"""');
    expect(rows).toContain('Replications,300');
    expect(rows[11]).toMatch(/^q0,.*byState\.good\.profit\.mean/);
    expect(rows.slice(12).map((r) => r.split(',')[0])).toEqual(['500', '30000']);
  });

  it('writes the sweep, one row per launch quantity, with the best quantities in the note', () => {
    const rows = lines(launchCsvFiles(result, v, 0)[1]!.csv());
    expect(rows[0]).toBe('Genba export,Sweep of launch quantities');
    expect(rows).toContain('Seed,"""csv"""');
    expect(rows.find((r) => r.startsWith('Note,'))).toMatch(/newsvendor Q = [\d.]+; best Q0 by expected profit = \d+; best Q0 by CVaR 5% = \d+/);
    expect(rows[11]).toBe(SWEEP_HEADERS.join(','));
    expect(rows.slice(12).map((r) => Number(r.split(',')[0]))).toEqual(result.sweep.points.map((p) => p.q0));
  });

  it('writes one market month by month for both strategies, as the Monte Carlo counted it', () => {
    const rows = lines(launchCsvFiles(result, v, 6)[2]!.csv());
    expect(rows).toContain('Replication,6');
    expect(rows[11]).toBe(STORY_HEADERS.join(','));
    const story = marketStory(v.scenario, 6, 'launch', 30000);
    expect(rows.find((r) => r.startsWith('Note,'))).toContain(`Market 7 (replication 6) met a ""${story.state}"" market.`);
    const last = story.months[story.months.length - 1]!;
    expect(rows).toContain(`Launch 30000,30000,${last.month},${last.demand},${last.sales},${last.lostSales},${last.production},${last.stock},${last.cash}`.replace('Launch 30000', '"Launch 30,000"'));
    expect(rows.slice(12)).toHaveLength(2 * v.scenario.horizon);
  });
});
