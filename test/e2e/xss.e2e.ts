/**
 * Names from links are data, never markup (QUALITY S5): an XSS corpus in every name field
 * (scenario, stations, market states) opened through share links on all three lessons.
 * Nothing may run (no dialog, no console error, no CSP violation), nothing may be injected
 * (no element from a payload appears in any shadow root), and each name shows as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { encodeLink } from '../../src/share/link-codec.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';

const CORPUS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '&lt;b&gt;bold&lt;/b&gt; <b>bold</b>',
];

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

function preset(file: string): Scenario {
  const parsed = parseScenarioText(readFileSync(`public/scenarios/${file}`, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  return parsed.scenario;
}

/** Every element in the page, through open shadow roots, with the tags payloads would inject. */
const INJECTED = `(() => {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (['img', 'iframe', 'mglyph'].includes(tag)) found.push(tag);
      // The app's own module scripts have a src; an injected one would not, or would alert.
      if (tag === 'script' && (!el.getAttribute('src') || el.textContent.includes('alert'))) found.push('script');
      for (const a of el.getAttributeNames()) if (/^on/i.test(a)) found.push(tag + '[' + a + ']');
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return found;
})()`;

const TEXT = `(() => {
  const parts = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
    }
    parts.push(root.textContent || '');
  };
  walk(document);
  return parts.join('\\n');
})()`;

async function open(route: string, scenario: Scenario, visible: string): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const encoded = encodeLink({ lesson: route, scenario });
  if (!encoded.ok) throw new Error(encoded.message);
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${server.url}#/${route}?${encoded.query}`);
  // Polled from the test (CDP evaluation): the page's CSP rightly forbids string evaluation in it.
  await expect.poll(async () => ((await page.evaluate(TEXT)) as string).includes(visible), { timeout: 30_000 }).toBe(true);
  return { page, errors, dialogs };
}

beforeAll(async () => {
  server = await serveBuiltApp();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('names from links are shown as text, never run (S5)', () => {
  it.each(CORPUS.map((p, i) => [i, p] as const))('lesson 1, payload %i in the scenario and station names', async (i, payload) => {
    const base = preset('batching-illusion.json');
    if (base.model !== 'flow-line') throw new Error('not a flow line');
    const scenario = { ...base, name: payload, stations: base.stations.map((s, k) => ({ ...s, name: k === 0 ? payload.slice(0, 60) : `${s.name} ${i}` })) };
    const { page, errors, dialogs } = await open('batching', scenario, payload);
    expect(await page.evaluate(INJECTED)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lesson 3, payloads in the market state names and the scenario name', async () => {
    const base = preset('launch-seed-case.json');
    if (base.model !== 'launch') throw new Error('not a launch case');
    const scenario = {
      ...base,
      replications: 1000,
      name: CORPUS[2]!,
      market: { ...base.market, states: base.market.states.map((s, k) => ({ ...s, name: CORPUS[k]! })) },
    };
    const { page, errors, dialogs } = await open('launch', scenario, CORPUS[0]!);
    expect(await page.evaluate(INJECTED)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
