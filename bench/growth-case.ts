/**
 * One case of the growth benchmark (bench/growth.ts), run in a fresh process so that its
 * peak memory (max resident set size) is its own. Prints one JSON line.
 *
 *   tsx bench/growth-case.ts '{"kind":"flow","units":100000,"stations":5,"batch":1,"trace":false}'
 *   tsx bench/growth-case.ts '{"kind":"launch","replications":100000}'
 *   tsx bench/growth-case.ts '{"kind":"baseline"}'
 */
import { simulateFlowLine } from '../src/sim/line/flow-line.ts';
import { createLaunchMonteCarlo } from '../src/sim/launch/monte-carlo.ts';
import { runMonteCarloSync } from '../src/sim/mc/runner.ts';
import { flowLineSpec, launchPreset } from './engine.ts';

export type GrowthCase =
  | { readonly kind: 'baseline' }
  | { readonly kind: 'flow'; readonly units: number; readonly stations: number; readonly batch: number; readonly trace: boolean }
  | { readonly kind: 'launch'; readonly replications: number };

export interface GrowthResult {
  readonly seconds: number;
  /** CPU seconds of the timed run (this process, all threads): robust to a shared machine. */
  readonly cpuSeconds?: number;
  readonly maxRssBytes: number;
  readonly events?: number;
  readonly released?: number;
  readonly traceRecords?: number;
}

function runCase(c: GrowthCase): GrowthResult {
  // Warm the JIT up on a small run of the same kind, so the time is the loop's, not compilation.
  if (c.kind === 'flow') {
    const horizon = c.units * 1.25; // arrivals at rate 0.8
    simulateFlowLine(flowLineSpec(c.batch, c.stations, 2_000), 'growth', 99, c.trace ? { trace: { limit: 1e9 } } : {});
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    const run = simulateFlowLine(flowLineSpec(c.batch, c.stations, horizon), 'growth', 0, {
      maxEvents: 1e9,
      ...(c.trace ? { trace: { limit: 1e9 } } : {}),
    });
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpu0);
    return {
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      events: run.events,
      released: run.released,
      ...(run.trace ? { traceRecords: run.trace.events.length } : {}),
    };
  }
  if (c.kind === 'launch') {
    const scenario = launchPreset('launch-seed-case.json', c.replications);
    const model = createLaunchMonteCarlo(scenario);
    runMonteCarloSync(model, 2_000);
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    runMonteCarloSync(model, c.replications);
    const cpu = process.cpuUsage(cpu0);
    return { seconds: (performance.now() - start) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
  }
  return { seconds: 0, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
}

const arg = process.argv[2];
if (arg === undefined) throw new Error('growth-case: pass the case as JSON');
console.log(JSON.stringify(runCase(JSON.parse(arg) as GrowthCase)));
