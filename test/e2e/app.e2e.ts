/**
 * The app in real Chromium: it loads without errors, runs preset scenarios in Web Workers,
 * and the numbers equal the Node core's for the same scenario and seed (QUALITY R1, W12).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import { runScenarioSync } from '../../src/sim/run-scenario.ts';

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

function nodeResult(file: string): string {
  const parsed = parseScenarioText(readFileSync(`public/scenarios/${file}`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return JSON.stringify(runScenarioSync(parsed.scenario), null, 2);
}

async function runPreset(file: string) {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}#/engine`);
  await page.locator('genba-scenario-runner select').selectOption(file);
  await page.locator('genba-scenario-runner #run').click();
  await page.locator('genba-scenario-runner #status').filter({ hasText: 'Done' }).waitFor({ timeout: 60_000 });
  const json = await page.locator('genba-scenario-runner #result-json').textContent();
  return { page, errors, json };
}

describe('the app in Chromium', () => {
  it('opens the engine check from its route, not listed in the navigation, with no errors', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}#/engine`);
    await expect.poll(() => page.locator('genba-app .brand').textContent()).toBe('Genba');
    // The developer's page keeps its route but is not in the lessons' navigation (issue 16).
    await expect.poll(() => page.title()).toContain('Engine check');
    expect(await page.locator('genba-app nav a[href="#/engine"]').count()).toBe(0);
    await expect.poll(() => page.locator('genba-scenario-runner option').count()).toBeGreaterThan(3);
    await page.screenshot({ path: screenshotPath('home'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs the penny game in a Web Worker with the same figures as Node', async () => {
    const { page, errors, json } = await runPreset('penny-game-batch-5.json');
    expect(json).toBe(nodeResult('penny-game-batch-5.json'));
    expect(JSON.parse(json ?? '{}').makespan).toBe(35);
    await page.screenshot({ path: screenshotPath('penny-game-batch-5'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs the launch seed case on several workers, byte-identical to Node', async () => {
    const { page, errors, json } = await runPreset('launch-seed-case.json');
    expect(json).toBe(nodeResult('launch-seed-case.json'));
    await page.screenshot({ path: screenshotPath('launch-seed-case'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs the launch strategies seed case (version 2) in Web Workers, byte-identical to Node and to the CLI', async () => {
    const file = 'launch-ohno-question.json';
    const { page, errors, json } = await runPreset(file);
    expect(json).toBe(nodeResult(file));
    const result = JSON.parse(json ?? '{}');
    expect(result.results.map((r: { strategy: string }) => r.strategy)).toEqual(['pilot', 'forecast']);
    // The table names the strategies and shows the CLI's figures.
    const rows = await page.locator('genba-scenario-runner table').first().locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows[0]).toContain('pilot');
    expect(rows[1]).toContain('forecast');
    expect(await page.locator('genba-scenario-runner table').first().locator('thead').textContent()).toContain('Strategy');
    await page.screenshot({ path: screenshotPath('launch-ohno-question-engine'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs a flow-mode line with stochastic times, identical to Node', async () => {
    const { page, errors, json } = await runPreset('handling-makes-batches-slower.json');
    expect(json).toBe(nodeResult('handling-makes-batches-slower.json'));
    expect(errors).toEqual([]);
    await page.close();
  });
});
