import { launch, serveBuiltApp } from '../test/e2e/browser.ts';
const server = await serveBuiltApp(process.env.GENBA_DIST);
const b = await launch();
const page = await b.context.newPage();
await page.setViewportSize({ width: 412, height: 823 });
const cdp = await b.context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE ?? 4) });
const events: any[] = [];
cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'] } } as any);
await page.goto(`${server.url}#/${process.argv[2] ?? 'batching'}`);
await page.waitForTimeout(5000);
await cdp.send('Tracing.end');
await done;
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.name === 'RunTask' && x.pid === e.pid && x.tid === e.tid && x.dur > 50000));
const tasks = events.filter((e) => e.name === 'RunTask' && e.pid === main.pid && e.tid === main.tid && e.dur > Number(process.env.MIN_US ?? 50000));
const t0 = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
for (const t of tasks) {
  const inner = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t && e.dur > 3000);
  console.log(`task ${((t.ts - t0) / 1000).toFixed(0)} ms: ${(t.dur / 1000).toFixed(0)} ms`);
  for (const e of inner.slice(0, 25)) console.log(`   ${((e.ts - t.ts) / 1000).toFixed(0).padStart(4)} +${(e.dur / 1000).toFixed(1).padStart(6)}  ${e.name} ${e.args?.data?.url?.split('/').pop() ?? e.args?.data?.functionName ?? e.args?.data?.stackTrace?.[0]?.functionName ?? ''}`);
}
await b.close();
await server.close();
