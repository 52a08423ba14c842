/**
 * Helpers for the launch charts' happy-dom tests (imported by `launch-*.dom.test.ts` only):
 * mount an element, read its SVG in a stable form for file snapshots, read its data table.
 */
import type { LitElement } from 'lit';

/** Appends the element to the document and waits for its first render. */
export async function mount<T extends LitElement>(el: T): Promise<T> {
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** The chart's `<svg role="img">`. */
export function chartSvg(el: LitElement): SVGSVGElement {
  const svg = el.shadowRoot?.querySelector<SVGSVGElement>('svg[role="img"]');
  if (!svg) throw new Error(`${el.localName} rendered no chart svg`);
  return svg;
}

/** The SVG's markup without Lit's comment markers, one tag per line: stable, readable diffs. */
export function svgSnapshot(el: LitElement): string {
  return `${chartSvg(el)
    .outerHTML.replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s*</g, '>\n<')}\n`;
}

/** The data table's body rows as the text of their cells. */
export function tableRows(el: LitElement): string[][] {
  const rows = el.shadowRoot?.querySelectorAll('details table tbody tr') ?? [];
  return [...rows].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''));
}

/** The text under the chart. */
export function caption(el: LitElement): string {
  return el.shadowRoot?.querySelector('figcaption')?.textContent?.trim() ?? '';
}

/** An attribute of the first element matching a selector in the shadow root. */
export function attr(el: LitElement, selector: string, name: string): string | null {
  return el.shadowRoot?.querySelector(selector)?.getAttribute(name) ?? null;
}
