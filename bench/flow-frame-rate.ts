/**
 * Frame rate of lesson 1's replay in headless Chromium with 500 units in flight: an order of
 * 500 through five stations in transfer batches of 50 (the first delivery comes only after
 * 250 minutes, so until then all 500 are on the floor), played at 64×. Counts animation
 * frames over 4 seconds of real time, and long tasks (> 50 ms) with a PerformanceObserver.
 * Needs a built app (dist/, or the folder in GENBA_DIST).
 */
import { execFileSync } from 'node:child_process';
import { CHROME_PATH, launch, serveBuiltApp } from '../test/e2e/browser.ts';

const SCENARIO = {
  version: 1,
  model: 'flow-line',
  name: '500 units in flight',
  seed: 'bench',
  timeUnit: 'minute',
  stations: ['Cut', 'Bend', 'Weld', 'Paint', 'Pack'].map((name) => ({ name, processTime: { dist: 'lognormal', mean: 1, cv: 0.2 } })),
  transferBatch: 50,
  moveTime: 1,
  release: { mode: 'order', quantity: 500 },
};

export interface FrameRateResult {
  readonly frames: number;
  readonly seconds: number;
  readonly fps: number;
  readonly p95FrameMs: number;
  readonly longTasks: number;
  readonly longestTaskMs: number;
  readonly unitsInFlight: number;
  readonly browser: string;
}

export async function benchFlowFrameRate(): Promise<FrameRateResult> {
  const server = await serveBuiltApp();
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(server.url);
    await page.locator('genba-flow-screen genba-line-view#line-flow canvas').waitFor();
    const problems = (await page.evaluate(`(() => {
      const screen = document.querySelector('genba-app')?.shadowRoot?.querySelector('genba-flow-screen');
      return screen ? screen.loadScenario(${JSON.stringify(SCENARIO)}) : ['no flow screen'];
    })()`)) as string[];
    if (problems.length) throw new Error(problems.join('\n'));
    await page.locator('genba-flow-screen #line-batch h3', { hasText: 'Transfer batch of 50' }).waitFor();
    await page.locator('genba-flow-screen genba-playback-controls #speed').selectOption('64');
    await page.evaluate(`window.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
        .observe({ type: 'longtask' });`);
    await page.locator('genba-flow-screen genba-playback-controls #play').click();
    // A string, not a function: tsx's transform would add helpers the page does not have.
    const measured = (await page.evaluate(`new Promise((resolve) => {
      const intervals = [];
      let last = 0;
      let start = 0;
      const step = (now) => {
        if (!start) start = now;
        else intervals.push(now - last);
        last = now;
        if (now - start < 4000) requestAnimationFrame(step);
        else {
          intervals.sort((a, b) => a - b);
          resolve({ frames: intervals.length, seconds: (now - start) / 1000, p95: intervals[Math.floor(intervals.length * 0.95)] ?? 0 });
        }
      };
      requestAnimationFrame(step);
    })`)) as { frames: number; seconds: number; p95: number };
    const inFlight = Number(((await page.locator('genba-flow-screen #line-batch .figures').textContent()) ?? '').split(' ')[0]);
    const longTasks = (await page.evaluate('window.__longTasks')) as number[];
    return {
      frames: measured.frames,
      seconds: measured.seconds,
      fps: measured.frames / measured.seconds,
      p95FrameMs: measured.p95,
      longTasks: longTasks.length,
      longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
      unitsInFlight: 500 - inFlight,
      browser: execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8' }).trim(),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1]?.endsWith('flow-frame-rate.ts')) {
  console.log(await benchFlowFrameRate());
}
