/**
 * Keyboard (issue 16): the first Tab reaches a skip link that goes straight to the lesson's
 * first prediction (it took 17 Tabs before), and keeping a prediction moves focus on to
 * what comes next (Play), never to the page's body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serveBuiltApp, watchErrors, type Browser } from './browser.ts';

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

/** The focused element through shadow roots: tag, id, name and the host it lives in. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let host = '';
    while (el?.shadowRoot?.activeElement) {
      host = el.localName;
      el = el.shadowRoot.activeElement;
    }
    if (!el) return 'none';
    const name = el.getAttribute('name');
    return `${host} ${el.localName}${el.id ? `#${el.id}` : ''}${name ? `[name=${name}]` : ''}`.trim();
  });
}

async function open(route: string, ready: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  const errors = watchErrors(page);
  await page.goto(`${server.url}#/${route}`);
  await page.locator(ready).first().waitFor();
  return { page, errors };
}

describe('keyboard: the skip link and focus after a prediction', () => {
  it('lesson 1: the first Tab is the skip link; Enter lands on the first prediction; keeping it moves focus to Play', async () => {
    const { page, errors } = await open('batching', 'genba-flow-screen genba-line-view#line-flow canvas');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('genba-app button');
    expect(await page.locator('genba-app button.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('genba-flow-prediction input[name=first]');
    // Answer with the keyboard alone, then keep.
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 6 && !(await focused(page)).includes('[name=finish]'); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 6 && !(await focused(page)).endsWith('#keep'); i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('genba-flow-prediction button#keep');
    await page.keyboard.press('Enter');
    await page.locator('genba-flow-screen genba-flow-prediction .kept').waitFor();
    await expect.poll(() => focused(page)).toBe('genba-playback-controls button#play');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lesson 3: the skip link lands on the first prediction', async () => {
    const { page, errors } = await open('launch', 'genba-launch-run-controls #run');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^genba-launch-prediction input/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lesson 2: the skip link lands on the lesson\'s first heading', async () => {
    const { page, errors } = await open('kaizen', 'genba-kaizen-screen #verdict');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^genba-kaizen-screen h2/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
