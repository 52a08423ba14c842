/**
 * Model B version 2 in Chromium (issue 13, the part that is built): the engine check runs the
 * strategies seed case in Web Workers, shows each strategy's figures as the CLI prints them,
 * and draws the break-even view with the point where the forecast starts to pay. Screenshots
 * in English and 简体中文 at 1280×720 and 390×844.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';

const FILE = 'launch-ohno-question.json';
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

/** What `npx genba run` prints for the preset. */
function cliResult(): { results: { strategy: string; profit: { mean: number }; probLoss: number; fixedCost: { mean: number } }[] } {
  return JSON.parse(execFileSync(process.execPath, ['bin/genba.js', 'run', `public/scenarios/${FILE}`], { encoding: 'utf8' }));
}

describe('launch strategies on the engine check', () => {
  const cli = cliResult();

  it.each([
    ['en', 1280, 720],
    ['zh-CN', 1280, 720],
    ['en', 390, 844],
    ['zh-CN', 390, 844],
  ] as const)('%s at %i×%i: figures equal the CLI’s, break-even view drawn', async (locale, width, height) => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    await page.goto(`${server.url}#/engine`);
    await page.locator('genba-app #language').selectOption(locale);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
    await page.locator('genba-scenario-runner select').selectOption(FILE);
    await page.locator('genba-scenario-runner #run').click();
    await page.locator('genba-scenario-runner #result-json').waitFor({ state: 'attached', timeout: 60_000 });
    const page_ = JSON.parse((await page.locator('genba-scenario-runner #result-json').textContent()) ?? '{}');
    expect(page_.results).toEqual(cli.results);
    const first = cli.results[0];
    const rows = await page.locator('genba-scenario-runner table').first().locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''));
    // A preset's strategy is named in the page's language (pilot: 试产).
    expect(rows[0]).toContain(locale === 'en' ? first?.strategy : ({ pilot: '试产', forecast: '按预测' } as Record<string, string>)[first?.strategy ?? '']);
    // The break-even view: the forecast pays only above some chance of a good market, marked.
    const chart = page.locator('genba-launch-break-even-chart');
    await chart.locator('figcaption').waitFor();
    // One mark, drawn in each of the two panels (it skips the gap where the lower panel's title is written).
    const marks = await chart.locator('line.vertical.threshold').evaluateAll((ls) => ls.map((l) => l.getAttribute('x1')));
    expect(marks).toHaveLength(2);
    expect(marks[1]).toBe(marks[0]);
    const caption = (await chart.locator('figcaption').textContent()) ?? '';
    expect(caption).toMatch(locale === 'en' ? /forecast earns more on average than pilot only when the chance of a good market is above \d+\.\d%/ : /盈亏平衡图/);
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`launch-strategies-engine-${locale}-${width}x${height}`), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
