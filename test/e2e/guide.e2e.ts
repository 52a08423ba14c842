/**
 * The guided path of lesson 1 completed with the keyboard alone in real Chromium: predict,
 * watch, reveal, run many, sweep, change the line; each step ticks off in the guide, any
 * step can be reached from it, progress survives a reload, and printing gives the one-page
 * session summary (also as Chromium's PDF) with the prediction and the results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;
let errors: string[];

const screen = 'genba-flow-screen';
const guide = 'genba-app genba-guide';
const doneCount = async () => Number(((await page.locator(`${guide} summary`).textContent()) ?? '').match(/(\d+) of/)?.[1] ?? -1);

/** Focus a control and press a key, as a keyboard user would after tabbing to it. */
async function press(selector: string, key = 'Enter'): Promise<void> {
  await page.locator(selector).focus();
  await page.keyboard.press(key);
}

beforeAll(async () => {
  server = await serveBuiltApp();
  browser = await launch();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  errors = watchErrors(page);
  await page.goto(server.url);
  await page.locator(`${screen} genba-line-view#line-flow canvas`).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the guided path, with the keyboard alone', () => {
  it('starts with no step done', async () => {
    await expect.poll(doneCount).toBe(0);
    expect(await page.locator(`${guide} ol li`).count()).toBe(6);
  });

  it('ticks off each step of lesson 1 as it is done', async () => {
    const p = `${screen} genba-flow-prediction`;
    await press(`${p} input[name="first"][value="flow"]`, 'Space');
    await press(`${p} input[name="finish"][value="flow"]`, 'Space');
    await page.locator(`${p} #by`).focus();
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    await expect.poll(doneCount).toBe(1);

    await press(`${screen} genba-playback-controls #speed`, 'End'); // 64×
    await press(`${screen} genba-playback-controls #play`);
    await expect.poll(doneCount).toBe(2);
    await press(`${screen} #reveal`);
    await expect.poll(doneCount).toBe(3);

    await press(`${screen} #run-many`);
    await expect.poll(doneCount, { timeout: 60_000 }).toBe(4);
    await press(`${screen} #run-sweep`);
    await expect.poll(doneCount, { timeout: 90_000 }).toBe(5);

    await press(`${screen} #params summary`);
    const batch = page.locator(`${screen} genba-flow-params [id="transferBatch"]`);
    await batch.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('8');
    await page.keyboard.press('Tab');
    await expect.poll(doneCount).toBe(6);
    await expect.poll(() => page.locator(`${guide} .debrief h3`).textContent()).toBe('Debrief');
  });

  it('reaches any step from the guide and moves focus to it', async () => {
    await press(`${guide} ol li:nth-child(4) button`);
    const focused = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.id;
    });
    expect(focused).toBe('many-h');
    await page.screenshot({ path: screenshotPath('guide-1-done') });
  });

  it('keeps the progress over a reload', async () => {
    await page.reload();
    await page.locator(`${screen} genba-line-view#line-flow canvas`).waitFor();
    await expect.poll(doneCount).toBe(6);
  });

  it('prints a one-page summary of the session, with the prediction and the results', async () => {
    await page.emulateMedia({ media: 'print' });
    const summary = page.locator('genba-app genba-session-summary');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await page.locator(`${screen}`).isVisible()).toBe(false);
    expect(await summary.locator('h2').allTextContents()).toContain('Lesson 1 · The batching illusion');
    const rows = await summary.locator('tr').allTextContents();
    expect(rows.some((r) => r.includes('Predicted') && r.includes('one-piece flow'))).toBe(true);
    expect(rows.some((r) => r.includes('Result') && r.includes('Batching felt'))).toBe(true);
    expect(rows.some((r) => r.includes('replications done'))).toBe(true);
    await page.screenshot({ path: screenshotPath('guide-2-print'), fullPage: true });
    const pdf = screenshotPath('session-summary').replace(/\.png$/, '.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    expect(statSync(pdf).size).toBeGreaterThan(5_000);
    await page.emulateMedia({ media: 'screen' });
  });

  it('had no errors on the page', () => {
    expect(errors).toEqual([]);
  });
});
