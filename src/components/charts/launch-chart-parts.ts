/**
 * Pieces the launch lesson's charts share: the two strategies' look (from SERIES in
 * palette.ts: the full launch is SERIES.batch, vermillion and dashed, the pilot SERIES.flow,
 * blue and solid), the fill that tells real loss (solid: cash spent) from lost opportunity
 * (hatched, outlined: no cash), legends, data tables, and rounding for stable snapshots.
 * All text goes in through Lit bindings, never as markup.
 */
import { css, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import type { StrategyKey } from '../../lessons/launch/strategies.ts';
import { chartStyles } from './chart-frame.ts';
import { INK, MUTED_INK, SERIES } from './palette.ts';

export type LaunchMarker = 'triangle' | 'circle' | 'square' | 'diamond';

export interface LaunchSeriesStyle {
  readonly colour: string;
  /** SVG stroke-dasharray; '' for solid. */
  readonly dash: string;
  readonly marker: LaunchMarker;
}

/** The two strategies: the forecast's full launch like lesson 1's batch, the pilot like one-piece flow. */
export const STRATEGY_STYLE: Readonly<Record<StrategyKey, LaunchSeriesStyle>> = {
  launch: { colour: SERIES.batch.colour, dash: SERIES.batch.dash, marker: 'triangle' },
  pilot: { colour: SERIES.flow.colour, dash: SERIES.flow.dash, marker: 'circle' },
};

/**
 * Other Okabe–Ito colours the launch charts use, each with its own dash and marker. Only the
 * ones with at least 3:1 against white are used for lines (bluish green 3.4:1, reddish
 * purple 3.1:1); orange, sky blue and yellow are not.
 */
export const LAUNCH_MEASURES = {
  /** Expected profit, demand, and neutral marks. */
  mean: { colour: INK, dash: '', marker: 'circle' },
  /** CVaR 5%: bluish green, dashed. */
  cvar: { colour: '#009E73', dash: '6 3', marker: 'square' },
  /** Probability of a loss: reddish purple, dotted. */
  probLoss: { colour: '#CC79A7', dash: '2 3', marker: 'diamond' },
  /** Production: bluish green, dashed. */
  production: { colour: '#009E73', dash: '6 3', marker: 'square' },
  /** Stock: reddish purple, dotted. */
  stock: { colour: '#CC79A7', dash: '2 3', marker: 'diamond' },
  /** Reference lines (newsvendor). */
  reference: { colour: MUTED_INK, dash: '1 4', marker: 'diamond' },
} as const satisfies Record<string, LaunchSeriesStyle>;

const SYMBOLS: Readonly<Record<LaunchMarker, SymbolType>> = {
  triangle: symbolTriangle,
  circle: symbolCircle,
  square: symbolSquare,
  diamond: symbolDiamond,
};

/** Path data of a marker centred on (0, 0), `area` in square viewBox units. */
export function markerPath(shape: LaunchMarker, area = 60): string {
  return symbol(SYMBOLS[shape], area).digits(3)() ?? '';
}

/** Rounds to 3 decimals so attributes and snapshots stay short and stable. */
export function r3(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/**
 * Hatch patterns: `<prefix>-missed-<strategy>` (lost opportunity: thin diagonal lines in the
 * strategy's colour on white) and `<prefix>-loss` (loss region of a histogram: ink hatch).
 */
export function launchPatterns(prefix: string): SVGTemplateResult {
  const hatch = (id: string, colour: string, background: string) =>
    svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill=${background}></rect>
      <line x1="0" y1="0" x2="0" y2="6" stroke=${colour} stroke-width="2.5"></line>
    </pattern>`;
  return svg`<defs>
    ${hatch(`${prefix}-missed-launch`, STRATEGY_STYLE.launch.colour, '#ffffff')}
    ${hatch(`${prefix}-missed-pilot`, STRATEGY_STYLE.pilot.colour, '#ffffff')}
    ${hatch(`${prefix}-missed-ink`, INK, '#ffffff')}
    ${hatch(`${prefix}-loss`, '#ffffff', STRATEGY_STYLE.launch.colour)}
    ${hatch(`${prefix}-loss-pilot`, '#ffffff', STRATEGY_STYLE.pilot.colour)}
  </defs>`;
}

/** A legend entry: a drawing in a 32×16 box and its label. */
export interface LegendItem {
  readonly label: string;
  readonly swatch: SVGTemplateResult;
}

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

/** A line sample in a style, with its marker when asked. */
export function lineSwatch(style: LaunchSeriesStyle, withMarker = true): SVGTemplateResult {
  return svg`<line x1="1" y1="8" x2="31" y2="8" stroke=${style.colour} stroke-width="2.5" stroke-dasharray=${style.dash || nothing}></line>${
    withMarker ? svg`<path transform="translate(16,8)" d=${markerPath(style.marker, 50)} fill=${style.colour}></path>` : nothing
  }`;
}

/** A box filled with a colour or `url(#pattern)`, outlined. */
export function fillSwatch(fill: string, stroke: string = MUTED_INK, dash = ''): SVGTemplateResult {
  return svg`<rect x="2" y="2" width="28" height="12" fill=${fill} stroke=${stroke} stroke-width="1.5" stroke-dasharray=${dash || nothing}></rect>`;
}

/** The data tables are the same as every other chart's. */
export { renderDataTables, type DataTable } from './chart-parts.ts';

/** chartStyles plus what the launch charts add: panel titles, value labels, focus on the data table's summary. */
export const launchChartStyles = [
  chartStyles,
  css`
    :host {
      /* A new partial result re-lays out this chart only. */
      contain: layout;
    }
    .panel-title,
    .value-label,
    .mark-label {
      font-size: 14px;
      fill: #1b1f24;
    }
    .mark-label.muted {
      fill: #4a5360;
    }
    .partial-note {
      font-size: 14px;
      fill: #4a5360;
      font-style: italic;
    }
    summary {
      cursor: pointer;
      min-height: 24px;
    }
    summary:focus-visible {
      outline: 3px solid #e69f00;
      outline-offset: 2px;
      /* A dark inner band: the ring keeps 3:1 against any background (WCAG C40). */
      box-shadow: 0 0 0 2px #1b1f24;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding: 0.25rem 0;
    }
  `,
];
