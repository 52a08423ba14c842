/**
 * Lesson 3 on its seed case, Ohno's question (launch-ohno-question.json: a pilot of 500
 * against a commitment of 30,000 a month for three months), in real Chromium: one market's
 * story first, a prediction, 100,000 markets run in Web Workers, the plain ledger, hindsight
 * and the break-even views read off the page and checked against `genba run` for the same
 * scenario and seed (figures are never written into this test: they come from the CLI, so a
 * change of the random streams changes both sides); the progress of 1,000,000 markets as
 * one measure; and a version-1 link that still opens and shows its old results. Screenshots
 * in English and 简体中文 at 1280×720 and 390×844 in test-results/.
 *
 * Editing a strategy on the screen: an invalid one refused at its field and in the problem list
 * (nothing runs), then a valid one run and checked against the CLI for the edited scenario.
 * The editor's every control is tested alone in launch-strategy-editor.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { encodeLink } from '../../src/share/index.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import { breakEvenView } from '../../src/sim/launch/break-even.ts';
import { findReplicationInState, launchReplication } from '../../src/sim/launch/replication.ts';
import { planOf } from '../../src/sim/launch/types.ts';
import { formatShare } from '../../src/lessons/launch/format.ts';
import type { LaunchStrategyScenario } from '../../src/scenario/types.ts';

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

const SEED_FILE = 'public/scenarios/launch-ohno-question.json';
const screen = 'genba-launch-screen';
const whole = (v: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(v).replace(/^-0$/, '0');
const money = (v: number) => whole(v).replace(/^-/, '−');

function seedCase(replications?: number): LaunchStrategyScenario {
  const parsed = parseScenarioText(readFileSync(SEED_FILE, 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'launch' || parsed.scenario.strategies === undefined) throw new Error('the seed case is not a strategies scenario');
  return replications === undefined ? parsed.scenario : { ...parsed.scenario, replications };
}

/** `genba run` on a scenario given as text (standard input): the CLI's own code path. */
function cli(text: string): string {
  return execFileSync('npx', ['genba', 'run', '-'], { encoding: 'utf8', input: text, stdio: ['pipe', 'pipe', 'ignore'] });
}

interface StrategyOut {
  strategy: string;
  profit: { mean: number };
  probLoss: number;
  cvar5: number;
  realLoss: { mean: number };
  lostOpportunity: { mean: number };
  fixedCost: { mean: number };
  byState: Record<string, { profit: { mean: number | null }; probLoss: number | null; lostOpportunity: { mean: number | null } }>;
}

async function openLesson(size = { width: 1280, height: 720 }, locale: 'en' | 'zh-CN' = 'en'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.addInitScript((l) => localStorage.setItem('genba:locale', l), locale);
  const errors = watchErrors(page);
  await page.goto(`${server.url}#/launch`);
  await page.locator('genba-launch-run-controls #run').waitFor();
  await expect.poll(() => page.locator('genba-launch-run-controls input[data-path="seed"]').inputValue()).toBe('ohno');
  return { page, errors };
}

async function runAndWait(page: Page, timeout = 240_000): Promise<void> {
  await page.locator('genba-launch-run-controls #run').click();
  await page.locator(`${screen} #status`).filter({ hasText: /Done|完成|用时/ }).waitFor({ timeout });
}

/** The plain ledger: figure → strategy → full-precision value and text, as the page holds them. */
async function ledgerOnPage(page: Page, table: string): Promise<Record<string, Record<string, { value: string | null; text: string }>>> {
  return page.locator('genba-launch-strategy-ledger').evaluate((host, id) => {
    const out: Record<string, Record<string, { value: string | null; text: string }>> = {};
    for (const row of host.shadowRoot!.querySelectorAll(`#${id} tr[data-figure]`)) {
      const figure = row.getAttribute('data-figure') as string;
      out[figure] = {};
      for (const cell of row.querySelectorAll('td[data-strategy]')) {
        out[figure][cell.getAttribute('data-strategy') as string] = { value: cell.getAttribute('data-value'), text: cell.textContent?.trim() ?? '' };
      }
    }
    return out;
  }, table);
}

const pick = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o);

describe('lesson 3 on Ohno’s question', () => {
  it('tells one market first, then predicts, runs 100,000 markets and shows the CLI’s ledger, hindsight and break-even views', async () => {
    const { page, errors } = await openLesson();
    await expect.poll(() => page.locator(`${screen} h1`).textContent()).toBe('Commit to the forecast, or a pilot and scale up?');
    await page.screenshot({ path: screenshotPath('launch-ohno-1-open-en-1280') });

    // One market's story before any run: a typical bad market, the forecast's cars piling up.
    const scenario = seedCase();
    await page.locator('genba-launch-market-story button.typical-market[data-state="bad"]').click();
    const number = Number((await page.locator('genba-launch-market-story #market-number').inputValue()).replaceAll(',', ''));
    const forecast = scenario.strategies[1]!;
    const replay = launchReplication(scenario, number - 1, planOf(scenario, forecast), { timeline: true });
    expect(replay.state).toBe('bad');
    const table = page.locator('genba-launch-story-words section[data-strategy="forecast"] tbody tr');
    await expect.poll(() => table.count()).toBe(12);
    const month3 = await table.nth(2).locator('td').allTextContents();
    const t = replay.timeline!;
    expect(month3).toEqual([whole(t.production[2]!), whole(t.sales[2]!), whole(t.lostSales[2]!), whole(t.stock[2]!)]);
    const end = (await page.locator('genba-launch-story-words section[data-strategy="forecast"] p.end').textContent()) ?? '';
    expect(end).toContain(`forecast had ${whole(replay.totals.leftoverUnits)} cars nobody bought`);
    expect(findReplicationInState(scenario, 'bad')).not.toBeNull();
    await page.locator(`${screen} #story`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('launch-ohno-2-story-en-1280') });

    // Predict: the pilot earns more, the forecast loses money more often.
    await page.locator('genba-launch-prediction input[name="earnsMore"][value="pilot"]').check();
    await page.locator('genba-launch-prediction input[name="losesMoreOften"][value="launch"]').check();
    await page.locator('genba-launch-run-controls input[data-path="replications"]').fill('100000');
    await runAndWait(page);
    await page.screenshot({ path: screenshotPath('launch-ohno-3-done-en-1280'), fullPage: true });

    // The page's result is the CLI's, byte for byte, for the same scenario and seed.
    const expectedText = cli(JSON.stringify(seedCase(100_000)));
    expect(`${await page.locator('genba-launch-strategy-ledger #result-json').textContent()}\n`).toBe(expectedText);
    const expected = JSON.parse(expectedText) as { results: StrategyOut[] };
    const [pilotOut, forecastOut] = expected.results as [StrategyOut, StrategyOut];

    // The plain ledger, cell by cell, to the bit and as displayed.
    const plain = await ledgerOnPage(page, 'plain-figures');
    expect(Object.keys(plain)).toEqual(['profit.mean', 'probLoss', 'cvar5', 'realLoss.mean', 'lostOpportunity.mean', 'fixedCost.mean']);
    for (const r of expected.results) {
      for (const [key, cells] of Object.entries(plain)) {
        const value = pick(r, key) as number;
        expect(cells[r.strategy]?.value, `${key} of ${r.strategy}`).toBe(String(value));
        expect(cells[r.strategy]?.text).toBe(key === 'probLoss' ? `${(value * 100).toFixed(1)}%` : money(value));
      }
    }
    // CVaR, percentiles and the newsvendor quantity sit under "More detail".
    expect(await page.locator('genba-launch-strategy-ledger details#more-detail').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(Object.keys(await ledgerOnPage(page, 'detail-figures'))).toContain('profit.p95');

    // The prediction, graded against the run's own noise: both answers name the side the CLI puts ahead.
    const check = (await page.locator('genba-launch-prediction .check').textContent()) ?? '';
    expect(pilotOut.profit.mean).toBeGreaterThan(forecastOut.profit.mean);
    expect(check).toContain(`You said: pilot. The run: pilot earns ${money(pilotOut.profit.mean - forecastOut.profit.mean)} more on average than forecast`);
    expect(check).toMatch(/well beyond this run's noise \(±[\d,]+\)\. ✓ Right\./);
    expect(check).toContain(`You said: forecast. The run: pilot loses money in ${formatShare(pilotOut.probLoss)} of markets, forecast in ${formatShare(forecastOut.probLoss)}`);

    // Hindsight like with like: what the pilot missed in a good market, from the CLI's byState.
    const hindsight = (await page.locator('genba-launch-like-hindsight-chart figcaption').textContent()) ?? '';
    expect(hindsight).toContain(`In a good market pilot never earned ${money(pilotOut.byState['good']!.lostOpportunity.mean!)} of margin`);
    await page.locator(`${screen} genba-launch-like-hindsight-chart`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('launch-ohno-4-hindsight-en-1280') });

    // The break-even view: where the forecast starts to pay, from the CLI's figures given the market.
    const view = breakEvenView(scenario.market.states, 'good', pilotOut, forecastOut);
    const threshold = formatShare(view?.threshold ?? null);
    await expect.poll(() => page.locator('genba-launch-break-even-chart figcaption').textContent()).toContain(`forecast earns more on average than pilot only when the chance of a good market is above ${threshold}`);
    expect(await page.locator(`${screen} #claim`).textContent()).toContain('It does not always win');
    // And over the commitment length: at the case's 3 months it is the forecast's own figure (same markets).
    const rows = page.locator('genba-launch-commitment-chart details table tbody tr');
    await expect.poll(() => rows.count()).toBe(12);
    expect(await rows.nth(2).locator('td').allTextContents()).toEqual([money(forecastOut.profit.mean), formatShare(forecastOut.probLoss)]);
    await page.locator(`${screen} genba-launch-commitment-chart`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('launch-ohno-5-break-even-en-1280') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('edits a strategy on the screen: an invalid one is refused at its field, a valid one runs to the CLI’s figures', async () => {
    const { page, errors } = await openLesson();
    await page.locator(`${screen} details.parameters > summary`).click();
    const rate = page.locator('genba-launch-parameters input[data-path="strategies[1].commit.rate"]');
    await expect.poll(() => rate.inputValue()).toBe('30000');
    // Over the plant's capacity (40,000): marked at the field, named with the strategy's name.
    await rate.fill('50000');
    await expect.poll(() => rate.getAttribute('aria-invalid')).toBe('true');
    const message = await rate.evaluate((el) => {
      const root = el.getRootNode() as ShadowRoot;
      const id = (el.getAttribute('aria-describedby') ?? '').split(' ')[0] ?? '';
      return root.getElementById(id)?.textContent?.trim() ?? '';
    });
    expect(message).toMatch(/^Strategy 2 · forecast · Commitment rate \(units per month\): 50000 is not allowed; it must be at most the plant's capacity, 40,000/);
    // Run refuses and lists the problem, worded the same way; nothing runs.
    await page.locator('genba-launch-run-controls #run').click();
    await expect.poll(async () => (await page.locator(`${screen} #form-problems li`).allTextContents()).map((s) => s.trim())).toEqual([expect.stringMatching(/^Strategy 2 · forecast · Commitment rate/)]);
    expect(await page.locator('genba-launch-strategy-ledger #result-json').count()).toBe(0);
    // A valid edit: 20,000 a month for 2 months. The run is the CLI's for the edited case.
    await rate.fill('20000');
    await page.locator('genba-launch-parameters input[data-path="strategies[1].commit.periods"]').fill('2');
    await expect.poll(() => rate.getAttribute('aria-invalid')).toBe('false');
    await page.locator('genba-launch-prediction input[name="earnsMore"][value="same"]').check();
    await page.locator('genba-launch-prediction input[name="losesMoreOften"][value="same"]').check();
    await runAndWait(page);
    const base = seedCase();
    const edited = {
      ...base,
      strategies: base.strategies.map((s, i) => (i === 1 ? { ...s, commit: { rate: 20000, periods: 2 } } : s)),
    };
    expect(`${await page.locator('genba-launch-strategy-ledger #result-json').textContent()}\n`).toBe(cli(JSON.stringify(edited)));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the progress of 1,000,000 markets as one measure: the bar and its text agree', async () => {
    const { page, errors } = await openLesson();
    await page.locator('genba-launch-run-controls input[data-path="replications"]').fill('1000000');
    await page.locator('genba-launch-run-controls #run').click();
    const bar = page.locator('genba-launch-run-controls [role="progressbar"]');
    await bar.waitFor();
    for (let i = 0; i < 3; i++) {
      await page.waitForTimeout(700);
      const [now, valueText, shown] = await bar.evaluate((el) => [
        el.getAttribute('aria-valuenow'),
        el.getAttribute('aria-valuetext'),
        (el.getRootNode() as ShadowRoot).querySelector('#progress-text')?.textContent ?? '',
      ]);
      expect(valueText).toMatch(new RegExp(`^${now}% done, now the (strategies|commitment lengths)`));
      expect(shown).toBe(valueText);
    }
    await page.screenshot({ path: screenshotPath('launch-ohno-6-running-1m-en-1280') });
    await page.locator('genba-launch-run-controls #cancel').click();
    await page.locator(`${screen} #status`).filter({ hasText: 'Cancelled after' }).waitFor({ timeout: 5000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('still opens a version-1 link and shows its old results (launch against pilot quantities)', async () => {
    const parsed = parseScenarioText(readFileSync('public/scenarios/launch-seed-case.json', 'utf8'));
    if (!parsed.ok) throw new Error('the version-1 case is not valid');
    const scenario = { ...parsed.scenario, replications: 2000 };
    const encoded = encodeLink({ lesson: 'launch', scenario, extra: { sweep: { from: 0, to: 38000, step: 2000 } } });
    if (!encoded.ok) throw new Error(encoded.message);
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    const errors = watchErrors(page);
    await page.goto(`${server.url}#/launch?${encoded.query}`);
    await page.locator(`${screen} #status`).filter({ hasText: 'Done' }).waitFor({ timeout: 120_000 });
    await expect.poll(() => page.locator(`${screen} h1`).textContent()).toBe('Launch 30,000 on a forecast, or a pilot of 500?');
    expect(`${await page.locator('genba-launch-figures #result-json').textContent()}\n`).toBe(cli(JSON.stringify(scenario)));
    expect(await page.locator('genba-launch-figures th[scope="col"]').allTextContents()).toEqual(['Figure', 'Launch 30,000', 'Pilot 500']);
    expect(await page.locator(`${screen} #link-problem`).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('launch-ohno-7-v1-link-en-1280') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads in English and 简体中文 at 1280×720 and 390×844 (screenshots)', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const size of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
        const { page, errors } = await openLesson(size, locale);
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
        const name = `launch-ohno-8-${locale}-${size.width}`;
        await page.screenshot({ path: screenshotPath(`${name}-open`) });
        await page.locator('genba-launch-run-controls input[data-path="replications"]').fill('10000');
        await runAndWait(page);
        // No horizontal page scroll: wide tables scroll inside their own region.
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        await page.locator(`${screen} #story`).scrollIntoViewIfNeeded();
        await page.screenshot({ path: screenshotPath(`${name}-story`) });
        await page.locator(`${screen} genba-launch-strategy-results`).scrollIntoViewIfNeeded();
        await page.screenshot({ path: screenshotPath(`${name}-results`) });
        await page.screenshot({ path: screenshotPath(`${name}-full`), fullPage: true });
        if (locale === 'zh-CN') expect(await page.locator(`${screen} h1`).textContent()).toBe('按预测做出承诺，还是先试产再扩产？');
        expect(errors).toEqual([]);
        await page.close();
      }
    }
  });
});
