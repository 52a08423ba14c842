/**
 * The conventions every chart follows, so that each reads the same on a laptop and on a
 * projector at 1280×720:
 *
 * - A fixed `viewBox` (default 640×320) scaled to the container's width; text at 14 px or
 *   more in viewBox units.
 * - Scales and shapes from D3 (`d3-scale`, `d3-shape`); axes drawn by `d3-axis` into
 *   `<g>` elements after render (see {@link drawAxes}); everything else is Lit `svg`
 *   templates, so a render is a pure function of the data and snapshots are stable.
 * - Every axis carries its unit in its label.
 * - The `<svg>` has `role="img"` and an `aria-label` holding the chart's one-sentence text
 *   summary; the summary is also shown under the chart, and a data table is available in
 *   a `<details>` element (A7: axe cannot see a chart without one).
 */
import { css, svg, type SVGTemplateResult } from 'lit';
import { axisBottom, axisLeft, type AxisScale } from 'd3-axis';
import { select } from 'd3-selection';
import { STATION_STATES } from './palette.ts';

export interface ChartSize {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
}

export const DEFAULT_SIZE: ChartSize = {
  width: 640,
  height: 320,
  margin: { top: 16, right: 24, bottom: 52, left: 64 },
};

/** Plot area inside the margins. */
export function innerSize(size: ChartSize): { width: number; height: number } {
  return {
    width: size.width - size.margin.left - size.margin.right,
    height: size.height - size.margin.top - size.margin.bottom,
  };
}

/**
 * Draws the x and y axes into `g.x-axis` and `g.y-axis` of `root` with d3-axis. Call from
 * `updated()`; the groups are rendered (empty) by the template.
 */
export function drawAxes(
  root: ParentNode,
  x: AxisScale<number> | AxisScale<string>,
  y: AxisScale<number>,
  options: { xTicks?: number; yTicks?: number; xFormat?: (v: never) => string; yFormat?: (v: number) => string } = {},
): void {
  const xg = root.querySelector('g.x-axis');
  const yg = root.querySelector('g.y-axis');
  if (xg) {
    const axis = axisBottom(x as AxisScale<number>).ticks(options.xTicks ?? 6);
    if (options.xFormat) axis.tickFormat(options.xFormat as (v: number) => string);
    select(xg as SVGGElement).call(axis);
  }
  if (yg) {
    const axis = axisLeft(y).ticks(options.yTicks ?? 5);
    if (options.yFormat) axis.tickFormat((v) => options.yFormat!(v as number));
    select(yg as SVGGElement).call(axis);
  }
}

/**
 * Like {@link drawAxes}, for charts whose rows are names (a band scale on y, e.g. stations
 * or lanes): the x axis into `g.x-axis`, the names into `g.y-axis` without tick marks,
 * `yPadding` units left of the plot (room for per-bar tags in between).
 */
export function drawBandAxes(
  root: ParentNode,
  x: AxisScale<number>,
  y: AxisScale<string>,
  options: { xTicks?: number; xFormat?: (v: number) => string; yPadding?: number; yFormat?: (v: string) => string } = {},
): void {
  const xg = root.querySelector('g.x-axis');
  const yg = root.querySelector('g.y-axis');
  if (xg) {
    const axis = axisBottom(x).ticks(options.xTicks ?? 6);
    if (options.xFormat) axis.tickFormat((v) => options.xFormat!(v as number));
    select(xg as SVGGElement).call(axis);
  }
  if (yg) {
    const axis = axisLeft(y).tickSize(0).tickPadding(options.yPadding ?? 8);
    if (options.yFormat) axis.tickFormat(options.yFormat);
    select(yg as SVGGElement).call(axis);
  }
}

/**
 * Draws an x axis with the given tick values into `g.x-axis` of `root` (for scales whose
 * useful ticks are not evenly spaced, e.g. batch sizes 1, 5, 10, 20, …).
 */
export function drawXAxisAt(root: ParentNode, x: AxisScale<number>, values: readonly number[], format?: (v: number) => string): void {
  const xg = root.querySelector('g.x-axis');
  if (!xg) return;
  const axis = axisBottom(x).tickValues(values);
  if (format) axis.tickFormat((v) => format(v as number));
  select(xg as SVGGElement).call(axis);
}

/** Pattern definitions for station states (a second cue beside colour). */
export function statePatterns(idPrefix: string): SVGTemplateResult {
  return svg`<defs>
    <pattern id="${idPrefix}-diagonal" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="${STATION_STATES.setup.colour}"></rect>
      <line x1="0" y1="0" x2="0" y2="6" stroke="#1b1f24" stroke-width="1.5"></line>
    </pattern>
    <pattern id="${idPrefix}-dots" width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill="${STATION_STATES.handling.colour}"></rect>
      <circle cx="3" cy="3" r="1.3" fill="#1b1f24"></circle>
    </pattern>
    <pattern id="${idPrefix}-cross" width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill="${STATION_STATES.blocked.colour}"></rect>
      <path d="M0 0L6 6M6 0L0 6" stroke="#fff" stroke-width="1"></path>
    </pattern>
  </defs>`;
}

/** The fill for a station state: its pattern where it has one, else its colour. */
export function stateFill(state: keyof typeof STATION_STATES, idPrefix: string): string {
  const s = STATION_STATES[state];
  return s.pattern === 'solid' || s.pattern === 'none' ? s.colour : `url(#${idPrefix}-${s.pattern})`;
}

/** Styles shared by chart components. */
export const chartStyles = css`
  :host {
    display: block;
  }
  figure {
    margin: 0;
  }
  svg {
    width: 100%;
    height: auto;
    display: block;
    overflow: visible;
  }
  .x-axis text,
  .y-axis text {
    font-size: 14px;
    fill: #1b1f24;
  }
  .x-axis path,
  .y-axis path,
  .x-axis line,
  .y-axis line {
    stroke: #4a5360;
  }
  .axis-label {
    font-size: 14px;
    fill: #1b1f24;
  }
  .grid line {
    stroke: #e3e7ec;
  }
  figcaption {
    color: var(--genba-muted, #4a5360);
    font-size: 0.95rem;
    margin-top: 0.25rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.95rem;
    margin: 0 0 0.25rem;
    padding: 0;
    list-style: none;
  }
  .legend svg {
    width: 2rem;
    height: 1rem;
    display: inline-block;
    vertical-align: middle;
  }
  details {
    font-size: 0.9rem;
    margin-top: 0.25rem;
  }
  summary {
    /* A 24 px target at least (WCAG 2.5.8). */
    min-height: 24px;
    cursor: pointer;
  }
  summary:focus-visible {
    outline: 3px solid #e69f00;
    outline-offset: 2px;
    box-shadow: 0 0 0 2px #1b1f24;
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.1rem 0.5rem;
    text-align: right;
    border-bottom: 1px solid #e3e7ec;
  }
  th:first-child,
  td:first-child {
    text-align: left;
  }
`;
