/**
 * Issue 16, "no silent wrong answers" and "words a trainee understands", in Chromium on the
 * production build: a link made from a preset names the preset; the editor refuses an order
 * the engine cannot finish at the quantity field, with the largest that runs, and announces
 * nothing; validation messages name the field as the form labels it, in English and 简体中文;
 * the preset chooser and the lines speak Chinese. Screenshots go to test-results/robust-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import { encodeLink } from '../../src/share/link-codec.ts';

const screen = 'genba-flow-screen';
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let page: Page;
let errors: string[] = [];

const preset = (() => {
  const parsed = parseScenarioText(readFileSync('public/scenarios/batching-illusion.json', 'utf8'));
  if (!parsed.ok) throw new Error('batching-illusion.json is not valid');
  return parsed.scenario;
})();

const field = (id: string) => page.locator(`${screen} genba-flow-params [id="${id}"]`);
const messageOf = (id: string) => page.locator(`${screen} genba-flow-params [id="${id}-msg"]`).textContent();
const announce = () => page.locator(`${screen} #announce`).textContent();

async function openParams(): Promise<void> {
  const details = page.locator(`${screen} #params`);
  if ((await details.getAttribute('open')) === null) await page.locator(`${screen} #params summary`).click();
  await field('transferBatch').waitFor();
}

beforeAll(async () => {
  server = await serveBuiltApp();
  browser = await launch();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  errors = watchErrors(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('issue 16 in Chromium', () => {
  it('a link made from a preset opens with the preset named in the chooser, not "Another scenario"', async () => {
    const link = encodeLink({ lesson: 'batching', scenario: preset });
    if (!link.ok) throw new Error(link.message);
    await page.goto(`${server.url}#/batching?${link.query}`);
    await page.locator(`${screen} genba-line-view#line-flow canvas`).waitFor();
    await expect.poll(() => page.locator(`${screen} #preset`).inputValue()).toBe('batching-illusion.json');
    expect(await page.locator(`${screen} #preset option[value=""]`).count()).toBe(0);
  });

  it('the editor refuses an order the engine cannot finish, at the field, and announces no run', async () => {
    await openParams();
    const before = await announce();
    await field('release.quantity').fill('1000000');
    await field('release.quantity').press('Tab');
    await expect.poll(() => field('release.quantity').getAttribute('aria-invalid')).toBe('true');
    const text = (await messageOf('release.quantity')) ?? '';
    expect(text).toMatch(/^Quantity: 1000000 is not allowed; it must be at most [\d,]+ on this line: a run would take about [\d,]+ simulation events, and at most 5,000,000 can run$/);
    expect(await announce()).toBe(before);
    // The largest value it names runs.
    const largest = /at most ([\d,]+) on this line/.exec(text)?.[1]?.replace(/,/g, '') ?? '';
    await field('release.quantity').fill(largest);
    await field('release.quantity').press('Tab');
    await expect.poll(() => field('release.quantity').getAttribute('aria-invalid'), { timeout: 60_000 }).toBe(null);
    await expect.poll(() => announce(), { timeout: 200_000, interval: 1000 }).toBe('Parameters applied: both lines ran again on the same seed.');
    await field('release.quantity').fill('50');
    await field('release.quantity').press('Tab');
    await expect.poll(() => announce(), { timeout: 60_000 }).toBe('Parameters applied: both lines ran again on the same seed.');
  }, 400_000);

  it('names the field as the form labels it, in English and in 简体中文, and shows the presets in Chinese', async () => {
    await openParams();
    await field('stations[0].processTime.dist').selectOption('exponential');
    await field('stations[0].processTime.mean').fill('-3');
    await field('stations[0].processTime.mean').press('Tab');
    await expect.poll(() => messageOf('stations[0].processTime.mean')).toBe('Station 1 · Cut · Process time · mean: -3 is not allowed; it must be more than 0');
    await page.screenshot({ path: screenshotPath('robust-1-message-en') });
    await page.locator('genba-app #language').selectOption('zh-CN');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await expect.poll(() => messageOf('stations[0].processTime.mean')).toBe('工位 1 · Cut · 加工时间 · 均值：-3 不可用；必须大于 0');
    const options = await page.locator(`${screen} #preset option`).allTextContents();
    expect(options).toContain('批量的错觉');
    for (const option of options) expect(option, option).not.toMatch(/[A-Za-z]{2,}/);
    await page.screenshot({ path: screenshotPath('robust-2-message-zh'), fullPage: false });
    await page.locator('genba-app #language').selectOption('en');
    expect(errors).toEqual([]);
  });
});
