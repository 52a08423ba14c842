/**
 * No layout shift as a lesson opens (issue 16, Lighthouse): at a phone's size (412×823, as
 * Lighthouse's mobile run), the sum of the page's layout-shift entries over its first
 * 2.5 seconds stays under 0.05 (Lighthouse calls 0.1 good), in English and 简体中文. It
 * caught two: lesson 3's lower sections drawn a moment after the seed case opened (0.38,
 * once the phone header put the lesson in the first screen) and "Start a room" arriving
 * in the header when the page was first idle (0.10 on every screen).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { lessonWalks, openIn } from './lesson-states.ts';

const MOST = 0.05;
const OBSERVE = `window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__shifts.push(e.value);
}).observe({ type: 'layout-shift', buffered: true });`;

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serveBuiltApp();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

for (const language of ['en', 'zh-CN'] as const) {
  describe(`layout shift as each screen opens at 412×823, in ${language}`, () => {
    for (const walk of lessonWalks()) {
      it(`#/${walk.route}: under ${MOST}`, async () => {
        const page = await browser.context.newPage();
        const errors = watchErrors(page);
        await page.setViewportSize({ width: 412, height: 823 });
        await page.addInitScript(OBSERVE);
        await openIn(page, `${server.url}#/${walk.route}`, language, walk.ready);
        await page.waitForTimeout(2500);
        const shifts = (await page.evaluate('window.__shifts')) as number[];
        const total = shifts.reduce((a, b) => a + b, 0);
        expect(total, `shifts: ${shifts.map((s) => s.toFixed(4)).join(', ')}`).toBeLessThan(MOST);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  });
}
