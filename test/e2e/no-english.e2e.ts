/**
 * No English left in 简体中文 (issue 16): every lesson and state of test/e2e/lesson-states.ts,
 * opened in zh-CN, is read the way a person and a screen reader meet it — every text node
 * of the page and of every shadow root (SVG text of the charts included), and the
 * aria-label, aria-valuetext, title, alt and placeholder attributes — and fails on any
 * Latin-script word (two letters or more) outside a short allowlist: the product's name,
 * units and abbreviations a Chinese shop floor writes in Latin letters, file formats, and
 * the language switch's own "English". What the user gave (scenario data shown as data: a
 * seed in `<code>`, the full JSON result as `genba run` prints it, text typed into a field)
 * is user data, left out by where it is, never by widening the allowlist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { lessonWalks, openIn, settle } from './lesson-states.ts';

/** Latin words a Chinese page may hold: the product, file formats, statistics and units written in Latin letters everywhere. */
export const LATIN_ALLOWED: ReadonlySet<string> = new Set([
  'Genba', // the product's name
  'English', // the language switch names each language in its own script
  'JSON', 'CSV', 'SVG', 'PNG', 'MiB', // file formats and sizes
  'CVaR', // the risk measure, kept as is (docs/i18n.md)
  'CONWIP', // the name of the pull policy, as in the literature
]);

/** Where user data is shown as data: not read. */
const USER_DATA = ['code', 'pre#result-json', 'script', 'style', 'template'];

/** Every Latin word on the page outside the allowlist and user data, with a little context. */
async function latinWords(page: Page, allowed: readonly string[]): Promise<string[]> {
  return page.evaluate(
    ({ allowed, skip }) => {
      const ok = new Set(allowed);
      const found: string[] = [];
      const check = (text: string, where: string) => {
        for (const m of text.matchAll(/[A-Za-z]{2,}/g)) {
          if (ok.has(m[0])) continue;
          const at = m.index ?? 0;
          found.push(`${m[0]} in ${where}: "${text.slice(Math.max(0, at - 30), at + 40).replace(/\s+/g, ' ').trim()}"`);
        }
      };
      const skipped = (el: Element) => skip.some((s) => el.matches(s));
      const walk = (root: Document | ShadowRoot | Element, path: string) => {
        for (const node of root.childNodes) {
          if (node.nodeType === Node.TEXT_NODE) {
            check(node.textContent ?? '', path);
            continue;
          }
          if (!(node instanceof Element) || skipped(node)) continue;
          const name = `${path} › ${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}`;
          for (const attribute of ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder']) {
            const value = node.getAttribute(attribute);
            if (value) check(value, `${name}[${attribute}]`);
          }
          if (node.shadowRoot) walk(node.shadowRoot, name);
          walk(node, name);
        }
      };
      walk(document.body, 'body');
      check(document.title, 'title');
      // The language switch names English in English, on purpose.
      return found.filter((f) => !/^English in .*#language/.test(f));
    },
    { allowed: [...LATIN_ALLOWED, ...allowed], skip: USER_DATA },
  );
}

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

describe('no English left in 简体中文, on every screen and state', () => {
  for (const walk of lessonWalks()) {
    it(`#/${walk.route}: every state`, async () => {
      const page = await browser.context.newPage();
      const errors = watchErrors(page);
      await page.setViewportSize({ width: 1280, height: 720 });
      await openIn(page, `${server.url}#/${walk.route}`, 'zh-CN', walk.ready);
      const problems: string[] = [];
      for (const state of walk.states) {
        await state.reach(page);
        await settle(page);
        for (const word of await latinWords(page, [])) problems.push(`${walk.route} · ${state.name}: ${word}`);
      }
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 300_000);
  }
});
