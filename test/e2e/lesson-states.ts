/**
 * Every lesson and its main states, reached the way a trainee reaches them (the same states
 * as test/e2e/a11y.e2e.ts): for the reflow test (no sideways scroll at 320 and 390 px) and
 * the screenshot tour (`npm run tour`). States are reached through ids, values and
 * structure, never through words, so the walk is the same in every language.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { LOCALE_STORAGE_KEY } from '../../src/i18n/locale.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import type { FlowLineScenario } from '../../src/scenario/types.ts';
import { INTENDED_IMPROVEMENTS } from '../../src/lessons/kaizen/it-failed-before.ts';
import { candidatesAt, changeKey } from '../../src/lessons/kaizen/candidates.ts';
import { applyImprovements, type Improvement } from '../../src/lessons/kaizen/improvements.ts';
import { stationName } from './page-helpers.ts';

export interface LessonState {
  /** A short name, usable in a file name. */
  readonly name: string;
  /** Brings the page from the state before to this one. */
  readonly reach: (page: Page) => Promise<void>;
}

export interface LessonWalk {
  readonly route: 'batching' | 'kaizen' | 'launch' | 'pull' | 'engine';
  /** What is on the page once the screen is ready. */
  readonly ready: string;
  readonly states: readonly LessonState[];
}

const flow = 'genba-flow-screen';
const kaizen = 'genba-kaizen-screen';

/** Opens the app at a route with a language chosen, as the header's switch stores it. */
export async function openIn(page: Page, url: string, language: string, ready: string): Promise<void> {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [LOCALE_STORAGE_KEY, language] as const);
  await page.goto(url);
  await page.waitForFunction((c) => document.documentElement.lang === c, language);
  await page.locator(ready).first().waitFor();
}

/** Waits for renders, chart drawing and a resize to settle. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(150);
}

const kaizenOriginal = ((): FlowLineScenario => {
  const parsed = parseScenarioText(readFileSync('public/scenarios/it-failed-before.json', 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('it-failed-before.json is not a flow-line scenario');
  return parsed.scenario;
})();

/** The station and candidate the kaizen screen offers for an intended improvement. */
function offered(done: readonly Improvement[], wanted: Improvement): { station: string; id: string } {
  const line = applyImprovements(kaizenOriginal, done);
  if (!line.ok) throw new Error('the intended improvements do not apply');
  for (const [i, s] of line.scenario.stations.entries()) {
    const c = candidatesAt(line.scenario, i).find((c) => changeKey(c.improvement) === changeKey(wanted));
    if (c) return { station: s.name, id: c.improvement.id };
  }
  throw new Error(`no station offers ${wanted.id}`);
}

async function goAndSee(page: Page, station: string): Promise<void> {
  const heading = page.locator(`${kaizen} #station-h`);
  if ((await heading.count()) > 0 && stationName(station).test((await heading.textContent()) ?? '')) return;
  await page.locator(`${kaizen} genba-line-view#line-flow .stations button`, { hasText: stationName(station) }).click();
  await expect.poll(() => heading.textContent()).toMatch(stationName(station));
}

async function applyImprovementsInPage(page: Page, done: Improvement[], count: number): Promise<void> {
  for (const wanted of INTENDED_IMPROVEMENTS.slice(done.length, done.length + count)) {
    const choice = offered(done, wanted);
    await goAndSee(page, choice.station);
    const picker = page.locator(`${kaizen} genba-improvement-picker`);
    await picker.locator(`input[name="improvement"][value="${choice.id}"]`).check();
    await picker.locator('input[name="direction"][value="down"]').check();
    await picker.locator('#by').fill('5');
    await picker.locator('#apply').click();
    done.push(wanted);
    await expect.poll(() => page.locator(`${kaizen} genba-kaizen-log tbody tr`).count(), { timeout: 60_000 }).toBe(done.length + 2);
  }
}

/** The walks; each call gives fresh ones (lesson 2's walk keeps the improvements it applied). */
export function lessonWalks(): LessonWalk[] {
  const done: Improvement[] = [];
  return [
    {
      route: 'batching',
      ready: `${flow} genba-line-view#line-flow canvas`,
      states: [
        { name: 'start', reach: async () => undefined },
        {
          name: 'prediction-kept',
          reach: async (page) => {
            const p = page.locator(`${flow} genba-flow-prediction`);
            await p.locator('input[name="first"][value="flow"]').check();
            await p.locator('input[name="finish"][value="flow"]').check();
            await p.locator('#by').fill('30');
            await p.locator('#keep').click();
            await p.locator('.kept').waitFor();
          },
        },
        {
          name: 'mid-replay',
          reach: async (page) => {
            const controls = page.locator(`${flow} genba-playback-controls`);
            await controls.locator('#speed').selectOption('8');
            await controls.locator('#play').click();
            await expect.poll(async () => Number(await controls.locator('#timeline').inputValue()), { timeout: 10_000 }).toBeGreaterThan(5);
            await controls.locator('#play').click();
          },
        },
        {
          name: 'results',
          reach: async (page) => {
            await page.locator(`${flow} #reveal`).click();
            await page.locator(`${flow} genba-illusion-panel #illusion-sentence`).waitFor();
          },
        },
        {
          name: 'station',
          reach: async (page) => {
            await page.locator(`${flow} #line-batch .stations button`).nth(2).click();
            await page.locator(`${flow} genba-station-timeline-chart svg`).first().waitFor();
          },
        },
        {
          name: 'many',
          reach: async (page) => {
            await page.locator(`${flow} #run-many`).click();
            await page.locator(`${flow} #many-table`).waitFor({ timeout: 60_000 });
          },
        },
        {
          name: 'sweep',
          reach: async (page) => {
            await page.locator(`${flow} #run-sweep`).click();
            await page.locator(`${flow} genba-sweep-chart svg`).first().waitFor({ timeout: 90_000 });
            await page.locator(`${flow} #run-sweep:not([disabled])`).waitFor({ timeout: 90_000 });
          },
        },
        {
          name: 'params-invalid',
          reach: async (page) => {
            await page.locator(`${flow} #params summary`).click();
            const field = page.locator(`${flow} genba-flow-params [id="transferBatch"]`);
            await field.fill('0');
            await field.press('Tab');
            await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
          },
        },
      ],
    },
    {
      route: 'kaizen',
      ready: `${kaizen} #verdict`,
      states: [
        { name: 'start', reach: async () => undefined },
        {
          name: 'station',
          reach: async (page) => {
            await goAndSee(page, offered([], INTENDED_IMPROVEMENTS[0]!).station);
            await page.locator(`${kaizen} genba-yamazumi-chart svg`).first().waitFor();
          },
        },
        { name: 'two-improvements', reach: (page) => applyImprovementsInPage(page, done, 2) },
        {
          name: 'won',
          reach: async (page) => {
            await applyImprovementsInPage(page, done, INTENDED_IMPROVEMENTS.length - done.length);
            await page.locator(`${kaizen} #summary genba-waterfall-chart svg`).first().waitFor();
          },
        },
        {
          name: 'step-undone',
          reach: async (page) => {
            // Undo step 4 (rows 1–2 are the line as it was and as the team runs it): the steps after it run again.
            const rows = page.locator(`${kaizen} genba-kaizen-log tbody tr`);
            await rows.nth(4).locator('button').click();
            await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(INTENDED_IMPROVEMENTS.length + 1);
          },
        },
      ],
    },
    {
      route: 'launch',
      ready: 'genba-launch-run-controls #run',
      states: [
        { name: 'start', reach: async () => undefined },
        {
          name: 'after-run',
          reach: async (page) => {
            await page.locator('genba-launch-prediction input[name="earnsMore"][value="launch"]').check();
            await page.locator('genba-launch-run-controls #run').click();
            await page.locator('genba-launch-strategy-ledger #result-json').waitFor({ state: 'attached', timeout: 90_000 });
            await expect.poll(() => page.locator('genba-launch-run-controls #cancel').count(), { timeout: 90_000 }).toBe(0);
          },
        },
        {
          name: 'hindsight',
          reach: async (page) => {
            await page.locator('genba-launch-strategy-ledger details#more-detail > summary').click();
            await page.locator('genba-launch-like-hindsight-chart svg').first().waitFor();
          },
        },
        {
          name: 'market-story',
          reach: async (page) => {
            await page.locator('genba-launch-market-story button.typical-market[data-state="good"]').click();
            await settle(page);
          },
        },
        {
          name: 'strategy-invalid',
          reach: async (page) => {
            // The strategy editor with a problem: a commitment above the plant's capacity.
            await page.locator('genba-launch-screen details.parameters > summary').click();
            const rate = page.locator('genba-launch-parameters input[data-path="strategies[1].commit.rate"]');
            await rate.fill('50000');
            await expect.poll(() => rate.getAttribute('aria-invalid')).toBe('true');
            await rate.fill('30000');
            await expect.poll(() => rate.getAttribute('aria-invalid')).not.toBe('true');
            await rate.fill('50000');
            await expect.poll(() => rate.getAttribute('aria-invalid')).toBe('true');
          },
        },
        {
          name: 'params-invalid',
          reach: async (page) => {
            const rate = page.locator('genba-launch-parameters input[data-path="strategies[1].commit.rate"]');
            await rate.fill('30000');
            await expect.poll(() => rate.getAttribute('aria-invalid')).not.toBe('true');
            const salvage = page.locator('genba-launch-parameters input[data-path="economics.salvage"]');
            await salvage.fill('12');
            await expect.poll(() => salvage.getAttribute('aria-invalid')).toBe('true');
          },
        },
      ],
    },
    {
      route: 'pull',
      ready: 'genba-pull-screen genba-paired-replay',
      states: [
        { name: 'start', reach: async () => undefined },
        {
          name: 'prediction-kept',
          reach: async (page) => {
            const p = page.locator('genba-pull-screen genba-pull-prediction');
            await p.locator('input[name="deliveries"][value="same"]').check();
            await p.locator('input[name="lessWip"][value="pull"]').check();
            await p.locator('button[type="submit"]').click();
            await p.locator('.kept').waitFor();
          },
        },
        {
          name: 'outcome',
          reach: async (page) => {
            await page.locator('genba-pull-screen #show-outcome').click();
            await page.locator('genba-pull-screen #outcome-table').waitFor();
          },
        },
        {
          name: 'sweep',
          reach: async (page) => {
            await page.locator('genba-pull-screen #run-sweep').click();
            await page.locator('genba-pull-screen genba-wip-sweep-chart svg[role="img"]').waitFor({ timeout: 60_000 });
          },
        },
        {
          name: 'cap-invalid',
          reach: async (page) => {
            const field = page.locator('genba-pull-screen genba-pull-cap-field #field-wipCap');
            await field.fill('0');
            await page.locator('genba-pull-screen #apply-cap').click();
            await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
          },
        },
      ],
    },
    {
      route: 'engine',
      ready: 'genba-scenario-runner #run',
      states: [
        {
          name: 'after-run',
          reach: async (page) => {
            await expect.poll(() => page.locator('genba-scenario-runner option').count()).toBeGreaterThan(3);
            await page.locator('genba-scenario-runner select').selectOption('penny-game-batch-5.json');
            await page.locator('genba-scenario-runner #run').click();
            await page.locator('genba-scenario-runner #result-json').waitFor({ state: 'attached', timeout: 60_000 });
          },
        },
      ],
    },
  ];
}

/**
 * What scrolls sideways at the current width: null when nothing does, else the page's width
 * and the first elements past the right edge that are not inside a box that scrolls or clips
 * by itself (a wide table in its own scrolling box is allowed).
 */
export async function sidewaysOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const up = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null);
    const contained = (el: Element): boolean => {
      for (let a = up(el); a; a = up(a)) if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)) return true;
      return false;
    };
    const wide: string[] = [];
    const walk = (root: Document | ShadowRoot, path: string) => {
      for (const el of root.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > width + 1 && r.width > 0 && !contained(el)) {
          wide.push(`${path}${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} (${Math.round(r.left)}–${Math.round(r.right)} px)`);
        }
        if (el.shadowRoot) walk(el.shadowRoot, `${path}${el.tagName.toLowerCase()} › `);
      }
    };
    walk(document, '');
    return `scrollWidth ${document.documentElement.scrollWidth} > ${width}: ${wide.slice(0, 6).join('; ')}`;
  });
}
