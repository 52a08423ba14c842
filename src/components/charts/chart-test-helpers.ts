/**
 * Helpers for the charts' happy-dom tests (imported by `*.dom.test.ts` only): mount an
 * element, read its SVG in a stable form for file snapshots, read its data table.
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

/**
 * The SVG's markup without Lit's comment markers (they carry a random number per page
 * load) and one tag per line, so snapshots are stable and their diffs readable.
 */
export function svgSnapshot(el: LitElement): string {
  return `${chartSvg(el)
    .outerHTML.replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s*</g, '>\n<')}\n`;
}

/** The data table's body, row by row, as the text of its cells. */
export function tableRows(el: LitElement): string[][] {
  const rows = el.shadowRoot?.querySelectorAll('details table tbody tr') ?? [];
  return [...rows].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''));
}

/** The data table's column headers. */
export function tableHead(el: LitElement): string[] {
  const cells = el.shadowRoot?.querySelectorAll('details table thead th') ?? [];
  return [...cells].map((c) => c.textContent?.trim() ?? '');
}

/** The text under the chart. */
export function caption(el: LitElement): string {
  return el.shadowRoot?.querySelector('figcaption')?.textContent?.trim() ?? '';
}
