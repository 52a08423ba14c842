/**
 * The screenshot tour (`npm run tour`): every lesson and state of test/e2e/lesson-states.ts
 * at 1280×720, 1920×1080 in presenter mode, 1024×768 in presenter mode, 390×844 and 320×640
 * (phones), in English and 简体中文, written as full-page PNGs to
 * test-results/tour/<language>/<route>-<n>-<state>-<size>.png for a person to look at.
 * Beside the pictures it checks only what a picture cannot hide: no page errors.
 * Skipped in the ordinary e2e run unless GENBA_TOUR=1 (npm run tour sets it): it takes
 * about four minutes on two cores.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { lessonWalks, openIn, settle } from './lesson-states.ts';

export const TOUR_SIZES = [
  { name: '1280x720', width: 1280, height: 720, presenter: false },
  { name: '1920x1080-presenter', width: 1920, height: 1080, presenter: true },
  { name: '1024x768-presenter', width: 1024, height: 768, presenter: true },
  { name: '390x844', width: 390, height: 844, presenter: false },
  { name: '320x640', width: 320, height: 640, presenter: false },
] as const;
const LANGUAGES = ['en', 'zh-CN'] as const;
const enabled = process.env.GENBA_TOUR === '1';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  if (!enabled) return;
  server = await serveBuiltApp();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Presenter mode on or off, as the header's button switches it. */
async function presenterMode(page: Page, on: boolean): Promise<void> {
  const now = await page.evaluate(() => document.documentElement.classList.contains('presenter'));
  if (now === on) return;
  await page.locator('genba-app #presenter').evaluate((b) => (b as HTMLButtonElement).click());
  await page.waitForFunction((want) => document.documentElement.classList.contains('presenter') === want, on);
}

describe.skipIf(!enabled)('the screenshot tour', () => {
  for (const language of LANGUAGES) {
    for (const walk of lessonWalks()) {
      it(`${language} · #/${walk.route}`, async () => {
        const dir = join('test-results', 'tour', language);
        mkdirSync(dir, { recursive: true });
        const page = await browser.context.newPage();
        const errors = watchErrors(page);
        await page.setViewportSize({ width: 1280, height: 720 });
        await openIn(page, `${server.url}#/${walk.route}`, language, walk.ready);
        for (const [n, state] of walk.states.entries()) {
          await state.reach(page);
          for (const size of TOUR_SIZES) {
            await page.setViewportSize({ width: size.width, height: size.height });
            await presenterMode(page, size.presenter);
            await settle(page);
            await page.screenshot({ path: join(dir, `${walk.route}-${n + 1}-${state.name}-${size.name}.png`), fullPage: true });
          }
          await presenterMode(page, false);
          await page.setViewportSize({ width: 1280, height: 720 });
        }
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});
