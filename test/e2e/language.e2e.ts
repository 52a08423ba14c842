/**
 * English and 简体中文 in real Chromium (docs/i18n.md): lesson 1 with a kept prediction,
 * played to the middle and its results shown, is switched to Chinese and back in the
 * shell's "Language / 语言" select. Nothing reloads: the playback time, the prediction and
 * the illusion panel's numbers stay the same; headings, buttons, the canvas words and
 * `<html lang>` follow the language. After a reload the chosen language is remembered.
 * Then lesson 2 after one improvement (the log and the verdict stay, in Chinese), lesson 3
 * after a run (the same figures, Chinese headings and sentences), the guide and the printed
 * session summary, each switched in place, without horizontal overflow at 1280 px and with
 * no serious or critical axe violation in Chinese.
 * Screenshots: test-results/language-*.png (1280×720).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { runAxe } from './a11y-checks.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import type { FlowLineScenario } from '../../src/scenario/types.ts';
import { INTENDED_IMPROVEMENTS } from '../../src/lessons/kaizen/it-failed-before.ts';
import { candidatesAt, changeKey } from '../../src/lessons/kaizen/candidates.ts';
import { applyImprovements } from '../../src/lessons/kaizen/improvements.ts';
import { stationName } from './page-helpers.ts';

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
    expect(await text(`${screen} genba-illusion-panel #illusion-sentence`)).toMatch(/^采用批量：在\S+感觉快了 \d+%，计入取放后实际慢了 \d+%，第一件良品晚交付 [\d.]+ 分钟，完成订单晚了 [\d.]+ 分钟。$/);
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
    await page.locator(`${screen} #line-batch button`, { hasText: stationName('Weld') }).click();
    await expect.poll(() => text(`${screen} #station-h`)).toBe('现场观察：焊接');
    expect(await text(`${screen} #station-share caption`)).toBe('每件产品在焊接的交付周期花在哪里（按已交付件平均，分钟）');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.locator(`${screen} #station`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('language-5-zh-station') });
    await page.locator(`${screen} #line-batch button`, { hasText: stationName('Weld') }).click();
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

/** No serious or critical axe violation on the page as it is now. */
async function axeClean(state: string): Promise<void> {
  const axe = await runAxe(page);
  expect(axe.blocking, `axe, ${state}`).toEqual([]);
}

/** A text's numbers, in order: what must not change when only the words do. */
const CJK = /[\u4e00-\u9fff]/;
const numbersOf = (text: string): string[] => text.match(/[−-]?\d(?:[\d,]*\d)?(?:\.\d+)?%?/g) ?? [];

describe('lesson 2 in 简体中文, after one improvement', () => {
  const kaizen = 'genba-kaizen-screen';
  const original = ((): FlowLineScenario => {
    const parsed = parseScenarioText(readFileSync('public/scenarios/it-failed-before.json', 'utf8'));
    if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('it-failed-before.json is not a flow-line scenario');
    return parsed.scenario;
  })();
  const first = INTENDED_IMPROVEMENTS[0]!;
  const station = 'station' in first ? first.station : 'Press';
  const candidate = candidatesAt(original, original.stations.findIndex((s) => s.name === station)).find((c) => changeKey(c.improvement) === changeKey(first));
  /** Every cell of the kaizen log, as text. */
  const logCells = () => page.locator(`${kaizen} genba-kaizen-log td`).allTextContents();
  let before: { reveal: string; verdict: string; cells: string[] };

  it('opens lesson 2 in English, goes and sees the press and applies its first improvement', async () => {
    await page.goto(`${server.url}#/kaizen`);
    await page.locator(`${kaizen} #verdict`).waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator(`${kaizen} genba-line-view#line-flow button`, { hasText: stationName(station) }).click();
    await expect.poll(() => text(`${kaizen} #station-h`)).toBe(`3Go and see: ${station}`);
    const picker = page.locator(`${kaizen} genba-improvement-picker`);
    await picker.locator(`input[name="improvement"][value="${candidate!.improvement.id}"]`).check();
    await picker.locator('input[name="direction"][value="down"]').check();
    await picker.locator('#by').fill('10');
    await picker.locator('#apply').click();
    await expect.poll(() => page.locator(`${kaizen} genba-kaizen-log tbody tr`).count()).toBe(3);
    before = { reveal: await text(`${kaizen} #reveal`), verdict: await text(`${kaizen} #verdict`), cells: await logCells() };
    expect(before.reveal).toMatch(
      /^Press: shorten "swap die" to 10% of its time \(basis: quick-change tooling: quick-release clamps and locating pins instead of bolts\): one-piece flow's mean lead time went from [\d,.]+ to [\d,.]+ minutes\. You expected it to go down by 10\.0\./,
    );
    // The headline names the measure still losing (issue 14).
    expect(before.verdict).toMatch(/^WIP and scrap win; lead time is still worse: [\d,.]+ min against [\d,.]+\.$/);
  });

  it('switches to 简体中文: the log, the reveal and the verdict stay, in Chinese, with the same numbers', async () => {
    await switchTo('zh-CN');
    await expect.poll(() => text(`${kaizen} h1`)).toBe('试过了，失败了');
    expect(await page.title()).toBe('第 2 课 · 试过了，失败了 · Genba');
    expect(await text(`${kaizen} #numbers-h`)).toBe('1数字');
    const verdict = await text(`${kaizen} #verdict`);
    expect(verdict).toMatch(/^在制品和报废胜出；交付周期仍然更差：[\d,.]+ 分钟，批量为 [\d,.]+。$/);
    expect(numbersOf(verdict)).toEqual(numbersOf(before.verdict));
    const reveal = await text(`${kaizen} #reveal`);
    expect(reveal).toMatch(
      /^冲压：将“换模”缩短到原时间的 10%（依据：快换工装：用快速夹紧装置和定位销代替螺栓）：一个流的平均交付周期从 [\d,.]+ 变为 [\d,.]+ 分钟。你预期它缩短 10\.0。和你预期的(一样|不一样)。$/,
    );
    expect(numbersOf(reveal)).toEqual(numbersOf(before.reveal));
    expect((await logCells()).map(numbersOf)).toEqual(before.cells.map(numbersOf));
    expect(await text(`${kaizen} genba-kaizen-log tbody tr:nth-child(2) td.text`)).toMatch(/^缩短 10\.0；实际(缩短|变长|不变)/);
    expect(await text(`${kaizen} genba-kaizen-log caption`)).toMatch(/^改善日志：每一步之后的一个流（\d+ 次重复运行的均值，随机种子 \S+）$/);
    expect(await text(`${kaizen} genba-kaizen-log tbody tr:nth-child(2) th`)).toBe('1. 冲压：将“换模”缩短到原时间的 10%（依据：快换工装：用快速夹紧装置和定位销代替螺栓）');
    const shownStation = stationName(station).source.split('|').pop();
    expect(await text(`${kaizen} #station-h`)).toBe(`3现场观察：${shownStation}`);
    expect(await text(`${kaizen} genba-improvement-picker legend`)).toBe(`你要在${shownStation}改什么？`);
    expect(await text(`${kaizen} .checks li`)).toMatch(/^[✔✘] 交付周期：一个流 [\d,.]+ 分钟，每批 10 件时为 [\d,.]+ 分钟$/);
    expect(await text('genba-app genba-guide summary')).toMatch(/^引导路径：已完成 \d\/5 步$/);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await axeClean('lesson 2 in Chinese');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('language-9-zh-kaizen') });
    await page.locator(`${kaizen} #station`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('language-10-zh-kaizen-station') });
    await page.locator(`${kaizen} genba-improvement-picker`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('language-11-zh-kaizen-picker') });
    await page.locator(`${kaizen} #log`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('language-12-zh-kaizen-log') });
  });

  it('takes the other steps in Chinese until one-piece flow wins, and sums them up in a Chinese waterfall', async () => {
    const done = [first];
    for (const wanted of INTENDED_IMPROVEMENTS.slice(1)) {
      const line = applyImprovements(original, done);
      if (!line.ok) throw new Error('the intended improvements do not apply');
      const at = line.scenario.stations.findIndex((s, i) => candidatesAt(line.scenario, i).some((c) => changeKey(c.improvement) === changeKey(wanted)));
      const name = line.scenario.stations[at]!.name;
      const id = candidatesAt(line.scenario, at).find((c) => changeKey(c.improvement) === changeKey(wanted))!.improvement.id;
      const shown = stationName(name).source.split('|').pop();
      if (!(await text(`${kaizen} #station-h`)).endsWith(`现场观察：${shown}`)) {
        await page.locator(`${kaizen} genba-line-view#line-flow button`, { hasText: stationName(name) }).click();
        await expect.poll(() => text(`${kaizen} #station-h`)).toBe(`3现场观察：${shown}`);
      }
      const picker = page.locator(`${kaizen} genba-improvement-picker`);
      await picker.locator(`input[name="improvement"][value="${id}"]`).check();
      await picker.locator('input[name="direction"][value="down"]').check();
      await picker.locator('#apply').click();
      done.push(wanted);
      await expect.poll(() => page.locator(`${kaizen} genba-kaizen-log tbody tr`).count()).toBe(done.length + 2);
    }
    await expect.poll(() => text(`${kaizen} #verdict`)).toMatch(/^一个流现在胜过批量：平均交付周期 [\d,.]+ 分钟，批量为 [\d,.]+。$/);
    expect(await text(`${kaizen} #summary-h`)).toBe('5一个流是怎样一步步赢的');
    expect(await page.locator(`${kaizen} genba-waterfall-chart svg[role="img"]`).getAttribute('aria-label')).toMatch(CJK);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await axeClean('lesson 2 won, in Chinese');
    await page.locator(`${kaizen} #summary`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('language-12b-zh-kaizen-won') });
    await page.locator(`${kaizen} #share`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('language-12c-zh-kaizen-saved') });
    expect(await text(`${kaizen} genba-share-panel #saved-list .meta`)).toMatch(/^保存于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
  });
});

describe('lesson 3 in 简体中文, after a run', () => {
  const launchScreen = 'genba-launch-screen';
  /** The figures table: every shown cell, and every full-precision value. */
  const figures = () =>
    page.locator('genba-launch-figures').evaluate((host) =>
      [...host.shadowRoot!.querySelectorAll('td[data-q0]')].map((c) => `${c.getAttribute('data-value')} ${(c.textContent ?? '').trim()}`),
    );
  let before: { figures: string[]; headline: string; announced: string };

  it('runs the seed case in English', async () => {
    await switchTo('en');
    await page.goto(`${server.url}#/launch`);
    await page.locator('genba-launch-run-controls #run').waitFor();
    await expect.poll(() => page.locator('genba-launch-run-controls input[data-path="seed"]').inputValue()).toBe('ohno');
    // The old one-lot case (version 1); Ohno's question in Chinese is in launch-ohno.e2e.ts.
    await page.locator(`${launchScreen} details.parameters > summary`).click();
    await page.locator('genba-launch-parameters select#preset').selectOption('launch-seed-case.json');
    await page.locator('genba-launch-parameters #load-preset').click();
    await expect.poll(() => text(`${launchScreen} h1`)).toBe('Launch 30,000 on a forecast, or a pilot of 500?');
    await page.locator(`${launchScreen} details.parameters > summary`).click();
    await page.locator('genba-launch-prediction input[name="earnsMore"][value="launch"]').check();
    await page.locator('genba-launch-prediction input[name="losesMoreOften"][value="pilot"]').check();
    await page.locator('genba-launch-run-controls #run').click();
    await page.locator(`${launchScreen} #status`).filter({ hasText: 'Done' }).waitFor({ timeout: 90_000 });
    await page.locator('genba-launch-market-story-chart svg[role="img"]').waitFor();
    before = { figures: await figures(), headline: await text(`${launchScreen} h1`), announced: await text(`${launchScreen} #announcer`) };
    expect(before.figures.length).toBe(18);
    expect(before.headline).toBe('Launch 30,000 on a forecast, or a pilot of 500?');
  });

  it('switches to 简体中文: the same figures, Chinese headings, sentences and charts', async () => {
    await switchTo('zh-CN');
    await expect.poll(() => text(`${launchScreen} h1`)).toBe('按预测直接上市 30,000 辆，还是先试产 500 辆？');
    expect(await page.title()).toBe('第 3 课 · 溜走的大鱼 · Genba');
    expect(await text('genba-app nav a[aria-current="page"]')).toBe('3 · 上市规模');
    expect(await page.locator(`${launchScreen} h2`).allTextContents()).toEqual(
      expect.arrayContaining(['决策', '1. 预测', '2. 运行市场模拟', '3. 解读结果', '运行发现了什么', '账本：实际损失与机会损失', '一个市场的故事', '分享与保存']),
    );
    expect(await figures()).toEqual(before.figures);
    expect(await text('genba-launch-figures caption')).toBe('两种策略在 10,000 个市场中的表现');
    expect(await text('genba-launch-figures tbody th')).toBe('平均利润');
    expect(await text(`${launchScreen} #status`)).toMatch(/^完成，用时 [\d.]+ 秒。$/);
    expect(await text(`${launchScreen} .in-short li`)).toMatch(/^试产 500 平均多赚 [\d,]+（[\d.]+%）：差不多。$/);
    expect(await text('genba-launch-prediction .check h3')).toBe('你的预测与运行结果');
    expect(await text('genba-launch-prediction .check dd')).toMatch(/^你的预测：上市 30,000。运行结果：试产 500 平均多赚/);
    // The announcement already said stays as it was said (a live region is not spoken again).
    expect(await text(`${launchScreen} #announcer`)).toBe(before.announced);
    const ledger = await text('genba-launch-ledger-chart figcaption');
    expect(ledger).toMatch(/^实际损失与机会损失。所有市场平均而言，上市 30,000 在滞销库存上花掉 [\d,]+，少赚毛利 [\d,]+；试产 500 花掉 [\d,]+，少赚 [\d,]+。实际损失最大的是/);
    expect(await page.locator('genba-launch-ledger-chart svg[role="img"]').getAttribute('aria-label')).toBe(ledger);
    expect(await text('genba-launch-profit-histogram figcaption')).toMatch(/^利润分布。上市 30,000：90% 的市场利润在 /);
    expect(await text('genba-launch-sweep-chart figcaption')).toMatch(/^首批投产量扫描。Q0 从 0 到 /);
    expect(await page.locator('genba-launch-market-story-chart text.panel-title').first().textContent()).toMatch(/^每月件数：上市 30,000，市场 1（\S+）$/);
    // Axis ticks use the language's short forms (万), the figures stay the same digits.
    expect(await page.locator('genba-launch-sweep-chart g.panel.money g.y-axis text').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/万$/)]));
    expect(await overflow()).toBeLessThanOrEqual(0);
    await axeClean('lesson 3 in Chinese');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('language-13-zh-launch') });
    await page.locator(`${launchScreen} #h-figures`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('language-14-zh-launch-figures') });
    await page.locator('genba-launch-ledger-panel #hindsight').click();
    await page.locator('genba-launch-hindsight-chart svg[role="img"]').waitFor();
    expect(await text('genba-launch-ledger-panel .explain')).toMatch(/^遇上 ?\S+? ?市场之后，试产错过的销量看起来很大。/);
    expect(await text('genba-launch-hindsight-chart figcaption')).toMatch(/^遇上 ?\S+? ?市场之后，试产 500 ?错过了 [\d,]+ 的毛利/);
    await page.locator(`${launchScreen} #h-ledger`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('language-15-zh-launch-ledger') });
    await page.locator('genba-launch-hindsight-chart').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('language-16-zh-launch-hindsight') });
    await page.locator(`${launchScreen} #h-sweep`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('language-17-zh-launch-sweep') });
    await page.locator(`${launchScreen} #h-story`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('language-18-zh-launch-story') });
    await page.locator(`${launchScreen} details.parameters summary`).click();
    await page.locator(`${launchScreen} details.parameters`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('language-19-zh-launch-parameters') });
    await page.locator(`${launchScreen} #share`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('language-20-zh-launch-share') });
  });

  it('prints the session summary and shows the guide in Chinese', async () => {
    const guide = 'genba-app genba-guide';
    expect(await text(`${guide} summary`)).toMatch(/^引导路径：已完成 \d\/5 步$/);
    expect(await page.locator(`${guide} ol li`).allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('一个市场，逐月来看')]));
    expect(await text(`${guide} .debrief h3`)).toMatch(/^(复盘|结束时讨论)$/);
    expect(await text(`${guide} #print-summary`)).toBe('打印本次课程小结');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('language-21-zh-guide') });
    await page.emulateMedia({ media: 'print' });
    const summary = page.locator('genba-app genba-session-summary');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await text('genba-app genba-session-summary h1')).toBe('Genba：课程小结');
    expect(await summary.locator('h2').allTextContents()).toEqual(expect.arrayContaining(['第 2 课 · 试过了，失败了', '第 3 课 · 溜走的大鱼']));
    const rows = await summary.locator('tr').allTextContents();
    expect(rows.some((r) => r.includes('结果'))).toBe(true);
    expect(await summary.locator('p.meta').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^已完成的步骤：/)]));
    await page.screenshot({ path: screenshotPath('language-22-zh-summary'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('switches back to English with the same figures', async () => {
    await switchTo('en');
    await expect.poll(() => text(`${launchScreen} h1`)).toBe(before.headline);
    expect(await figures()).toEqual(before.figures);
    expect(await text('genba-launch-figures caption')).toBe('The two strategies over 10,000 markets');
  });

  it('had no errors on the page', () => {
    expect(errors).toEqual([]);
  });
});
