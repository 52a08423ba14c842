/**
 * Lighthouse on the built site (issue 8: performance, accessibility and best practices each
 * at least 95; QUALITY A2 asks accessibility 100). Serves the production build (dist/, or
 * the folder in GENBA_DIST) with test/e2e/browser.ts's serveBuiltApp and runs Lighthouse
 * 12.8.2 (the last for Node 20; through npx, not a dependency: TOOLCHAIN §7) in Debian's
 * Chromium (CHROME_PATH, default /usr/bin/chromium) on each screen, one after the other.
 * Lighthouse's defaults: mobile form factor, simulated slow 4G and 4× CPU slowdown.
 *
 *   npx tsx bench/lighthouse.ts            (after `npx vite build`; also writes its section of docs/benchmarks.md)
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROME_PATH, serveBuiltApp } from '../test/e2e/browser.ts';
import { builtFolder } from './initial-js.ts';

const run = promisify(execFile);

export const LIGHTHOUSE_VERSION = '12.8.2';
/** Issue 8: each of these at least 95. */
export const LIGHTHOUSE_TARGET = 95;
export const GATED_CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

/**
 * Runs per screen (GENBA_LIGHTHOUSE_RUNS, default 5); the median run by performance score is
 * reported, as Lighthouse's documentation on variability advises (the median of five): its
 * simulated throttling scales the observed main-thread time, so other work on the machine
 * moves total blocking time between runs.
 */
export const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.GENBA_LIGHTHOUSE_RUNS ?? 5) || 5);

/** The screens measured: lesson 1 is the first screen; the others load on demand. */
export const LIGHTHOUSE_ROUTES = [
  { route: 'batching', name: 'Lesson 1 (first screen)' },
  { route: 'kaizen', name: 'Lesson 2' },
  { route: 'launch', name: 'Lesson 3' },
  { route: 'pull', name: 'Lesson 4' },
  { route: 'engine', name: 'Engine check' },
] as const;

interface LighthouseAudit {
  readonly id: string;
  readonly title: string;
  readonly score: number | null;
  readonly scoreDisplayMode: string;
  readonly displayValue?: string;
  readonly numericValue?: number;
}
interface LighthouseResult {
  readonly lighthouseVersion: string;
  readonly userAgent?: string;
  readonly environment?: { readonly hostUserAgent?: string };
  readonly runWarnings?: readonly string[];
  readonly categories: Record<string, { readonly score: number | null; readonly auditRefs: readonly { readonly id: string; readonly weight: number }[] }>;
  readonly audits: Record<string, LighthouseAudit>;
}

export interface RouteScores {
  readonly route: string;
  readonly name: string;
  readonly scores: Record<string, number>;
  /** Audits that did not pass, by category: "title (value)". */
  readonly failed: Record<string, string[]>;
  readonly metrics: Record<string, string>;
  readonly browser: string;
  readonly warnings: readonly string[];
  /** Performance scores of every run, in order. */
  readonly performanceRuns: readonly number[];
}

/** Runs Lighthouse once on a URL and reads its JSON report. */
async function lighthouse(url: string): Promise<LighthouseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'genba-lighthouse-'));
  const out = join(dir, 'report.json');
  try {
    await run(
      'npx',
      [
        '--yes',
        `lighthouse@${LIGHTHOUSE_VERSION}`,
        url,
        '--quiet',
        `--chrome-flags=${CHROME_FLAGS}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        '--output=json',
        `--output-path=${out}`,
      ],
      { env: { ...process.env, CHROME_PATH }, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 },
    );
    if (!existsSync(out)) throw new Error(`Lighthouse wrote no report for ${url}`);
    return JSON.parse(readFileSync(out, 'utf8')) as LighthouseResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function summarise(route: string, name: string, r: LighthouseResult): RouteScores {
  const scores: Record<string, number> = {};
  const failed: Record<string, string[]> = {};
  for (const id of CATEGORIES) {
    const category = r.categories[id];
    if (!category) continue;
    scores[id] = Math.round((category.score ?? 0) * 100);
    failed[id] = category.auditRefs
      .map((ref) => r.audits[ref.id])
      .filter((a): a is LighthouseAudit => a !== undefined && a.score !== null && a.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
      .map((a) => `${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  }
  const metric = (id: string) => r.audits[id]?.displayValue ?? '–';
  return {
    route,
    name,
    scores,
    failed,
    metrics: {
      FCP: metric('first-contentful-paint'),
      LCP: metric('largest-contentful-paint'),
      TBT: metric('total-blocking-time'),
      CLS: metric('cumulative-layout-shift'),
      'Speed Index': metric('speed-index'),
    },
    browser: (r.environment?.hostUserAgent ?? r.userAgent ?? '').match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium',
    warnings: r.runWarnings ?? [],
    performanceRuns: [],
  };
}

/** The median of several runs of one screen, by performance score. */
async function medianRun(url: string, route: string, name: string): Promise<RouteScores> {
  const runs: RouteScores[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(summarise(route, name, await lighthouse(url)));
  const performanceRuns = runs.map((r) => r.scores.performance ?? 0);
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  return { ...sorted[Math.floor((sorted.length - 1) / 2)]!, performanceRuns };
}

/**
 * Lighthouse on every screen of the built app. `scores` holds, for each category, the
 * lowest score over the screens (the figure the ≥ 95 target applies to), and each screen's
 * own as `<route>/<category>`.
 */
/**
 * Waits (at most `maxMs`) for the machine to settle after the benchmarks before this one
 * (engine runs on every core, a browser running 100,000 markets): until the one-minute load
 * average is under `quiet` per core. Lighthouse's simulated throttling multiplies the
 * main-thread time it observes, so a busy machine lowers every score. Returns the seconds waited.
 */
async function settle(quiet = 0.25, maxMs = 150_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < maxMs && (loadavg()[0] ?? 0) > quiet * availableParallelism()) {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
  return Math.round((Date.now() - started) / 1000);
}

export async function benchLighthouse(): Promise<{ markdown: string; scores: Record<string, number> }> {
  const waited = await settle();
  const server = await serveBuiltApp(builtFolder());
  const results: RouteScores[] = [];
  const load = loadavg()[0] ?? 0;
  try {
    // GENBA_LIGHTHOUSE_ROUTES=pull,kaizen measures only those screens (a quick check of one route).
    const only = process.env.GENBA_LIGHTHOUSE_ROUTES?.split(',');
    for (const { route, name } of LIGHTHOUSE_ROUTES.filter((r) => !only || only.includes(r.route))) {
      results.push(await medianRun(`${server.url}#/${route}`, route, name));
    }
  } finally {
    await server.close();
  }
  const scores: Record<string, number> = {};
  for (const id of CATEGORIES) {
    scores[id] = Math.min(...results.map((r) => r.scores[id] ?? 0));
    for (const r of results) scores[`${r.route}/${id}`] = r.scores[id] ?? 0;
  }
  const gatedOk = GATED_CATEGORIES.every((id) => (scores[id] ?? 0) >= LIGHTHOUSE_TARGET);
  const cell = (v: number | undefined, gated: boolean) => (v === undefined ? '–' : gated && v < LIGHTHOUSE_TARGET ? `**${v}** (under ${LIGHTHOUSE_TARGET})` : String(v));
  const failedLines = results.flatMap((r) =>
    CATEGORIES.flatMap((id) => (r.failed[id] ?? []).map((f) => `- ${r.name}, ${id}: ${f}`)),
  );
  const markdown = `## Lighthouse

Lighthouse ${LIGHTHOUSE_VERSION} (\`npx --yes lighthouse@${LIGHTHOUSE_VERSION}\`, by \`bench/lighthouse.ts\`) on the
production build served locally, in Debian's Chromium (${results[0]?.browser ?? 'Chromium'}), with
Lighthouse's defaults: mobile form factor, simulated slow 4G, 4× CPU slowdown. Each screen ran
${LIGHTHOUSE_RUNS === 1 ? 'once' : `${LIGHTHOUSE_RUNS} times`}; the table shows the median run by performance score (all runs' performance
in the last column). Load average at the start: ${load.toFixed(1)} on ${availableParallelism()} cores${waited > 0 ? `, after waiting ${waited} s for the machine to settle from the benchmarks before` : ''}: simulated
throttling multiplies the main-thread time it observes, so other work on the machine raises total
blocking time. Target (issue 8): performance, accessibility and best practices each at least
${LIGHTHOUSE_TARGET} on every screen: ${gatedOk ? '**met**' : '**not met**'}.

| screen | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | performance, every run |
|---|---|---|---|---|---|---|---|---|---|
${results
  .map(
    (r) =>
      `| ${r.name} (\`#/${r.route}\`) | ${cell(r.scores.performance, true)} | ${cell(r.scores.accessibility, true)} | ${cell(r.scores['best-practices'], true)} | ${cell(r.scores.seo, false)} | ${r.metrics.FCP} | ${r.metrics.LCP} | ${r.metrics.TBT} | ${r.metrics.CLS} | ${r.performanceRuns.join(', ')} |`,
  )
  .join('\n')}

How the lessons keep total blocking time down (traces of each screen's load, November 2026;
\`bench/profile-load.ts\` finds the long tasks and what runs in them; \`bench/trace-load.ts\`
compares two builds task by task by CPU time, which a busy machine moves far less than wall
time): no lesson simulates on
the main thread as it opens (lessons 1 and 2 run their lines, replay material and kaizen log
in the lesson worker, lesson 3 runs nothing until Run); each paints its top first and loads
and builds its lower sections (charts, parameters, sharing) in later tasks, each section's
first render in a task of its own; what no lesson needs to open (the header's "Start a room"
and the room's client, lesson 3's closed parameter editor) is built once the page is idle,
and the link codec loads only when the address holds a link; the two canvases
of a replay are first drawn in two frames, sized by a ResizeObserver rather than by reading
layout; the page's first number format (ICU's number data, about 20 ms) is made in a task of
its own while the lesson loads; and the printable session summary is written only when the
page prints. What is left are tasks of 50 to 150 ms at Lighthouse's 4× slowdown: the shell's
first render and layout, each lesson's module evaluation and first render, and the commit of
the canvases.

${failedLines.length === 0 ? 'No scored audit failed.' : `Audits that did not pass (score under 0.9):\n\n${failedLines.join('\n')}`}
${results.some((r) => r.warnings.length) ? `\nLighthouse warnings: ${[...new Set(results.flatMap((r) => r.warnings))].join(' ')}\n` : ''}`;
  return { markdown, scores };
}

/** Puts the Lighthouse section into docs/benchmarks.md, in place of the one there (standalone runs). */
function writeSection(markdown: string): void {
  const file = new URL('../docs/benchmarks.md', import.meta.url);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf('\n## Lighthouse\n');
  if (start < 0) {
    writeFileSync(file, `${text.trimEnd()}\n\n${markdown.trimEnd()}\n`);
    return;
  }
  const next = text.indexOf('\n## ', start + 1);
  writeFileSync(file, `${text.slice(0, start + 1)}${markdown.trimEnd()}\n${next < 0 ? '' : text.slice(next)}`);
}

if (process.argv[1]?.endsWith('lighthouse.ts')) {
  const { markdown, scores } = await benchLighthouse();
  console.log(markdown);
  writeSection(markdown);
  console.log('written to docs/benchmarks.md');
  if (GATED_CATEGORIES.some((id) => (scores[id] ?? 0) < LIGHTHOUSE_TARGET)) process.exitCode = 1;
}
