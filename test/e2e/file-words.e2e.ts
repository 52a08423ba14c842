/**
 * A file with a wrong field, dropped on each lesson (issue 16, "Words a trainee understands"):
 * the message names the field as the screen does, in English and in 简体中文, with no path
 * (`stations[0]…`, `improvements[0].kind`), no JavaScript word (`undefined`, `object`, `NaN`,
 * `Infinity`) and no number in e-notation (`1e-9`). The CLI and the files keep their paths
 * (tested with the validator and the kaizen log reader).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serveBuiltApp, watchErrors, type Browser } from './browser.ts';

const preset = (file: string): Record<string, unknown> => JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')) as Record<string, unknown>;
const withStation = (file: string, station: Record<string, unknown>): string => {
  const s = preset(file);
  return JSON.stringify({ ...s, stations: [{ ...(s['stations'] as Record<string, unknown>[])[0], ...station }, ...(s['stations'] as unknown[]).slice(1)] });
};

/** Each lesson, a file with a wrong field, and what its first message must say in English. */
const LESSONS = [
  { route: 'batching', screen: 'genba-flow-screen', file: withStation('batching-illusion.json', { processTime: 1e-9 }), english: /^Station 1 · Process time: a number too close to 0 to write out is not allowed; / },
  {
    route: 'kaizen',
    screen: 'genba-kaizen-screen',
    file: JSON.stringify({ format: 'genba-kaizen-log', version: 1, scenario: preset('it-failed-before.json'), improvements: [{ id: 'a', kind: 'walk' }] }),
    english: /^Improvement 1 · kind: "walk" is not allowed; it must be one of /,
  },
  { route: 'launch', screen: 'genba-launch-screen', file: JSON.stringify({ ...preset('launch-ohno-question.json'), replications: 1e21 }), english: /^Replications: a number too large to write out is not allowed; / },
  { route: 'pull', screen: 'genba-pull-screen', file: withStation('kanban-one-square-short.json', { processTime: -3 }), english: /^Station 1 · Process time: -3 is not allowed; / },
] as const;

/** What must never reach the screen. */
const FORBIDDEN = [/\[\d+\]/, /\b[a-z]+\.[a-z]+\b/i, /\b(undefined|object|NaN|Infinity)\b/, /\de[-+]?\d/];

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await serveBuiltApp();
  browser = await launch();
  page = await browser.context.newPage();
  errors = watchErrors(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function dropFile(screen: string, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([t, n]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t as string], n as string, { type: 'application/json' }));
      return dt;
    },
    [text, name],
  );
  await page.dispatchEvent(screen, 'dragover', { dataTransfer: transfer });
  await page.locator(`${screen} .drop-hint`).waitFor();
  await page.dispatchEvent(screen, 'drop', { dataTransfer: transfer });
}

async function messages(screen: string): Promise<string[]> {
  const items = page.locator(`${screen} genba-share-panel #import-errors li`);
  await items.first().waitFor();
  return (await items.allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
}

describe('a file with a wrong field, on every lesson', () => {
  for (const lesson of LESSONS) {
    it(`${lesson.route}: names the field as the screen does, in English and in Chinese`, async () => {
      for (const locale of ['en', 'zh-CN'] as const) {
        await page.goto(`${server.url}#/${lesson.route}`);
        if (locale === 'zh-CN') {
          await page.locator('genba-app #language').selectOption('zh-CN');
          await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
        }
        await page.locator(`${lesson.screen} genba-share-panel`).waitFor({ state: 'attached' });
        await dropFile(lesson.screen, 'wrong.json', lesson.file);
        const shown = await messages(lesson.screen);
        expect(shown.length).toBeGreaterThan(0);
        if (locale === 'en') expect(shown[0]).toMatch(lesson.english);
        else expect(shown[0]).toMatch(/[\u4e00-\u9fff]/);
        for (const text of shown) {
          const outsideQuotes = text.replace(/"[^"]*"/g, '""');
          for (const pattern of FORBIDDEN) expect(outsideQuotes, text).not.toMatch(pattern);
          if (locale === 'zh-CN') expect(outsideQuotes.replace(/\b(MiB|JSON|Genba|Cut)\b/g, '').match(/[A-Za-z]{2,}/g) ?? [], text).toEqual([]);
        }
        await page.locator('genba-app #language').selectOption('en');
      }
      expect(errors).toEqual([]);
    });
  }
});
