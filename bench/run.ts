/**
 * `npm run bench`: the engine's speed on the reference cases of the issues, written to
 * docs/benchmarks.md with the machine and date. Speed targets live here, never in unit tests.
 *
 *   npm run bench             everything: engine and Monte Carlo (bench/engine.ts), then the
 *                             browser benchmarks on a fresh production build; rewrites the doc;
 *   npm run bench -- engine   only the engine and Monte Carlo benchmarks (under two minutes):
 *                             one JSON line per figure, and only their part of the doc;
 *   npm run bench -- growth   only how time and memory grow (bench/growth.ts), its part of the doc;
 *   npm run bench -- room     only the room service's load test (bench/room-load.ts), its part of the doc.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, availableParallelism, loadavg } from 'node:os';
import { ENGINE_VERSION } from '../src/sim/version.ts';
import { execFileSync } from 'node:child_process';
import { benchFlowFrameRate } from './flow-frame-rate.ts';
import { benchLaunchLongTasks } from './launch-long-tasks.ts';
import { benchInitialJs } from './initial-js.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchRoomLoad } from './room-load.ts';
import { ENGINE_END, ENGINE_START, engineMarkdown, runEngineBench, spliceSection } from './engine.ts';
import { ENGINE_PROFILE } from './engine-profile.ts';
import { GROWTH_END, GROWTH_START, growthMarkdown, runGrowthBench } from './growth.ts';

const DOC = new URL('../docs/benchmarks.md', import.meta.url);
const loadAverage = () => loadavg()[0] as number;

function machineName(): string {
  return `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

function headerLines(machine: string, what: string): string {
  return `Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}${what}.
Machine: ${machine}. Engine ${ENGINE_VERSION}.`;
}

/** Rewrites the header's date and machine lines and one section of the doc, keeping the rest. */
function updateDoc(machine: string, what: string, splice: (doc: string) => string): void {
  let doc = readFileSync(DOC, 'utf8');
  doc = doc.replace(/Written by `npm run bench`[^\n]*\nMachine: [^\n]*\n/, `${headerLines(machine, what)}\n`);
  writeFileSync(DOC, splice(doc));
  console.log('written to docs/benchmarks.md');
}

async function main() {
  const mode = process.argv[2] ?? 'all';
  if (!['all', 'engine', 'growth'].includes(mode)) throw new Error(`npm run bench: unknown part "${mode}" (allowed: engine, growth, or nothing for all)`);
  const machine = machineName();
  console.log(JSON.stringify({ bench: 'machine', machine, engineVersion: ENGINE_VERSION, loadAverage: loadAverage() }));

  if (mode === 'growth') {
    // `npm run bench -- growth --from <file>`: rebuild the section from a run's printed JSON lines.
    const from = process.argv[3] === '--from' ? readFileSync(process.argv[4] as string, 'utf8') : undefined;
    const growth = await runGrowthBench(from);
    updateDoc(machine, ' (growth only: `npm run bench -- growth`)', (doc) =>
      spliceSection(doc, GROWTH_START, GROWTH_END, growthMarkdown(growth), '## Browser benchmarks', '## Browser benchmarks'),
    );
    return;
  }

  const started = performance.now();
  const engine = await runEngineBench(loadAverage);
  const engineSection = engineMarkdown(engine, ENGINE_PROFILE);
  console.log(JSON.stringify({ bench: 'engine-seconds', seconds: Number(((performance.now() - started) / 1000).toFixed(1)) }));
  if (mode === 'engine') {
    updateDoc(machine, ' (engine and Monte Carlo only: `npm run bench -- engine`)', (doc) =>
      spliceSection(doc, ENGINE_START, ENGINE_END, engineSection, '## Flow line (Model A)', doc.includes(GROWTH_START) ? GROWTH_START : '## Browser benchmarks'),
    );
    return;
  }

  // The browser benchmarks run against a fresh production build.
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  const frames = await benchFlowFrameRate();
  console.log(`flow screen replay: ${frames.fps.toFixed(1)} fps, p95 frame ${frames.p95FrameMs.toFixed(1)} ms, ${frames.longTasks} long tasks`);
  const longTasks = await benchLaunchLongTasks();
  console.log(longTasks.markdown);
  const initialJs = await benchInitialJs();
  console.log(`first screen JavaScript: ${(initialJs.firstScreenGzipBytes / 1000).toFixed(1)} kB gzipped`);
  const lighthouse = await benchLighthouse();
  console.log(lighthouse.markdown);

  const room = await benchRoomLoad();
  console.log(room.markdown);

  // The growth section takes several minutes: kept as it was unless run on its own.
  const old = readFileSync(DOC, 'utf8');
  const gi = old.indexOf(GROWTH_START);
  const gj = old.indexOf(GROWTH_END);
  const growthSection = gi >= 0 && gj > gi ? `${old.slice(gi, gj + GROWTH_END.length)}\n\n` : '';
  const md = `# Benchmarks

${headerLines(machine, '')}
Other jobs may share the cores; figures are timed runs after a JIT warm-up.

${engineSection}

${growthSection}## Browser benchmarks

The production build, served locally, in headless Debian Chromium at 1280×720.

## Lesson 1 replay

${frames.browser}, headless, 1280×720, the production build. An order of 500 units through
five stations in transfer batches of 50 (the first delivery comes after about 250
minutes, so all 500 are on the floor at first), both lines replayed at 64× for 4 seconds
of real time: each animation frame rebuilds both lines' frames from the unit paths (one
binary search per unit) and redraws two canvases. Target: 60 fps, no long task over 50 ms.

| frames | seconds | frames per second | p95 frame interval | long tasks (> 50 ms) | longest | units on the floor at the end |
|---|---|---|---|---|---|---|
| ${frames.frames} | ${frames.seconds.toFixed(2)} | **${frames.fps.toFixed(1)}** | ${frames.p95FrameMs.toFixed(1)} ms | **${frames.longTasks}** | ${frames.longestTaskMs.toFixed(0)} ms | ${frames.unitsInFlight} |

Headless Chromium paces animation frames at 60 per second, so 60 is the ceiling here.

${longTasks.markdown}

${initialJs.markdown}

${lighthouse.markdown}

${room.markdown}`;
  writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), md);
  console.log('written to docs/benchmarks.md');
}

/**
 * `npm run bench -- room`: only the room service's load test; its section of
 * docs/benchmarks.md is replaced (or added at the end), the other sections stay as they are.
 */
async function mainRoom() {
  const room = await benchRoomLoad();
  console.log(room.markdown);
  const path = new URL('../docs/benchmarks.md', import.meta.url);
  const doc = readFileSync(path, 'utf8');
  const start = doc.indexOf('## Room service: load over WebSockets');
  const next = start < 0 ? -1 : doc.indexOf('\n## ', start + 1);
  const updated = start < 0 ? `${doc.trimEnd()}\n\n${room.markdown}` : `${doc.slice(0, start)}${room.markdown}${next < 0 ? '' : doc.slice(next)}`;
  writeFileSync(path, updated);
  console.log('room section written to docs/benchmarks.md');
}

if (process.argv.includes('room')) await mainRoom();
else await main();
