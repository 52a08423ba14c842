/**
 * Work that travels from lessons 2 and 3 (issue 7), in real Chromium on the production build
 * (strict CSP, Trusted Types). For each screen: a link copied after some work opens in a fresh
 * browser with the same numbers; a tampered link opens the defaults with a message; a file
 * exported and re-imported (file chooser, drag and drop) gives the same results, and an invalid
 * one is refused with messages naming the field; saved work survives a reload and reopens; a
 * chart downloads as SVG and PNG; a CSV carries the scenario's name and seed. Screenshots go
 * to test-results/share-lessons-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { XSS, deepCount } from './page-helpers.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import type { FlowLineScenario } from '../../src/scenario/types.ts';
import { INTENDED_IMPROVEMENTS } from '../../src/lessons/kaizen/it-failed-before.ts';
import { candidatesAt, changeKey } from '../../src/lessons/kaizen/candidates.ts';
import { applyImprovements, type Improvement } from '../../src/lessons/kaizen/improvements.ts';
import { buildLog } from '../../src/lessons/kaizen/kaizen-log.ts';


let server: { url: string; close: () => Promise<void> };
let first: Browser;
let second: Browser;
const watched: { name: string; errors: string[] }[] = [];
const dialogs: string[] = [];

async function open(browser: Browser, name: string, url: string, ready: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  watched.push({ name, errors: watchErrors(page) });
  page.on('dialog', (d) => {
    dialogs.push(`${name}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  return page;
}

const texts = async (page: Page, selector: string) => (await page.locator(selector).allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());

/** Downloads a chart of a figure as SVG and PNG and checks both. */
async function chartDownloads(page: Page, figure: ReturnType<Page['locator']>, fileBase: string): Promise<void> {
  const [svg] = await Promise.all([page.waitForEvent('download'), figure.locator('button.svg').click()]);
  expect(svg.suggestedFilename()).toBe(`${fileBase}.svg`);
  const svgText = readFileSync((await svg.path()) as string, 'utf8');
  expect(svgText).toMatch(/^<\?xml/);
  expect(svgText).toContain('<svg');
  const [png] = await Promise.all([page.waitForEvent('download'), figure.locator('button.png').click()]);
  expect(png.suggestedFilename()).toBe(`${fileBase}.png`);
  const bytes = readFileSync((await png.path()) as string);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(bytes.readUInt32BE(16), 'PNG width').toBe(1920);
}

/** Downloads a CSV offered by a share panel; its lines without the byte order mark. */
async function csvLines(page: Page, panel: string, label: string): Promise<{ name: string; lines: string[] }> {
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator(`${panel} #csv-files button`, { hasText: label }).click()]);
  const lines = readFileSync((await csv.path()) as string, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
  return { name: csv.suggestedFilename(), lines };
}

async function dropFile(page: Page, target: string, name: string, text: string, hint: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([t, n]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t as string], n as string, { type: 'application/json' }));
      return dt;
    },
    [text, name],
  );
  await page.dispatchEvent(target, 'dragover', { dataTransfer: transfer });
  await page.locator(hint).waitFor();
  await page.dispatchEvent(target, 'drop', { dataTransfer: transfer });
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

// ——— Lesson 2 ———

describe('lesson 2: kaizen work that travels', () => {
  const screen = 'genba-kaizen-screen';
  const panel = `${screen} genba-share-panel`;
  const ready = `${screen} #verdict`;
  const kaizenUrl = () => `${server.url}#/kaizen`;
  const original = ((): FlowLineScenario => {
    const parsed = parseScenarioText(readFileSync('public/scenarios/it-failed-before.json', 'utf8'));
    if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('it-failed-before.json is not a flow-line scenario');
    return parsed.scenario;
  })();
  const steps = INTENDED_IMPROVEMENTS.slice(0, 3);
  const logRows = (page: Page) => texts(page, `${screen} genba-kaizen-log tbody tr`);
  const replayTime = (page: Page) => page.locator(`${screen} genba-paired-replay genba-playback-controls #timeline`).inputValue();

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

  async function goAndSee(page: Page, station: string): Promise<void> {
    const heading = page.locator(`${screen} #station-h`);
    if (((await heading.count()) > 0 && (await heading.textContent())?.includes(`Go and see: ${station}`)) === true) return;
    await page.locator(`${screen} genba-line-view#line-flow button`, { hasText: station }).click();
    await expect.poll(() => heading.textContent()).toContain(`Go and see: ${station}`);
  }

  let page: Page;
  let link = '';
  let rows: string[] = [];
  let time = '';
  let logFile = '';

  it('copies a link after three steps: it carries the steps, the station, the replay position and the expectations', async () => {
    page = await open(first, 'kaizen: first', kaizenUrl(), ready);
    const done: Improvement[] = [];
    for (const [i, wanted] of steps.entries()) {
      const choice = offered(done, wanted);
      await goAndSee(page, choice.station);
      const picker = page.locator(`${screen} genba-improvement-picker`);
      await picker.locator(`input[name="improvement"][value="${choice.id}"]`).check();
      await picker.locator('input[name="direction"][value="down"]').check();
      await picker.locator('#by').fill(String(10 + i));
      await picker.locator('#apply').click();
      done.push(wanted);
      await expect.poll(() => page.locator(`${screen} genba-kaizen-log tbody tr`).count()).toBe(done.length + 2);
    }
    await goAndSee(page, 'Weld');
    const controls = page.locator(`${screen} genba-paired-replay genba-playback-controls`);
    for (let i = 0; i < 25; i++) await controls.locator('#step-forward').click();
    time = await replayTime(page);
    expect(Number(time)).toBeGreaterThan(0);
    rows = await logRows(page);
    // The numbers are the Node core's for the same steps and seed.
    const node = buildLog(original, steps, new Map());
    if (!node.ok) throw new Error(node.message);
    const fmt = (v: number | null) => (v === null ? '–' : v.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
    expect(rows[3]).toContain(fmt(node.log.entries[2]!.after.leadTime));

    await page.locator(`${panel} #include-prediction`).check();
    await page.locator(`${panel} #copy-link`).click();
    const field = page.locator(`${panel} #link`);
    await expect.poll(() => field.inputValue()).toMatch(/#\/kaizen\?v=2&s=[A-Za-z0-9_-]+$/);
    link = await field.inputValue();
    expect(link.length).toBeLessThan(4000);
    await page.locator(`${screen} #share`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('share-lessons-1-kaizen-panel') });
  });

  it('opens the link in a fresh browser: the same log, numbers and expectations, the same station and replay position', async () => {
    const fresh = await open(second, 'kaizen: link', link, ready);
    await expect.poll(() => logRows(fresh)).toEqual(rows);
    expect(await fresh.locator(`${screen} #station-h`).textContent()).toContain('Go and see: Weld');
    await expect.poll(() => replayTime(fresh)).toBe(time);
    expect(await fresh.locator(`${screen} #verdict`).textContent()).toBe(await page.locator(`${screen} #verdict`).textContent());
    expect(await fresh.locator(`${screen} #link-problem`).count()).toBe(0);
    await fresh.screenshot({ path: screenshotPath('share-lessons-2-kaizen-link-opened') });
    await fresh.close();
  });

  it('says what was wrong with a tampered link and opens the lesson\'s own line', async () => {
    const tab = await open(second, 'kaizen: tampered', link.slice(0, link.length - 25), ready);
    const problem = tab.locator(`${screen} #link-problem`);
    await expect.poll(() => problem.textContent()).toMatch(/^This link is damaged: .+ The lesson's own line is open instead\.$/);
    expect(await problem.getAttribute('role')).toBe('alert');
    await expect.poll(() => tab.locator(`${screen} genba-kaizen-log tbody tr`).count()).toBe(2);
    await tab.screenshot({ path: screenshotPath('share-lessons-3-kaizen-tampered') });
    // A valid link in the same tab opens, and the message goes.
    await tab.evaluate((hash) => (window.location.hash = hash), new URL(link).hash);
    await expect.poll(() => logRows(tab)).toEqual(rows);
    expect(await problem.count()).toBe(0);
    await tab.close();
  });

  it('exports the kaizen log and re-imports it elsewhere with the same results; an invalid log changes nothing', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`${panel} #download-scenario`).click()]);
    expect(download.suggestedFilename()).toBe('It failed before kaizen log.json');
    logFile = readFileSync((await download.path()) as string, 'utf8');
    const data = JSON.parse(logFile) as { format: string; improvements: Improvement[]; expectations: Record<string, unknown> };
    expect(data.format).toBe('genba-kaizen-log');
    expect(data.improvements.map((i) => changeKey(i))).toEqual(steps.map((i) => changeKey(i)));

    const tab = await open(second, 'kaizen: import', kaizenUrl(), ready);
    const bad = JSON.stringify({ ...data, improvements: data.improvements.map((imp, i) => (i === 0 ? { ...imp, station: 'Paint' } : imp)) });
    const [badChooser] = await Promise.all([tab.waitForEvent('filechooser'), tab.locator(`${panel} #open-file`).click()]);
    await badChooser.setFiles({ name: 'bad log.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const errors = tab.locator(`${panel} #import-errors`);
    await expect.poll(() => errors.locator('li').allTextContents()).toEqual([
      // On screen the step is numbered from 1 and worded in the page's language (the file's message keeps `improvements[0]`).
      expect.stringMatching(/^Step 1: Paint: shorten "swap die" to 10% of its time \(basis: .*\): there is no station "Paint" \(the stations are /),
    ]);
    expect(await errors.textContent()).toContain('the open kaizen log is unchanged');
    await expect.poll(() => tab.locator(`${screen} genba-kaizen-log tbody tr`).count()).toBe(2);
    await errors.scrollIntoViewIfNeeded();
    await tab.screenshot({ path: screenshotPath('share-lessons-4-kaizen-invalid-log') });

    const [chooser] = await Promise.all([tab.waitForEvent('filechooser'), tab.locator(`${panel} #open-file`).click()]);
    await chooser.setFiles({ name: 'It failed before kaizen log.json', mimeType: 'application/json', buffer: Buffer.from(logFile) });
    await expect.poll(() => logRows(tab)).toEqual(rows);
    await expect.poll(() => tab.locator(`${panel} #save-status`).textContent()).toContain('Opened the file It failed before kaizen log.json');
    await tab.close();
  });

  it('opens a kaizen log dropped anywhere on the page', async () => {
    const tab = await open(second, 'kaizen: drop', kaizenUrl(), ready);
    await dropFile(tab, `${screen} #verdict`, 'log.json', logFile, `${screen} .drop-hint`);
    await expect.poll(() => logRows(tab)).toEqual(rows);
    expect(await tab.locator(`${screen} .drop-hint`).count()).toBe(0);
    await tab.close();
  });

  it('finds the kaizen log saved after a reload, and reopens it', async () => {
    await expect.poll(() => page.locator(`${panel} #save-status`).textContent()).toContain('Saved in this browser as “It failed before: kaizen log”');
    await page.reload();
    await page.locator(ready).waitFor();
    await expect.poll(() => page.locator(`${screen} genba-kaizen-log tbody tr`).count()).toBe(2);
    await expect.poll(() => texts(page, `${panel} #saved-list .name`)).toEqual(['It failed before: kaizen log']);
    await page.locator(`${panel} #saved-list li`).first().locator('button.open').click();
    await expect.poll(() => logRows(page)).toEqual(rows);
    await page.locator(`${panel} #saved-list`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('share-lessons-5-kaizen-saved') });
  });

  it('downloads a chart as SVG and PNG, and the kaizen log and traces as CSV with the scenario and seed', async () => {
    await goAndSee(page, 'Press');
    const figure = page.locator(`${screen} genba-figure`, { hasText: 'The basic steps of every station' });
    await figure.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('share-lessons-6-kaizen-figures') });
    await chartDownloads(page, figure, 'It failed before - The basic steps of every station, one-piece flow (per part)');

    const log = await csvLines(page, panel, 'Kaizen log');
    expect(log.name).toBe('It failed before - kaizen log.csv');
    expect(log.lines[0]).toBe('Genba export,Kaizen log');
    expect(log.lines).toContain('Scenario,It failed before');
    expect(log.lines).toContain('Seed,"""one-by-one"""');
    expect(log.lines[12]).toBe('step,improvement,change,expected,expected by,happened,leadTime,throughput,wip,scrapped');
    expect(log.lines.filter((l) => /^\d+,/.test(l))).toHaveLength(steps.length + 1);

    const trace = await csvLines(page, panel, 'Event trace, one-piece flow');
    expect(trace.name).toBe('It failed before - event trace - flow line.csv');
    expect(trace.lines).toContain('Scenario,It failed before');
    expect(trace.lines).toContain('Seed,"""one-by-one"""');
    expect(trace.lines).toContain('Note,One-piece flow after 3 improvements.');
    expect(trace.lines[12]).toBe('t,kind,station,station name,unit,batch,duration,handling,source,request');
  });
});

// ——— Lesson 3 ———

describe('lesson 3: launch cases that travel', () => {
  const screen = 'genba-launch-screen';
  const panel = `${screen} genba-share-panel`;
  const ready = 'genba-launch-run-controls #run';
  const launchUrl = () => `${server.url}#/launch`;
  const field = (page: Page, path: string) => page.locator(`genba-launch-parameters input[data-path="${path}"], genba-launch-run-controls input[data-path="${path}"]`);
  const storyTitle = (page: Page) => page.locator('genba-launch-market-story-chart text.panel-title').first().textContent();

  async function waitDone(page: Page): Promise<void> {
    await page.locator(`${screen} #status`).filter({ hasText: 'Done' }).waitFor({ timeout: 90_000 });
  }

  /** The figures table: figure → q0 → full-precision value. */
  async function figures(page: Page): Promise<Record<string, Record<string, string | null>>> {
    return page.locator('genba-launch-figures').evaluate((host) => {
      const out: Record<string, Record<string, string | null>> = {};
      for (const row of host.shadowRoot!.querySelectorAll('tr[data-figure]')) {
        const figure = row.getAttribute('data-figure') as string;
        out[figure] = {};
        for (const cell of row.querySelectorAll('td[data-q0]')) out[figure][cell.getAttribute('data-q0') as string] = cell.getAttribute('data-value');
      }
      return out;
    });
  }

  let page: Page;
  let link = '';
  let numbers: Record<string, Record<string, string | null>> = {};
  let title = '';
  let caseFile = '';

  it('copies a link after an edit and a run: the case, the seed, the market open and the prediction', async () => {
    page = await open(first, 'launch: first', launchUrl(), ready);
    await expect.poll(() => field(page, 'seed').inputValue()).toBe('ohno');
    await page.locator(`${screen} details.parameters > summary`).click();
    // The old one-lot case (version 1): the lesson opens on Ohno's question, with strategies (launch-ohno.e2e.ts).
    await page.locator('genba-launch-parameters select#preset').selectOption('launch-seed-case.json');
    await page.locator('genba-launch-parameters #load-preset').click();
    await expect.poll(() => page.locator(`${screen} h1`).textContent()).toBe('Launch 30,000 on a forecast, or a pilot of 500?');
    await field(page, 'economics.price').fill('25');
    await field(page, 'replications').fill('3000');
    await page.locator('genba-launch-prediction input[name="earnsMore"][value="launch"]').check();
    await page.locator('genba-launch-prediction input[name="losesMoreOften"][value="same"]').check();
    await page.locator(`${ready}`).click();
    await waitDone(page);
    numbers = await figures(page);
    expect(Object.keys(numbers)).toContain('profit.mean');
    await page.locator('genba-launch-market-story button.typical-market[data-state="bad"]').click();
    await expect.poll(() => storyTitle(page)).toMatch(/in market [\d,]+ \(bad\)$/);
    title = (await storyTitle(page)) ?? '';

    await page.locator(`${panel} #include-prediction`).check();
    await page.locator(`${panel} #copy-link`).click();
    const linkField = page.locator(`${panel} #link`);
    await expect.poll(() => linkField.inputValue()).toMatch(/#\/launch\?v=2&s=[A-Za-z0-9_-]+$/);
    link = await linkField.inputValue();
    expect(link.length).toBeLessThan(2000);
    await page.locator(`${screen} #share`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('share-lessons-7-launch-panel') });
  });

  it('opens the link in a fresh browser: it runs the case and shows the same numbers, market and prediction', async () => {
    const fresh = await open(second, 'launch: link', link, ready);
    await waitDone(fresh);
    expect(await figures(fresh)).toEqual(numbers);
    await expect.poll(() => storyTitle(fresh)).toBe(title);
    expect(await field(fresh, 'economics.price').inputValue()).toBe('25');
    expect(await field(fresh, 'replications').inputValue()).toBe('3000');
    expect(await fresh.locator('genba-launch-prediction .check').textContent()).toContain('You said: Launch 30,000.');
    expect(await fresh.locator(`${screen} #link-problem`).count()).toBe(0);
    await fresh.locator('genba-launch-market-story').scrollIntoViewIfNeeded();
    await fresh.screenshot({ path: screenshotPath('share-lessons-8-launch-link-opened') });
    await fresh.close();
  });

  it('says what was wrong with a tampered link and opens the seed case', async () => {
    const tab = await open(second, 'launch: tampered', link.slice(0, link.length - 25), ready);
    const problem = tab.locator(`${screen} #link-problem`);
    await expect.poll(() => problem.textContent()).toMatch(/^This link is damaged: .+ The seed case is open instead\.$/);
    expect(await problem.getAttribute('role')).toBe('alert');
    expect(await field(tab, 'seed').inputValue()).toBe('ohno');
    expect(await field(tab, 'economics.price').inputValue()).toBe('20');
    // The results section loads after the first paint: wait for its placeholder.
    await expect.poll(() => tab.locator(`${screen} #no-result`).count()).toBe(1);
    await tab.screenshot({ path: screenshotPath('share-lessons-9-launch-tampered') });
    await tab.close();
  });

  it('exports the case and re-imports it elsewhere with the same results', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`${panel} #download-scenario`).click()]);
    expect(download.suggestedFilename()).toBe('Launch 500 or 30,000.json');
    caseFile = readFileSync((await download.path()) as string, 'utf8');
    const parsed = parseScenarioText(caseFile);
    expect(parsed.ok && parsed.scenario).toMatchObject({ model: 'launch', seed: 'ohno', replications: 3000, economics: { price: 25 } });

    const tab = await open(second, 'launch: import', launchUrl(), ready);
    const [chooser] = await Promise.all([tab.waitForEvent('filechooser'), tab.locator(`${panel} #open-file`).click()]);
    await chooser.setFiles({ name: 'Launch 500 or 30,000.json', mimeType: 'application/json', buffer: Buffer.from(caseFile) });
    await expect.poll(() => field(tab, 'economics.price').inputValue()).toBe('25');
    await tab.locator(ready).click();
    await waitDone(tab);
    expect(await figures(tab)).toEqual(numbers);
    // An invalid file is refused with the validator's messages, and the case stays.
    const bad = caseFile.replace('"salvage": 4', '"salvage": 40');
    const [badChooser] = await Promise.all([tab.waitForEvent('filechooser'), tab.locator(`${panel} #open-file`).click()]);
    await badChooser.setFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await expect.poll(() => tab.locator(`${panel} #import-errors li`).allTextContents()).toEqual(['Salvage value: 40 is not allowed; it must be less than Production cost (12)']);
    expect(await field(tab, 'economics.salvage').inputValue()).toBe('4');
    await tab.close();
  });

  it('opens a case dropped anywhere on the page, and shows a hostile name as text', async () => {
    const tab = await open(second, 'launch: drop', launchUrl(), ready);
    const imagesBefore = await deepCount(tab, 'img');
    const evil = JSON.stringify({ ...JSON.parse(caseFile), name: XSS });
    await dropFile(tab, `${screen} h1`, `${XSS}.json`, evil, `${screen} .drop-hint`);
    await expect.poll(() => tab.locator(`${screen} #scenario-name`).textContent()).toBe(XSS);
    expect(await tab.locator(`${screen} .drop-hint`).count()).toBe(0);
    await tab.locator(ready).click();
    await waitDone(tab);
    expect(await figures(tab)).toEqual(numbers);
    await tab.waitForTimeout(200);
    expect(await deepCount(tab, 'img')).toBe(imagesBefore);
    await tab.screenshot({ path: screenshotPath('share-lessons-10-launch-hostile-name') });
    await tab.close();
  });

  it('finds the edited case saved after a reload, and reopens it', async () => {
    await expect.poll(() => page.locator(`${panel} #save-status`).textContent()).toContain('Saved in this browser as “Launch: 500 or 30,000? (edited)”');
    await page.reload();
    await page.locator(ready).waitFor();
    await expect.poll(() => field(page, 'economics.price').inputValue()).toBe('20');
    await expect.poll(() => texts(page, `${panel} #saved-list .name`)).toEqual(['Launch: 500 or 30,000? (edited)']);
    await page.locator(`${panel} #saved-list li`).first().locator('button.open').click();
    await expect.poll(() => field(page, 'economics.price').inputValue()).toBe('25');
    expect(await field(page, 'replications').inputValue()).toBe('3000');
    await page.locator(ready).click();
    await waitDone(page);
    expect(await figures(page)).toEqual(numbers);
    await page.locator(`${panel} #saved-list`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('share-lessons-11-launch-saved') });
  });

  it('downloads a chart as SVG and PNG, and the results and a market\'s story as CSV with the scenario and seed', async () => {
    const figure = page.locator(`${screen} genba-figure`, { hasText: 'Profit and risk by launch quantity' });
    await figure.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('share-lessons-12-launch-figures') });
    await chartDownloads(page, figure, 'Launch 500 or 30,000 - Profit and risk by launch quantity');
    const ledger = page.locator('genba-launch-ledger-panel genba-figure').first();
    await chartDownloads(page, ledger, 'Launch 500 or 30,000 - Real loss and lost opportunity, by market state');

    const results = await csvLines(page, panel, 'Results per strategy and market state');
    expect(results.name).toBe('Launch 500 or 30,000 - results per strategy.csv');
    expect(results.lines).toContain('Scenario,"Launch: 500 or 30,000?"');
    expect(results.lines).toContain('Seed,"""ohno"""');
    expect(results.lines).toContain('Replications,3000');
    expect(results.lines[12]).toMatch(/^q0,.*byState\.bad\.profit\.mean/);

    await page.locator('genba-launch-market-story #market-number').fill('7');
    await page.locator('genba-launch-market-story #show-market').click();
    const story = await csvLines(page, panel, "Market 7's story");
    expect(story.name).toBe('Launch 500 or 30,000 - market 7 story.csv');
    expect(story.lines).toContain('Scenario,"Launch: 500 or 30,000?"');
    expect(story.lines).toContain('Seed,"""ohno"""');
    expect(story.lines).toContain('Replication,6');
    expect(story.lines[12]).toBe('strategy,q0,month,demand,sales,lostSales,production,stock,cash');

    const sweep = await csvLines(page, panel, 'Sweep of launch quantities');
    expect(sweep.lines).toContain('Seed,"""ohno"""');
    expect(sweep.lines[12]).toBe('q0,meanProfit,probLoss,cvar5');
  });
});

describe('the pages', () => {
  it('had no errors and no dialogs', () => {
    for (const w of watched) expect(w.errors, w.name).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
