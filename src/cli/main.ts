/**
 * The `genba` command line: runs a scenario file and prints its results.
 *
 *   genba run <file.json | -> [--seed S] [--replications N] [--format json|table] [--workers N]
 *   genba validate <file.json | ->
 *
 * Exit codes: 0 success, 2 invalid input (messages on stderr), 1 anything else.
 */
import { parseArgs } from 'node:util';
import { MAX_SCENARIO_BYTES, parseScenario, parseScenarioText, tooLargeFile } from '../scenario/index.ts';
import type { ParseResult, Scenario } from '../scenario/types.ts';
import { runScenario, runScenarioSync, type ScenarioOutput } from '../sim/run-scenario.ts';
import { formatTable } from './format-table.ts';
import { withLeadTimeShape } from './output-shape.ts';
import { progressReporter } from './progress.ts';
import { readScenarioInput } from './read-input.ts';
import { createNodeWorkerPool, defaultWorkerCount, MAX_WORKERS } from './node-workers.ts';
import { serve, SERVE_USAGE, ServeUsageError } from './serve.ts';

const USAGE = `usage:
  genba run <file.json | -> [options]   run a scenario and print its results
  genba validate <file.json | ->        check a scenario file
  genba serve [--port N] [--data DIR]   serve the app and live rooms (see genba serve --help)

options (run):
  --seed S              override the scenario's seed
  --replications N      override the number of replications (decimal digits, e.g. 1000)
  --format json|table   output format (default json)
  --workers N           worker threads for the Monte Carlo (default: cores, at most ${MAX_WORKERS}; 1 = this thread)
  --per-replication     flow line: also list every replication's figures
  -h, --help            this help`;

class UsageError extends Error {}

/** A count as typed on the command line: decimal digits only (no `0x10`, `1e3`, `+3`, `3.0`). */
const DECIMAL = /^[0-9]+$/;

function countOption(name: string, text: string, min: number, max: number): number {
  const n = DECIMAL.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max)) {
    throw new UsageError(`--${name}: "${text}" is not allowed, must be a whole number from ${min} to ${max.toLocaleString('en-US')} written in decimal digits`);
  }
  return n;
}

/** Parses the text, with command-line overrides applied before validation so they get the same messages. */
function parseWithOverrides(text: string, overrides: Record<string, unknown>): ParseResult {
  if (Object.keys(overrides).length === 0 || Buffer.byteLength(text) > MAX_SCENARIO_BYTES) return parseScenarioText(text);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return parseScenarioText(text); // reports where the JSON breaks
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return parseScenarioText(text);
  return parseScenario({ ...(raw as Record<string, unknown>), ...overrides });
}

function overridesFrom(values: { seed?: string; replications?: string }): Record<string, unknown> {
  const overrides: Record<string, unknown> = {};
  if (values.seed !== undefined) overrides.seed = /^-?\d{1,15}$/.test(values.seed) ? Number(values.seed) : values.seed;
  if (values.replications !== undefined) {
    // Only plain decimal digits are a count; the validator then checks the range (and names the field).
    if (!DECIMAL.test(values.replications)) {
      throw new UsageError(`--replications: "${values.replications}" is not allowed, must be a whole number written in decimal digits (e.g. 1000)`);
    }
    overrides.replications = Number(values.replications);
  }
  return overrides;
}

async function run(scenario: Scenario, workers: number, perReplication: boolean): Promise<ScenarioOutput> {
  // Progress goes to a terminal only: piped or redirected stderr stays clean.
  const progress = process.stderr.isTTY === true ? progressReporter(process.stderr, () => Date.now()) : null;
  try {
    if (scenario.replications < 2 || (workers <= 1 && progress === null)) return runScenarioSync(scenario, { perReplication });
    if (workers <= 1) return await runScenario(scenario, null, { perReplication, onProgress: progress?.update });
    const pool = createNodeWorkerPool(Math.min(workers, scenario.replications));
    try {
      return await runScenario(scenario, pool.executorsFor(scenario), { perReplication, onProgress: progress?.update });
    } finally {
      pool.terminate();
    }
  } finally {
    progress?.end();
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'serve') return serve(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        seed: { type: 'string' },
        replications: { type: 'string' },
        format: { type: 'string', default: 'json' },
        workers: { type: 'string' },
        'per-replication': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [command, file, ...extra] = positionals;
  if ((command !== 'run' && command !== 'validate') || file === undefined || extra.length > 0) {
    throw new UsageError(command === undefined ? 'no command given' : `cannot understand: ${positionals.join(' ')}`);
  }
  if (values.format !== 'json' && values.format !== 'table') {
    throw new UsageError(`--format: "${values.format}" is not allowed, must be json or table`);
  }
  const workers = values.workers === undefined ? defaultWorkerCount() : countOption('workers', values.workers, 1, MAX_WORKERS);
  const overrides = overridesFrom(values);

  let input;
  try {
    input = await readScenarioInput(file, MAX_SCENARIO_BYTES);
  } catch (error) {
    process.stderr.write(`genba: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 2;
  }
  const result = input.ok ? parseWithOverrides(input.text, overrides) : tooLargeFile();
  if (!result.ok) {
    process.stderr.write(`genba: ${file} is not a valid scenario (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}):\n`);
    for (const issue of result.issues) process.stderr.write(`  ${issue.message}\n`);
    return 2;
  }
  if (command === 'validate') {
    process.stdout.write(`${file}: a valid ${result.scenario.model} scenario\n`);
    return 0;
  }
  const output = withLeadTimeShape(await run(result.scenario, workers, values['per-replication'] ?? false));
  process.stdout.write(values.format === 'table' ? formatTable(output) : `${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ServeUsageError) {
      process.stderr.write(`genba: ${error.message}\n\n${SERVE_USAGE}\n`);
      process.exitCode = 2;
    } else if (error instanceof UsageError) {
      process.stderr.write(`genba: ${error.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`genba: the run failed, no result: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
