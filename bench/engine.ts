/**
 * The engine and Monte Carlo benchmarks (`npm run bench -- engine`, and the first part of
 * `npm run bench`): the flow line beside the hand-written reference loop of the same model
 * (bench/reference-flow-line.ts), measured in the same run and interleaved round by round so
 * that load from other jobs hits both alike; the launch Monte Carlo on one core and on
 * worker threads. Each figure prints one JSON line (issue 18) and goes into its section of
 * docs/benchmarks.md.
 */
import { readFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { availableParallelism } from 'node:os';
import { performance as nodePerformance } from 'node:perf_hooks';
import { simulateFlowLine } from '../src/sim/line/flow-line.ts';
import type { FlowLineSpec } from '../src/sim/line/types.ts';
import { createLaunchMonteCarlo } from '../src/sim/launch/monte-carlo.ts';
import { runMonteCarloSync, runMonteCarlo } from '../src/sim/mc/runner.ts';
import type { LaunchScenario } from '../src/scenario/types.ts';
import { parseScenarioText } from '../src/scenario/index.ts';
import { createNodeWorkerPool } from '../src/cli/node-workers.ts';
import { referenceFlowLine } from './reference-flow-line.ts';

export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export function spreadOf(xs: readonly number[]): Spread {
  const sorted = [...xs].sort((a, b) => a - b);
  return { min: sorted[0] as number, median: sorted[Math.floor(sorted.length / 2)] as number, max: sorted[sorted.length - 1] as number };
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const spreadText = (s: Spread) => `${fmt(s.min)} – **${fmt(s.median)}** – ${fmt(s.max)}`;

/** The benchmark's line: 5 stations, exponential process times (mean 1), arrivals at rate 0.8 for 250,000 minutes. */
export function flowLineSpec(batch: number, stations = 5, horizon = 250_000): FlowLineSpec {
  const expo = (mean: number) => ({ dist: 'exponential' as const, mean });
  const zero = { dist: 'deterministic' as const, value: 0 };
  return {
    timeUnit: 'minute',
    stations: Array.from({ length: stations }, (_, i) => ({
      name: `S${i + 1}`,
      processTime: expo(1),
      setupTime: zero,
      handlingTime: zero,
      defectRate: 0,
    })),
    transferBatch: batch,
    moveTime: zero,
    // 200,000 arrivals at rate 0.8 take 250,000 minutes on average.
    release: { mode: 'flow', interarrival: expo(1.25), horizon, warmup: 0 },
  };
}

/** Version 2 on: a WIP cap of 20·B (CONWIP, with a backlog) and kanban buffers of 5·B before stations 2…5. */
function flowLineSpecV2(batch: number): FlowLineSpec {
  const spec = flowLineSpec(batch);
  return {
    ...spec,
    stations: spec.stations.map((s, i) => (i > 0 ? { ...s, buffer: 5 * batch } : s)),
    release: { ...spec.release, wipCap: 20 * batch } as FlowLineSpec['release'],
  };
}

export interface FlowPair {
  readonly batch: number;
  readonly units: number;
  readonly events: number;
  readonly engine: Spread;
  readonly reference: Spread;
  /** Units per second of this process's CPU time. */
  readonly engineCpu: Spread;
  readonly referenceCpu: Spread;
  /** Engine ÷ reference, round by round, from CPU time. */
  readonly ratio: Spread;
}

const WARM_UP_ROUNDS = 2;
const TIMED_ROUNDS = 7;

/** The engine and the reference loop on the same seeds, alternating which goes first, round by round. */
export function benchFlowPair(batch: number): FlowPair {
  const spec = flowLineSpec(batch);
  const refSpec = { stations: 5, batch, interarrivalMean: 1.25, processMean: 1, horizon: 250_000 };
  const engineRates: number[] = [];
  const referenceRates: number[] = [];
  const engineCpuRates: number[] = [];
  const referenceCpuRates: number[] = [];
  const ratios: number[] = [];
  let units = 0;
  let events = 0;
  // Units per second of wall-clock time (the issue's figure) and of this process's CPU time:
  // on a machine shared with other jobs a run is often descheduled, which wall-clock time
  // counts and CPU time does not, so the ratio is taken from CPU time.
  const timed = (f: () => number) => {
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    const released = f();
    const wall = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpu0);
    return { wallRate: released / wall, cpuRate: released / ((cpu.user + cpu.system) / 1e6) };
  };
  for (let round = 0; round < WARM_UP_ROUNDS + TIMED_ROUNDS; round++) {
    const timeEngine = () =>
      timed(() => {
        const run = simulateFlowLine(spec, 'bench', round, { maxEvents: 50_000_000 });
        units = run.released;
        events = run.events;
        return run.released;
      });
    const timeReference = () => timed(() => referenceFlowLine(refSpec, 'bench', round).released);
    let e: ReturnType<typeof timed>;
    let r: ReturnType<typeof timed>;
    if (round % 2 === 0) {
      e = timeEngine();
      r = timeReference();
    } else {
      r = timeReference();
      e = timeEngine();
    }
    if (round < WARM_UP_ROUNDS) continue; // let the JIT compile both loops
    engineRates.push(e.wallRate);
    referenceRates.push(r.wallRate);
    engineCpuRates.push(e.cpuRate);
    referenceCpuRates.push(r.cpuRate);
    ratios.push(e.cpuRate / r.cpuRate);
  }
  return {
    batch,
    units,
    events,
    engine: spreadOf(engineRates),
    reference: spreadOf(referenceRates),
    engineCpu: spreadOf(engineCpuRates),
    referenceCpu: spreadOf(referenceCpuRates),
    ratio: spreadOf(ratios),
  };
}

export interface FlowV2 {
  readonly batch: number;
  readonly units: number;
  readonly events: number;
  readonly rate: Spread;
}

function benchFlowV2(batch: number): FlowV2 {
  const spec = flowLineSpecV2(batch);
  const rates: number[] = [];
  let units = 0;
  let events = 0;
  for (let round = 0; round < WARM_UP_ROUNDS + 5; round++) {
    const start = performance.now();
    const run = simulateFlowLine(spec, 'bench', round, { maxEvents: 50_000_000 });
    const seconds = (performance.now() - start) / 1000;
    if (round < WARM_UP_ROUNDS) continue;
    units = run.released;
    events = run.events;
    rates.push(run.released / seconds);
  }
  return { batch, units, events, rate: spreadOf(rates) };
}

/** A launch preset at 100,000 replications. */
export function launchPreset(file: string, replications = 100_000): LaunchScenario {
  const parsed = parseScenarioText(readFileSync(new URL(`../public/scenarios/${file}`, import.meta.url), 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'launch') throw new Error(`the launch preset ${file} is not a valid launch scenario`);
  return { ...parsed.scenario, replications };
}

function benchLaunchOneCore(scenario: LaunchScenario): { wall: Spread; cpu: Spread } {
  const model = createLaunchMonteCarlo(scenario);
  runMonteCarloSync(model, 20_000); // warm-up
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let i = 0; i < 5; i++) {
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    runMonteCarloSync(model, scenario.replications);
    rates.push(scenario.replications / ((performance.now() - start) / 1000));
    const cpu = process.cpuUsage(cpu0);
    cpuRates.push(scenario.replications / ((cpu.user + cpu.system) / 1e6));
  }
  return { wall: spreadOf(rates), cpu: spreadOf(cpuRates) };
}

/** Memory stays bounded: the size of the merged summary (what a run holds and what workers send) by replications. */
function launchSummarySizes(scenario: LaunchScenario) {
  const model = createLaunchMonteCarlo(scenario);
  return [10_000, 100_000, 1_000_000].map((replications) => {
    let summary = model.empty();
    for (let from = 0; from < replications; from += 10_000) summary = model.merge(summary, model.runChunk(from, Math.min(replications, from + 10_000)));
    return { replications, bytes: serialize(summary).length };
  });
}

/**
 * The launch Monte Carlo on worker threads: replications per second, and how busy the
 * coordinating thread (this one: it hands out chunks and merges their summaries) was, as
 * its event loop's utilization, so that a figure can be checked to have been measured with
 * the coordinator mostly idle.
 */
/**
 * Worker runs are timed on 1,000,000 replications (lesson 3's largest run, where workers are
 * used), after 300,000 to warm every thread: a 100,000-replication run lasts under 0.1 s on
 * two threads, so one collection or a late optimisation moves its rate by a third.
 */
const WORKER_WARM_UP = 300_000;
const WORKER_REPLICATIONS = 1_000_000;

async function benchLaunchWorkers(scenario: LaunchScenario, workers: number): Promise<{ rate: Spread; coordinatorBusy: Spread }> {
  const pool = createNodeWorkerPool(workers);
  try {
    const model = createLaunchMonteCarlo(scenario);
    // Warm the threads up (module load and JIT in every worker) before timing: 50,000
    // replications left the second worker's code half-optimised and the timed runs 0.8–1.1 M.
    await runMonteCarlo(model, pool.executorsFor(scenario), WORKER_WARM_UP, { chunkSize: 10_000 });
    const rates: number[] = [];
    const busy: number[] = [];
    for (let i = 0; i < 3; i++) {
      const loop0 = nodePerformance.eventLoopUtilization();
      const start = performance.now();
      await runMonteCarlo(model, pool.executorsFor(scenario), WORKER_REPLICATIONS, { chunkSize: 10_000 });
      rates.push(WORKER_REPLICATIONS / ((performance.now() - start) / 1000));
      busy.push(nodePerformance.eventLoopUtilization(loop0).utilization);
    }
    return { rate: spreadOf(rates), coordinatorBusy: spreadOf(busy) };
  } finally {
    pool.terminate();
  }
}

export interface EngineBench {
  readonly flow: FlowPair[];
  readonly flowV2: FlowV2[];
  readonly oneCore: { wall: Spread; cpu: Spread };
  readonly strategiesOneCore: { wall: Spread; cpu: Spread };
  readonly sizes: { replications: number; bytes: number }[];
  readonly threaded: { workers: number; rate: Spread; coordinatorBusy: Spread }[];
  readonly loadBefore: number;
  readonly loadAfter: number;
}

const json = (o: object) => console.log(JSON.stringify(o));

export async function runEngineBench(loadAverage: () => number): Promise<EngineBench> {
  const loadBefore = loadAverage();
  const flow = [benchFlowPair(1), benchFlowPair(10)];
  for (const f of flow) {
    json({
      bench: 'flow-line',
      batch: f.batch,
      unitsPerSecond: Math.round(f.engine.median),
      referenceUnitsPerSecond: Math.round(f.reference.median),
      ratio: Number(f.ratio.median.toFixed(3)),
      min: Math.round(f.engine.min),
      max: Math.round(f.engine.max),
      referenceMin: Math.round(f.reference.min),
      referenceMax: Math.round(f.reference.max),
      ratioMin: Number(f.ratio.min.toFixed(3)),
      ratioMax: Number(f.ratio.max.toFixed(3)),
      unitsPerCpuSecond: Math.round(f.engineCpu.median),
      referenceUnitsPerCpuSecond: Math.round(f.referenceCpu.median),
      units: f.units,
      events: f.events,
    });
  }
  const flowV2 = [benchFlowV2(1), benchFlowV2(10)];
  for (const f of flowV2) {
    json({ bench: 'flow-line-v2', batch: f.batch, unitsPerSecond: Math.round(f.rate.median), min: Math.round(f.rate.min), max: Math.round(f.rate.max), events: f.events });
  }
  const seedCase = launchPreset('launch-seed-case.json');
  const oneCore = benchLaunchOneCore(seedCase);
  json({
    bench: 'launch-mc',
    threads: 1,
    how: 'this thread',
    replicationsPerSecond: Math.round(oneCore.wall.median),
    min: Math.round(oneCore.wall.min),
    max: Math.round(oneCore.wall.max),
    replicationsPerCpuSecond: Math.round(oneCore.cpu.median),
  });
  const strategiesOneCore = benchLaunchOneCore(launchPreset('launch-ohno-question.json'));
  json({
    bench: 'launch-mc-strategies',
    threads: 1,
    how: 'this thread',
    replicationsPerSecond: Math.round(strategiesOneCore.wall.median),
    min: Math.round(strategiesOneCore.wall.min),
    max: Math.round(strategiesOneCore.wall.max),
    replicationsPerCpuSecond: Math.round(strategiesOneCore.cpu.median),
  });
  const sizes = launchSummarySizes(seedCase);
  for (const s of sizes) json({ bench: 'launch-summary-bytes', replications: s.replications, bytes: s.bytes });
  const workerCounts = [1, 2, 4].filter((w) => w <= Math.max(2, availableParallelism()));
  const threaded: { workers: number; rate: Spread; coordinatorBusy: Spread }[] = [];
  for (const w of workerCounts) {
    const { rate, coordinatorBusy } = await benchLaunchWorkers(seedCase, w);
    threaded.push({ workers: w, rate, coordinatorBusy });
    json({
      bench: 'launch-mc',
      threads: w,
      how: 'worker threads',
      replicationsPerSecond: Math.round(rate.median),
      min: Math.round(rate.min),
      max: Math.round(rate.max),
      coordinatorBusy: Number(coordinatorBusy.median.toFixed(3)),
    });
  }
  return { flow, flowV2, oneCore, strategiesOneCore, sizes, threaded, loadBefore, loadAfter: loadAverage() };
}

/** What limits the engine now: written by hand from the last profile (see the section's text). */
export const ENGINE_PROFILE_NOTE = `What limits it (CPU profile of the B = 1 run, \`node --cpu-prof\` through tsx, and
callgrind instruction counts): see the profile paragraph below the tables.`;

export const ENGINE_START = '<!-- bench:engine (bench/engine.ts writes this part; npm run bench -- engine) -->';
export const ENGINE_END = '<!-- /bench:engine -->';

export function engineMarkdown(b: EngineBench, profileNote: string): string {
  const base = b.threaded[0]?.rate.median ?? 1;
  const oneCoreTarget = 600_000;
  return `${ENGINE_START}
## Flow line (Model A), simulation loop on one core

Flow mode, 5 stations with exponential process times (mean 1), exponential arrivals at
rate 0.8, about 200,000 units per run, no setup, handling, moves or defects. Beside it, in
the same run, the **reference loop** (bench/reference-flow-line.ts): the same model written
by hand for this one case, with the same generator, streams and engine-independent \`ln\`,
one event per unit and station, and the same figures at the end; it reproduces the engine's
run exactly (test/unit/reference-flow-line.test.ts). Engine and reference alternate round by
round (${WARM_UP_ROUNDS} warm-up rounds, then ${TIMED_ROUNDS} timed); units per second are of wall-clock time,
the ratio of the process's CPU time in each round (a run descheduled by other jobs counts in
wall-clock time, not in CPU time), so the ratio holds up on a loaded machine even though the
units per second do not. Figures are min – **median** – max.
Target (issue 18): the engine at ≥ 0.8× the reference at both batch sizes and ≥ 1,200,000
units per second.

| transfer batch | units per run | events per run | engine, units per second | reference, units per second | engine, units per CPU second | reference, units per CPU second | engine ÷ reference (CPU) |
|---|---|---|---|---|---|---|---|
${b.flow
  .map(
    (f) =>
      `| B = ${f.batch} | ${fmt(f.units)} | ${fmt(f.events)} | ${spreadText(f.engine)} | ${spreadText(f.reference)} | ${spreadText(f.engineCpu)} | ${spreadText(f.referenceCpu)} | ${f.ratio.min.toFixed(2)} – **${f.ratio.median.toFixed(2)}** – ${f.ratio.max.toFixed(2)} |`,
  )
  .join('\n')}

Version 2 on (MODEL.md): the same line with a WIP cap of 20·B (CONWIP; arrivals wait in a
backlog) and a kanban buffer of 5·B units before each of stations 2…5 (blocking after
service). Units counted are those released into the line.

| transfer batch | units per run | events per run | units per second |
|---|---|---|---|
${b.flowV2.map((f) => `| B = ${f.batch}, cap ${20 * f.batch}, buffers ${5 * f.batch} | ${fmt(f.units)} | ${fmt(f.events)} | ${spreadText(f.rate)} |`).join('\n')}

For scale (issue 18, same machine type): SimPy 4 about 47,000 (B = 1) and 140,000
(B = 10) units per second.

${profileNote}

## Launch sizing (Model B) Monte Carlo

The seed-case preset (public/scenarios/launch-seed-case.json) at 100,000 replications:
× 12 periods × 2 launch quantities (500 and 30,000), demand noise cv 0.3, ramp-up 1,
per-replication streams. Target (issue 18): at least ${fmt(oneCoreTarget)} replications per
second on one core (numpy's figure on this machine type, vectorised over replications), and
at least 1.7× that on two workers. One core: 5 timed runs of 100,000; workers: 3 timed runs
of 1,000,000 replications in chunks of 10,000, after 300,000 to warm the threads. Figures are min – **median** – max. "Coordinating thread busy" is the event-loop
utilization of the thread that hands out chunks and merges their summaries (median): the
share of the run's time it took from the cores the workers run on.

| how | replications per second | replications per CPU second | speed-up (medians) | coordinating thread busy |
|---|---|---|---|---|
| one core, this thread | ${spreadText(b.oneCore.wall)} | ${spreadText(b.oneCore.cpu)} | | |
| one core, two strategies (launch-ohno-question.json: pilot, and a 3-month commitment) | ${spreadText(b.strategiesOneCore.wall)} | ${spreadText(b.strategiesOneCore.cpu)} | | |
${b.threaded.map((t) => `| ${t.workers} worker thread${t.workers === 1 ? '' : 's'} | ${spreadText(t.rate)} | | ${(t.rate.median / base).toFixed(2)}× | ${(100 * t.coordinatorBusy.median).toFixed(0)}% of the time |`).join('\n')}

Load average (1 minute) when these ran: ${b.loadBefore.toFixed(1)} at the start, ${b.loadAfter.toFixed(1)} at the end, on
${availableParallelism()} cores. With ${availableParallelism()} cores, more threads than cores cannot add speed, and a
loaded machine shares them with other jobs.

Memory is bounded: a run keeps merged summaries, not replications. Size of the summary
(structured-clone bytes, per the whole run: 2 launch quantities × 2 market states):

| replications | summary size |
|---|---|
${b.sizes.map((s) => `| ${fmt(s.replications)} | ${fmt(s.bytes)} bytes |`).join('\n')}

Up to 20,000 values per group the sketch keeps them exactly; beyond, it holds log buckets
(at most 8,192 per sign), so the size stops growing with the number of replications.

${targetsMarkdown(b)}
${ENGINE_END}`;
}

/** The issue's targets against this run's medians (met or not, as measured here). */
function targetsMarkdown(b: EngineBench): string {
  const yes = (ok: boolean) => (ok ? '**met**' : '**not met**');
  const rows: string[] = [];
  for (const f of b.flow) {
    rows.push(`| flow line, B = ${f.batch}: engine ÷ reference ≥ 0.8 (CPU time, median) | ${f.ratio.median.toFixed(2)} | ${yes(f.ratio.median >= 0.8)} |`);
    rows.push(`| flow line, B = ${f.batch}: ≥ 1,200,000 units per second (wall clock, median) | ${fmt(f.engine.median)} (${fmt(f.engineCpu.median)} per CPU second) | ${yes(f.engine.median >= 1_200_000)} |`);
  }
  rows.push(`| launch Monte Carlo, one core: ≥ 600,000 replications per second (median) | ${fmt(b.oneCore.wall.median)} (${fmt(b.oneCore.cpu.median)} per CPU second) | ${yes(b.oneCore.wall.median >= 600_000)} |`);
  const two = b.threaded.find((t) => t.workers === 2);
  if (two !== undefined) rows.push(`| launch Monte Carlo, two workers: ≥ 1,020,000 replications per second (1.7 × 600,000, median) | ${fmt(two.rate.median)} | ${yes(two.rate.median >= 1_020_000)} |`);
  return `Targets of issue 18 in this run (load average ${b.loadBefore.toFixed(1)} at the start, ${b.loadAfter.toFixed(1)} at the end, on ${availableParallelism()} cores):

| target | this run | |
|---|---|---|
${rows.join('\n')}`;
}

/** Replaces the part between the markers in `doc` (or, in a doc without them, the old engine sections). */
export function spliceSection(doc: string, start: string, end: string, section: string, fallbackFrom: string, fallbackTo: string): string {
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i >= 0 && j > i) return doc.slice(0, i) + section + doc.slice(j + end.length);
  const a = doc.indexOf(fallbackFrom);
  const z = doc.indexOf(fallbackTo);
  // A section not there yet goes in before fallbackTo (fallbackFrom = fallbackTo: insert only).
  if (a >= 0 && z >= a) return `${doc.slice(0, a)}${section}\n\n${doc.slice(z)}`;
  throw new Error(`docs/benchmarks.md: cannot find where "${start}" goes`);
}
