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
