// Throwaway: renders bench/_preview in headless Chromium and screenshots the charts.
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const server = await createServer({ root, server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
await server.listen();
const url = `${server.resolvedUrls!.local[0]}bench/_preview/index.html`;
const dir = mkdtempSync(join(tmpdir(), 'charts-preview-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 720 },
});
try {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="yes"]', { timeout: 60_000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/charts-preview-top.png' });
  await page.screenshot({ path: 'test-results/charts-preview-full.png', fullPage: true });
  for (const id of ['deliveries', 'wip', 'dist', 'dist2', 'split', 'share', 'sweep', 'timeline', 'queue']) {
    await page.locator(`#${id}`).screenshot({ path: `test-results/charts-${id}.png` });
  }
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('section > *:not(h2)')) for (const d of (el as HTMLElement).shadowRoot?.querySelectorAll('details') ?? []) d.open = true;
  });
  for (const id of ['dist', 'timeline', 'split']) await page.locator(`#${id}`).screenshot({ path: `test-results/charts-${id}-table.png` });
  // Overlap check of SVG text boxes (real layout here).
  const overlaps = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('section > *:not(h2)')) {
      const root = (el as HTMLElement).shadowRoot;
      if (!root) continue;
      const texts = [...root.querySelectorAll('svg[role="img"] text')].filter((t) => (t.textContent ?? '').trim() !== '');
      const boxes = texts.map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }));
      const svgBox = root.querySelector('svg[role="img"]')!.getBoundingClientRect();
      for (const b of boxes) {
        if (b.r.left < svgBox.left - 1 || b.r.right > svgBox.right + 1 || b.r.top < svgBox.top - 1 || b.r.bottom > svgBox.bottom + 1)
          out.push(`${el.parentElement!.id}: "${b.t}" outside the svg`);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r, c = boxes[j]!.r;
          if (a.left < c.right - 1 && c.left < a.right - 1 && a.top < c.bottom - 1 && c.top < a.bottom - 1)
            out.push(`${el.parentElement!.id}: "${boxes[i]!.t}" overlaps "${boxes[j]!.t}"`);
        }
      const sizes = texts.map((t) => parseFloat(getComputedStyle(t).fontSize));
      if (sizes.some((s) => s < 14)) out.push(`${el.parentElement!.id}: text below 14px (viewBox units)`);
    }
    return out;
  });
  console.log(problems.length ? problems.join('\n') : 'no console problems');
  console.log(overlaps.length ? overlaps.join('\n') : 'no text overlaps');
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
  await server.close();
}
