/**
 * Phones (issue 16): every lesson and state fits 320 and 390 px without scrolling sideways
 * (`document.documentElement.scrollWidth <= innerWidth`), in English and 简体中文. The
 * states are those of test/e2e/lesson-states.ts; at each one the page is narrowed to each
 * width, measured, and put back to 1280 px for the next step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { lessonWalks, openIn, settle, sidewaysOverflow } from './lesson-states.ts';

const WIDTHS = [320, 390] as const;
const LANGUAGES = ['en', 'zh-CN'] as const;

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

for (const language of LANGUAGES) {
  describe(`no sideways scroll at ${WIDTHS.join(' and ')} px, in ${language}`, () => {
    for (const walk of lessonWalks()) {
      it(`#/${walk.route}: every state`, async () => {
        const page: Page = await browser.context.newPage();
        const errors = watchErrors(page);
        await page.setViewportSize({ width: 1280, height: 720 });
        await openIn(page, `${server.url}#/${walk.route}`, language, walk.ready);
        const problems: string[] = [];
        for (const state of walk.states) {
          await state.reach(page);
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 740 });
            await settle(page);
            const overflow = await sidewaysOverflow(page);
            if (overflow) problems.push(`${walk.route} · ${state.name} at ${width} px: ${overflow}`);
          }
          await page.setViewportSize({ width: 1280, height: 720 });
          await settle(page);
        }
        expect(problems).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  });
}
