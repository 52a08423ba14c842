/**
 * English and 简体中文 in real Chromium (docs/i18n.md): lesson 1 with a kept prediction,
 * played to the middle and its results shown, is switched to Chinese and back in the
 * shell's "Language / 语言" select. Nothing reloads: the playback time, the prediction and
 * the illusion panel's numbers stay the same; headings, buttons, the canvas words and
 * `<html lang>` follow the language. After a reload the chosen language is remembered.
 * Screenshots: test-results/language-*.png (1280×720).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;
let errors: string[];

const screen = 'genba-flow-screen';
const controls = `${screen} genba-playback-controls`;
const language = () => page.locator('genba-app #language');
const time = async () => Number(await page.locator(`${controls} #timeline`).inputValue());
const text = async (selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
/** Every number in the illusion panel's two tables, in order. */
const panelNumbers = () =>
  page.locator(`${screen} genba-illusion-panel td`).evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').match(/[−+±]?[\d,.]+%?/g)?.join(' ') ?? ''));
/** What the batch line's canvas shows, as pixels. */
const canvasPixels = () => page.locator(`${screen} #line-batch canvas`).evaluate((c) => (c as HTMLCanvasElement).toDataURL());
/** No horizontal page scroll at 1280 px (nothing overflows the layout). */
const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

let state: { t: number; kept: string; numbers: string[]; timeText: string };

async function switchTo(locale: 'en' | 'zh-CN'): Promise<void> {
  await language().selectOption(locale);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
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

describe('two languages, switched mid-run', () => {
  it('opens in English with the switch in the header', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await language().inputValue()).toBe('en');
    expect(await page.getByLabel('Language / 语言').count()).toBe(1);
    expect(await language().locator('option').allTextContents()).toEqual(['English', '简体中文']);
    expect(await text(`${screen} h1`)).toBe('The batching illusion');
    await page.screenshot({ path: screenshotPath('language-0-en-open') });
  });

  it('keeps a prediction, plays to the middle and shows the results', async () => {
    const p = page.locator(`${screen} genba-flow-prediction`);
    await p.locator('input[name="first"][value="flow"]').check();
    await p.locator('input[name="finish"][value="flow"]').check();
    await p.locator('#by').fill('30');
    await p.locator('#keep').click();
    await expect.poll(() => p.locator('.kept').textContent()).toContain('Your prediction');
    const end = Number(await page.locator(`${controls} #timeline`).getAttribute('max'));
    await page.locator(`${controls} #speed`).selectOption('16');
    await page.locator(`${controls} #play`).click();
    await expect.poll(time, { timeout: 20_000 }).toBeGreaterThan(end * 0.4);
    await page.locator(`${controls} #play`).click(); // pause
    expect(await time()).toBeLessThan(end);
    await page.locator(`${screen} #reveal`).click();
    await page.locator(`${screen} genba-illusion-panel #illusion-sentence`).waitFor();
    state = {
      t: await time(),
      kept: await text(`${screen} genba-flow-prediction .kept`),
      numbers: await panelNumbers(),
      timeText: await text(`${controls} #time`),
    };
    expect(state.numbers.length).toBeGreaterThan(10);
    expect(state.kept).toMatch(/Your prediction: first good unit from one-piece flow; order finished first by one-piece flow, 30 minutes sooner\./);
    await page.screenshot({ path: screenshotPath('language-1-en') });
  });

  it('switches to 简体中文 in place: Chinese words, the same time, prediction and numbers', async () => {
    const before = await canvasPixels();
    await switchTo('zh-CN');
    await expect.poll(() => text(`${screen} h1`)).toBe('批量的错觉');
    expect(await page.title()).toBe('第 1 课 · 批量的错觉 · Genba');
    expect(await text('genba-app nav a[aria-current="page"]')).toBe('1 · 批量的错觉');
    expect(await text('genba-app #presenter')).toBe('演示模式');
    expect(await text(`${screen} #predict-h`)).toContain('先预测');
    expect(await text(`${screen} #watch-h`)).toContain('观察两条线');
    expect(await text(`${screen} #results-h`)).toContain('发生了什么');
    expect(await text(`${controls} #play`)).toBe('▶ 播放');
    expect(await text(`${screen} #run-many`)).toMatch(/^每条线各运行 \d+ 次$/);
    expect(await text(`${screen} #line-flow h3`)).toBe('一个流');
    expect(await text(`${screen} #line-batch h3`)).toBe('转运批量 10');
    // Nothing reloaded: the same moment of the replay, the same prediction, the same numbers.
    expect(await time()).toBe(state.t);
    const [t, end] = state.timeText.split(/\s*\/\s*|\s+min$/);
    expect(await text(`${controls} #time`)).toBe(`${t} / ${end} 分钟`);
    expect(await text(`${screen} genba-flow-prediction .kept`)).toBe('你的预测：第一件良品来自一个流；一个流先完成订单，早 30 分钟。');
    expect(await page.locator(`${screen} genba-flow-prediction input[name="first"]`).count()).toBe(0);
    expect(await panelNumbers()).toEqual(state.numbers);
    expect(await text(`${screen} genba-illusion-panel #illusion-sentence`)).toMatch(/^采用批量：在 \S+ 感觉快了 \d+%，计入取放后实际慢了 \d+%，第一件良品晚交付 [\d.]+ 分钟，完成订单晚了 [\d.]+ 分钟。$/);
    expect(await text(`${screen} genba-illusion-panel #line-table caption`)).toBe('生产线交付了什么');
    // The canvas draws its words again (same moment, other words) and describes itself in Chinese.
    await expect.poll(canvasPixels).not.toBe(before);
    expect(await page.locator(`${screen} #line-batch canvas`).getAttribute('aria-label')).toMatch(/^转运批量 10，时间 [\d,.]+：已交付 \d+ 件/);
    // Charts: summaries and axis words in Chinese.
    expect(await page.locator(`${screen} genba-step-chart svg[role="img"]`).first().getAttribute('aria-label')).toMatch(/^已交付良品：/);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('language-2-zh') });
    await page.locator(`${screen} #results`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('language-3-zh-results') });
    await page.locator(`${screen} genba-station-split-chart`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('language-4-zh-charts') });
  });

  it('reads well in the other parts of the lesson too (station, editor, shortcuts)', async () => {
    await page.locator(`${screen} #line-batch button`, { hasText: 'Weld' }).click();
    await expect.poll(() => text(`${screen} #station-h`)).toBe('现场观察：Weld');
    expect(await text(`${screen} #station-share caption`)).toBe('每件产品在 Weld 的交付周期花在哪里（按已交付件平均，分钟）');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.locator(`${screen} #station`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('language-5-zh-station') });
    await page.locator(`${screen} #line-batch button`, { hasText: 'Weld' }).click();
    await page.locator(`${screen} #params summary`).click();
    await expect.poll(() => text(`${screen} genba-flow-params legend`)).toBe('场景');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.locator(`${screen} #params`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('language-6-zh-params') });
    await page.locator(`${screen} #params summary`).click();
    await page.locator('genba-app #show-shortcuts').click();
    await expect.poll(() => text('genba-app #shortcuts-h')).toBe('键盘快捷键');
    await page.screenshot({ path: screenshotPath('language-7-zh-shortcuts') });
    await page.keyboard.press('Escape');
  });

  it('switches back to English with the state unchanged', async () => {
    await switchTo('en');
    await expect.poll(() => text(`${screen} h1`)).toBe('The batching illusion');
    expect(await text(`${controls} #play`)).toBe('▶ Play');
    expect(await time()).toBe(state.t);
    expect(await text(`${controls} #time`)).toBe(state.timeText);
    expect(await text(`${screen} genba-flow-prediction .kept`)).toBe(state.kept);
    expect(await panelNumbers()).toEqual(state.numbers);
    expect(await page.title()).toBe('Lesson 1 · The batching illusion · Genba');
  });

  it('remembers the chosen language after a reload', async () => {
    await switchTo('zh-CN');
    await page.reload();
    await page.locator(`${screen} genba-line-view#line-flow canvas`).waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await expect.poll(() => text(`${screen} h1`)).toBe('批量的错觉');
    expect(await language().inputValue()).toBe('zh-CN');
    await page.screenshot({ path: screenshotPath('language-8-zh-reloaded') });
    await switchTo('en');
  });

  it('had no errors on the page', () => {
    expect(errors).toEqual([]);
  });
});
