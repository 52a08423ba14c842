/** Chart export in happy-dom: a standalone SVG with the shadow root's styles inlined. */
import { afterEach, describe, expect, it } from 'vitest';
import { pngSize, svgToPng, svgToString } from './svg.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

afterEach(() => document.body.replaceChildren());

/** A chart as the app has them: an SVG inside a shadow root styled by an adopted stylesheet. */
function mountChart(): SVGSVGElement {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    svg { font-family: "Atkinson Hyperlegible", sans-serif; font-size: 14px; }
    .bar { fill: rgb(0, 114, 178); stroke: #1b1f24; stroke-width: 1.5px; }
    .label { fill: rgb(27, 31, 36); text-anchor: middle; }
    .dashed { stroke-dasharray: 8 4; fill: none; stroke: rgb(213, 94, 0); }
    .hidden { display: none; }
  `);
  root.adoptedStyleSheets = [sheet];
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 640 320');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Lead time by batch size');
  const g = document.createElementNS(SVG_NS, 'g');
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('class', 'bar');
  rect.setAttribute('width', '10');
  rect.setAttribute('height', '20');
  const label = document.createElementNS(SVG_NS, 'text');
  label.setAttribute('class', 'label');
  label.textContent = '<img src=x onerror=alert(1)> & Flipper';
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('class', 'dashed');
  path.setAttribute('d', 'M0,0L10,10');
  const hidden = document.createElementNS(SVG_NS, 'circle');
  hidden.setAttribute('class', 'hidden');
  g.append(document.createComment('?lit$1234$'), rect, label, path, hidden);
  svg.append(g);
  root.append(svg);
  return svg;
}

function parse(text: string): Document {
  return new DOMParser().parseFromString(text.replace(/^<\?xml[^>]*>\n/, ''), 'image/svg+xml');
}

describe('svgToString', () => {
  it('makes a standalone SVG document: declaration, namespace, size, title', () => {
    const text = svgToString(mountChart());
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const doc = parse(text);
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root.getAttribute('width')).toBe('640');
    expect(root.getAttribute('height')).toBe('320');
    expect(root.getAttribute('viewBox')).toBe('0 0 640 320');
    expect(root.querySelector('title')?.textContent).toBe('Lead time by batch size');
    expect(text).not.toContain('<!--');
  });

  it('inlines the computed styles the chart needs, inherited ones only where they change', () => {
    const doc = parse(svgToString(mountChart()));
    const style = (selector: string) => (doc.querySelector(selector) as SVGElement | null)?.getAttribute('style') ?? '';
    expect(style('svg')).toContain('font-family: "Atkinson Hyperlegible", sans-serif');
    expect(style('svg')).toContain('font-size: 14px');
    expect(style('rect')).toContain('fill: rgb(0, 114, 178)');
    expect(style('rect')).toContain('stroke-width: 1.5px');
    expect(style('rect')).not.toContain('font-family');
    expect(style('text')).toContain('text-anchor: middle');
    expect(style('path')).toContain('stroke-dasharray: 8 4');
    expect(style('path')).toContain('fill: none');
    expect(style('circle')).toContain('display: none');
  });

  it('keeps names as text, escaped, never as markup', () => {
    const text = svgToString(mountChart());
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; Flipper');
    expect(parse(text).querySelector('img')).toBeNull();
  });

  it('paints a background when asked, behind everything else', () => {
    const doc = parse(svgToString(mountChart(), { background: '#ffffff' }));
    const first = doc.documentElement.querySelector('rect');
    expect(first?.getAttribute('fill')).toBe('#ffffff');
    expect(first?.getAttribute('width')).toBe('640');
    expect(doc.documentElement.children[1]).toBe(first);
  });

  it('does not change the chart on the page', () => {
    const svg = mountChart();
    const before = svg.outerHTML;
    svgToString(svg, { background: 'white' });
    expect(svg.outerHTML).toBe(before);
  });
});

describe('svgToPng', () => {
  it('sizes the PNG for a projector: 1920 px wide by default, aspect kept', () => {
    const svg = mountChart();
    expect(pngSize(svg)).toEqual({ width: 1920, height: 960 });
    expect(pngSize(svg, { scale: 2 })).toEqual({ width: 1280, height: 640 });
    expect(pngSize(svg, { width: 800 })).toEqual({ width: 800, height: 400 });
    expect(pngSize(svg, { scale: 100 })).toEqual({ width: 8192, height: 4096 });
  });

  it('rejects with a readable message where there is no canvas (happy-dom)', async () => {
    await expect(svgToPng(mountChart())).rejects.toThrow('This browser cannot make a PNG of the chart (no canvas).');
  });
});
