/**
 * Template pieces every chart shares: the legend above it, the axis labels, the data table
 * in a `<details>` under it, and a text-width estimate for laying out labels (happy-dom has
 * no layout, and a render must not depend on one). All text goes in as text, never markup.
 */
import { css, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ChartSize } from './chart-frame.ts';
import { markerPath, type SeriesStyle } from './series-style.ts';

/** Styles for the data tables, added to {@link chartStyles}: wide tables scroll, cells do not wrap. */
export const tableStyles = css`
  details {
    overflow-x: auto;
  }
  td {
    white-space: nowrap;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-top: 0.5rem;
  }
`;

/** One legend entry: a small drawing and its label. */
export interface LegendItem {
  readonly label: string;
  /** Drawn in a 32×16 box. */
  readonly swatch: SVGTemplateResult;
}

/** The legend, as an HTML list above the chart. */
export function renderLegend(items: readonly LegendItem[]): TemplateResult {
  return html`<ul class="legend">
    ${items.map(
      (item) => html`<li>
        <svg viewBox="0 0 32 16" aria-hidden="true" focusable="false">${item.swatch}</svg>
        ${item.label}
      </li>`,
    )}
  </ul>`;
}

/** A line sample in a series' colour and dash, with its marker when `withMarker`. */
export function lineSwatch(style: SeriesStyle, withMarker = false): SVGTemplateResult {
  return svg`<line x1="1" y1="8" x2="31" y2="8" stroke=${style.colour} stroke-width="3" stroke-dasharray=${style.dash || nothing}></line>${
    withMarker ? svg`<path transform="translate(16,8)" d=${markerPath(style.marker, 60)} fill=${style.colour} stroke="#fff"></path>` : nothing
  }`;
}

/** A filled box (colour or `url(#pattern)`) with a thin outline. */
export function fillSwatch(fill: string): SVGTemplateResult {
  return svg`<rect x="2" y="1" width="28" height="14" fill=${fill} stroke="#4a5360" stroke-width="0.75"></rect>`;
}

/**
 * The x label centred under the plot and the y label written horizontally above the y axis
 * (readable without tilting the head, and it never collides with tick labels).
 */
export function axisLabels(size: ChartSize, xLabel: string, yLabel: string): SVGTemplateResult {
  const plotCentre = size.margin.left + (size.width - size.margin.left - size.margin.right) / 2;
  return svg`<text class="axis-label x-label" x=${plotCentre} y=${size.height - 8} text-anchor="middle">${xLabel}</text>
    ${yLabel ? svg`<text class="axis-label y-label" x="4" y=${size.margin.top - 12}>${yLabel}</text>` : nothing}`;
}

/** One table of a chart's data. The first column holds row headers. */
export interface DataTable {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The chart's data tables, collapsed in one `<details>` under the chart. */
export function renderDataTables(tables: readonly DataTable[]): TemplateResult {
  return html`<details>
    <summary>${msg('Data table')}</summary>
    ${tables.map(
      (t) => html`<table>
        <caption>${t.caption}</caption>
        <thead>
          <tr>${t.head.map((h) => html`<th scope="col">${h}</th>`)}</tr>
        </thead>
        <tbody>
          ${t.rows.map(
            ([first, ...rest]) => html`<tr>
              <th scope="row">${first}</th>
              ${rest.map((cell) => html`<td>${cell}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>`,
    )}
  </details>`;
}

/** Chinese, Japanese and Korean characters and full-width punctuation: about 1 em wide. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Whether a character is written about 1 em wide (CJK), not ~0.6 em. */
export function isWideChar(ch: string): boolean {
  return WIDE.test(ch);
}

/**
 * Rough width of a text in viewBox units, enough to reserve room: 0.6 em per character,
 * 1 em per Chinese (CJK) character.
 */
export function estimateTextWidth(text: string, fontSize = 14): number {
  let em = 0;
  for (const ch of text) em += isWideChar(ch) ? 1 : 0.6;
  return em * fontSize;
}

/** Rounds to 3 decimals, so attribute values (and snapshots) stay short and stable. */
export function r3(v: number): number {
  return Math.round(v * 1000) / 1000;
}
