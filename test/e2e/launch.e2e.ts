/**
 * Lesson 3's screen in real Chromium on a version-1 case (two launch quantities, the old
 * one-lot seed case, loaded from the presets): predict, run in Web Workers, read the figures
 * off the page and match them to the CLI's for the same scenario and seed, cancel a
 * 1,000,000-market run, change a parameter, refuse invalid input at the field, tell one
 * market's story, and do it all with the keyboard. Every state is saved as a 1280×720
 * screenshot in test-results/. The lesson's own seed case (strategies) is launch-ohno.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';

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

/** `genba run` on a file, or on a scenario given as text (standard input). */
function cli(fileOrText: { file: string } | { text: string }): string {
  const args = ['genba', 'run', 'file' in fileOrText ? fileOrText.file : '-'];
  return execFileSync('npx', args, { encoding: 'utf8', input: 'text' in fileOrText ? fileOrText.text : undefined, stdio: ['pipe', 'pipe', 'ignore'] });
}

async function openLesson(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  const errors = watchErrors(page);
  await page.goto(`${server.url}#/launch`);
  await page.locator('genba-launch-run-controls #run').waitFor();
  await expect.poll(() => page.locator('genba-launch-run-controls input[data-path="seed"]').inputValue()).toBe('ohno');
  // The old one-lot case, from the presets (the lesson opens on Ohno's question, with strategies).
  await page.locator('genba-launch-screen details.parameters > summary').click();
  await page.locator('genba-launch-parameters select#preset').selectOption('launch-seed-case.json');
  await page.locator('genba-launch-parameters #load-preset').click();
  await expect.poll(() => page.locator('genba-launch-screen h1').textContent()).toBe('Launch 30,000 on a forecast, or a pilot of 500?');
  await page.locator('genba-launch-screen details.parameters > summary').click();
  return { page, errors };
}

async function runAndWait(page: Page, timeout = 90_000): Promise<void> {
  await page.locator('genba-launch-run-controls #run').click();
  await page.locator('genba-launch-screen #status').filter({ hasText: 'Done' }).waitFor({ timeout });
}

/** The figures table: figure → q0 → full-precision value, as the page holds them. */
async function figuresOnPage(page: Page): Promise<Record<string, Record<string, { value: number | null; text: string }>>> {
  return page.locator('genba-launch-figures').evaluate((host) => {
    const out: Record<string, Record<string, { value: number | null; text: string }>> = {};
    for (const row of host.shadowRoot!.querySelectorAll('tr[data-figure]')) {
      const figure = row.getAttribute('data-figure') as string;
      out[figure] = {};
      for (const cell of row.querySelectorAll('td[data-q0]')) {
        const raw = cell.getAttribute('data-value');
        out[figure][cell.getAttribute('data-q0') as string] = { value: raw === 'null' ? null : Number(raw), text: cell.textContent?.trim() ?? '' };
      }
    }
    return out;
  });
}

const pick = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o);
const money = (v: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(v).replace(/^-/, '−');

/** The focused element, through shadow roots, described for assertions. */
async function focused(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.localName,
      id: el.id,
      path: el.getAttribute('data-path'),
      text: (el.textContent ?? '').trim().slice(0, 60),
      name: el.getAttribute('name'),
      value: (el as HTMLInputElement).value ?? null,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
    };
  });
}

describe('lesson 3: the launch-sizing screen', () => {
  it('predicts, runs, and shows the CLI’s numbers for the seed case, with a text summary for every chart', async () => {
    const { page, errors } = await openLesson();
    await expect.poll(() => page.locator('genba-app nav a[aria-current="page"]').textContent()).toBe('3 · Launch sizing');
    await page.screenshot({ path: screenshotPath('launch-1-start') });

    await page.locator('genba-launch-prediction input[name="earnsMore"][value="launch"]').check();
    await page.locator('genba-launch-prediction input[name="losesMoreOften"][value="launch"]').check();
    await runAndWait(page);
    await page.screenshot({ path: screenshotPath('launch-2-done'), fullPage: true });

    // The result JSON on the page is the CLI's, byte for byte.
    const expected = cli({ file: 'public/scenarios/launch-seed-case.json' });
    const onPage = await page.locator('genba-launch-figures #result-json').textContent();
    expect(`${onPage}\n`).toBe(expected);

    // And the figures shown are the CLI's, to the bit and as displayed.
    const cliResult = JSON.parse(expected) as { results: { q0: number }[]; seed: string; replications: number };
    const figures = await figuresOnPage(page);
    const keys = ['profit.mean', 'profit.sd', 'profit.p5', 'profit.p50', 'profit.p95', 'probLoss', 'cvar5', 'realLoss.mean', 'lostOpportunity.mean'];
    expect(Object.keys(figures)).toEqual(keys);
    for (const r of cliResult.results) {
      for (const key of keys) {
        const cell = figures[key]![String(r.q0)]!;
        const value = pick(r, key) as number;
        expect(cell.value, `${key} of Q0 ${r.q0}`).toBe(value);
        expect(cell.text).toBe(key === 'probLoss' ? `${(value * 100).toFixed(2)}%` : money(value));
      }
    }
    await expect.poll(() => page.locator('genba-launch-figures #provenance').textContent()).toContain('Seed "ohno" · 10,000 markets');

    // The prediction kept with the run, against what it found.
    const check = (await page.locator('genba-launch-prediction .check').textContent()) ?? '';
    expect(check).toContain('You said: Launch 30,000.');
    expect(check).toContain('Pilot 500 earns 3,938 more on average (0.4%): about the same. ✗ Not this time.');
    expect(check).toContain('Launch 30,000 loses money in 50.2% of markets, Pilot 500 in 0.0%. ✓ Right.');

    // Every chart: role="img", its one-sentence summary as aria-label and figcaption, a data table.
    const charts = await page.evaluate(() => {
      const found: { tag: string; role: string | null; label: string | null; caption: string; table: boolean }[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.startsWith('genba-launch-') && el.localName.endsWith('chart') || el.localName === 'genba-launch-profit-histogram') {
            const svg = el.shadowRoot?.querySelector('svg[role]');
            found.push({
              tag: el.localName,
              role: svg?.getAttribute('role') ?? null,
              label: svg?.getAttribute('aria-label') ?? null,
              caption: el.shadowRoot?.querySelector('figcaption')?.textContent?.trim() ?? '',
              table: el.shadowRoot?.querySelector('details table caption') !== null,
            });
          }
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return found;
    });
    expect(charts.map((c) => c.tag).sort()).toEqual([
      'genba-launch-ledger-chart',
      'genba-launch-market-story-chart',
      'genba-launch-profit-histogram',
      'genba-launch-sweep-chart',
    ]);
    for (const c of charts) {
      expect(c.role, c.tag).toBe('img');
      expect(c.label, c.tag).toBe(c.caption);
      expect(c.label?.length, c.tag).toBeGreaterThan(40);
      expect(c.table, c.tag).toBe(true);
    }
    expect(await page.locator('#announcer').textContent()).toContain('Done: 10,000 markets. Launch 30,000 earns 1,040,726 on average');

    // The hindsight view: the fish that got away, after the fact and before the decision.
    await page.locator('genba-launch-ledger-panel #hindsight').click();
    await expect.poll(() => page.locator('genba-launch-ledger-panel #hindsight').getAttribute('aria-pressed')).toBe('true');
    const fish = (await page.locator('genba-launch-hindsight-chart figcaption').textContent()) ?? '';
    expect(fish).toContain('After a good market, Pilot 500 has missed 782,700 of margin, of which Launch 30,000 would have earned 235,284 more');
    expect(fish).toContain('piloting is expected to cost nothing: it earns 3,938 more on average');
    await page.locator('genba-launch-hindsight-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('launch-3-hindsight') });
    await page.locator('genba-launch-ledger-panel').screenshot({ path: screenshotPath('launch-3b-ledger-panel') });

    // One market's story: a typical bad market, the launch's stock piling up; then the pilot's units.
    await page.locator('genba-launch-market-story button.typical-market[data-state="bad"]').click();
    await expect.poll(() => page.locator('genba-launch-market-story-chart text.panel-title').first().textContent()).toMatch(/^Units per month: Launch 30,000 in market [\d,]+ \(bad\)$/);
    await page.locator('genba-launch-market-story input[name="story-strategy"]').nth(1).check();
    await page.locator('genba-launch-market-story button.typical-market[data-state="good"]').click();
    await expect.poll(() => page.locator('genba-launch-market-story-chart text.panel-title').first().textContent()).toMatch(/^Units per month: Pilot 500 in market [\d,]+ \(good\)$/);
    await page.locator('genba-launch-market-story').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('launch-4-market-story') });
    await page.locator('genba-launch-sweep-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('launch-5-sweep') });

    expect(errors).toEqual([]);
    await page.close();
  });

  it('cancels a 1,000,000-market run: the page stays responsive and the previous result stays with a message', async () => {
    const { page, errors } = await openLesson();
    await runAndWait(page);
    const before = await figuresOnPage(page);

    await page.locator('genba-launch-run-controls input[data-path="replications"]').fill('1000000');
    await page.locator('genba-launch-run-controls #run').click();
    // Partial results fill the charts in while it runs.
    await page.locator('genba-launch-screen p.note').filter({ hasText: 'Partial results' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('genba-launch-ledger-chart figcaption').textContent()).toMatch(/\(partial: [\d,]+ of 1,000,000 markets\)/);
    const bar = page.locator('genba-launch-run-controls [role="progressbar"]');
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(100);
    // One measure of progress: the text says the bar's own share.
    const [now, text] = await bar.evaluate((el) => [el.getAttribute('aria-valuenow'), el.getAttribute('aria-valuetext')]);
    expect(text).toMatch(new RegExp(`^${now}% done, now the `));
    // Focus moved to Cancel, so a keyboard user can stop it at once.
    expect((await focused(page))?.id).toBe('cancel');
    await page.screenshot({ path: screenshotPath('launch-6-running-1m'), fullPage: true });

    // The main thread answers at once while the workers run.
    const roundTrip = await page.evaluate(() => new Promise<number>((resolve) => {
      const t = performance.now();
      requestAnimationFrame(() => resolve(performance.now() - t));
    }));
    expect(roundTrip).toBeLessThan(200);

    const clicked = Date.now();
    await page.locator('genba-launch-run-controls #cancel').click();
    await page.locator('genba-launch-screen #status').filter({ hasText: 'Cancelled after' }).waitFor({ timeout: 2000 });
    expect(Date.now() - clicked).toBeLessThan(1000);
    expect(await page.locator('genba-launch-screen #status').textContent()).toMatch(/^Cancelled after \d+% of the run; the previous result is kept\.$/);
    await expect.poll(() => bar.count()).toBe(0);
    expect(await figuresOnPage(page)).toEqual(before);
    expect(await page.locator('genba-launch-ledger-chart figcaption').textContent()).not.toContain('partial');
    expect((await focused(page))?.id).toBe('run');
    await page.locator('genba-launch-screen #status').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('launch-7-cancelled') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks invalid input at its field, runs nothing and keeps the last result; a valid change runs as the CLI would', async () => {
    const { page, errors } = await openLesson();
    await runAndWait(page);
    const before = await figuresOnPage(page);

    await page.locator('genba-launch-screen details.parameters > summary').click();
    const salvage = page.locator('genba-launch-parameters input[data-path="economics.salvage"]');
    await salvage.fill('12');
    await expect.poll(() => salvage.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await salvage.getAttribute('aria-describedby')) ?? '';
    const message = await page.locator(`genba-launch-parameters #${describedBy.split(' ')[0]}`).textContent();
    expect(message).toBe('Salvage value: 12 is not allowed; it must be less than Production cost (12)');
    const price = page.locator('genba-launch-parameters input[data-path="economics.price"]');
    await price.fill('abc');
    await expect.poll(() => price.getAttribute('aria-invalid')).toBe('true');
    const share = page.locator('genba-launch-parameters input[data-path="market.states[0].probability"]');
    await share.fill('0.6');
    await expect.poll(() => page.locator('genba-launch-parameters fieldset.states p.error').textContent()).toBe('Market states (one is drawn per market): the probabilities add up to 1.1; they must add up to 1');
    // Each probability is marked, and points to the message about their sum.
    await expect.poll(() => share.getAttribute('aria-invalid')).toBe('true');
    expect(await share.getAttribute('aria-describedby')).toContain('field-market-states-error');

    await page.locator('genba-launch-run-controls #run').click();
    await expect.poll(() => page.locator('genba-launch-screen #status').textContent()).toBe('Nothing was run: 3 values need fixing first (listed below and marked at the fields).');
    await expect.poll(async () => (await focused(page))?.id).toBe('form-problems');
    expect(await figuresOnPage(page)).toEqual(before);
    await page.locator('genba-launch-screen #form-problems').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('launch-8-invalid') });
    await page.locator('genba-launch-parameters').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('launch-9-invalid-fields') });

    // Put them right, change the price, and run: the figures are the CLI's for the changed case.
    await salvage.fill('4');
    await price.fill('25');
    await share.fill('0.5');
    await expect.poll(() => salvage.getAttribute('aria-invalid')).toBe('false');
    await page.locator('genba-launch-screen #stale').waitFor();
    await page.locator('genba-launch-run-controls input[data-path="replications"]').fill('3000');
    await runAndWait(page);
    const scenarioText = (await page.locator('genba-launch-figures #scenario-json').textContent()) ?? '';
    expect(JSON.parse(scenarioText)).toMatchObject({ economics: { price: 25, cost: 12, salvage: 4 }, replications: 3000, launchQuantities: [500, 30000] });
    expect(`${await page.locator('genba-launch-figures #result-json').textContent()}\n`).toBe(cli({ text: scenarioText }));
    expect(await page.locator('genba-launch-screen #stale').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('launch-10-changed-price') });

    // Market states can be added and removed.
    await page.locator('genba-launch-parameters #add-state').click();
    await expect.poll(() => page.locator('genba-launch-parameters fieldset.states tbody tr').count()).toBe(3);
    await page.locator('genba-launch-parameters button.remove-state').nth(2).click();
    await expect.poll(() => page.locator('genba-launch-parameters fieldset.states tbody tr').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works with the keyboard alone: every control reachable with Tab, a visible focus ring, Space and Enter to act', async () => {
    const { page, errors } = await openLesson();
    await page.locator('genba-launch-screen details.parameters > summary').focus();
    await page.keyboard.press('Enter'); // open the parameters too, so their fields are in the tab order
    await page.locator('genba-app nav a[aria-current="page"]').focus();
    const seen: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f === null || f.tag === 'body') break; // past the last control: Tab leaves the page
      seen.push(f);
    }
    const names = seen.map((f) => f.path ?? (f.id || `${f.tag}:${f.name ?? f.text}`));
    for (const expected of ['input:earnsMore', 'input:losesMoreOften', 'replications', 'seed', 'run', 'preset', 'load-preset', 'market.states[0].level', 'add-state', 'market.demandCV', 'launchQuantities[0]', 'economics.price', 'patience', 'sweep.step']) {
      expect(names, expected).toContain(expected);
    }
    for (const f of seen) expect(f.outline, `${f.tag}#${f.id} ${f.path ?? ''}`).toBe('solid 3px rgb(230, 159, 0)');

    // Predict with arrow keys, run with Enter.
    await page.locator('genba-launch-prediction input[name="earnsMore"][value="launch"]').focus();
    await page.keyboard.press('ArrowDown'); // → Pilot 500
    await page.locator('genba-launch-prediction input[name="losesMoreOften"][value="launch"]').focus();
    await page.keyboard.press('Space');
    await page.locator('genba-launch-run-controls input[data-path="replications"]').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2000');
    await page.keyboard.press('Tab'); // the quick choices
    await page.locator('genba-launch-run-controls #run').focus();
    await page.screenshot({ path: screenshotPath('launch-11-keyboard-focus') });
    await page.keyboard.press('Enter');
    await page.locator('genba-launch-screen #status').filter({ hasText: 'Done' }).waitFor({ timeout: 60_000 });
    const check = (await page.locator('genba-launch-prediction .check').textContent()) ?? '';
    expect(check).toContain('You said: Pilot 500.');
    expect(check).toContain('You said: Launch 30,000.');

    // After the run, Tab reaches the results' controls too, each with the focus ring.
    await page.locator('genba-launch-run-controls #run').focus();
    const after: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f === null || f.tag === 'body') break;
      after.push(f);
    }
    const afterNames = after.map((f) => f.id || `${f.tag}:${f.name ?? f.text}`);
    for (const expected of ['hindsight', 'summary:Data table', 'market-number', 'show-market', 'button:A typical good market', 'input:story-strategy']) {
      expect(afterNames, expected).toContain(expected);
    }
    for (const f of after) expect(f.outline, `${f.tag}#${f.id}`).toBe('solid 3px rgb(230, 159, 0)');

    // The hindsight toggle and the data tables open from the keyboard.
    await page.locator('genba-launch-ledger-panel #hindsight').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('genba-launch-ledger-panel #hindsight').getAttribute('aria-pressed')).toBe('true');
    await page.locator('genba-launch-ledger-chart details summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('genba-launch-ledger-chart details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // A market by number, with Enter.
    await page.locator('genba-launch-market-story #market-number').fill('7');
    await page.locator('genba-launch-market-story #market-number').press('Enter');
    await expect.poll(() => page.locator('genba-launch-market-story-chart text.panel-title').first().textContent()).toMatch(/in market 7 \(/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
