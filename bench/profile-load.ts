/**
 * Where the main thread goes while a screen loads, as Lighthouse sees it (4× CPU slowdown):
 * every long task (over 50 ms), the total blocking time they add up to, and the functions
 * with the most self time inside them, from a CPU profile. A developer's tool for chasing
 * Lighthouse's total blocking time; build with `--minify false` for readable names.
 *
 *   npx vite build --minify false --outDir dist-prof
 *   GENBA_DIST=dist-prof npx tsx bench/profile-load.ts batching kaizen
 */
import { launch, serveBuiltApp } from '../test/e2e/browser.ts';

const PROBE = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
  }).observe({ type: 'longtask', buffered: true });
  // A marker the CPU profile can find: its samples tie the profile's clock to performance.now().
  setTimeout(function genbaProfileMarker() {
    const t0 = performance.now();
    window.__markerAt = t0;
    while (performance.now() - t0 < 3) {}
  }, 0);
})();`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

async function profile(url: string, route: string): Promise<void> {
  const browser = await launch();
  try {
    const context = browser.context;
    const page = await context.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    await page.addInitScript(PROBE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${url}#/${route}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(4000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const tasks = (await page.evaluate('window.__longTasks')) as { start: number; duration: number }[];
    const tbt = tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
    console.log(`\n## ${route}: ${tasks.length} long tasks, blocking ${tbt} ms (4×, observed)`);
    for (const t of tasks) console.log(`  task at ${t.start} ms: ${t.duration} ms`);
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < profile.samples.length; i++) {
      const node = byId.get(profile.samples[i]!)!;
      const f = node.callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
    const top = [...self].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 30);
    // Self time by task: the marker's first sample is at performance.now() = __markerAt.
    const markerAt = (await page.evaluate('window.__markerAt')) as number;
    let clock = profile.startTime;
    const times: number[] = [];
    for (const d of profile.timeDeltas) times.push((clock += d));
    const markerIndex = profile.samples.findIndex((id) => byId.get(id)?.callFrame.functionName === 'genbaProfileMarker');
    if (markerIndex >= 0) {
      const offset = markerAt - times[markerIndex]! / 1000;
      for (const t of tasks) {
        const inTask = new Map<string, number>();
        for (let i = 0; i < profile.samples.length; i++) {
          const at = times[i]! / 1000 + offset;
          if (at < t.start || at > t.start + t.duration) continue;
          // The innermost frame of our own code (not Lit's or the browser's), else the innermost.
          let id: number | undefined = profile.samples[i];
          let key = '';
          const parentOf = new Map<number, number>();
          for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
          const stack: string[] = [];
          for (; id !== undefined; id = parentOf.get(id)) {
            const f = byId.get(id)!.callFrame;
            if (f.functionName && f.url && !/lit-/.test(f.url)) stack.push(`${f.functionName} ${f.url.split('/').pop()}:${f.lineNumber}`);
          }
          key = stack.slice(0, 3).join(' < ') || byId.get(profile.samples[i]!)!.callFrame.functionName;
          inTask.set(key, (inTask.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
        }
        console.log(`  task at ${t.start} ms (${t.duration} ms):`);
        for (const [k, ms] of [...inTask].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`    ${ms.toFixed(1).padStart(6)} ms  ${k}`);
      }
    }
    console.log('  self time:');
    for (const [k, ms] of top) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${k}`);
    // Inclusive time: each sample counts once for every distinct function on its stack.
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const keyOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    const total = new Map<string, number>();
    for (let i = 0; i < profile.samples.length; i++) {
      const seen = new Set<string>();
      for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) seen.add(keyOf(byId.get(id)!));
      for (const k of seen) total.set(k, (total.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
    console.log('  inclusive time:');
    const skip = /^\((root|program|idle|garbage)|lit-|^\(anonymous\) :/;
    for (const [k, ms] of [...total].filter(([k]) => !skip.test(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 45)))
      console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${k}`);
  } finally {
    await browser.close();
  }
}

const server = await serveBuiltApp();
try {
  for (const route of process.argv.slice(2).length ? process.argv.slice(2) : ['batching', 'kaizen', 'launch', 'engine']) await profile(server.url, route);
} finally {
  await server.close();
}
