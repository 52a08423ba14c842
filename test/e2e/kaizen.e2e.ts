/**
 * Lesson 2 played through in real Chromium: the screen says one-piece flow lost, the trainee
 * goes and sees stations, replays a moment, predicts and applies the intended improvements
 * one at a time (one of them with the keyboard alone), watches one-piece flow win on lead
 * time, WIP and scrap, reads the waterfall, downloads the log, and undoes a step. The log's
 * numbers equal the Node core's for the same scenario and seed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import type { FlowLineScenario } from '../../src/scenario/types.ts';
import { INTENDED_IMPROVEMENTS } from '../../src/lessons/kaizen/it-failed-before.ts';
import { candidatesAt, changeKey } from '../../src/lessons/kaizen/candidates.ts';
import { applyImprovements, type Improvement } from '../../src/lessons/kaizen/improvements.ts';
import { buildLog } from '../../src/lessons/kaizen/kaizen-log.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;
let errors: string[];

const screen = 'genba-kaizen-screen';
const original = ((): FlowLineScenario => {
  const parsed = parseScenarioText(readFileSync('public/scenarios/it-failed-before.json', 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('it-failed-before.json is not a flow-line scenario');
  return parsed.scenario;
})();

/** The candidate the screen offers for an intended improvement, on the line as it stands after `done`. */
function offered(done: readonly Improvement[], wanted: Improvement): { station: string; id: string } {
  const line = applyImprovements(original, done);
  if (!line.ok) throw new Error('the intended improvements do not apply');
  for (const [i, s] of line.scenario.stations.entries()) {
    const c = candidatesAt(line.scenario, i).find((c) => changeKey(c.improvement) === changeKey(wanted));
    if (c) return { station: s.name, id: c.improvement.id };
  }
  throw new Error(`no station offers ${wanted.id}`);
}

const fmt = (v: number | null) => (v === null ? '–' : v.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 }));

async function goAndSee(station: string): Promise<void> {
  const heading = page.locator(`${screen} #station-h`);
  if (((await heading.count()) > 0 && (await heading.textContent())?.includes(`Go and see: ${station}`)) === true) return;
  await page.locator(`${screen} genba-line-view#line-flow button`, { hasText: station }).click();
  await expect.poll(() => heading.textContent()).toContain(`Go and see: ${station}`);
}

beforeAll(async () => {
  server = await serveBuiltApp();
  browser = await launch();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  errors = watchErrors(page);
  await page.goto(`${server.url}#/kaizen`);
  await page.locator(`${screen} #verdict`).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('lesson 2: it was tried, and it failed', () => {
  it('says with numbers that one-piece flow lost', async () => {
    const text = await page.locator(`${screen} #verdict`).textContent();
    expect(text).toMatch(/^\s*They are right: one-piece flow/);
    const start = buildLog(original, [], new Map());
    if (!start.ok) throw new Error(start.message);
    expect(text).toContain(fmt(start.log.start.leadTime));
    expect(text).toContain(fmt(start.log.target.leadTime));
    await page.screenshot({ path: screenshotPath('kaizen-1-start') });
  });

  it('goes and sees the press, and replays the moment a drift was found', async () => {
    await goAndSee('Press');
    await page.locator(`${screen} genba-yamazumi-chart svg`).first().waitFor();
    const before = await page.locator(`${screen} genba-paired-replay genba-playback-controls #timeline`).inputValue();
    const moment = page.locator(`${screen} .moments button`).first();
    await moment.click();
    await expect.poll(() => page.locator(`${screen} genba-paired-replay genba-playback-controls #timeline`).inputValue()).not.toBe(before);
    await page.locator(`${screen} #station`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('kaizen-2-station') });
  });

  it('applies the first improvement with the keyboard alone', async () => {
    const first = offered([], INTENDED_IMPROVEMENTS[0]!);
    await goAndSee(first.station);
    const picker = page.locator(`${screen} genba-improvement-picker`);
    await picker.locator(`input[name="improvement"][value="${first.id}"]`).focus();
    await page.keyboard.press('Space');
    await picker.locator('input[name="direction"][value="down"]').focus();
    await page.keyboard.press('Space');
    await picker.locator('#by').focus();
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${screen} genba-kaizen-log tbody tr`).count()).toBe(3);
    await expect.poll(() => page.locator(`${screen} #reveal`).textContent()).toContain('went from');
  });

  it('refuses to remove value-adding work: only a step marked as waste can simply go', async () => {
    await goAndSee('Assemble');
    const picker = page.locator(`${screen} genba-improvement-picker`);
    await picker.locator('input[name="improvement"][value="remove:Assemble:fasten"]').check();
    await picker.locator('input[name="direction"][value="down"]').check();
    await picker.locator('#apply').click();
    await expect
      .poll(() => page.locator(`${screen} p.message[role="alert"]`).first().textContent())
      .toContain('"fasten" is value-adding work, not marked as waste: it cannot simply be removed');
    // Nothing was applied: the log still holds the first step only.
    expect(await page.locator(`${screen} genba-kaizen-log tbody tr`).count()).toBe(3);
    await page.screenshot({ path: screenshotPath('kaizen-2b-refused') });
  });

  it('applies the rest one at a time, predicting each, until one-piece flow wins', async () => {
    const done: Improvement[] = [INTENDED_IMPROVEMENTS[0]!];
    for (const wanted of INTENDED_IMPROVEMENTS.slice(1)) {
      const choice = offered(done, wanted);
      await goAndSee(choice.station);
      const picker = page.locator(`${screen} genba-improvement-picker`);
      await picker.locator(`input[name="improvement"][value="${choice.id}"]`).check();
      await picker.locator('input[name="direction"][value="down"]').check();
      await picker.locator('#by').fill('5');
      await picker.locator('#apply').click();
      done.push(wanted);
      await expect.poll(() => page.locator(`${screen} genba-kaizen-log tbody tr`).count()).toBe(done.length + 2);
    }
    await expect.poll(() => page.locator(`${screen} #verdict`).textContent()).toContain('One-piece flow now beats the batches');
    // The log's last row equals the Node core's figures for the same improvements and seed.
    const node = buildLog(original, INTENDED_IMPROVEMENTS, new Map());
    if (!node.ok) throw new Error(node.message);
    const last = node.log.entries[node.log.entries.length - 1]!.after;
    const row = page.locator(`${screen} genba-kaizen-log tbody tr`).nth(done.length);
    const cells = (await row.locator('td').allTextContents()).map((s) => s.trim());
    expect(cells[1]).toBe(fmt(last.leadTime));
    expect(cells[3]).toBe(fmt(last.wip));
    expect(cells[4]).toBe(fmt(last.scrapped));
    await page.locator(`${screen} genba-waterfall-chart svg`).first().waitFor();
    await page.locator(`${screen} #summary`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('kaizen-3-won') });
    await page.locator(`${screen} #log`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('kaizen-4-log') });
  });

  it('downloads the log with the scenario', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`${screen} #export-log`).click()]);
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file.format).toBe('genba-kaizen-log');
    expect(file.scenario.name).toBe(original.name);
    expect(file.improvements).toHaveLength(INTENDED_IMPROVEMENTS.length);
    expect(file.log.entries).toHaveLength(INTENDED_IMPROVEMENTS.length);
  });

  it('undoes a step and runs the steps after it again', async () => {
    const rows = page.locator(`${screen} genba-kaizen-log tbody tr`);
    await rows.nth(4).locator('button', { hasText: 'Undo' }).click(); // step 4: the check at the press
    await expect.poll(() => rows.count()).toBe(INTENDED_IMPROVEMENTS.length + 1);
    const without = buildLog(
      original,
      INTENDED_IMPROVEMENTS.filter((i) => i.id !== INTENDED_IMPROVEMENTS[3]!.id),
      new Map(),
    );
    if (!without.ok) throw new Error(without.message);
    const last = without.log.entries[without.log.entries.length - 1]!.after;
    const cells = (await rows.nth(INTENDED_IMPROVEMENTS.length - 1).locator('td').allTextContents()).map((s) => s.trim());
    expect(cells[4]).toBe(fmt(last.scrapped));
  });

  it('had no errors on the page', () => {
    expect(errors).toEqual([]);
  });
});
