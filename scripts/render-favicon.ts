/**
 * Renders public/favicon.svg (the source of the icon) to the PNG the page links to,
 * public/favicon.png (32 × 32). A PNG, not the SVG itself: a browser loads an SVG image as a
 * document of its own on the main thread, about 20 ms on a laptop and 80 ms on a slow phone
 * right while a lesson opens (Lighthouse's total blocking time); a PNG is decoded off it.
 *
 *   npx tsx scripts/render-favicon.ts     (after changing favicon.svg)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { launch } from '../test/e2e/browser.ts';

const SIZE = 32;
const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await launch();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: SIZE, height: SIZE });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${SIZE}" height="${SIZE}" `)}</body></html>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  writeFileSync(new URL('../public/favicon.png', import.meta.url), png);
  console.log(`public/favicon.png: ${SIZE} × ${SIZE}, ${png.length} bytes`);
} finally {
  await browser.close();
}
