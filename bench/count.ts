/**
 * Instruction counts of the hot paths, under valgrind's callgrind: on a machine shared with
 * other jobs, seconds swing by 3× while instruction counts do not, so before/after
 * comparisons of a change use these. Runs bench/count-case.ts at two sizes and prints the
 * instructions per unit (flow line) or per replication (launch) of the difference, which
 * cancels start-up and compilation.
 *
 *   npx tsx bench/count.ts launch 0 20000 120000
 *   npx tsx bench/count.ts engine 1 20000 120000
 *   npx tsx bench/count.ts launch 0 20000 120000 /path/to/another/checkout   (its count-case.ts)
 *
 * Needs valgrind (apt-get install valgrind); each run takes 10–60 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [kind, batch, smallText, largeText, rootText] = process.argv.slice(2);
const small = Number(smallText);
const large = Number(largeText);
if (kind === undefined || batch === undefined || !(small > 0) || !(large > small)) {
  throw new Error('usage: tsx bench/count.ts <engine|reference|launch> <batch> <small size> <large size> [checkout]');
}
const root = resolve(rootText ?? '.');
const dir = mkdtempSync(join(tmpdir(), 'genba-count-'));

/** Instructions callgrind counted for one run of count-case.ts. */
function count(size: number): number {
  const run = spawnSync(
    'valgrind',
    ['--tool=callgrind', `--callgrind-out-file=${join(dir, `out.${size}`)}`, 'node', '--import', 'tsx', 'bench/count-case.ts', kind as string, batch as string, String(size)],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.error !== undefined) throw new Error(`count: valgrind did not start (${run.error.message}); install it with apt-get install valgrind`);
  const match = /Collected\s*:\s*(\d+)/.exec(run.stderr);
  if (run.status !== 0 || match === null) throw new Error(`count: the run of size ${size} failed:\n${run.stderr.slice(-2000)}`);
  return Number(match[1]);
}

try {
  const a = count(small);
  const b = count(large);
  const perUnit = (b - a) / (large - small);
  console.log(JSON.stringify({ bench: 'instructions', kind, batch: Number(batch), root, small, large, instructionsSmall: a, instructionsLarge: b, perUnit: Math.round(perUnit) }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
