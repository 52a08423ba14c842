/**
 * The `genba` command line: runs a scenario file and prints its results.
 *
 *   genba run <file.json | -> [--seed S] [--replications N] [--format json|table] [--workers N]
 *   genba validate <file.json | ->
 *
 * Exit codes: 0 success, 2 invalid input (messages on stderr), 1 anything else.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { MAX_SCENARIO_BYTES, parseScenario, parseScenarioText } from '../scenario/index.ts';
import type { ParseResult, Scenario } from '../scenario/types.ts';
import { runScenario, runScenarioSync, type ScenarioOutput } from '../sim/run-scenario.ts';
import { formatTable } from './format-table.ts';
import { createNodeWorkerPool, defaultWorkerCount, MAX_WORKERS } from './node-workers.ts';
import { serve, SERVE_USAGE, ServeUsageError } from './serve.ts';

const USAGE = `usage:
  genba run <file.json | -> [options]   run a scenario and print its results
  genba validate <file.json | ->        check a scenario file
  genba serve [--port N] [--data DIR]   serve the app and live rooms (see genba serve --help)

options (run):
  --seed S              override the scenario's seed
  --replications N      override the number of replications
  --format json|table   output format (default json)
  --workers N           worker threads for the Monte Carlo (default: cores, at most ${MAX_WORKERS}; 1 = this thread)
  --per-replication     flow line: also list every replication's figures
  -h, --help            this help`;

class UsageError extends Error {}

/**
 * Reads the file or standard input. Standard input stops being kept one byte past the
 * limit: that is enough for the validator to refuse it with its own message.
 */
async function readInput(path: string): Promise<string> {
  if (path !== '-') return readFile(path, 'utf8');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_SCENARIO_BYTES) break;
  }
  return Buffer.concat(chunks).toString('utf8');
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
    const n = Number(values.replications);
    overrides.replications = values.replications.trim() !== '' && Number.isFinite(n) ? n : values.replications;
  }
  return overrides;
}

async function run(scenario: Scenario, workers: number, perReplication: boolean): Promise<ScenarioOutput> {
  if (workers <= 1 || scenario.replications < 2) return runScenarioSync(scenario, { perReplication });
  const pool = createNodeWorkerPool(Math.min(workers, scenario.replications));
  try {
    return await runScenario(scenario, pool.executorsFor(scenario), { perReplication });
  } finally {
    pool.terminate();
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
  let workers = defaultWorkerCount();
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
      throw new UsageError(`--workers: "${values.workers}" is not allowed, must be a whole number from 1 to 64`);
    }
  }

  let text: string;
  try {
    text = await readInput(file);
  } catch (error) {
    process.stderr.write(`genba: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 2;
  }
  const result = parseWithOverrides(text, overridesFrom(values));
  if (!result.ok) {
    process.stderr.write(`genba: ${file} is not a valid scenario (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}):\n`);
    for (const issue of result.issues) process.stderr.write(`  ${issue.message}\n`);
    return 2;
  }
  if (command === 'validate') {
    process.stdout.write(`${file}: a valid ${result.scenario.model} scenario\n`);
    return 0;
  }
  const output = await run(result.scenario, workers, values['per-replication'] ?? false);
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
      process.stderr.write(`genba: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
