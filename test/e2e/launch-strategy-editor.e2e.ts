/**
 * Lesson 3's parameter editor with strategies (issue 13) in real Chromium. The lesson screen
 * does not run strategy scenarios yet (another branch rebuilds it), so the editor is put on
 * the built app's page by itself, with a strategies form, and Node plays the screen's part:
 * each `launch-form-edit` is applied with applyEdit and the form validated again, exactly as
 * genba-launch-screen does. Then: a field edited with the keyboard, an invalid commitment
 * shown at its field (aria-invalid, aria-describedby), add, rename and remove, the commitment
 * switch, the sweep's choices, no sideways scroll at 390 px and in presenter mode, and
 * screenshots in English and 简体中文 at 1280×720 and 390×844. The version-1 editor is checked
 * on the lesson screen itself: the two launch quantities and the new safety factor field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parseScenarioText } from '../../src/scenario/index.ts';
import { applyEdit, formFromScenario, validateLaunchForm, type FormEdit, type LaunchForm } from '../../src/lessons/launch/launch-form.ts';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { check, runAxe, tabWalk } from './a11y-checks.ts';

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

function ohnoForm(): LaunchForm {
  const parsed = parseScenarioText(readFileSync('public/scenarios/launch-ohno-question.json', 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'launch') throw new Error('preset');
  return formFromScenario(parsed.scenario, { from: 0, to: 38000, step: 2000 });
}

interface Harness {
  readonly page: Page;
  readonly errors: string[];
  /** The form as the screen would hold it now. */
  form(): LaunchForm;
}

/**
 * The built app's lesson 3 page (so the editor's module and styles are the shipped ones), its
 * screen hidden, and the editor alone at the top of the page with the strategies form.
 */
async function openEditor(width: number, height: number, locale: 'en' | 'zh-CN', presenter = false): Promise<Harness> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  const errors = watchErrors(page);
  await page.goto(`${server.url}#/launch`);
  await page.locator('genba-launch-run-controls #run').waitFor();
  // The language is chosen every time: the choice is stored, and the browser's profile is shared.
  await page.locator('genba-app #language').selectOption(locale);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
  await page.evaluate(() => customElements.whenDefined('genba-launch-parameters'));
  let form = ohnoForm();
  const shown = () => {
    const v = validateLaunchForm(form);
    return { form, issues: v.ok ? [] : v.issues };
  };
  await page.exposeFunction('genbaApplyEdit', (edit: FormEdit) => {
    form = applyEdit(form, edit);
    return shown();
  });
  await page.evaluate(
    ({ first, presenter }) => {
      type Editor = HTMLElement & { form: unknown; issues: unknown; updateComplete: Promise<unknown> };
      document.documentElement.classList.toggle('presenter', presenter);
      for (const child of document.body.children) (child as HTMLElement).style.display = 'none';
      const box = document.createElement('main');
      box.id = 'harness';
      box.style.padding = '0.5rem';
      const el = document.createElement('genba-launch-parameters') as Editor;
      el.form = first.form;
      el.issues = first.issues;
      let queue = Promise.resolve();
      el.addEventListener('launch-form-edit', (e) => {
        const edit = (e as CustomEvent).detail;
        queue = queue.then(async () => {
          const next = await (window as unknown as { genbaApplyEdit: (x: unknown) => Promise<{ form: unknown; issues: unknown }> }).genbaApplyEdit(edit);
          el.form = next.form;
          el.issues = next.issues;
          await el.updateComplete;
        });
      });
      box.append(el);
      document.body.append(box);
    },
    { first: shown(), presenter },
  );
  await page.locator('#harness genba-launch-parameters fieldset.strategy').first().waitFor();
  return { page, errors, form: () => form };
}

const editor = (page: Page, css: string) => page.locator(`#harness genba-launch-parameters ${css}`);
const field = (page: Page, path: string) => editor(page, `[data-path="${path}"]`);

/** The message texts a control points at. */
async function describedBy(page: Page, path: string): Promise<string[]> {
  return field(page, path).evaluate((el) => {
    const root = el.getRootNode() as ShadowRoot;
    return (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => root.getElementById(id)?.textContent?.trim() ?? `(missing ${id})`);
  });
}

async function focusedId(page: Page): Promise<string | undefined> {
  return editor(page, '').evaluate((el) => el.shadowRoot?.activeElement?.id);
}

/** Nothing wider than the window: no sideways scroll. */
async function noSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(widths.page, JSON.stringify(widths)).toBeLessThanOrEqual(widths.window);
}

describe('the strategy editor in Chromium', () => {
  it('edits, refuses at the field, adds, renames, removes and switches a commitment, as the screen would apply it', async () => {
    const { page, errors, form } = await openEditor(1280, 720, 'en');
    expect(await editor(page, 'fieldset.strategy > legend').allTextContents()).toEqual(['Strategy 1 · pilot', 'Strategy 2 · forecast']);

    // A commitment over the plant's capacity: marked and worded at its field.
    await field(page, 'capacity').fill('35000');
    await field(page, 'strategies[1].commit.rate').fill('40000');
    await expect.poll(() => field(page, 'strategies[1].commit.rate').getAttribute('aria-invalid')).toBe('true');
    expect((await describedBy(page, 'strategies[1].commit.rate'))[0]).toBe(
      "Strategy 2 · forecast · Commitment rate (units per month): 40000 is not allowed; it must be at most the plant's capacity, 35,000",
    );
    expect(validateLaunchForm(form()).ok).toBe(false);
    await page.screenshot({ path: screenshotPath('launch-strategy-editor-invalid-en-1280x720') });
    await field(page, 'strategies[1].commit.rate').fill('30000');
    await expect.poll(() => field(page, 'strategies[1].commit.rate').getAttribute('aria-invalid')).toBe('false');

    // Add (focus on the new name), rename with the keyboard, remove (focus on Add).
    await editor(page, '#add-strategy').click();
    await expect.poll(() => editor(page, 'fieldset.strategy').count()).toBe(3);
    await expect.poll(() => focusedId(page)).toBe('field-strategies-2-name');
    // One input event (here each edit goes through Node and back, which keystrokes would overtake).
    await field(page, 'strategies[2].name').fill('slow forecast');
    await expect.poll(() => editor(page, 'fieldset.strategy > legend').nth(2).textContent()).toBe('Strategy 3 · slow forecast');
    await field(page, 'strategies[2].commit.periods').fill('6');
    await expect.poll(() => form().strategies?.[2]).toMatchObject({ name: 'slow forecast', commit: true, commitRate: '30000', commitPeriods: '6' });
    await editor(page, 'button[aria-label="Remove strategy 1 (pilot)"]').click();
    await expect.poll(() => editor(page, 'fieldset.strategy > legend').allTextContents()).toEqual(['Strategy 1 · forecast', 'Strategy 2 · slow forecast']);
    await expect.poll(() => focusedId(page)).toBe('add-strategy');

    // The commitment switched off with the keyboard, then on: the plan as typed.
    await field(page, 'strategies[1].commit').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => field(page, 'strategies[1].commit.rate').count()).toBe(0);
    await page.keyboard.press('Space');
    await expect.poll(() => field(page, 'strategies[1].commit.periods').inputValue()).toBe('6');

    // The sweep: committed months of the second strategy, over 1 to 12 months.
    await field(page, 'sweep.strategy').selectOption('1');
    await field(page, 'sweep.field').selectOption('commit.periods');
    await expect.poll(() => field(page, 'sweep.to').inputValue()).toBe('12');
    const v = validateLaunchForm(form());
    expect(v.ok && v.sweepScenario.sweep).toEqual({ strategy: 'slow forecast', field: 'commit.periods', from: 1, to: 12, step: 1 });
    expect(v.ok && v.scenario.strategies).toEqual([
      { name: 'forecast', initial: 0, commit: { rate: 30000, periods: 3 }, rampUp: 0, fixedCost: 0 },
      { name: 'slow forecast', initial: 0, commit: { rate: 30000, periods: 6 }, rampUp: 0, fixedCost: 0 },
    ]);
    // The checkbox is a target of at least 24 × 24 px.
    const box = await field(page, 'strategies[0].commit').boundingBox();
    expect(box && Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['en', 1280, 720, false],
    ['zh-CN', 1280, 720, false],
    ['en', 390, 844, false],
    ['zh-CN', 390, 844, false],
    ['en', 390, 844, true],
    ['en', 1280, 720, true],
  ] as const)('%s at %i×%i (presenter %s): fits without sideways scroll, messages in the page’s language', async (locale, width, height, presenter) => {
    const { page, errors } = await openEditor(width, height, locale, presenter);
    await field(page, 'strategies[1].fixedCost').fill('-5');
    await expect.poll(() => field(page, 'strategies[1].fixedCost').getAttribute('aria-invalid')).toBe('true');
    expect((await describedBy(page, 'strategies[1].fixedCost'))[0]).toBe(
      locale === 'en' ? 'Strategy 2 · forecast · Fixed cost: -5 is not allowed; it must be at least 0' : '策略 2 · forecast · 固定成本：-5 不可用；必须不小于 0',
    );
    await noSidewaysScroll(page);
    const name = `launch-strategy-editor-${locale}-${width}x${height}${presenter ? '-presenter' : ''}`;
    await editor(page, 'section.strategies').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(name), fullPage: true });
    // The strategies alone, at the page's own scale (the full page is tall at 390 px).
    await editor(page, 'section.strategies').screenshot({ path: screenshotPath(`${name}-strategies`) });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the strategy editor’s accessibility (the checks of a11y.e2e.ts)', () => {
  it('axe finds nothing serious; targets, error ties and the Tab walk pass, with a problem shown', async () => {
    const { page, errors } = await openEditor(1280, 720, 'en');
    await field(page, 'strategies[1].commit.rate').fill('50000');
    await expect.poll(() => field(page, 'strategies[1].commit.rate').getAttribute('aria-invalid')).toBe('true');
    const axe = await runAxe(page);
    expect(axe.blocking).toEqual([]);
    for (const kind of ['targets', 'errors'] as const) expect((await check(page, kind)).problems, kind).toEqual([]);
    expect((await tabWalk(page)).problems).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the version-1 editor on the lesson screen', () => {
  it('still edits the two launch quantities, words their problem at the field, and offers the safety factor', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    const errors = watchErrors(page);
    await page.goto(`${server.url}#/launch`);
    await page.locator('genba-launch-run-controls #run').waitFor();
    await page.locator('genba-app #language').selectOption('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The lesson opens on the strategies case; the version-1 one-lot case is a preset.
    await page.locator('genba-launch-screen details.parameters > summary').click();
    await page.locator('genba-launch-parameters select#preset').selectOption('launch-seed-case.json');
    await page.locator('genba-launch-parameters #load-preset').click();
    await expect.poll(() => page.locator('genba-launch-screen h1').textContent()).toBe('Launch 30,000 on a forecast, or a pilot of 500?');
    const details = page.locator('genba-launch-screen details.parameters');
    if ((await details.getAttribute('open')) === null) await details.locator('> summary').click();
    const pilot = page.locator('genba-launch-parameters input[data-path="launchQuantities[0]"]');
    await expect.poll(() => pilot.inputValue()).toBe('500');
    expect(await page.locator('genba-launch-parameters fieldset.strategy').count()).toBe(0);
    await pilot.fill('40000');
    await expect.poll(() => pilot.getAttribute('aria-invalid')).toBe('true');
    const ids = ((await pilot.getAttribute('aria-describedby')) ?? '').split(' ');
    expect(await page.locator(`genba-launch-parameters #${ids[0]}`).textContent()).toBe(
      'Launch quantity 1: 40000 is not allowed; it must be less than Launch quantity 2 (30000): the pilot is the smaller batch',
    );
    await pilot.fill('500');
    const safety = page.locator('genba-launch-parameters input[data-path="safetyFactor"]');
    await safety.fill('0.1');
    await expect.poll(() => pilot.getAttribute('aria-invalid')).toBe('false');
    expect(await safety.getAttribute('aria-invalid')).toBe('false');
    await safety.fill('-1');
    await expect.poll(() => safety.getAttribute('aria-invalid')).toBe('true');
    await safety.fill('');
    expect(errors).toEqual([]);
    await page.close();
  });
});
