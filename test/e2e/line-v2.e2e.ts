/**
 * Issue 14 in real Chromium: lesson 1's long setups shown as three options side by side (the
 * figures equal the Node core's for the same scenario and seed), with their assumptions and
 * a handling switch; lesson 2's headline naming the measure still losing after one honest
 * step. Screenshots at 1280×720 and 390×844, in English and 简体中文 (test-results/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { runAxe } from './a11y-checks.ts';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import type { FlowLineScenario } from '../../src/scenario/types.ts';
import { optionFigures, setupOptions } from '../../src/lessons/batching/setup-options.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;
let errors: string[];

const flow = 'genba-flow-screen';
const kaizen = 'genba-kaizen-screen';
const longSetups = ((): FlowLineScenario => {
  const parsed = parseScenarioText(readFileSync('public/scenarios/long-setups.json', 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('long-setups.json is not a flow-line scenario');
  return parsed.scenario;
})();
const one = (v: number | null) => (v === null ? '–' : v.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 }));

/** `genba run - --replications 1` of a scenario: replication 0, the run lesson 1's line table shows. */
function cli(scenario: FlowLineScenario): { makespan: number; leadTime: { mean: number } } {
  const text = JSON.stringify({ ...scenario, replications: 1 });
  return JSON.parse(execFileSync('npx', ['genba', 'run', '-', '--replications', '1'], { encoding: 'utf8', input: text, stdio: ['pipe', 'pipe', 'ignore'] })) as {
    makespan: number;
    leadTime: { mean: number };
  };
}
const two = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
async function lineRow(heading: string): Promise<string[]> {
  const row = page.locator(`${flow} #line-table tr`).filter({ has: page.locator('th', { hasText: heading }) }).first();
  return (await row.locator('td').allTextContents()).map((s) => s.trim());
}

async function switchTo(locale: 'en' | 'zh-CN'): Promise<void> {
  await page.getByLabel('Language / 语言').selectOption(locale);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
}

const optionRows = () =>
  page.locator(`${flow} genba-setup-options #setup-options-table tbody tr`).evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => (c.textContent ?? '').trim())));

async function shoot(name: string, locator: string): Promise<void> {
  for (const [w, h] of [
    [1280, 720],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.locator(locator).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`${name}-${w}`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

beforeAll(async () => {
  server = await serveBuiltApp();
  browser = await launch();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  errors = watchErrors(page);
  await page.goto(server.url);
  await page.locator(`${flow} genba-line-view#line-flow canvas`).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('lesson 1: long setups, three options', () => {
  it('the "long setups" preset shows the three options, figures equal to the core’s, lot splitting best', async () => {
    await page.locator(`${flow} #preset`).selectOption('long-setups.json');
    await expect.poll(() => page.locator(`${flow} #line-batch h3`).textContent()).toContain('Transfer batch of 10');
    await page.locator(`${flow} #reveal`).click();
    await page.locator(`${flow} genba-setup-options #setup-options-table`).waitFor({ timeout: 30_000 });
    const expected = setupOptions(longSetups).map((o) => optionFigures(o));
    const rows = await optionRows();
    expect(rows.map((r) => r[0])).toEqual(expected.map((f) => one(f.leadTime)));
    expect(rows.map((r) => r[3])).toEqual(expected.map((f) => one(f.makespan)));
    expect(await page.locator(`${flow} genba-setup-options tr.best`).getAttribute('data-option')).toBe('lot-splitting');
    // Batching wins a little over one piece with a setup per piece; lot splitting wins clearly.
    const [b, o, l] = expected.map((f) => f.leadTime as number);
    expect(b! < o! && l! < 0.65 * b!).toBe(true);
    expect(await page.locator(`${flow} genba-setup-options #setup-assumptions`).textContent()).toContain('all the raw material is there at the start');
    await shoot('v2-lesson1-options-en', `${flow} genba-setup-options`);
  });

  it('handling switched off: the batches are still slower, and the figures follow the core', async () => {
    await page.locator(`${flow} genba-setup-options #count-handling`).uncheck();
    await page.locator(`${flow} genba-setup-options #no-handling-note`).waitFor();
    const expected = setupOptions(longSetups, false).map((o) => optionFigures(o));
    await expect.poll(async () => (await optionRows()).map((r) => r[0])).toEqual(expected.map((f) => one(f.leadTime)));
    await page.locator(`${flow} genba-setup-options #count-handling`).check();
  });

  it('in 简体中文', async () => {
    await switchTo('zh-CN');
    await expect.poll(() => page.locator(`${flow} genba-setup-options #setup-options-h`).textContent()).toContain('换型时间长');
    await shoot('v2-lesson1-options-zh', `${flow} genba-setup-options`);
    await switchTo('en');
  });
});

describe('lesson 1: the version-2 fields in the parameter editor', () => {
  it('a process batch of 10 set in the editor on "long setups" runs, and the figures equal `genba run` of the same scenario', async () => {
    await page.locator(`${flow} #params summary`).click();
    const field = page.locator(`${flow} genba-flow-params genba-flow-pull-fields [id="processBatch"]`);
    expect(await field.inputValue(), 'left out in the preset').toBe('');
    const before = await lineRow('Order finished');
    await field.fill('10');
    await field.press('Tab');
    const edited: FlowLineScenario = { ...longSetups, processBatch: 10 };
    const batch = cli(edited);
    // The one-piece column passes parts on one at a time and still sets up once per 10: lot splitting.
    const split = cli({ ...edited, transferBatch: 1 });
    await expect.poll(() => lineRow('Order finished'), { timeout: 30_000 }).toEqual([two(batch.makespan), two(split.makespan)]);
    expect(await lineRow('Lead time, mean')).toEqual([two(batch.leadTime.mean), two(split.leadTime.mean)]);
    expect(before[1], 'the one-piece column changed').not.toBe(two(split.makespan));
    expect(await field.getAttribute('aria-invalid')).toBe('false');
    // An invalid cap is marked at its field (axe clean with the message shown), then emptied again.
    const cap = page.locator(`${flow} genba-flow-params genba-flow-pull-fields [id="release.wipCap"]`);
    await cap.fill('3');
    await cap.press('Tab');
    await expect.poll(() => cap.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`${flow} genba-flow-pull-fields [id="release.wipCap-msg"]`).textContent()).toMatch(/^WIP cap \(CONWIP\): 3 /);
    expect((await runAxe(page)).blocking, 'axe, the editor with an invalid field').toEqual([]);
    expect(await lineRow('Order finished'), 'nothing ran on it').toEqual([two(batch.makespan), two(split.makespan)]);
    await cap.fill('');
    await cap.press('Tab');
    await expect.poll(() => cap.getAttribute('aria-invalid')).toBe('false');
    await shoot('v2-editor-pull-fields-en', `${flow} genba-flow-params genba-flow-pull-fields`);
    await switchTo('zh-CN');
    await expect.poll(() => page.locator(`${flow} genba-flow-params genba-flow-pull-fields legend`).textContent()).toContain('加工批量');
    await shoot('v2-editor-pull-fields-zh', `${flow} genba-flow-params genba-flow-pull-fields`);
    await switchTo('en');
  });
});

describe('lesson 2: an honest headline', () => {
  it('after quick-change tooling alone, the headline says which measure still loses, in both languages', async () => {
    await page.goto(`${server.url}#/kaizen`);
    await page.locator(`${kaizen} #verdict`).waitFor();
    await page.locator(`${kaizen} genba-line-view#line-flow button`, { hasText: 'Press' }).click();
    const picker = page.locator(`${kaizen} genba-improvement-picker`);
    await picker.locator('input[name="improvement"][value="tenth:Press:swap die"]').check();
    await picker.locator('input[name="direction"][value="down"]').check();
    await picker.locator('#apply').click();
    await expect.poll(() => page.locator(`${kaizen} #verdict`).textContent(), { timeout: 30_000 }).toContain('lead time is still worse');
    expect(await page.locator(`${kaizen} #verdict`).textContent()).toMatch(/WIP and scrap win; lead time is still worse: 121(\.0)? min against 119\.4\./); // engine 3.0.0's means (docs/model.md)
    await shoot('v2-lesson2-headline-en', `${kaizen} #verdict`);
    await switchTo('zh-CN');
    await expect.poll(() => page.locator(`${kaizen} #verdict`).textContent()).toContain('交付周期仍然更差');
    await shoot('v2-lesson2-headline-zh', `${kaizen} #verdict`);
    await switchTo('en');
  });

  it('no errors in the console', () => {
    expect(errors).toEqual([]);
  });
});
