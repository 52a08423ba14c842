/** `genba-figure` in happy-dom: the heading, the slotted chart's SVG, file names, downloads. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LitElement, html, svg } from 'lit';
import { customElement } from 'lit/decorators.js';
import { FIGURE_PNG_WIDTH, type GenbaFigure } from './genba-figure.ts';
import './genba-figure.ts';

/** A stand-in chart: an `svg[role="img"]` in its shadow root, like every chart of the app. */
@customElement('test-figure-chart')
class TestFigureChart extends LitElement {
  override render() {
    return html`<svg viewBox="0 0 640 320" role="img" aria-label="Deliveries rise to 50">${svg`<rect x="10" y="10" width="50" height="20" fill="#0072b2"></rect>`}</svg>`;
  }
}

let downloads: { name: string; blob: Blob }[];

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:genba/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

async function mount(heading: string, scenarioName: string, withChart = true) {
  const el = document.createElement('genba-figure') as GenbaFigure;
  el.heading = heading;
  el.scenarioName = scenarioName;
  if (withChart) {
    const chart = document.createElement('test-figure-chart') as TestFigureChart;
    chart.id = 'deliveries';
    chart.setAttribute('data-cursor', '');
    el.append(chart);
  }
  document.body.append(el);
  await el.updateComplete;
  await (el.firstElementChild as LitElement | null)?.updateComplete;
  return { el, root: el.shadowRoot! };
}

describe('genba-figure', () => {
  it('shows the heading and keeps the chart in the light DOM, where its owner finds it', async () => {
    const { el, root } = await mount('Good units delivered', 'Penny game');
    expect(root.querySelector('h3')?.textContent).toBe('Good units delivered');
    expect(root.querySelector('slot')).not.toBeNull();
    expect(document.querySelector('[data-cursor]#deliveries'), 'the chart keeps its id and data-cursor').not.toBeNull();
    expect(el.svg?.getAttribute('aria-label')).toBe('Deliveries rise to 50');
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['SVG', 'PNG']);
    expect(buttons[1]?.getAttribute('aria-label')).toBe(`PNG: download “Good units delivered” as a ${FIGURE_PNG_WIDTH} px wide image`);
  });

  it('downloads the chart as a standalone SVG named after the scenario and the heading', async () => {
    const { root } = await mount('Good units delivered', 'Penny game');
    root.querySelector<HTMLButtonElement>('button.svg')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(downloads.map((d) => d.name)).toEqual(['Penny game - Good units delivered.svg']);
    const text = await downloads[0]!.blob.text();
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(text).toContain('<title>Deliveries rise to 50</title>');
    expect(text).toContain('<rect');
  });

  it('makes safe file names from hostile names, and shows them as text', async () => {
    const { el, root } = await mount('Lead time of <b>each</b> unit', '<img src=x onerror=alert(1)>');
    expect(el.fileName('png')).toBe('img src=x onerror=alert(1) - Lead time of b each b unit.png');
    expect(root.querySelector('h3')?.textContent).toBe('Lead time of <b>each</b> unit');
    expect(root.querySelector('b, img')).toBeNull();
    expect(el.fileName('svg')).not.toMatch(/[<>/\\]/);
  });

  it('says so when there is nothing to export, or the PNG cannot be made', async () => {
    const empty = await mount('Empty', 'Penny game', false);
    empty.root.querySelector<HTMLButtonElement>('button.svg')!.click();
    await empty.el.updateComplete;
    expect(empty.root.querySelector('[role="alert"]')?.textContent).toBe('This chart has nothing to export yet.');
    expect(downloads).toEqual([]);
    document.body.replaceChildren();

    // happy-dom has no canvas: the PNG fails with a message instead of an exception.
    const { el, root } = await mount('Work in progress', 'Penny game');
    await el.download('png');
    await el.updateComplete;
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/PNG|image/);
    expect(root.querySelectorAll('button:disabled')).toHaveLength(0);
  });
});
