/**
 * Main-thread CPU time of a screen's load, task by task, from a Chromium trace: a way to
 * compare two builds on a busy machine, where wall-clock figures (Lighthouse's, or
 * profile-load.ts's) move with the other work. Each task's thread time (`tdur`, the CPU the
 * renderer's main thread spent in it) is what the load costs whatever else runs; times 4 it
 * is what Lighthouse's 4× CPU slowdown would see on a quiet machine, and the sum of
 * max(0, 4 × CPU − 50 ms) over the tasks is a stand-in for its total blocking time.
 * Builds and routes alternate run by run, so a burst of load hits both alike.
 *
 *   GENBA_TRACE_RUNS=3 npx tsx bench/trace-load.ts launch,kaizen dist /tmp/other-build/dist
 */
import { launch, serveBuiltApp } from '../test/e2e/browser.ts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; frame?: string; functionName?: string }; name?: string };
}

const SLOWDOWN = 4;
const LONG_MS = 50;

async function traceOnce(url: string, route: string): Promise<{ tasks: { at: number; cpu: number; what: string }[]; fcp: number | null }> {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    const cdp = await browser.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,loading,blink.user_timing',
      options: 'sampling-frequency=10000',
      transferMode: 'ReportEvents',
    } as never);
    await page.goto(`${url}#/${route}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(3000);
    await cdp.send('Tracing.end');
    await done;
    // The page's main thread: of the renderers' main threads (a navigation may change process), the busiest.
    const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const busy = (m: TraceEvent) => events.reduce((s, e) => s + (e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask' ? (e.tdur ?? 0) : 0), 0);
    const main = mains.sort((a, b) => busy(b) - busy(a))[0];
    const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
    const nav = onMain.filter((e) => e.name === 'navigationStart').at(-1)?.ts ?? onMain[0]?.ts ?? 0;
    const fcpEvent = onMain.find((e) => e.name === 'firstContentfulPaint') ?? events.find((e) => e.name === 'firstContentfulPaint' && e.pid === main?.pid);
    const tasks = onMain
      .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= nav && (e.tdur ?? 0) / 1000 >= LONG_MS / SLOWDOWN)
      .map((t) => {
        const inside = onMain.filter((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile' || e.name === 'ParseHTML' || e.name === 'Layout' || e.name === 'UpdateLayoutTree' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame'));
        const top = inside.sort((a, b) => (b.tdur ?? b.dur ?? 0) - (a.tdur ?? a.dur ?? 0)).slice(0, 3)
          .map((e) => `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : ''}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''} ${((e.tdur ?? e.dur ?? 0) / 1000).toFixed(0)}`);
        return { at: (t.ts - nav) / 1000, cpu: (t.tdur ?? 0) / 1000, what: top.join('; ') };
      });
    return { tasks, fcp: fcpEvent ? (fcpEvent.ts - nav) / 1000 : null };
  } finally {
    await browser.close();
  }
}

const [routesArg = 'batching', ...dirs] = process.argv.slice(2);
const builds = dirs.length ? dirs : ['dist'];
const runs = Math.max(1, Number(process.env.GENBA_TRACE_RUNS ?? 3) || 3);
const servers = await Promise.all(builds.map((dir) => serveBuiltApp(dir)));
try {
  const totals = new Map<string, number[]>();
  for (let i = 0; i < runs; i++) {
    for (const route of routesArg.split(',')) {
      for (const [b, dir] of builds.entries()) {
        const { tasks, fcp } = await traceOnce(servers[b]!.url, route);
        const blocking = tasks.reduce((s, t) => s + Math.max(0, SLOWDOWN * t.cpu - LONG_MS), 0);
        const key = `${route} ${dir}`;
        totals.set(key, [...(totals.get(key) ?? []), blocking]);
        console.log(`\n## ${route} · ${dir} · run ${i + 1}: FCP ${fcp?.toFixed(0) ?? '?'} ms; ${tasks.length} tasks over ${LONG_MS / SLOWDOWN} ms of CPU; ×${SLOWDOWN} blocking ${blocking.toFixed(0)} ms`);
        for (const t of tasks) console.log(`  at ${t.at.toFixed(0).padStart(5)} ms  CPU ${t.cpu.toFixed(1).padStart(6)} ms (×${SLOWDOWN}: ${(SLOWDOWN * t.cpu).toFixed(0)})  ${t.what}`);
      }
    }
  }
  console.log('\n## ×4 blocking (ms), every run, median');
  for (const [key, list] of totals) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(`  ${key}: ${list.map((x) => x.toFixed(0)).join(', ')}; median ${sorted[Math.floor((sorted.length - 1) / 2)]!.toFixed(0)}`);
  }
} finally {
  await Promise.all(servers.map((s) => s.close()));
}
