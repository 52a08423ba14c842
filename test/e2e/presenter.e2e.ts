/**
 * Presenter mode and the workshop shortcuts in real Chromium: large type and the projector
 * theme, Space plays and pauses, → steps, R resets, N moves to the next step of the
 * lesson, S shows the speaker notes, ? lists the shortcuts; keys typed into a field stay
 * the field's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;
let errors: string[];

const controls = 'genba-flow-screen genba-playback-controls';
const time = async () => Number(await page.locator(`${controls} #timeline`).inputValue());

beforeAll(async () => {
  server = await serveBuiltApp();
  browser = await launch();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  errors = watchErrors(page);
  await page.goto(server.url);
  await page.locator('genba-flow-screen genba-line-view#line-flow canvas').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('presenter mode and shortcuts', () => {
  it('switches to large type and the projector theme', async () => {
    await page.locator('genba-app #presenter').click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenter'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    expect(await page.locator('genba-app #presenter').getAttribute('aria-pressed')).toBe('true');
    await page.locator('body').click({ position: { x: 5, y: 700 } }); // focus back on the page
  });

  it('lists the shortcuts on ?', async () => {
    await page.keyboard.press('?');
    const dialog = page.locator('genba-app dialog#shortcuts');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await dialog.locator('tr').count()).toBe(8);
    await page.screenshot({ path: screenshotPath('presenter-1-shortcuts') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  });

  it('plays and pauses on Space, steps on →, resets on R', async () => {
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press(' ');
    await expect.poll(async () => (await page.locator(`${controls} #play`).textContent())?.trim()).toContain('Pause');
    await page.keyboard.press(' ');
    await expect.poll(async () => (await page.locator(`${controls} #play`).textContent())?.trim()).toContain('Play');
    const before = await time();
    await page.keyboard.press('ArrowRight');
    await expect.poll(time).toBeGreaterThan(before);
    await page.keyboard.press('r');
    await expect.poll(time).toBe(0);
  });

  it('moves to the next step of the lesson on N, and shows the speaker notes on S', async () => {
    await page.keyboard.press('n');
    const focused = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.tagName.toLowerCase();
    });
    expect(focused).toMatch(/^(h2|summary)$/);
    await page.keyboard.press('s');
    await page.locator('genba-app aside.notes').waitFor();
    expect(await page.locator('genba-app aside.notes li').count()).toBeGreaterThan(2);
    await page.screenshot({ path: screenshotPath('presenter-2-notes') });
  });

  it('leaves keys typed into a field alone', async () => {
    const by = page.locator('genba-flow-screen genba-flow-prediction #by');
    await by.scrollIntoViewIfNeeded();
    await by.fill('');
    await by.type('12');
    // S and R typed into the field do not toggle the notes or reset the replay.
    await by.press('s');
    await by.press('r');
    expect(await by.inputValue()).toBe('12');
    expect(await page.locator('genba-app aside.notes').count()).toBe(1);
  });

  it('had no errors on the page', () => {
    expect(errors).toEqual([]);
  });
});
