/**
 * Scenarios that travel (issue 7), in real Chromium on the production build (strict CSP,
 * Trusted Types): a link copied after an edit opens in a fresh browser with the same
 * numbers and the same playback time; a tampered link opens the default scenario with a
 * message; a scenario file exported and re-imported (file chooser, drag and drop) gives the
 * same results; saved work survives a reload, a corrupt entry is set aside, two tabs stay
 * in step; a hostile name stays text; charts and tables download. Screenshots go to
 * test-results/share-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { XSS, deepCount } from './page-helpers.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import type { FlowLineScenario } from '../../src/scenario/types.ts';
import { runScenarioSync, type FlowLineOutput } from '../../src/sim/run-scenario.ts';
import { simulateFlowLine } from '../../src/sim/line/flow-line.ts';
import { RNG_ALGORITHM } from '../../src/sim/rng/stream.ts';
import { canonicalJson } from '../../src/share/plain-json.ts';
import { encodeBase64url } from '../../src/share/base64url.ts';
import { packZlib } from '../../src/share/zlib-frame.ts';

const screen = 'genba-flow-screen';
const panel = `${screen} genba-share-panel`;

let server: { url: string; close: () => Promise<void> };
let first: Browser;
let second: Browser;
/** Every page opened, with its errors: none may have any. */
const watched: { name: string; errors: string[] }[] = [];
const dialogs: string[] = [];

const preset = ((): FlowLineScenario => {
  const parsed = parseScenarioText(readFileSync('public/scenarios/batching-illusion.json', 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('batching-illusion.json is not a flow-line scenario');
  return parsed.scenario;
})();

const two = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

async function open(browser: Browser, name: string, url = server.url): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  watched.push({ name, errors: watchErrors(page) });
  page.on('dialog', (d) => {
    dialogs.push(`${name}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  await page.locator(`${screen} genba-line-view#line-flow canvas`).waitFor();
  return page;
}

const batchHeading = (page: Page) => page.locator(`${screen} #line-batch h3`).textContent();
const time = async (page: Page) => Number(await page.locator(`${screen} genba-playback-controls #timeline`).inputValue());

/** Every number of the illusion panel's tables, as shown. */
async function illusionNumbers(page: Page): Promise<string[]> {
  const reveal = page.locator(`${screen} #reveal`);
  if (await reveal.count()) await reveal.click();
  await page.locator(`${screen} genba-illusion-panel #line-table`).waitFor();
  return (await page.locator(`${screen} genba-illusion-panel td`).allTextContents()).map((s) => s.trim());
}

async function lineTableRow(page: Page, heading: string): Promise<string[]> {
  const row = page.locator(`${screen} genba-illusion-panel #line-table tr`).filter({ has: page.locator('th', { hasText: heading }) }).first();
  return (await row.locator('td').allTextContents()).map((s) => s.trim());
}

async function setTransferBatch(page: Page, value: number): Promise<void> {
  const details = page.locator(`${screen} #params`);
  if ((await details.getAttribute('open')) === null) await page.locator(`${screen} #params summary`).click();
  const field = page.locator(`${screen} genba-flow-params [id="transferBatch"]`);
  await field.fill(String(value));
  await field.press('Tab');
  await expect.poll(() => batchHeading(page)).toContain(`Transfer batch of ${value}`);
}

async function savedNames(page: Page): Promise<string[]> {
  return (await page.locator(`${panel} #saved-list .name`).allTextContents()).map((s) => s.trim());
}

beforeAll(async () => {
  server = await serveBuiltApp();
  first = await launch();
  second = await launch();
});
afterAll(async () => {
  await first?.close();
  await second?.close();
  await server?.close();
});

describe('scenarios that travel, in Chromium', () => {
  let page: Page;
  let link = '';
  let numbersAtFive: string[] = [];
  let timeInLink = 0;
  let scenarioFile = '';

  it('copies a link after an edit: the link carries the scenario, the position and the prediction', async () => {
    page = await open(first, 'first');
    await setTransferBatch(page, 5);
    const prediction = page.locator(`${screen} genba-flow-prediction`);
    await prediction.locator('input[name="first"][value="batch"]').check();
    await prediction.locator('input[name="finish"][value="flow"]').check();
    await prediction.locator('#by').fill('12');
    await prediction.locator('#keep').click();
    const controls = page.locator(`${screen} genba-playback-controls`);
    for (let i = 0; i < 40; i++) await controls.locator('#step-forward').click();
    timeInLink = await time(page);
    expect(timeInLink).toBeGreaterThan(0);
    numbersAtFive = await illusionNumbers(page);
    // The same figures as the CLI for the edited scenario.
    const cli = runScenarioSync({ ...preset, transferBatch: 5, replications: 1 }) as FlowLineOutput;
    expect((await lineTableRow(page, 'Order finished'))[0]).toBe(two(cli.makespan as number));

    await page.locator(`${panel} #include-prediction`).check();
    await page.locator(`${panel} #copy-link`).click();
    const field = page.locator(`${panel} #link`);
    await expect.poll(() => field.inputValue()).toMatch(/#\/batching\?v=2&s=[A-Za-z0-9_-]+$/);
    link = await field.inputValue();
    expect(link.startsWith(server.url)).toBe(true);
    expect(link.length).toBeLessThan(2000);
    expect(await field.getAttribute('readonly')).not.toBeNull();
    await expect.poll(() => page.locator(`${panel} #link-status`).textContent()).toMatch(/Copied|Select and copy/);
    await page.locator(`${screen} #share`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('share-1-panel') });
  });

  it('opens the link in a fresh browser: same numbers, same playback time, the prediction restored', async () => {
    const fresh = await open(second, 'second: link', link);
    await expect.poll(() => batchHeading(fresh)).toContain('Transfer batch of 5');
    await expect.poll(() => time(fresh)).toBe(timeInLink);
    expect(await fresh.locator(`${screen} genba-playback-controls #time`).textContent()).toBe(
      await page.locator(`${screen} genba-playback-controls #time`).textContent(),
    );
    await expect.poll(() => fresh.locator(`${screen} genba-flow-prediction .kept`).textContent()).toMatch(/first good unit from\s+the batch line/);
    expect(await fresh.locator(`${screen} #link-problem`).count()).toBe(0);
    await fresh.screenshot({ path: screenshotPath('share-2-link-opened') });
    expect(await illusionNumbers(fresh)).toEqual(numbersAtFive);
    await fresh.close();
  });

  it('says what was wrong with a tampered link and opens the default scenario', async () => {
    const cut = link.slice(0, link.length - 25);
    const tab = await open(second, 'second: tampered', cut);
    const problem = tab.locator(`${screen} #link-problem`);
    await expect.poll(() => problem.textContent()).toMatch(/^This link is damaged: .+ The lesson's default scenario is open instead\.$/);
    expect(await problem.getAttribute('role')).toBe('alert');
    await expect.poll(() => batchHeading(tab)).toContain('Transfer batch of 10');
    await tab.screenshot({ path: screenshotPath('share-3-tampered-link') });

    // One character flipped in the data, opened in the same tab (a hashchange, no reload).
    const at = link.length - 40;
    const flipped = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
    await setTransferBatch(tab, 4);
    await tab.evaluate((hash) => (window.location.hash = hash), new URL(flipped).hash);
    await expect.poll(() => problem.textContent()).toMatch(/^This link is damaged: .+ default scenario is open instead\.$/);
    await expect.poll(() => batchHeading(tab)).toContain('Transfer batch of 10');
    // The page is whole: the lesson still runs.
    expect(await tab.locator(`${screen} genba-line-view`).count()).toBe(2);
    // A valid link in the same tab opens, and the message goes.
    await tab.evaluate((hash) => (window.location.hash = hash), new URL(link).hash);
    await expect.poll(() => batchHeading(tab)).toContain('Transfer batch of 5');
    expect(await problem.count()).toBe(0);
    await tab.close();
  });

  it('opens a link made by an older engine with a notice, on the replication it names', async () => {
    // Written by hand, as an older Genba would have: format 1, engine 0.9.0, replication 2.
    const envelope = { engineVersion: '0.9.0', rng: RNG_ALGORITHM, lesson: 'batching', scenario: { ...preset, transferBatch: 4 }, replication: 2, t: 30 };
    const query = `v=1&s=${encodeBase64url(packZlib(new TextEncoder().encode(canonicalJson(envelope))))}`;
    const tab = await open(second, 'second: older link', `${server.url}#/batching?${query}`);
    await expect.poll(() => batchHeading(tab)).toContain('Transfer batch of 4');
    const notices = tab.locator(`${screen} #link-notices`);
    await expect.poll(() => notices.textContent()).toContain('This link was made with engine 0.9.0; numbers may differ from the original.');
    expect(await notices.getAttribute('role')).toBe('status');
    expect(await tab.locator(`${screen} #open-scenario`).textContent()).toMatch(/replication 3\s*$/);
    // The list of presets no longer claims a preset is open.
    expect(await tab.locator(`${screen} #preset`).inputValue()).toBe('');
    await expect.poll(() => time(tab)).toBeCloseTo(30, 0);
    // Replication 2 of the CLI's core, not replication 0.
    const run = simulateFlowLine({ ...preset, transferBatch: 4 }, preset.seed, 2);
    const zero = simulateFlowLine({ ...preset, transferBatch: 4 }, preset.seed, 0);
    expect(run.makespan).not.toBe(zero.makespan);
    await tab.screenshot({ path: screenshotPath('share-2b-older-link') });
    await illusionNumbers(tab);
    expect((await lineTableRow(tab, 'Order finished'))[0]).toBe(two(run.makespan as number));
    // Choosing the preset in the list opens it again.
    await tab.locator(`${screen} #preset`).selectOption('batching-illusion.json');
    await expect.poll(() => batchHeading(tab)).toContain('Transfer batch of 10');
    expect(await tab.locator(`${screen} #open-scenario`).textContent()).toMatch(/replication 1\s*$/);
    await tab.close();
  });

  it('exports the scenario file and re-imports it elsewhere with the same results', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`${panel} #download-scenario`).click()]);
    expect(download.suggestedFilename()).toBe('The batching illusion.json');
    scenarioFile = readFileSync((await download.path()) as string, 'utf8');
    const parsed = parseScenarioText(scenarioFile);
    expect(parsed.ok && parsed.scenario).toEqual({ ...preset, transferBatch: 5 });

    const tab = await open(second, 'second: import');
    expect(await batchHeading(tab)).toContain('Transfer batch of 10');
    const [chooser] = await Promise.all([tab.waitForEvent('filechooser'), tab.locator(`${panel} #open-file`).click()]);
    await chooser.setFiles({ name: 'The batching illusion.json', mimeType: 'application/json', buffer: Buffer.from(scenarioFile) });
    await expect.poll(() => batchHeading(tab)).toContain('Transfer batch of 5');
    await tab.locator(`${screen} genba-playback-controls #step-forward`).waitFor();
    expect(await illusionNumbers(tab)).toEqual(numbersAtFive);
    await expect.poll(() => tab.locator(`${panel} #save-status`).textContent()).toContain('Opened the file The batching illusion.json');
    // Newest first: the import, under the file's scenario name (the edit made in the tampered-link tab is older).
    expect(await savedNames(tab)).toEqual(['The batching illusion', 'The batching illusion (edited)']);
    await tab.close();
  });

  it('refuses an invalid file with the validator\'s messages, and keeps the open scenario', async () => {
    const tab = await open(second, 'second: invalid file');
    const bad = scenarioFile.replace('"transferBatch": 5', '"transferBatch": 0');
    const [chooser] = await Promise.all([tab.waitForEvent('filechooser'), tab.locator(`${panel} #open-file`).click()]);
    await chooser.setFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const errors = tab.locator(`${panel} #import-errors`);
    await expect.poll(() => errors.locator('li').allTextContents()).toEqual(['Transfer batch: 0 is not allowed; it must be at least 1']);
    expect(await errors.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    expect(await batchHeading(tab)).toContain('Transfer batch of 10');
    await tab.screenshot({ path: screenshotPath('share-4-invalid-file') });
    await tab.close();
  });

  it('opens a file dropped anywhere on the page, with a visible drop hint', async () => {
    const tab = await open(second, 'second: drop');
    const penny = readFileSync('public/scenarios/penny-game-batch-5.json', 'utf8');
    const transfer = await tab.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'penny.json', { type: 'application/json' }));
      return dt;
    }, penny);
    await tab.dispatchEvent(`${screen} #line-batch`, 'dragover', { dataTransfer: transfer });
    await tab.locator(`${screen} .drop-hint`).waitFor();
    await tab.screenshot({ path: screenshotPath('share-5-drop-hint') });
    await tab.dispatchEvent(`${screen} #line-batch`, 'drop', { dataTransfer: transfer });
    await expect.poll(() => tab.locator(`${screen} #scenario-name`).textContent()).toBe(JSON.parse(penny).name);
    await expect.poll(() => batchHeading(tab)).toContain('Transfer batch of 5');
    expect(await tab.locator(`${screen} .drop-hint`).count()).toBe(0);
    await tab.close();
  });

  it('shows a hostile scenario name from a file as text: no dialog, no img', async () => {
    const tab = await open(second, 'second: xss');
    const imagesBefore = await deepCount(tab, 'img');
    const evil = JSON.stringify({ ...JSON.parse(scenarioFile), name: XSS });
    const [chooser] = await Promise.all([tab.waitForEvent('filechooser'), tab.locator(`${panel} #open-file`).click()]);
    await chooser.setFiles({ name: `${XSS}.json`, mimeType: 'application/json', buffer: Buffer.from(evil) });
    await expect.poll(() => tab.locator(`${screen} #scenario-name`).textContent()).toBe(XSS);
    await expect.poll(() => savedNames(tab)).toContain(XSS);
    await illusionNumbers(tab);
    await tab.waitForTimeout(300);
    expect(await deepCount(tab, 'img')).toBe(imagesBefore);
    expect(dialogs).toEqual([]);
    // Its file names are safe too.
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.locator(`${panel} #download-scenario`).click()]);
    expect(download.suggestedFilename()).toBe('img src=x onerror=alert(1).json');
    await tab.locator(`${screen} #scenario-name`).scrollIntoViewIfNeeded();
    await tab.screenshot({ path: screenshotPath('share-6-hostile-name') });
    await tab.close();
  });

  it('downloads charts as SVG and a 1920 px PNG, and tables as CSV with the scenario and seed', async () => {
    const figure = page.locator(`${screen} genba-figure`, { hasText: 'Work in progress on the floor' });
    const [svg] = await Promise.all([page.waitForEvent('download'), figure.locator('button.svg').click()]);
    expect(svg.suggestedFilename()).toBe('The batching illusion - Work in progress on the floor.svg');
    const svgText = readFileSync((await svg.path()) as string, 'utf8');
    expect(svgText).toMatch(/^<\?xml/);
    expect(svgText).toContain('<title>');
    const [png] = await Promise.all([page.waitForEvent('download'), figure.locator('button.png').click()]);
    expect(png.suggestedFilename()).toBe('The batching illusion - Work in progress on the floor.png');
    const bytes = readFileSync((await png.path()) as string);
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(bytes.readUInt32BE(16), 'PNG width').toBe(1920);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`${panel} #csv-files button`, { hasText: 'Event trace, batch line' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('The batching illusion - event trace - batch line.csv');
    const lines = readFileSync((await csv.path()) as string, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Genba export,Event trace');
    expect(lines).toContain('Scenario,The batching illusion');
    expect(lines).toContain('Seed,"""taiichi"""');
    expect(lines.some((l) => l.startsWith('Engine version,'))).toBe(true);
    expect(lines[12]).toBe('t,kind,station,station name,unit,batch,duration,handling,source,request');
    await figure.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('share-7-figures') });

    // After the replications: their figures, one row per replication.
    await page.locator(`${screen} #run-many`).click();
    await page.locator(`${screen} #many-table`).waitFor({ timeout: 60_000 });
    const [per] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`${panel} #csv-files button`, { hasText: 'Per replication, one-piece flow' }).click(),
    ]);
    expect(per.suggestedFilename()).toBe('The batching illusion - per replication - flow line.csv');
    const rows = readFileSync((await per.path()) as string, 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');
    expect(rows).toContain(`Replications,${preset.replications}`);
    expect(rows[11]).toMatch(/^replication,/);
    expect(rows).toHaveLength(11 + 1 + preset.replications);
  });

  it('finds the edited scenario saved after a reload, and reopens it', async () => {
    await expect.poll(() => page.locator(`${panel} #save-status`).textContent()).toContain('Saved in this browser as “The batching illusion (edited)”');
    await page.reload();
    await page.locator(`${screen} genba-line-view#line-flow canvas`).waitFor();
    expect(await batchHeading(page)).toContain('Transfer batch of 10');
    await expect.poll(() => savedNames(page)).toEqual(['The batching illusion (edited)']);
    await page.locator(`${panel} #saved-list li`).first().locator('button.open').click();
    await expect.poll(() => batchHeading(page)).toContain('Transfer batch of 5');
    expect(await illusionNumbers(page)).toEqual(numbersAtFive);
    await page.locator(`${panel} #saved-list`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('share-8-saved-list') });
  });

  it('keeps two tabs in step: a save in one refreshes the other\'s list', async () => {
    const other = await open(first, 'first: second tab');
    await expect.poll(() => savedNames(other)).toEqual(['The batching illusion (edited)']);
    await page.locator(`${panel} #saved-list li`).first().locator('button.duplicate').click();
    await expect.poll(() => savedNames(other)).toEqual(['The batching illusion (edited) (copy)', 'The batching illusion (edited)']);
    await other.close();
  });

  it('recovers from a corrupt stored entry: the app opens and lists it as set aside', async () => {
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('genba:v1:saved:')));
    expect(keys).toHaveLength(2);
    await page.evaluate((key) => localStorage.setItem(key, '{"schemaVersion":1,"payload": garbage'), keys[0] as string);
    await page.reload();
    await page.locator(`${screen} genba-line-view#line-flow canvas`).waitFor();
    const aside = page.locator(`${panel} #set-aside li`);
    await expect.poll(() => aside.count()).toBe(1);
    expect(await aside.locator('.why').textContent()).toMatch(/JSON/);
    expect(await savedNames(page)).toHaveLength(1);
    await aside.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('share-9-set-aside') });
    const [damaged] = await Promise.all([page.waitForEvent('download'), aside.locator('button.download-damaged').click()]);
    expect(readFileSync((await damaged.path()) as string, 'utf8')).toBe('{"schemaVersion":1,"payload": garbage');
    await aside.locator('button.discard').click();
    await aside.locator('button.discard').click();
    await expect.poll(() => aside.count()).toBe(0);
  });

  it('had no errors and no dialogs on any page', () => {
    for (const w of watched) expect(w.errors, w.name).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
