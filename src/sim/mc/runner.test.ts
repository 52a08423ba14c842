/**
 * QUALITY R2: a Monte Carlo result is byte-identical for any number of executors, any
 * chunk size, any order chunks finish in, and for worker threads; cancelling rejects.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../../scenario/index.ts';
import type { Scenario } from '../../scenario/types.ts';
import { createMonteCarloModel } from '../models.ts';
import { runScenario, runScenarioSync } from '../run-scenario.ts';
import { createStream } from '../rng/stream.ts';
import { inThreadExecutor, runMonteCarlo, runMonteCarloSync, type ChunkExecutor } from './runner.ts';
import { createNodeWorkerPool } from '../../cli/node-workers.ts';
import type { WorkerPool } from './pool.ts';

function scenario(file: string, overrides: Record<string, unknown> = {}): Scenario {
  const parsed = parseScenarioText(JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), ...overrides }));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return parsed.scenario;
}

const launch = scenario('public/scenarios/launch-seed-case.json', { replications: 3000 });
const line = scenario('test/golden/cases/flow-drift-batch-20.json', { replications: 12 });
const strategies = scenario('public/scenarios/launch-forecast-line-fixed-cost.json', { replications: 3000 });

/** Executors that finish chunks in a scrambled order (a seeded delay per chunk). */
function scrambledExecutors(s: Scenario, count: number): ChunkExecutor<unknown>[] {
  const model = createMonteCarloModel(s);
  const delays = createStream('scramble', count, 'delay');
  return Array.from({ length: count }, () => ({
    run: (from: number, to: number) =>
      new Promise((resolve) => setTimeout(() => resolve(model.runChunk(from, to)), Math.floor(delays.next() * 5))),
  }));
}

describe.each([
  ['launch', launch],
  ['flow line', line],
])('%s Monte Carlo', (_name, s) => {
  const reference = JSON.stringify(runScenarioSync(s));

  it('same result twice in a row', () => {
    expect(JSON.stringify(runScenarioSync(s))).toBe(reference);
  });

  it.each([1, 7, 1000])('same result with chunk size %i as in one chunk', (chunk) => {
    const whole = JSON.stringify(runMonteCarloSync(createMonteCarloModel(s), s.replications, s.replications));
    expect(JSON.stringify(runMonteCarloSync(createMonteCarloModel(s), s.replications, chunk))).toBe(whole);
  });

  it.each([1, 2, 4])('same result on %i executors finishing in scrambled order', async (count) => {
    const result = await runScenario(s, scrambledExecutors(s, count), { chunkSize: 7 });
    expect(JSON.stringify(result)).toBe(reference);
  });
});

describe('worker threads', () => {
  const pools: WorkerPool[] = [];
  afterAll(() => pools.forEach((p) => p.terminate()));

  it.each([1, 2, 4])('launch result on %i worker threads equals this thread’s', async (workers) => {
    const pool = createNodeWorkerPool(workers);
    pools.push(pool);
    const result = await runScenario(launch, pool.executorsFor(launch), { chunkSize: 250 });
    expect(JSON.stringify(result)).toBe(JSON.stringify(runScenarioSync(launch)));
  });

  it.each([1, 2, 4])('launch strategies result on %i worker threads equals this thread’s, byte for byte', async (workers) => {
    const pool = createNodeWorkerPool(workers);
    pools.push(pool);
    const result = await runScenario(strategies, pool.executorsFor(strategies), { chunkSize: 250 });
    expect(JSON.stringify(result)).toBe(JSON.stringify(runScenarioSync(strategies)));
  });
});

describe('progress and cancellation', () => {
  it('reports progress that never decreases and ends at the total', async () => {
    const model = createMonteCarloModel(launch);
    const seen: number[] = [];
    await runMonteCarlo(model, [inThreadExecutor(model)], 1000, { chunkSize: 100, onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  });

  it('rejects with an AbortError soon after cancel and returns no partial result', async () => {
    const model = createMonteCarloModel(scenario('public/scenarios/launch-seed-case.json', { replications: 1_000_000 }));
    const controller = new AbortController();
    const run = runMonteCarlo(model, [inThreadExecutor(model)], 1_000_000, { chunkSize: 500, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('an already-aborted signal runs nothing', async () => {
    const model = createMonteCarloModel(launch);
    let chunks = 0;
    const counting: ChunkExecutor<unknown> = { run: async (f, t) => (chunks++, model.runChunk(f, t)) };
    const controller = new AbortController();
    controller.abort();
    await expect(runMonteCarlo(model, [counting], 100, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(chunks).toBe(0);
  });
});

describe('partial results (onPartial)', () => {
  it('gives the merged summary after each merge, done increasing, without changing the result', async () => {
    const model = createMonteCarloModel(launch);
    const seen: { done: number; replications: number; mean: number }[] = [];
    const result = await runMonteCarlo(model, scrambledExecutors(launch, 3), launch.replications, {
      chunkSize: 250,
      onPartial: (summary, done) => {
        // A reader that finalizes every partial summary, as a chart does.
        const partial = model.finalize(summary, done) as { results: { profit: { mean: number } }[] };
        seen.push({ done, replications: (summary as { replications: number }).replications, mean: partial.results[0]!.profit.mean });
      },
    });
    expect(JSON.stringify({ ...(result as object) })).toBe(JSON.stringify(runMonteCarloSync(createMonteCarloModel(launch), launch.replications)));
    expect(seen.map((s) => s.done)).toEqual(Array.from({ length: 12 }, (_, k) => (k + 1) * 250));
    expect(seen.every((s) => s.replications === s.done)).toBe(true);
    expect(seen.at(-1)!.mean).toBe((result as { results: { profit: { mean: number } }[] }).results[0]!.profit.mean);
  });

  it('is throttled by the caller’s clock, and the last call is never skipped', async () => {
    const model = createMonteCarloModel(launch);
    let now = 0;
    const calls: number[] = [];
    await runMonteCarlo(model, [inThreadExecutor(model)], 1000, {
      chunkSize: 100,
      clock: () => (now += 40), // each merge is 40 time units after the last
      partialInterval: 100,
      onPartial: (_summary, done) => calls.push(done),
    });
    // Clock at merges: 40, 80, …; calls at 40 (first), 160, 280, … and always at the end.
    expect(calls).toEqual([100, 400, 700, 1000]);
  });

  it('runs no onPartial after a cancel', async () => {
    const model = createMonteCarloModel(launch);
    const controller = new AbortController();
    const calls: number[] = [];
    const run = runMonteCarlo(model, [inThreadExecutor(model)], 3000, {
      chunkSize: 100,
      signal: controller.signal,
      onPartial: (_s, done) => {
        calls.push(done);
        if (done === 300) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toEqual([100, 200, 300]);
  });
});
