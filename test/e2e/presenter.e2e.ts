/**
 * Presenter mode and the workshop shortcuts in real Chromium: large type and the projector
 * theme, Space plays and pauses, → steps, R resets, N moves to the next step of the
 * lesson, S opens the presenter view (notes, clock and the room's controls in a second
 * window, none of it in the room's), ? lists the shortcuts; keys typed into a field stay
 * the field's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { runAxe } from './a11y-checks.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;
let errors: string[];
let presenter: Page;
let presenterErrors: string[] = [];

const controls = 'genba-flow-screen genba-playback-controls';
const time = async () => Number(await page.locator(`${controls} #timeline`).inputValue());

beforeAll(async () => {
  server = await serveBuiltApp();
  browser = await launch();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  errors = watchErrors(page);
  await page.goto(server.url);
  await page.locator('genba-flow-screen genba-line-view#line-flow canvas').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('presenter mode and shortcuts', () => {
  it("lists the four lessons in the navigation; the developer's engine check keeps its route only", async () => {
    const links = await page.locator('genba-app nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['#/batching', '#/kaizen', '#/launch', '#/pull']);
  });

  it('switches to large type and the projector theme', async () => {
    await page.locator('genba-app #presenter').click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenter'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    expect(await page.locator('genba-app #presenter').getAttribute('aria-pressed')).toBe('true');
    await page.locator('body').click({ position: { x: 5, y: 700 } }); // focus back on the page
  });

  it('lists the shortcuts on ?', async () => {
    await page.keyboard.press('?');
    const dialog = page.locator('genba-app dialog#shortcuts');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await dialog.locator('tr').count()).toBe(8);
    await page.screenshot({ path: screenshotPath('presenter-1-shortcuts') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  });

  it('plays and pauses on Space, steps on →, resets on R', async () => {
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press(' ');
    await expect.poll(async () => (await page.locator(`${controls} #play`).textContent())?.trim()).toContain('Pause');
    await page.keyboard.press(' ');
    await expect.poll(async () => (await page.locator(`${controls} #play`).textContent())?.trim()).toContain('Play');
    const before = await time();
    await page.keyboard.press('ArrowRight');
    await expect.poll(time).toBeGreaterThan(before);
    await page.keyboard.press('r');
    await expect.poll(time).toBe(0);
  });

  it('moves to the next step of the lesson on N', async () => {
    await page.keyboard.press('n');
    const focused = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.tagName.toLowerCase();
    });
    expect(focused).toMatch(/^(h2|summary)$/);
  });

  it('opens the presenter view in a second window on S: notes there, none in the room', async () => {
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    const opened = browser.context.waitForEvent('page');
    await page.keyboard.press('s');
    presenter = await opened;
    presenterErrors = watchErrors(presenter);
    await presenter.setViewportSize({ width: 900, height: 700 });
    const view = presenter.locator('genba-presenter-view');
    await view.locator('.notes li').first().waitFor();
    expect(await view.locator('.notes li').count()).toBeGreaterThan(2);
    expect(await view.locator('#current-step').textContent()).toMatch(/\S/);
    expect(await view.locator('#next-step').textContent()).toMatch(/\S/);
    expect(await view.locator('#time').textContent()).toMatch(/\d\d:\d\d/);
    // The room's window has no notes at all.
    expect(await page.locator('genba-app aside.notes').count()).toBe(0);
    expect(await page.locator('genba-app').evaluate((el) => el.shadowRoot?.textContent ?? '')).not.toContain('Ask the room to predict');
    await presenter.screenshot({ path: screenshotPath('presenter-2-view') });
    // The presenter's window meets the same accessibility bar as every screen.
    expect((await runAxe(presenter)).blocking).toEqual([]);
  });

  it("drives the room's window from the presenter view: replay, the lesson's buttons, lessons", async () => {
    const view = presenter.locator('genba-presenter-view');
    await view.locator('#play').click();
    await expect.poll(async () => (await page.locator(`${controls} #play`).textContent())?.trim()).toContain('Pause');
    await view.locator('#play').click();
    await expect.poll(async () => (await page.locator(`${controls} #play`).textContent())?.trim()).toContain('Play');
    await view.locator('#reset').click();
    await expect.poll(time).toBe(0);
    // The room's "Show the results now" is offered, and pressing it reveals the results in the room.
    const reveal = view.locator('button.action[data-action="reveal"]');
    await reveal.waitFor();
    await reveal.click();
    await page.locator('genba-flow-screen #results').waitFor();
    // Another lesson, chosen from the presenter's window, opens in the room's.
    await view.locator('button[data-route="launch"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/launch');
    await expect.poll(() => view.locator('button[data-route="launch"]').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => view.locator('button.action[data-action="run"]').count()).toBe(1);
    await view.locator('button[data-route="batching"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/batching');
    await page.locator('genba-flow-screen genba-line-view#line-flow canvas').waitFor();
  });

  for (const [width, height] of [
    [1280, 720],
    [1024, 768],
  ] as const) {
    it(`keeps both lines above the fold at ${width}×${height} in presenter mode, parts drawn larger`, async () => {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      // N, as a presenter would, until the "Watch both lines" heading has focus.
      const focusedId = () =>
        page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el?.id ?? '';
        });
      for (let i = 0; i < 4 && (await focusedId()) !== 'watch-h'; i++) {
        await page.keyboard.press('n');
        await page.waitForTimeout(700); // the smooth scroll
      }
      expect(await focusedId()).toBe('watch-h');
      // The guided path is one line in presenter mode.
      expect(await page.locator('genba-app genba-guide details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      for (const id of ['line-batch', 'line-flow']) {
        const box = await page.locator(`genba-flow-screen genba-line-view#${id} canvas`).boundingBox();
        expect(box, id).not.toBeNull();
        expect(box!.y, `${id} top`).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height, `${id} bottom at ${height}`).toBeLessThanOrEqual(height);
      }
      // Parts are drawn 1.6 times larger: the canvas's drawing scale follows presenter mode.
      const scale = await page.locator('genba-flow-screen genba-line-view#line-flow').evaluate((el) => getComputedStyle(el).getPropertyValue('--genba-line-scale').trim());
      expect(Number(scale)).toBeCloseTo(1.6);
      await page.screenshot({ path: screenshotPath(`presenter-3-lines-${width}x${height}`) });
    });
  }

  it('leaves keys typed into a field alone', async () => {
    const by = page.locator('genba-flow-screen genba-flow-prediction #by');
    await by.scrollIntoViewIfNeeded();
    await by.fill('');
    await by.type('12');
    // S and R typed into the field do not open the presenter view or reset the replay.
    const pages = browser.context.pages().length;
    await by.press('s');
    await by.press('r');
    expect(await by.inputValue()).toBe('12');
    expect(browser.context.pages().length).toBe(pages);
  });

  it('had no errors on the page', () => {
    expect(errors).toEqual([]);
    expect(presenterErrors).toEqual([]);
  });
});
