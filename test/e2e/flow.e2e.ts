/**
 * Lesson 1 in real Chromium, as a trainee uses it: predict, play, pause, step back, read
 * the numbers (they equal the Node core's, the CLI's, for the same scenario and seed), go
 * and see a station, run replications, change a parameter, enter an invalid one and see
 * the message with the last valid run kept, sweep the batch size. Screenshots of every
 * state go to test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import type { FlowLineScenario } from '../../src/scenario/types.ts';
import { runScenarioSync, type FlowLineOutput } from '../../src/sim/run-scenario.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;
let errors: string[];

const preset = ((): FlowLineScenario => {
  const parsed = parseScenarioText(readFileSync('public/scenarios/batching-illusion.json', 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('batching-illusion.json is not a flow-line scenario');
  return parsed.scenario;
})();

/** The CLI's figures for the same scenario, seed and replication count. */
function node(transferBatch: number, replications: number): FlowLineOutput {
  return runScenarioSync({ ...preset, transferBatch, replications }) as FlowLineOutput;
}

/** How the page writes a figure: en-US, two decimals. */
const two = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

const screen = 'genba-flow-screen';
const time = async () => Number(await page.locator(`${screen} genba-playback-controls #timeline`).inputValue());

async function rowOf(table: string, heading: string): Promise<string[]> {
  const row = page.locator(`${screen} ${table} tr`).filter({ has: page.locator('th', { hasText: heading }) }).first();
  return (await row.locator('td').allTextContents()).map((s) => s.trim());
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

describe('lesson 1: the batching illusion, in Chromium', () => {
  it('opens on the lesson with both lines and asks for a prediction', async () => {
    await expect.poll(() => page.locator('genba-app nav a[aria-current="page"]').textContent()).toContain('Batching');
    await expect.poll(() => page.locator(`${screen} #line-batch h3`).textContent()).toContain('Transfer batch of 10');
    await expect.poll(() => page.locator(`${screen} #line-flow h3`).textContent()).toContain('One-piece flow');
    await page.screenshot({ path: screenshotPath('flow-1-open') });
  });

  it('keeps the prediction', async () => {
    const p = page.locator(`${screen} genba-flow-prediction`);
    await p.locator('input[name="first"][value="flow"]').check();
    await p.locator('input[name="finish"][value="flow"]').check();
    await p.locator('#by').fill('30');
    await p.locator('#keep').click();
    await expect.poll(() => p.locator('.kept').textContent()).toContain('Your prediction');
  });

  it('plays, pauses, steps back and forward, with the keyboard too', async () => {
    const controls = page.locator(`${screen} genba-playback-controls`);
    await controls.locator('#speed').selectOption('8');
    await controls.locator('#play').click();
    await expect.poll(time, { timeout: 10_000 }).toBeGreaterThan(5);
    await controls.locator('#play').click(); // pause
    const paused = await time();
    await page.waitForTimeout(300);
    expect(await time()).toBe(paused);
    await page.screenshot({ path: screenshotPath('flow-2-paused') });
    // A step redraws on the next frame: wait for the time it shows, not the one before.
    await controls.locator('#step-back').click();
    await expect.poll(time).toBeLessThan(paused);
    const back = await time();
    await controls.locator('#step-forward').click();
    await expect.poll(time).toBeGreaterThan(back);
    // Keyboard: focus the play button, Enter plays; Space on the timeline pauses.
    await controls.locator('#play').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await controls.locator('#play').textContent())?.trim()).toContain('Pause');
    await controls.locator('#timeline').focus();
    await page.keyboard.press(' ');
    await expect.poll(async () => (await controls.locator('#play').textContent())?.trim()).toContain('Play');
  });

  it('reveals the figures, equal to the CLI for the same scenario and seed', async () => {
    await page.locator(`${screen} #reveal`).click();
    await page.locator(`${screen} genba-illusion-panel #illusion-sentence`).waitFor();
    const batch = node(10, 1);
    const flow = node(1, 1);
    expect(await rowOf('genba-illusion-panel #line-table', 'First good unit')).toEqual([two(batch.firstDelivery as number), two(flow.firstDelivery as number)]);
    expect(await rowOf('genba-illusion-panel #line-table', 'Order finished')).toEqual([two(batch.makespan as number), two(flow.makespan as number)]);
    expect(await rowOf('genba-illusion-panel #line-table', 'Lead time, mean')).toEqual([
      two((batch.leadTime as { mean: number }).mean),
      two((flow.leadTime as { mean: number }).mean),
    ]);
    expect(await rowOf('genba-illusion-panel #line-table', 'Scrapped')).toEqual([String(batch.scrapped), String(flow.scrapped)]);
    const sentence = await page.locator(`${screen} genba-illusion-panel #illusion-sentence`).textContent();
    expect(sentence).toMatch(/^Batching felt \d+% faster at \w+, was \d+% slower counting handling, delivered the first good unit [\d.]+ minutes later/);
    // The kept prediction is shown beside what happened.
    await expect.poll(() => page.locator(`${screen} genba-flow-prediction .reveal`).textContent()).toMatch(/it was\s+one-piece flow/);
    await page.locator(`${screen} #results`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('flow-3-results'), fullPage: true });
  });

  it('goes and sees a station', async () => {
    await page.locator(`${screen} #line-batch button`, { hasText: 'Weld' }).click();
    await expect.poll(() => page.locator(`${screen} #station-h`).textContent()).toContain('Go and see: Weld');
    await page.locator(`${screen} genba-station-timeline-chart svg`).first().waitFor();
    await page.locator(`${screen} #station`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('flow-4-station') });
  });

  it('runs the replications in workers and shows the CLI numbers', async () => {
    await page.locator(`${screen} #run-many`).click();
    await page.locator(`${screen} #many-table`).waitFor({ timeout: 60_000 });
    const batch = node(10, preset.replications) as unknown as { leadTime: { mean: { mean: number; ci95: number } } };
    const flow = node(1, preset.replications) as unknown as { leadTime: { mean: { mean: number; ci95: number } } };
    expect(await rowOf('#many-table', 'Lead time, mean')).toEqual([
      `${two(batch.leadTime.mean.mean)} ± ${two(batch.leadTime.mean.ci95)}`,
      `${two(flow.leadTime.mean.mean)} ± ${two(flow.leadTime.mean.ci95)}`,
    ]);
    await page.locator(`${screen} #many`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('flow-5-replications') });
  });

  it('changes a parameter, and keeps the last valid run when one is invalid', async () => {
    await page.locator(`${screen} #params summary`).click();
    const params = page.locator(`${screen} genba-flow-params`);
    const batchField = params.locator('[id="transferBatch"]');
    await batchField.fill('5');
    await batchField.press('Tab');
    await expect.poll(() => page.locator(`${screen} #line-batch h3`).textContent()).toContain('Transfer batch of 5');
    const five = node(5, 1);
    await expect
      .poll(() => rowOf('genba-illusion-panel #line-table', 'Order finished'))
      .toEqual([two(five.makespan as number), two(node(1, 1).makespan as number)]);
    // An invalid value: marked at the field with what is allowed; nothing runs.
    await batchField.fill('0');
    await batchField.press('Tab');
    await expect.poll(() => batchField.getAttribute('aria-invalid')).toBe('true');
    const message = await params.locator('[id="transferBatch-msg"]').textContent();
    expect(message).toMatch(/^Transfer batch: 0 is not allowed; it must be/);
    expect(await page.locator(`${screen} #line-batch h3`).textContent()).toContain('Transfer batch of 5');
    await batchField.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('flow-6-invalid-parameter') });
    // Text that is not a number is echoed in the message too.
    await batchField.fill('ten');
    await batchField.press('Tab');
    await expect.poll(() => params.locator('[id="transferBatch-msg"]').textContent()).toContain('"ten" is not allowed');
    await batchField.fill('10');
    await batchField.press('Tab');
    await expect.poll(() => page.locator(`${screen} #line-batch h3`).textContent()).toContain('Transfer batch of 10');
    expect(await batchField.getAttribute('aria-invalid')).toBeNull();
  });

  it('sweeps the transfer batch', async () => {
    await page.locator(`${screen} #run-sweep`).click();
    await page.locator(`${screen} genba-sweep-chart svg`).first().waitFor({ timeout: 90_000 });
    await expect.poll(() => page.locator(`${screen} #announce`).textContent(), { timeout: 90_000 }).toContain('Sweep done');
    await page.locator(`${screen} #sweep`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('flow-7-sweep') });
  });

  it('gives every chart a text alternative and a data table', async () => {
    const charts = page.locator(`${screen} svg[role="img"]`);
    const labels = await charts.evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label') ?? ''));
    expect(labels.length).toBeGreaterThanOrEqual(7);
    for (const label of labels) expect(label.length).toBeGreaterThan(20);
    const tables = await page.locator(`${screen}`).evaluate((el) =>
      [...(el.shadowRoot?.querySelectorAll('*') ?? [])]
        .filter((c) => c.tagName.toLowerCase().endsWith('-chart'))
        .map((c) => `${c.tagName.toLowerCase()}: ${c.shadowRoot?.querySelector('details table') ? 'table' : 'none'}`),
    );
    // Deliveries, WIP, lead times, time split, the station's Gantt and queue, the sweep.
    expect(tables.length).toBe(7);
    for (const t of tables) expect(t).toMatch(/: table$/);
  });

  it('honours prefers-reduced-motion', async () => {
    const calm = await browser.context.newPage();
    await calm.emulateMedia({ reducedMotion: 'reduce' });
    await calm.goto(server.url);
    await calm.locator(`${screen} genba-line-view#line-flow canvas`).waitFor();
    expect(await calm.locator(`${screen} genba-line-view#line-flow`).evaluate((el) => (el as HTMLElement & { reducedMotion: boolean }).reducedMotion)).toBe(true);
    await calm.close();
  });

  it('had no errors on the page', () => {
    expect(errors).toEqual([]);
  });
});
