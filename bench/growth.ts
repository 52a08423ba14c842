/**
 * How time and peak memory grow (issue 18, `npm run bench -- growth`): the flow line by
 * units (10⁴–10⁶), stations (1–20) and transfer batch (1–50), with the trace off and on,
 * and the launch Monte Carlo by replications (10³–10⁶). Each case runs in a fresh process
 * (bench/growth-case.ts) so its peak resident memory is its own; a process that only loads
 * the modules gives the baseline.
 */
import { execFileSync } from 'node:child_process';
import type { GrowthCase, GrowthResult } from './growth-case.ts';

export const GROWTH_START = '<!-- bench:growth (bench/growth.ts writes this part; npm run bench -- growth) -->';
export const GROWTH_END = '<!-- /bench:growth -->';

interface Row {
  readonly label: string;
  readonly c: GrowthCase;
  readonly r: GrowthResult;
}

function run(c: GrowthCase): GrowthResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/growth-case.ts', JSON.stringify(c)], { encoding: 'utf8' });
  const line = out.trim().split('\n').pop() as string;
  const r = JSON.parse(line) as GrowthResult;
  console.log(JSON.stringify({ bench: 'growth', ...c, ...r }));
  return r;
}

export interface GrowthBench {
  readonly baseline: GrowthResult;
  readonly units: Row[];
  readonly stations: Row[];
  readonly batches: Row[];
  readonly replications: Row[];
}

/**
 * Runs the growth cases, or (with `fromLines`, the JSON lines a run printed) rebuilds the
 * section from an earlier run's output without running anything again.
 */
export async function runGrowthBench(fromLines?: string): Promise<GrowthBench> {
  if (fromLines !== undefined) {
    const saved = fromLines
      .split('\n')
      .filter((l) => l.startsWith('{"bench":"growth"'))
      .map((l) => JSON.parse(l) as GrowthCase & GrowthResult & { bench: string });
    let i = 0;
    return collect(() => {
      const { bench: _bench, ...rest } = saved[i++] as GrowthCase & GrowthResult & { bench: string };
      return rest;
    });
  }
  return collect((c) => run(c));
}

async function collect(measure: (c: GrowthCase) => GrowthResult): Promise<GrowthBench> {
  const run = measure;
  const baseline = run({ kind: 'baseline' });
  const flow = (units: number, stations: number, batch: number, trace: boolean): Row => ({
    label: '',
    c: { kind: 'flow', units, stations, batch, trace },
    r: run({ kind: 'flow', units, stations, batch, trace }),
  });
  const units: Row[] = [];
  for (const u of [10_000, 100_000, 1_000_000]) units.push({ ...flow(u, 5, 1, false), label: `${u.toLocaleString('en-US')} units, trace off` });
  for (const u of [10_000, 30_000, 100_000]) units.push({ ...flow(u, 5, 1, true), label: `${u.toLocaleString('en-US')} units, trace on` });
  const stations = [1, 5, 10, 20].map((n) => ({ ...flow(100_000, n, 1, false), label: `${n} station${n === 1 ? '' : 's'}` }));
  const batches = [1, 5, 10, 50].map((b) => ({ ...flow(100_000, 5, b, false), label: `B = ${b}` }));
  const replications = [1_000, 10_000, 100_000, 1_000_000].map((n) => ({
    label: `${n.toLocaleString('en-US')} replications`,
    c: { kind: 'launch', replications: n } as GrowthCase,
    r: run({ kind: 'launch', replications: n }),
  }));
  return { baseline, units, stations, batches, replications };
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

function flowTable(rows: Row[], baseline: GrowthResult): string {
  return `| case | units released | events | seconds | CPU seconds | units per CPU second | peak memory (MiB) | above the baseline (MiB) |
|---|---|---|---|---|---|---|---|
${rows
  .map((row) => {
    const released = row.r.released ?? 0;
    const cpu = row.r.cpuSeconds;
    return `| ${row.label} | ${released.toLocaleString('en-US')} | ${(row.r.events ?? 0).toLocaleString('en-US')} | ${row.r.seconds.toFixed(2)} | ${cpu === undefined ? '–' : cpu.toFixed(2)} | ${cpu === undefined ? '–' : Math.round(released / cpu).toLocaleString('en-US')} | ${mb(row.r.maxRssBytes)} | ${mb(Math.max(0, row.r.maxRssBytes - baseline.maxRssBytes))} |`;
  })
  .join('\n')}`;
}

export function growthMarkdown(g: GrowthBench): string {
  return `${GROWTH_START}
## Growth: time and memory

Written by \`npm run bench -- growth\` (bench/growth.ts). Each case runs in a fresh Node
process (bench/growth-case.ts) after a short warm-up run of the same kind; peak memory is
the process's maximum resident set size, and the baseline is a process that only loads the
modules (${mb(g.baseline.maxRssBytes)} MiB). The flow line is the benchmark's (exponential stations of mean 1,
arrivals at rate 0.8, horizon 1.25 × units); one run each, so on a loaded machine the
seconds are noisy: the CPU seconds (the process's own, garbage collector threads included)
say more there; read the growth, not the digits. With the trace off these lines take the
engine's fast path for plain lines (engine 3.0.0); with it on, the general loop. Peak memory
grows linearly in units (release and lead times, 16 bytes a unit, on the fast path; per-unit
records in the general loop; with the trace on, about 2.6 kB per unit for its records),
barely with stations and not with the transfer batch, and stays flat in replications (the
Monte Carlo keeps merged summaries, not replications). The trace keeps every record
(limit lifted); the screens keep at most 200,000.

By units (5 stations, B = 1):

${flowTable(g.units, g.baseline)}

By stations (100,000 units, B = 1, trace off):

${flowTable(g.stations, g.baseline)}

By transfer batch (100,000 units, 5 stations, trace off):

${flowTable(g.batches, g.baseline)}

The launch Monte Carlo by replications (the seed case, one core, this thread):

| replications | seconds | CPU seconds | replications per CPU second | peak memory (MiB) | above the baseline (MiB) |
|---|---|---|---|---|---|
${g.replications
  .map((row) => {
    const n = row.c.kind === 'launch' ? row.c.replications : 0;
    const cpu = row.r.cpuSeconds;
    return `| ${n.toLocaleString('en-US')} | ${row.r.seconds.toFixed(2)} | ${cpu === undefined ? '–' : cpu.toFixed(2)} | ${cpu === undefined ? '–' : Math.round(n / cpu).toLocaleString('en-US')} | ${mb(row.r.maxRssBytes)} | ${mb(Math.max(0, row.r.maxRssBytes - g.baseline.maxRssBytes))} |`;
  })
  .join('\n')}
${GROWTH_END}`;
}
