/**
 * The `genba` command as a user runs it: through bin/genba.js, in a child process.
 * Exit 0 and the core's JSON on success; exit 2 and every problem on stderr for bad input.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../../src/scenario/index.ts';
import { runScenarioSync } from '../../src/sim/run-scenario.ts';

function genba(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['bin/genba.js', ...args], { timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

const penny = 'public/scenarios/penny-game-batch-5.json';

describe('genba run', () => {
  it('prints the same JSON as the core, and the README example figures', async () => {
    const { code, stdout, stderr } = await genba(['run', penny]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const parsed = parseScenarioText(readFileSync(penny, 'utf8'));
    if (!parsed.ok) throw new Error('preset invalid');
    expect(stdout).toBe(`${JSON.stringify(runScenarioSync(parsed.scenario), null, 2)}\n`);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ engineVersion: expect.any(String), rng: 'seedrandom.alea', seed: 'penny', makespan: 35, firstDelivery: 20 });
  });

  it('--seed and --replications override the file; figures become {mean, ci95}', async () => {
    const { code, stdout } = await genba(['run', 'public/scenarios/handling-makes-batches-slower.json', '--seed', '7', '--replications', '3', '--workers', '2']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.seed).toBe(7);
    expect(result.replications).toBe(3);
    expect(result.throughput).toEqual({ mean: expect.any(Number), ci95: expect.any(Number) });
  });

  it('reads the scenario from standard input with -', async () => {
    const { code, stdout } = await genba(['run', '-'], readFileSync(penny, 'utf8'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).makespan).toBe(35);
  });

  it('prints a table with --format table', async () => {
    const { code, stdout } = await genba(['run', 'public/scenarios/launch-seed-case.json', '--format', 'table', '--replications', '2000']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/launch Q0 +profit mean/);
    expect(stdout).toMatch(/newsvendor quantity/);
  });

  it('exits 2 with every problem on stderr for an invalid scenario (the README example)', async () => {
    const bad = JSON.stringify({
      version: 1,
      model: 'flow-line',
      seed: 1,
      stations: [{ name: 'A', processTime: { dist: 'exponential', mean: -3 } }],
      transferBatch: 0,
      release: { mode: 'order', quantity: 5 },
    });
    const { code, stdout, stderr } = await genba(['run', '-'], bad);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('stations[0].processTime.mean: -3 is not allowed, must be > 0');
    expect(stderr).toContain('transferBatch: 0 is not allowed, must be ≥ 1');
    const readme = readFileSync('README.md', 'utf8');
    for (const line of stderr.trim().split('\n').slice(1)) expect(readme).toContain(line.trim());
  });

  it('exits 2 for a bad override, a missing file, bad JSON and unknown options', async () => {
    expect((await genba(['run', penny, '--replications', '0'])).stderr).toContain('replications: 0 is not allowed');
    expect((await genba(['run', 'no-such-file.json'])).code).toBe(2);
    const badJson = await genba(['run', '-'], '{"version": 1,');
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toContain('(file)');
    const unknown = await genba(['run', penny, '--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('usage:');
  });

  it('runs the version-2 fields: process batch, WIP cap, buffers, unit value; flow time, backlog and blocked time in JSON and table', async () => {
    const scenario = JSON.stringify({
      version: 1,
      model: 'flow-line',
      seed: 'v2',
      stations: [
        { name: 'A', processTime: 1, setupTime: 2 },
        { name: 'B', processTime: 2, buffer: 1 },
      ],
      transferBatch: 1,
      processBatch: 5,
      unitValue: 10,
      release: { mode: 'order', quantity: 10, wipCap: 3 },
    });
    const { code, stdout, stderr } = await genba(['run', '-'], scenario);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    // The first unit reaches B at 3 (setup 2 + 1) and B needs 2 a unit: 3 + 10·2 = 23 is the
    // least possible makespan, reached when the cap of 3 and the buffer of 1 keep B fed
    // through A's second setup (one per 5 units).
    expect(result.makespan).toBe(23);
    expect(result.flowTime).toMatchObject({ max: expect.any(Number) });
    expect(result.wipValue.max).toBe(30);
    expect(result.stations[0].blocked).toBeGreaterThan(0);
    const table = await genba(['run', '-', '--format', 'table'], scenario);
    expect(table.stdout).toMatch(/flow time mean \(minute\)/);
    expect(table.stdout).toMatch(/WIP value mean \/ max/);
    expect(table.stdout).toMatch(/starved +blocked/);
  });

  it('exits 2 naming each invalid version-2 field: a cap or a buffer below the transfer batch, a buffer on station 1, a negative unit value', async () => {
    const bad = JSON.stringify({
      version: 1,
      model: 'flow-line',
      seed: 1,
      stations: [
        { name: 'A', processTime: 1, buffer: 4 },
        { name: 'B', processTime: 1, buffer: 2 },
      ],
      transferBatch: 5,
      processBatch: 0,
      unitValue: -1,
      release: { mode: 'flow', interarrival: 1, horizon: 100, wipCap: 3 },
    });
    const { code, stdout, stderr } = await genba(['run', '-'], bad);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('release.wipCap: 3 is not allowed, must be ≥ transferBatch (5)');
    expect(stderr).toContain('stations[1].buffer: 2 is not allowed, must be ≥ transferBatch (5)');
    expect(stderr).toContain('stations[0].buffer: 4 is not allowed, must be left out');
    expect(stderr).toContain('processBatch: 0 is not allowed, must be ≥ 1');
    expect(stderr).toContain('unitValue: -1 is not allowed, must be ≥ 0');
  });

  it('genba validate says whether a file is valid', async () => {
    const ok = await genba(['validate', penny]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('a valid flow-line scenario');
  });

  it('runs the launch strategies preset: one result per strategy, named, in the order given', async () => {
    const file = 'public/scenarios/launch-ohno-question.json';
    const { code, stdout, stderr } = await genba(['run', file, '--replications', '2000']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.results.map((r: { strategy: string }) => r.strategy)).toEqual(['pilot', 'forecast']);
    expect(result.results[0]).not.toHaveProperty('q0');
    expect(result.results[1]).toMatchObject({ fixedCost: { mean: 0 }, byState: { good: { fixedCost: { mean: 0 } } } });
    expect(result.best).toEqual({ byExpectedProfit: expect.any(String), byCvar5: expect.any(String) });
    const table = await genba(['run', file, '--replications', '2000', '--format', 'table']);
    expect(table.stdout).toMatch(/^strategy +profit mean/m);
    expect(table.stdout).toContain('best strategy by expected profit: pilot');
  });

  it('exits 2 naming each bad strategy field', async () => {
    const scenario = JSON.parse(readFileSync('public/scenarios/launch-ohno-question.json', 'utf8'));
    scenario.strategies = [
      { name: 'pilot', initial: 500 },
      { name: 'pilot', initial: 0, commit: { rate: 50000, periods: 3 }, fixedCost: -1 },
    ];
    scenario.safetyFactor = -0.5;
    const { code, stdout, stderr } = await genba(['run', '-'], JSON.stringify(scenario));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('safetyFactor: -0.5 is not allowed, must be ≥ 0');
    expect(stderr).toContain('strategies[1].name: "pilot" is not allowed, must be unique (strategies[0].name is the same)');
    expect(stderr).toContain('strategies[1].commit.rate: 50000 is not allowed, must be ≤ capacity (40,000)');
    expect(stderr).toContain('strategies[1].fixedCost: -1 is not allowed, must be ≥ 0');
  });
});
