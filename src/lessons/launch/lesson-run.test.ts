import { describe, expect, it } from 'vitest';
import { runScenarioSync } from '../../sim/run-scenario.ts';
import { validateLaunchForm, formFromScenario } from './launch-form.ts';
import { overallFraction, runLesson, type LessonProgress, type StrategiesView } from './lesson-run.ts';
import type { SweepView } from './sweep-series.ts';
import { seedCase } from './test-fixtures.ts';

function request(replications: number) {
  const scenario = seedCase({
    replications,
    seed: 'lesson',
    spec: { market: { states: [{ name: 'good', probability: 0.5, level: 30000 }, { name: 'bad', probability: 0.5, level: 500 }], demandCV: 0.3 }, rampUp: 1 },
  });
  const v = validateLaunchForm(formFromScenario(scenario, { from: 0, to: 40000, step: 10000 }));
  if (!v.ok) throw new Error(v.issues.map((i) => i.message).join('\n'));
  return v;
}

describe('a run of the lesson', () => {
  it('weighs progress by each phase’s cost per replication', () => {
    // Strategies: 2 + 0.75 × 2 = 3.5 per replication; a sweep of 6: 2 + 0.75 × 6 = 6.5.
    expect(overallFraction('strategies', 50, 100, 2, 6)).toBeCloseTo((3.5 * 50) / (10 * 100), 12);
    expect(overallFraction('sweep', 0, 100, 2, 6)).toBeCloseTo(0.35, 12);
    expect(overallFraction('sweep', 100, 100, 2, 6)).toBe(1);
  });

  it('gives the CLI’s output for the strategies, the sweep on the same markets, and partial views on the way', async () => {
    const v = request(600);
    const progress: LessonProgress[] = [];
    const partialStrategies: StrategiesView[] = [];
    const partialSweeps: SweepView[] = [];
    const result = await runLesson(v, {
      executorsFor: () => null,
      onProgress: (p) => progress.push(p),
      onStrategies: (s) => partialStrategies.push(s),
      onSweep: (s) => partialSweeps.push(s),
    });
    expect(JSON.stringify(result.output)).toBe(JSON.stringify(runScenarioSync(v.scenario)));

    const { launch, pilot } = result.strategies;
    expect([launch.q0, pilot.q0]).toEqual([30000, 500]);
    expect(launch.result).toEqual(result.output.results[1]);
    expect(pilot.result).toEqual(result.output.results[0]);
    expect(launch.counts.reduce((a, b) => a + b)).toBe(600);
    expect(pilot.counts.reduce((a, b) => a + b)).toBe(600);
    expect(result.strategies.edges.length).toBe(launch.counts.length + 1);
    expect(result.strategies.partial).toBe(false);

    // The sweep's points at the strategies' quantities are the strategies' own figures (same markets).
    for (const s of [launch, pilot]) {
      const point = result.sweep.points.find((p) => p.q0 === s.q0)!;
      expect([point.meanProfit, point.probLoss, point.cvar5]).toEqual([s.result.profit.mean, s.result.probLoss, s.result.cvar5]);
    }
    expect(result.sweep.points.map((p) => p.q0)).toEqual([0, 500, 10000, 20000, 30000, 40000]);
    expect(result.sweep.best).not.toBeNull();

    // Partial views: increasing, partial, and never the last (the final view comes from the run's result).
    expect(partialStrategies.length).toBeGreaterThan(5);
    expect(partialStrategies.every((s, i) => s.partial && s.done < 600 && (i === 0 || s.done > partialStrategies[i - 1]!.done))).toBe(true);
    expect(partialSweeps.every((s) => s.best === null && s.points.every((p) => p.cvar5 === null))).toBe(true);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1]!)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ phase: 'sweep', done: 600, fraction: 1 });
  });

  it('throttles partial views and progress with the given clock', async () => {
    const v = request(1000);
    let now = 0;
    const views: number[] = [];
    const progress: number[] = [];
    await runLesson(v, {
      executorsFor: () => null,
      clock: () => (now += 30),
      partialInterval: 250,
      progressInterval: 100,
      onStrategies: (s) => views.push(s.done),
      onProgress: (p) => p.phase === 'strategies' && progress.push(p.done),
    });
    // 100 chunks of 10. Per chunk the clock is read for progress (+30) then for the partial
    // view (+30): views at chunks 1, 6, 11, … 96 (every 300 ≥ 250), the last chunk's view
    // left to the final result; progress at chunks 1, 3, … 99 (every 120 ≥ 100) and at the end.
    expect(views).toEqual(Array.from({ length: 20 }, (_, k) => 10 + k * 50));
    expect(progress).toHaveLength(51);
    expect(progress.at(-1)).toBe(1000);
  });

  it('rejects with an AbortError when cancelled', async () => {
    const v = request(100_000);
    const controller = new AbortController();
    const run = runLesson(v, { executorsFor: () => null, signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});
