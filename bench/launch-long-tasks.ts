/**
 * Does the launch screen keep the main thread free while the Monte Carlo runs (QUALITY W1)?
 * Serves the built app (dist/, or the folder GENBA_DIST names; this builds nothing), opens
 * `#/launch` in headless Chromium, sets 100,000 markets and presses Run with a real click
 * (work started through the DevTools protocol is not measured as a long task). A
 * PerformanceObserver for 'longtask' (buffered, installed before the app's code) records
 * every main-thread task over 50 ms; the report counts those from the click + 100 ms until
 * "Done" shows, and gives the longest. The run is made twice: cold (first visit, nothing
 * compiled yet) and warm.
 *
 *   npx vite build && npx tsx bench/launch-long-tasks.ts     (standalone: prints the markdown)
 */
import { launch, serveBuiltApp } from '../test/e2e/browser.ts';

/** What the page records: long tasks and when Run was clicked (performance.now() times). */
interface LongTaskProbe {
  __longTasks: { start: number; duration: number }[];
  __runClickedAt: number | null;
  /** Times a 10 ms timer actually fired: the largest gap between two is how long the main thread was away. */
  __ticks: number[];
}

export interface LongTaskRun {
  readonly label: string;
  readonly replications: number;
  readonly seconds: number;
  /** Long tasks from the click + 100 ms to the end of the run. */
  readonly count: number;
  /** The longest of them, in ms (0 when none). */
  readonly longest: number;
  /** The largest gap between two firings of a 10 ms timer over the same span, in ms: how long an input could have waited. */
  readonly largestTimerGap: number;
}

export const BENCH_REPLICATIONS = 100_000;

/**
 * Installed before the app's code (see LongTaskProbe): the long-task observer, a 10 ms timer
 * whose late firings show how long the main thread was away, and the time Run is clicked
 * (the capture phase on the document sees clicks inside shadow roots: they are composed).
 */
const PROBE_SCRIPT = `(() => {
  const probe = window;
  probe.__longTasks = [];
  probe.__runClickedAt = null;
  probe.__ticks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const tick = () => {
    probe.__ticks.push(performance.now());
    if (probe.__ticks.length > 50000) probe.__ticks.splice(0, 25000);
    setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
  document.addEventListener('click', (e) => {
    if (e.composedPath().some((el) => el instanceof HTMLElement && el.id === 'run')) probe.__runClickedAt = performance.now();
  }, true);
})();`;
/** QUALITY W1 counts from 100 ms after the click (the click's own handler may take a frame). */
const AFTER_CLICK_MS = 100;

export async function benchLaunchLongTasks(): Promise<{ markdown: string; runs: LongTaskRun[] }> {
  const server = await serveBuiltApp();
  const browser = await launch();
  const runs: LongTaskRun[] = [];
  let loadingTasks = { count: 0, longest: 0 };
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    // Plain text, not a function: tsx (esbuild) would wrap named functions in a `__name` helper the page does not have.
    await page.addInitScript({ content: PROBE_SCRIPT });
    await page.goto(`${server.url}#/launch`);
    const replications = page.locator('genba-launch-run-controls input[data-path="replications"]');
    await replications.waitFor();
    await replications.fill(String(BENCH_REPLICATIONS));
    await page.waitForTimeout(500);
    const loading = await page.evaluate(() => {
      const probe = window as unknown as LongTaskProbe;
      const tasks = probe.__longTasks;
      probe.__longTasks = [];
      return { count: tasks.length, longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0) };
    });
    loadingTasks = loading;

    for (const label of ['cold (first run after loading)', 'warm (second run)']) {
      const status = page.locator('genba-launch-screen #status');
      const started = Date.now();
      await page.locator('genba-launch-run-controls #run').click();
      await status.filter({ hasText: 'Done' }).waitFor({ timeout: 300_000 });
      const seconds = (Date.now() - started) / 1000;
      const measured = await page.evaluate((after) => {
        const probe = window as unknown as LongTaskProbe;
        const from = (probe.__runClickedAt ?? 0) + after;
        const to = performance.now();
        const tasks = probe.__longTasks.filter((t) => t.start >= from && t.start <= to);
        probe.__longTasks = [];
        const ticks = probe.__ticks.filter((t) => t >= from && t <= to);
        let largestTimerGap = 0;
        for (let i = 1; i < ticks.length; i++) largestTimerGap = Math.max(largestTimerGap, (ticks[i] as number) - (ticks[i - 1] as number));
        return { count: tasks.length, longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0), largestTimerGap };
      }, AFTER_CLICK_MS);
      runs.push({ label, replications: BENCH_REPLICATIONS, seconds, ...measured });
      // Let the page settle (and the status reset) before the next run.
      await page.waitForTimeout(500);
    }
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }

  const ok = runs.every((r) => r.count === 0);
  const loadNote =
    loadingTasks.count === 0
      ? 'Loading the page itself gave no long task either.'
      : `For comparison, loading the page gave ${loadingTasks.count} long task${loadingTasks.count === 1 ? '' : 's'} (longest ${Math.round(loadingTasks.longest)} ms): the observer sees them.`;
  const markdown = `## Launch screen: main-thread long tasks while the Monte Carlo runs

Measured by \`bench/launch-long-tasks.ts\` in headless Chromium (1280×720): ${BENCH_REPLICATIONS.toLocaleString('en-US')} markets of the
seed case (Ohno's question: two strategies, then the forecast's commitment length over 1–12 months on the same markets), started with a real click on Run.
A PerformanceObserver for \`longtask\` counts main-thread tasks over 50 ms from the click + ${AFTER_CLICK_MS} ms until "Done".
Target (QUALITY W1): none. ${ok ? 'Met.' : '**Not met.**'}

| run | markets | seconds (both steps) | long tasks > 50 ms | longest | largest gap of a 10 ms timer |
|---|---|---|---|---|---|
${runs.map((r) => `| ${r.label} | ${r.replications.toLocaleString('en-US')} | ${r.seconds.toFixed(1)} | **${r.count}** | ${r.count === 0 ? '–' : `${Math.round(r.longest)} ms`} | ${Math.round(r.largestTimerGap)} ms |`).join('\n')}

${loadNote}

The simulation, the merging of chunk summaries and the finalizing all run in workers (a
coordinating worker with its own pool); the main thread only receives small views, at most
every 250 ms, and draws them.
`;
  return { markdown, runs };
}

if (process.argv[1]?.endsWith('launch-long-tasks.ts')) {
  const { markdown } = await benchLaunchLongTasks();
  console.log(markdown);
}
