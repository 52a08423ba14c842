/** Small helpers the sharing end-to-end tests have in common. */
import type { Page } from 'playwright-core';

/** A scenario name that would run script if it were ever inserted as HTML. */
export const XSS = '<img src=x onerror=alert(1)>';

/** Elements of a tag anywhere in the page, shadow roots included. */
export async function deepCount(page: Page, tag: string): Promise<number> {
  return page.evaluate((t) => {
    let n = 0;
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName.toLowerCase() === t) n++;
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return n;
  }, tag);
}

/** The built-in presets' station names in both languages, for locating a station's button on a page in either. */
const STATION_ZH: Readonly<Record<string, string>> = {
  Cut: '切割',
  Bend: '折弯',
  Weld: '焊接',
  Paint: '喷漆',
  Pack: '包装',
  Press: '冲压',
  Assemble: '装配',
};

/** Matches a preset station's name as the page shows it, in English or in 简体中文. */
export function stationName(name: string): RegExp {
  const zh = STATION_ZH[name];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(zh === undefined ? escape(name) : `${escape(name)}|${escape(zh)}`);
}
