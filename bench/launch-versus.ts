/**
 * The launch Monte Carlo of this checkout against another one's (e.g. a clone of main with
 * node_modules symlinked from here), in one process, round by round alternating which goes
 * first, so that load from other jobs hits both alike. Both must give the same result to
 * the byte; the rates are of wall-clock and of this process's CPU time.
 *
 *   npx tsx bench/launch-versus.ts /tmp/genba-main [replications = 100000] [rounds = 9]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spreadOf } from './engine.ts';

interface Side {
  readonly name: string;
  readonly run: () => unknown;
  readonly wall: number[];
  readonly cpu: number[];
}

const [otherText, replicationsText, roundsText] = process.argv.slice(2);
if (otherText === undefined) throw new Error('usage: tsx bench/launch-versus.ts <other checkout> [replications] [rounds]');
const replications = Number(replicationsText ?? 100_000);
const rounds = Number(roundsText ?? 9);

async function side(name: string, root: string): Promise<Side> {
  const at = (path: string) => pathToFileURL(resolve(root, path)).href;
  const { createLaunchMonteCarlo } = await import(at('src/sim/launch/monte-carlo.ts'));
  const { runMonteCarloSync } = await import(at('src/sim/mc/runner.ts'));
  const { launchPreset } = await import(at('bench/engine.ts'));
  const scenario = launchPreset('launch-seed-case.json', replications);
  const model = createLaunchMonteCarlo(scenario);
  return { name, run: () => runMonteCarloSync(model, replications), wall: [], cpu: [] };
}

const sides = [await side('this checkout', '.'), await side(otherText, otherText)];
for (const s of sides) s.run(); // warm-up
const results = sides.map((s) => JSON.stringify(s.run()));
if (results[0] !== results[1]) throw new Error('launch-versus: the two checkouts give different results');
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? sides : [...sides].reverse();
  for (const s of order) {
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    s.run();
    const wall = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpu0);
    s.wall.push(replications / wall);
    s.cpu.push(replications / ((cpu.user + cpu.system) / 1e6));
  }
}
for (const s of sides) {
  const wall = spreadOf(s.wall);
  const cpu = spreadOf(s.cpu);
  console.log(
    JSON.stringify({
      bench: 'launch-versus',
      checkout: s.name,
      replications,
      rounds,
      replicationsPerSecond: Math.round(wall.median),
      min: Math.round(wall.min),
      max: Math.round(wall.max),
      replicationsPerCpuSecond: Math.round(cpu.median),
      cpuMin: Math.round(cpu.min),
      cpuMax: Math.round(cpu.max),
    }),
  );
}
