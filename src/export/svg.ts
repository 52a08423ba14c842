/**
 * Charts as files: a standalone SVG, and a PNG at presentation resolution.
 *
 * - `svgToString(svg, { background? })`: the chart as an SVG document that looks the same
 *   outside the app. Charts live in shadow roots styled by adopted stylesheets that a
 *   file cannot carry, so the computed styles that paint an SVG (fills, strokes, fonts,
 *   text anchoring, opacity, dashes, hidden parts) are copied onto a clone of each
 *   element, inherited values only where they change. Lit's comment markers are dropped;
 *   `width`/`height` come from the viewBox when absent; the `aria-label` becomes the
 *   file's `<title>` when it has none. The text is serialised by XMLSerializer, so names
 *   in the chart stay text (escaped), never markup.
 * - `svgToPng(svg, { width = 1920 | scale, background = '#ffffff' })`: that SVG drawn on
 *   a canvas and encoded as PNG; resolves to a Blob, rejects with an Error whose message
 *   can be shown. The SVG is loaded from a `data:` URL, which both the development policy
 *   in index.html (`img-src 'self' data:`) and the production one (`… data: blob:`) allow;
 *   checked in Chromium under the production CSP with Trusted Types. An SVG in an image
 *   cannot load web fonts, so text falls back to the system's font of the same family list.
 * - `pngSize(svg, options)`: the pixel size svgToPng will use.
 *
 * The errors' messages are shown to the user, so they are in the page's language.
 */
import { msg } from '@lit/localize';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Properties copied from the computed style; those marked true are inherited in SVG. */
const PROPERTIES: ReadonlyMap<string, boolean> = new Map([
  ['fill', true],
  ['fill-opacity', true],
  ['fill-rule', true],
  ['stroke', true],
  ['stroke-width', true],
  ['stroke-opacity', true],
  ['stroke-dasharray', true],
  ['stroke-dashoffset', true],
  ['stroke-linecap', true],
  ['stroke-linejoin', true],
  ['stroke-miterlimit', true],
  ['paint-order', true],
  ['color', true],
  ['font-family', true],
  ['font-size', true],
  ['font-weight', true],
  ['font-style', true],
  ['font-variant', true],
  ['letter-spacing', true],
  ['text-anchor', true],
  ['dominant-baseline', true],
  ['visibility', true],
  ['shape-rendering', true],
  ['opacity', false],
  ['text-decoration', false],
  ['vector-effect', false],
  ['display', false],
]);

/** Non-inherited values that are the initial value anyway: not worth writing. */
const INITIAL: Readonly<Record<string, string>> = {
  opacity: '1',
  'text-decoration': 'none',
  'vector-effect': 'none',
  display: 'inline',
};

function copyComputedStyles(original: Element, clone: Element, parentStyle: Map<string, string> | null, view: Window): void {
  const computed = view.getComputedStyle(original);
  const own = new Map<string, string>();
  const target = (clone as SVGElement).style;
  for (const [property, inherited] of PROPERTIES) {
    const value = computed.getPropertyValue(property).trim();
    if (value === '') continue;
    own.set(property, value);
    if (property === 'display' && value !== 'none') continue;
    if (inherited ? parentStyle?.get(property) === value : INITIAL[property] === value) continue;
    // CSSOM, not the style attribute: allowed under the app's CSP (QUALITY §3).
    target?.setProperty(property, value);
  }
  const originals = original.children;
  const clones = clone.children;
  for (let i = 0; i < originals.length && i < clones.length; i++) {
    copyComputedStyles(originals[i] as Element, clones[i] as Element, own, view);
  }
}

function removeComments(node: Node): void {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === 8) child.remove();
    else removeComments(child);
  }
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The chart's drawing box: its viewBox, else its width/height attributes, else its layout box. */
function boxOf(svg: SVGSVGElement): Box {
  const parts = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  if (parts.length === 4 && parts.every(Number.isFinite) && (parts[2] as number) > 0 && (parts[3] as number) > 0) {
    const [x, y, width, height] = parts as [number, number, number, number];
    return { x, y, width, height };
  }
  const width = Number.parseFloat(svg.getAttribute('width') ?? '');
  const height = Number.parseFloat(svg.getAttribute('height') ?? '');
  if (width > 0 && height > 0) return { x: 0, y: 0, width, height };
  const rect = svg.getBoundingClientRect();
  return { x: 0, y: 0, width: rect.width > 0 ? rect.width : 640, height: rect.height > 0 ? rect.height : 320 };
}

export interface SvgExportOptions {
  /** A colour painted behind the chart (e.g. '#ffffff'); none by default (transparent). */
  readonly background?: string;
}

/** The chart as a standalone SVG document (text, with an XML declaration). */
export function svgToString(svg: SVGSVGElement, options: SvgExportOptions = {}): string {
  const doc = svg.ownerDocument;
  const view = doc.defaultView;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  if (view) copyComputedStyles(svg, clone, null, view);
  removeComments(clone);

  const box = boxOf(svg);
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  if (!clone.hasAttribute('width')) clone.setAttribute('width', String(box.width));
  if (!clone.hasAttribute('height')) clone.setAttribute('height', String(box.height));
  clone.setAttribute('xmlns', SVG_NS);

  const label = svg.getAttribute('aria-label');
  if (label && !clone.querySelector(':scope > title')) {
    const title = doc.createElementNS(SVG_NS, 'title');
    title.textContent = label;
    clone.insertBefore(title, clone.firstChild);
  }
  if (options.background) {
    const rect = doc.createElementNS(SVG_NS, 'rect');
    for (const [name, value] of Object.entries({ x: box.x, y: box.y, width: box.width, height: box.height })) rect.setAttribute(name, String(value));
    rect.setAttribute('fill', options.background);
    const title = clone.querySelector(':scope > title');
    clone.insertBefore(rect, title ? title.nextSibling : clone.firstChild);
  }
  const text = new XMLSerializer().serializeToString(clone);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`;
}

/** The SVG file to download. */
export function svgBlob(svg: SVGSVGElement, options: SvgExportOptions = {}): Blob {
  return new Blob([svgToString(svg, options)], { type: 'image/svg+xml;charset=utf-8' });
}

export interface PngExportOptions extends SvgExportOptions {
  /** Width of the PNG in pixels (default 1920, a projector's width); the height keeps the aspect ratio. */
  readonly width?: number;
  /** Or: pixels per viewBox unit (2 gives 1280 px for a 640-wide chart). Wins over `width`. */
  readonly scale?: number;
}

/** Largest side of a PNG: canvases beyond this fail in some browsers. */
const MAX_SIDE = 8192;

export function pngSize(svg: SVGSVGElement, options: PngExportOptions = {}): { width: number; height: number } {
  const box = boxOf(svg);
  const scale = options.scale !== undefined && options.scale > 0 ? options.scale : (options.width !== undefined && options.width > 0 ? options.width : 1920) / box.width;
  const fit = Math.min(1, MAX_SIDE / (box.width * scale), MAX_SIDE / (box.height * scale));
  return { width: Math.max(1, Math.round(box.width * scale * fit)), height: Math.max(1, Math.round(box.height * scale * fit)) };
}

function loadImage(doc: Document, url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = doc.createElement('img');
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(msg('The chart could not be drawn as an image.')));
    image.src = url;
  });
}

/** The chart as a PNG at presentation resolution. */
export async function svgToPng(svg: SVGSVGElement, options: PngExportOptions = {}): Promise<Blob> {
  const doc = svg.ownerDocument;
  const { width, height } = pngSize(svg, options);
  const text = svgToString(svg, { background: options.background ?? '#ffffff' });
  const canvas = doc.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error(msg('This browser cannot make a PNG of the chart (no canvas).'));
  const image = await loadImage(doc, `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(msg('The chart could not be encoded as a PNG.')))), 'image/png');
  });
}
