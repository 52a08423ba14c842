/**
 * `genba-waterfall-chart`: what a sequence of kaizen steps did to one figure. The start is a
 * full bar; each step floats from the value before it to its value, filled green when it
 * improves the figure and hatched vermillion when it worsens it, with ▼/▲ and the signed
 * change written above it (so the direction is never told by colour alone); a step that
 * changes nothing is a flat line marked "no change"; the end is a full bar again. Step
 * labels wrap onto up to three lines under the band axis.
 *
 * The viewBox is 640 wide for up to four columns and 120 wider for each further one (1048
 * for six steps, 80 more with a reference line, whose label sits right of the plot), so that
 * every column holds 13 characters a line at 14 px: give the chart a full row at 1280×720.
 */
import { LitElement, css, html, nothing, svg, unsafeCSS, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/locale.ts';
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import { chartStyles, drawAxes, innerSize, type ChartSize } from './chart-frame.ts';
import { axisLabels, estimateTextWidth, fillSwatch, r3, renderDataTables, renderLegend, tableStyles, type LegendItem } from './chart-parts.ts';
import { withUnit } from './format.ts';
import { wrapLabel, wrapTickLabels } from './label-wrap.ts';
import { memoLast } from './memo.ts';
import { INK, MUTED_INK, OTHER_SERIES, STATION_STATES } from './palette.ts';
import {
  formatChange,
  formatRelativeChange,
  formatValue,
  isWorse,
  tidy,
  waterfallSteps,
  waterfallSummary,
  type Better,
  type WaterfallPoint,
} from './waterfall-summary.ts';

export type { Better, WaterfallPoint } from './waterfall-summary.ts';

const MIN_WIDTH = 640;
const COLUMN_WIDTH = 120;
const MARGIN = { top: 48, right: 24, bottom: 92, left: 64 } as const;
/** Right margin when there is a reference line: its label goes beside it. */
const REFERENCE_MARGIN = 104;
/** Bars no wider than this, so that a chart with one or two columns does not fill the plot. */
const MAX_BAR = 96;
const LINE_HEIGHT = 16;
const HEIGHT = 400;
/** Room above the highest bar for its label. */
const HEADROOM = 24;
const TICK_LINES = 3;
const PATTERN_ID = 'waterfall-worse';

/** Start and end: neutral grey. Improvement: bluish green, solid. Worsening: vermillion, hatched. */
export const WATERFALL_FILLS = {
  total: OTHER_SERIES[2].colour,
  better: STATION_STATES.working.colour,
  worse: `url(#${PATTERN_ID})`,
} as const;
const WORSE_COLOUR = '#D55E00';

/** The chart's viewBox for a number of columns (start, steps, end), with or without a reference line. */
export function waterfallSize(columns: number, withReference = false): ChartSize {
  const margin = { ...MARGIN, right: withReference ? REFERENCE_MARGIN : MARGIN.right };
  return { width: Math.max(MIN_WIDTH, margin.left + margin.right + COLUMN_WIDTH * columns), height: HEIGHT, margin };
}

type ColumnKind = 'start' | 'better' | 'worse' | 'same' | 'end';

interface Column {
  readonly key: string;
  readonly kind: ColumnKind;
  readonly label: string;
  /** The bar runs from `from` to `to` (0 to the value for start and end). */
  readonly from: number;
  readonly to: number;
  readonly change: number;
}

interface WaterfallLayout {
  readonly size: ChartSize;
  readonly x: ScaleBand<string>;
  /** Bar width: the band, at most {@link MAX_BAR}, centred in it. */
  readonly barWidth: number;
  readonly y: ScaleLinear<number, number>;
  readonly columns: readonly Column[];
}

function layoutOf(
  start: WaterfallPoint,
  steps: readonly WaterfallPoint[],
  better: Better,
  reference: WaterfallPoint | undefined,
  endLabel: string,
): WaterfallLayout {
  const columns: Column[] = [{ key: 'start', kind: 'start', label: start.label, from: 0, to: start.value, change: 0 }];
  for (const s of waterfallSteps(start, steps)) {
    const kind: ColumnKind = s.change === 0 ? 'same' : isWorse(s.change, better) ? 'worse' : 'better';
    columns.push({ key: `step-${s.index}`, kind, label: s.label, from: s.from, to: s.value, change: s.change });
  }
  const last = steps.at(-1);
  if (last) columns.push({ key: 'end', kind: 'end', label: endLabel, from: 0, to: last.value, change: tidy(last.value - start.value) });

  const size = waterfallSize(columns.length, reference !== undefined && Number.isFinite(reference.value));
  const { width, height } = innerSize(size);
  const x = scaleBand<string>()
    .domain(columns.map((c) => c.key))
    .range([0, width])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const values = [0, ...columns.map((c) => c.to), ...(reference ? [reference.value] : [])].filter(Number.isFinite);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const top = hi > lo ? hi + ((hi - lo) * HEADROOM) / (height - HEADROOM) : lo + 1;
  const y = scaleLinear().domain([lo, top]).range([height, 0]).nice(10);
  return { size, x, barWidth: Math.min(x.bandwidth(), MAX_BAR), y, columns };
}

@customElement('genba-waterfall-chart')
@localized()
export class GenbaWaterfallChart extends LitElement {
  static override styles = [
    chartStyles,
    tableStyles,
    css`
      .value-label,
      .change-label,
      .reference-label {
        font-size: 14px;
        fill: ${unsafeCSS(INK)};
        paint-order: stroke;
        stroke: #fff;
        stroke-width: 3px;
        stroke-linejoin: round;
      }
      .value-label {
        font-weight: 700;
      }
    `,
  ];

  /** The figure before any step. */
  @property({ attribute: false }) start: WaterfallPoint = { label: msg('Start'), value: 0 };
  /** The figure after each step, in the order the steps were taken. */
  @property({ attribute: false }) steps: readonly WaterfallPoint[] = [];
  /** What the figure is, e.g. 'Mean lead time'. */
  @property() metric = '';
  /** Its unit, e.g. 'min' or 'units'. */
  @property() unit = '';
  /** Which way is an improvement. */
  @property() better: Better = 'lower';
  /** A horizontal dashed line, e.g. { label: 'Batch of 10 before', value: 58 }. */
  @property({ attribute: false }) reference?: WaterfallPoint;
  /** The label of the final full bar; default 'After kaizen' in the page's language. */
  @property() endLabel = '';

  private readonly layout = memoLast(layoutOf);
  /** Also keyed by the language, so that a switch writes it again. */
  private readonly summary = memoLast(
    (start: WaterfallPoint, steps: readonly WaterfallPoint[], metric: string, unit: string, better: Better, _locale: string) =>
      waterfallSummary({ start, steps, metric, unit, better }),
  );

  private currentLayout(): WaterfallLayout {
    return this.layout(this.start, this.steps, this.better, this.reference, this.endLabel || msg('After kaizen'));
  }

  override render() {
    const l = this.currentLayout();
    const summary = this.summary(this.start, this.steps, this.metric, this.unit, this.better, getLocale());
    const { size } = l;
    const { width, height } = innerSize(size);
    return html`<figure>
      ${renderLegend(this.legendItems(l))}
      <svg viewBox="0 0 ${size.width} ${size.height}" role="img" aria-label=${summary}>
        <defs>
          <pattern id=${PATTERN_ID} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill=${WORSE_COLOUR}></rect>
            <line x1="0" y1="0" x2="0" y2="8" stroke="#fff" stroke-width="2.5"></line>
          </pattern>
        </defs>
        ${axisLabels(size, msg('Kaizen step'), withUnit(this.metric, this.unit))}
        <g class="plot" transform="translate(${size.margin.left},${size.margin.top})">
          <g class="grid">
            ${l.y.ticks(5).map((v) => svg`<line x1="0" x2=${width} y1=${r3(l.y(v))} y2=${r3(l.y(v))}></line>`)}
          </g>
          <g class="x-axis" transform="translate(0,${height})"></g>
          <g class="y-axis"></g>
          ${this.renderReference(l)}
          <g class="connectors">${this.renderConnectors(l)}</g>
          <g class="bars">${l.columns.map((c) => this.renderColumn(l, c))}</g>
        </g>
      </svg>
      <figcaption>${summary}</figcaption>
      ${this.renderTable(l)}
    </figure>`;
  }

  private legendItems(l: WaterfallLayout): LegendItem[] {
    const kinds = new Set(l.columns.map((c) => c.kind));
    const items: LegendItem[] = [{ label: l.columns.length > 1 ? msg('Start and end') : msg('Start'), swatch: fillSwatch(WATERFALL_FILLS.total) }];
    const lower = this.better === 'lower';
    if (kinds.has('better')) {
      items.push({ label: lower ? msg('▼ Improvement (lower is better)') : msg('▲ Improvement (higher is better)'), swatch: fillSwatch(WATERFALL_FILLS.better) });
    }
    if (kinds.has('worse')) items.push({ label: lower ? msg('▲ Worsening') : msg('▼ Worsening'), swatch: fillSwatch(WATERFALL_FILLS.worse) });
    return items;
  }

  /** Where a column's bar starts. */
  private barX(l: WaterfallLayout, key: string): number {
    return (l.x(key) ?? 0) + (l.x.bandwidth() - l.barWidth) / 2;
  }

  /** Thin dashed lines carrying each value across the gap to the next bar. */
  private renderConnectors(l: WaterfallLayout): SVGTemplateResult[] {
    return l.columns.slice(0, -1).map((c, i) => {
      const next = l.columns[i + 1] as Column;
      const y = r3(l.y(c.to));
      return svg`<line x1=${r3(this.barX(l, c.key) + l.barWidth)} x2=${r3(this.barX(l, next.key))} y1=${y} y2=${y}
        stroke=${MUTED_INK} stroke-width="1" stroke-dasharray="3 2"></line>`;
    });
  }

  private renderColumn(l: WaterfallLayout, c: Column): SVGTemplateResult {
    const x = this.barX(l, c.key);
    const bw = l.barWidth;
    const centre = r3(x + bw / 2);
    const yTop = l.y(Math.max(c.from, c.to));
    const yBottom = l.y(Math.min(c.from, c.to));
    const labelY = r3(yTop - 6);
    if (c.kind === 'start' || c.kind === 'end') {
      // A negative total hangs below zero: its label goes under it.
      const valueY = c.to < 0 ? r3(yBottom + LINE_HEIGHT + 2) : labelY;
      return svg`<g class="column ${c.kind}" data-column=${c.key}>
        <rect class="bar" x=${r3(x)} width=${r3(bw)} y=${r3(yTop)} height=${r3(yBottom - yTop)} fill=${WATERFALL_FILLS.total}></rect>
        <text class="value-label" x=${centre} y=${valueY} text-anchor="middle">${formatValue(c.to, this.unit)}</text>
      </g>`;
    }
    if (c.kind === 'same') {
      return svg`<g class="column same" data-column=${c.key}>
        <line class="no-change" x1=${r3(x)} x2=${r3(x + bw)} y1=${r3(yTop)} y2=${r3(yTop)} stroke=${INK} stroke-width="2.5"></line>
        <text class="change-label" x=${centre} y=${labelY} text-anchor="middle">${msg('no change')}</text>
      </g>`;
    }
    return svg`<g class="column ${c.kind}" data-column=${c.key}>
      <rect class="bar" x=${r3(x)} width=${r3(bw)} y=${r3(yTop)} height=${r3(yBottom - yTop)} fill=${WATERFALL_FILLS[c.kind]}
        stroke=${c.kind === 'worse' ? WORSE_COLOUR : 'none'}></rect>
      <text class="change-label" x=${centre} y=${labelY} text-anchor="middle">${this.changeText(c.change, l.x.step() - 4)}</text>
    </g>`;
  }

  /** "▼ −38 min"; without the unit (the axis has it) when that is too wide for the column. */
  private changeText(change: number, maxWidth: number): string {
    const arrow = change < 0 ? '▼' : '▲';
    const full = `${arrow} ${formatChange(change, this.unit)}`;
    return estimateTextWidth(full) <= maxWidth ? full : `${arrow} ${formatChange(change)}`;
  }

  private renderReference(l: WaterfallLayout): SVGTemplateResult | typeof nothing {
    const ref = this.reference;
    if (!ref || !Number.isFinite(ref.value)) return nothing;
    const { width } = innerSize(l.size);
    const y = r3(l.y(ref.value));
    // Drawn under the bars, whose labels' white halo cuts it where they cross; its own label
    // sits beside the plot, where no bar or label can be: the name above the line, the value below.
    const name = wrapLabel(ref.label, l.size.margin.right - 12, 2).lines;
    const x = width + 8;
    return svg`<g class="reference">
      <line x1="0" x2=${width + 4} y1=${y} y2=${y} stroke=${INK} stroke-width="1.5" stroke-dasharray="6 4"></line>
      <text class="reference-label" x=${x} y=${r3(y - 5 - (name.length - 1) * LINE_HEIGHT)}>${name.map(
        (line, i) => svg`<tspan x=${x} dy=${i === 0 ? 0 : LINE_HEIGHT}>${line}</tspan>`,
      )}</text>
      <text class="reference-label" x=${x} y=${y + 15}>${formatValue(ref.value, this.unit)}</text>
    </g>`;
  }

  private renderTable(l: WaterfallLayout) {
    const effect = (c: Column): string => (c.change === 0 ? msg('No change') : isWorse(c.change, this.better) ? msg('Worse') : msg('Better'));
    const rows = l.columns.map((c) => {
      const value = formatValue(c.to, '');
      if (c.kind === 'start') return [c.label, value, '–', '–'];
      if (c.kind === 'end') {
        const pct = formatRelativeChange(this.start.value, c.to);
        return [c.label, value, `${formatChange(c.change)}${pct ? ` (${pct})` : ''}`, effect(c)];
      }
      return [c.label, value, formatChange(c.change), effect(c)];
    });
    return renderDataTables([
      {
        caption: msg(str`${this.metric} before and after each kaizen step`),
        head: [msg('Step'), withUnit(this.metric, this.unit), withUnit(msg('Change'), this.unit), msg('Effect')],
        rows,
      },
    ]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const plot = this.renderRoot.querySelector('g.plot');
    if (!plot) return;
    const l = this.currentLayout();
    const labelOf = (key: string): string => l.columns.find((c) => c.key === key)?.label ?? key;
    drawAxes(plot, l.x, l.y, { xFormat: labelOf as (v: never) => string, yFormat: (v) => formatValue(v, '') });
    const xg = plot.querySelector('g.x-axis');
    const width = l.x.step() - 6;
    if (xg) wrapTickLabels(xg, (key) => wrapLabel(labelOf(key), width, TICK_LINES), labelOf);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-waterfall-chart': GenbaWaterfallChart;
  }
}
