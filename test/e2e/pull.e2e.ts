/**
 * Lesson 4's screen in real Chromium: predict, watch the pushed and the pulled line, read the
 * outcome and match it to the CLI's (`genba run`, one replication) for the same scenario and
 * seed, sweep the WIP cap, open the kanban preset, change the cap and a station's kanban
 * squares, refuse an invalid one at its field, and reopen the lesson from a link in a fresh browser profile. axe: zero serious
 * or critical in each state. Screenshots at 1280×720, 1920×1080 (presenter) and 390×844, in
 * English and 简体中文, under test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { runAxe } from './a11y-checks.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import { pushScenario } from '../../src/lessons/pull/paired-run.ts';

let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let page: Page;
let errors: string[];
let link = '';

const screen = 'genba-pull-screen';
const presetText = readFileSync('public/scenarios/pull-bottleneck.json', 'utf8');

interface CliFigures {
  throughput: number;
  delivered: number;
  wip: { mean: number };
  flowTime?: { mean: number };
  leadTime: { mean: number };
  wipValue?: { mean: number };
}

/** `genba run - --replications 1`: replication 0, the run both lines show. */
function cli(text: string): CliFigures {
  return JSON.parse(execFileSync('npx', ['genba', 'run', '-', '--replications', '1'], { encoding: 'utf8', input: text, stdio: ['pipe', 'pipe', 'ignore'] })) as CliFigures;
}

const fixed = (v: number, digits: number) => v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function rowOf(heading: string): Promise<string[]> {
  const row = page.locator(`${screen} #outcome-table tr`).filter({ has: page.locator('th', { hasText: heading }) }).first();
  // The outcome's first render is a task of its own after "Show the outcome" (lessons open with less main-thread work).
  await row.locator('td').nth(1).waitFor();
  return (await row.locator('td').allTextContents()).map((s) => s.trim());
}

async function axeClean(p: Page, state: string): Promise<void> {
  const axe = await runAxe(p);
  expect(axe.blocking, `axe, ${state}`).toEqual([]);
}

beforeAll(async () => {
  server = await serveBuiltApp();
  browser = await launch();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  errors = watchErrors(page);
  await page.goto(`${server.url}#/pull`);
  await page.locator(`${screen} genba-paired-replay`).waitFor({ timeout: 30_000 });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('lesson 4: push or pull, in Chromium', () => {
  it('opens after lesson 3 in the navigation, with both lines and a prediction to make', async () => {
    const nav = (await page.locator('genba-app nav a').allTextContents()).map((s) => s.trim());
    expect(nav.indexOf('4 · Push or pull')).toBe(nav.indexOf('3 · Launch sizing') + 1);
    await expect.poll(() => page.locator(`${screen} #scenario-name`).textContent()).toBe('Push or pull: a bottleneck');
    await expect.poll(() => page.locator(`${screen} genba-paired-replay #line-flow h3`).textContent()).toContain('Pulled (cap 6)');
    await page.screenshot({ path: screenshotPath('pull-1-open-en') });
    await axeClean(page, 'open');
  });

  it('keeps the prediction', async () => {
    const p = page.locator(`${screen} genba-pull-prediction`);
    await p.locator('button[type="submit"]').click();
    await expect.poll(() => p.locator('.error').textContent()).toContain('Choose an answer');
    await p.locator('input[name="deliveries"][value="same"]').check();
    await p.locator('input[name="lessWip"][value="pull"]').check();
    await p.locator('button[type="submit"]').click();
    await expect.poll(() => p.locator('.kept').textContent()).toContain('about the same');
  });

  it('plays both lines with a live Little’s-law sentence', async () => {
    const controls = page.locator(`${screen} genba-playback-controls`);
    const time = async () => Number(await controls.locator('#timeline').inputValue());
    await controls.locator('#speed').selectOption('16');
    await controls.locator('#play').click();
    await expect.poll(time, { timeout: 15_000 }).toBeGreaterThan(10);
    await controls.locator('#play').click();
    await expect.poll(async () => (await controls.locator('#play').textContent())?.trim()).toContain('Play');
    const little = await page.locator(`${screen} genba-little-sentence p.little`).allTextContents();
    expect(little).toHaveLength(2);
    // Read at the moment shown, which the page says, since the outcome table's flow times are the run's means.
    expect(await page.locator(`${screen} genba-little-sentence p.moment`).textContent()).toBe(
      'At the moment shown in the replay (the outcome table gives the averages over the whole run):',
    );
    // The rate is the run's throughput (replication 0; engine 3.0.0: 0.738 on both lines).
    expect(little[0]).toMatch(/^Pushed: [\d.]+ units in the line at 0\.74 an hour means [\d.]+ hours? to get through\.$/);
    expect(little[1]).toMatch(/^Pulled \(cap 6\): [1-6] units in the line at 0\.74 an hour means [\d.]+ hours? to get through\.$/);
    await page.screenshot({ path: screenshotPath('pull-2-playing-en') });
  });

  it('shows the outcome, equal to the CLI for the same scenario and seed', async () => {
    await page.locator(`${screen} #show-outcome`).click();
    await page.locator(`${screen} #outcome-table`).waitFor();
    const parsed = parseScenarioText(presetText);
    if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('preset');
    const pull = cli(presetText);
    const push = cli(JSON.stringify(pushScenario(parsed.scenario)));
    expect(await rowOf('Throughput')).toEqual([fixed(push.throughput, 3), fixed(pull.throughput, 3)]);
    expect(await rowOf('Units delivered')).toEqual([String(push.delivered), String(pull.delivered)]);
    expect(await rowOf('Work in progress')).toEqual([fixed(push.wip.mean, 1), fixed(pull.wip.mean, 1)]);
    expect(await rowOf('Flow time')).toEqual([fixed(push.leadTime.mean, 1), fixed(pull.flowTime!.mean, 1)]);
    expect(await rowOf('Lead time from the order')).toEqual([fixed(push.leadTime.mean, 1), fixed(pull.leadTime.mean, 1)]);
    expect(await rowOf('Cash tied up')).toEqual([fixed(push.wipValue!.mean, 0), fixed(pull.wipValue!.mean, 0)]);
    // The lesson's point on this preset: the same deliveries with a fraction of the WIP.
    expect(Math.abs(pull.throughput / push.throughput - 1)).toBeLessThan(0.03);
    expect(pull.wip.mean / push.wip.mean).toBeLessThan(0.25);
    await expect.poll(() => page.locator(`${screen} genba-pull-prediction .kept`).textContent()).toMatch(/Right\.[\s\S]*Right\./);
    // The names' column is headed on the left, over the names (it was right-aligned over left-aligned names).
    expect(await page.locator(`${screen} #outcome-table thead th`).first().evaluate((th) => getComputedStyle(th).textAlign)).toBe('left');
    await page.locator(`${screen} #outcome`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('pull-3-outcome-en') });
  });

  it('prints the prediction checked against the outcome, right or not, and what to try next (issue 16, second look)', async () => {
    await page.emulateMedia({ media: 'print' });
    const summary = page.locator('genba-app genba-session-summary');
    await expect.poll(() => summary.isVisible()).toBe(true);
    const lesson = summary.locator('section', { has: page.locator('h2', { hasText: 'Lesson 4' }) });
    const rows = (await lesson.locator('tr').allTextContents()).map((r) => r.replace(/\s+/g, ' ').trim());
    expect(rows.some((r) => r.includes('Predicted') && r.includes('more deliveries: about the same'))).toBe(true);
    expect(rows.some((r) => r.includes('Result') && r.includes('The pulled line delivered'))).toBe(true);
    const checked = rows.filter((r) => r.includes('Checked'));
    expect(checked).toHaveLength(1);
    expect(checked[0]).toMatch(/Which line delivers more units an hour\? You said: about the same; it was: about the same\. Right\./);
    expect(checked[0]).toMatch(/Which line holds less work in progress\? You said: the pulled line; it was: the pulled line\. Right\./);
    expect(await lesson.locator('h3').allTextContents()).toContain('What to try next');
    await page.emulateMedia({ media: 'screen' });
  });

  it('sweeps the WIP cap against the Hopp–Spearman curves', async () => {
    await page.locator(`${screen} #run-sweep`).click();
    const chart = page.locator(`${screen} genba-wip-sweep-chart`);
    await chart.locator('svg[role="img"]').waitFor({ timeout: 30_000 });
    expect(await chart.locator('path.ref').count()).toBe(6);
    expect(await chart.locator('tbody tr').count()).toBe(12);
    expect(await chart.locator('figcaption').textContent()).toMatch(/^WIP-cap sweep: critical WIP 2\.9; throughput reaches 95% of its highest/);
    await page.locator(`${screen} #sweep`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('pull-4-sweep-en') });
    await axeClean(page, 'outcome and sweep');
  });

  it('copies a link that reopens the lesson in a fresh profile with the same numbers and prediction', async () => {
    const panel = `${screen} genba-share-panel`;
    await page.locator(`${panel} #include-prediction`).check();
    await page.locator(`${panel} #copy-link`).click();
    const field = page.locator(`${panel} #link`);
    await expect.poll(() => field.inputValue()).toMatch(/#\/pull\?v=2&s=[A-Za-z0-9_-]+$/);
    link = await field.inputValue();
    const rows = await page.locator(`${screen} #outcome-table tbody`).textContent();
    const fresh = await launch();
    try {
      const other = await fresh.context.newPage();
      await other.setViewportSize({ width: 1280, height: 720 });
      await other.goto(link);
      await other.locator(`${screen} genba-paired-replay`).waitFor({ timeout: 30_000 });
      await expect.poll(() => other.locator(`${screen} genba-pull-prediction .kept`).textContent()).toContain('about the same');
      await other.locator(`${screen} #show-outcome`).click();
      expect(await other.locator(`${screen} #outcome-table tbody`).textContent()).toBe(rows);
      expect(await other.locator(`${screen} #link-problem`).count()).toBe(0);
      await other.screenshot({ path: screenshotPath('pull-5-link-opened-en') });
    } finally {
      await fresh.close();
    }
  });

  it('opens the kanban preset: one square too few loses throughput', async () => {
    await page.locator(`${screen} #preset`).selectOption('kanban-one-square-short.json');
    await expect.poll(() => page.locator(`${screen} #scenario-name`).textContent()).toBe('Kanban with one square too few');
    await expect.poll(() => page.locator(`${screen} genba-paired-replay #line-flow h3`).textContent()).toContain('Pulled (cap 6, kanban)');
    await page.locator(`${screen} #show-outcome`).click();
    const [push, pull] = (await rowOf('Throughput')).map(Number);
    expect(pull).toBeLessThan(0.95 * push!);
    // Blocked time shows in the station split, and a station chosen on a line shows its blocked spells.
    const split = page.locator(`${screen} genba-pull-stations genba-station-split-chart`);
    await split.locator('svg[role="img"]').waitFor();
    expect(await split.locator('table').first().textContent()).toMatch(/Blocked/);
    await page.locator(`${screen} genba-paired-replay #line-flow button`, { hasText: 'Cut' }).click();
    const station = page.locator(`${screen} genba-pull-stations #station-figure genba-station-timeline-chart`);
    await station.locator('svg[role="img"]').waitFor();
    expect(await station.locator('table').first().textContent()).toMatch(/Blocked/);
    await page.locator(`${screen} genba-pull-stations`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('pull-6a-kanban-blocked-en'), fullPage: true });
  });

  it('changes the cap, and refuses an invalid one at the field, keeping the lines', async () => {
    const field = page.locator(`${screen} genba-pull-cap-field #field-wipCap`);
    await field.fill('10');
    await page.locator(`${screen} #apply-cap`).click();
    await expect.poll(() => page.locator(`${screen} genba-paired-replay #line-flow h3`).textContent()).toContain('Pulled (cap 10, kanban)');
    await field.fill('0');
    await page.locator(`${screen} #apply-cap`).click();
    await expect.poll(() => page.locator(`${screen} genba-pull-cap-field #error-wipCap`).textContent()).toMatch(/^WIP cap.*: 0 is not allowed/);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe('error-wipCap');
    expect(await page.locator(`${screen} genba-paired-replay #line-flow h3`).textContent()).toContain('Pulled (cap 10, kanban)');
    await page.locator(`${screen} #cap`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('pull-6-invalid-cap-en') });
    await axeClean(page, 'invalid cap');
  });

  it('edits the kanban squares in front of a station, refusing a count that can take no transfer batch at its field', async () => {
    const field = page.locator(`${screen} genba-pull-cap-field #field-buffer-2`);
    expect(await page.locator(`${screen} genba-pull-cap-field label`, { has: page.locator('#field-buffer-2') }).textContent()).toContain('Station 3 · Weld');
    expect(await field.inputValue()).toBe('1');
    await field.fill('0');
    await page.locator(`${screen} #apply-cap`).click();
    const error = page.locator(`${screen} genba-pull-cap-field #error-buffer-2`);
    await expect.poll(() => error.textContent()).toMatch(/^Station 3 · Buffer: 0 is not allowed/);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill('3');
    await page.locator(`${screen} #apply-cap`).click();
    await expect.poll(() => page.locator(`${screen} #announce`).textContent()).toContain('Parameters applied');
    await expect.poll(() => error.textContent()).toBe('');
    expect(await field.getAttribute('aria-invalid')).toBe('false');
    expect(await field.inputValue()).toBe('3');
  });

  it('reads in 简体中文, in presenter mode at 1920×1080 and on a 390×844 phone', async () => {
    await page.locator('genba-app #language').selectOption('zh-CN');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await expect.poll(() => page.locator(`${screen} h1`).textContent()).toBe('只在需要时，只做需要的');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('pull-7-open-zh') });
    await page.locator(`${screen} #sweep`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('pull-8-sweep-zh') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('genba-app #presenter').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('pull-9-presenter-zh') });
    await page.locator('genba-app #language').selectOption('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.screenshot({ path: screenshotPath('pull-10-presenter-en') });
    await page.locator('genba-app #presenter').click();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('pull-11-phone-en') });
    await page.locator('genba-app #language').selectOption('zh-CN');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.screenshot({ path: screenshotPath('pull-12-phone-zh') });
    await axeClean(page, 'phone, 简体中文');
    expect(errors).toEqual([]);
  });
});
