/**
 * `genba-launch-profit-histogram`: the distribution of profit of each strategy, one panel
 * per strategy on a shared profit axis and a shared scale of "share of markets per bin".
 * Bins below zero (losses) are hatched, and the loss side of the axis is shaded; the 5th
 * percentile, the median and the 95th percentile (the Monte Carlo's own figures, as the CLI
 * prints them) are vertical lines; each panel's title gives the probability of a loss.
 */
import { LitElement, html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatCompact, formatMoney, formatShare, formatWhole } from '../../lessons/launch/format.ts';
import type { StrategiesView, StrategyFigures } from '../../lessons/launch/lesson-run.ts';
import { distributionSummary } from '../../lessons/launch/distribution-summary.ts';
import { strategyLabel } from '../../lessons/launch/strategies.ts';
import { drawAxes, innerSize, type ChartSize } from './chart-frame.ts';
import { estimateTextWidth } from './chart-parts.ts';
import {
  fillSwatch,
  launchChartStyles,
  launchPatterns,
  markerPath,
  r3,
  renderDataTables,
  renderLegend,
  STRATEGY_STYLE,
} from './launch-chart-parts.ts';
import { GRID, INK } from './palette.ts';

const SIZE: ChartSize = { width: 640, height: 420, margin: { top: 36, right: 24, bottom: 52, left: 64 } };
const TITLE = 24;
const PANEL_GAP = 20;
const PANEL_HEIGHT = (innerSize(SIZE).height - 2 * TITLE - PANEL_GAP) / 2;
const PATTERN = 'hist';


interface HistogramLayout {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly panels: readonly { readonly figures: StrategyFigures; readonly top: number }[];
}

function shares(f: StrategyFigures): number[] {
  const total = f.counts.reduce((a, b) => a + b, 0);
  return f.counts.map((c) => (total > 0 ? c / total : 0));
}

function layoutOf(view: StrategiesView): HistogramLayout {
  const lo = view.edges[0] ?? 0;
  const hi = view.edges[view.edges.length - 1] ?? 1;
  const x = scaleLinear()
    .domain(hi > lo ? [lo, hi] : [lo - 1, lo + 1])
    .range([0, innerSize(SIZE).width]);
  const top = Math.max(0, ...shares(view.launch), ...shares(view.pilot));
  const y = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .range([PANEL_HEIGHT, 0])
    .nice(3);
  const panels = [view.launch, view.pilot].map((figures, i) => ({ figures, top: TITLE + i * (TITLE + PANEL_HEIGHT + PANEL_GAP) }));
  return { x, y, panels };
}

@customElement('genba-launch-profit-histogram')
@localized()
export class GenbaLaunchProfitHistogram extends LitElement {
  static override styles = launchChartStyles;

  @property({ attribute: false }) view: StrategiesView | null = null;
  /** Months sold over, for the axis label. */
  @property({ type: Number }) horizon = 12;

  private summary(view: StrategiesView): string {
    const figures = [view.launch, view.pilot].map((f) => ({
      label: strategyLabel(f.key, f.q0),
      p5: f.result.profit.p5,
      p50: f.result.profit.p50,
      p95: f.result.profit.p95,
      probLoss: f.result.probLoss,
    }));
    const summary = distributionSummary(figures);
    if (!view.partial) return msg(str`Distribution of profit. ${summary}`);
    const done = formatWhole(view.done);
    const total = formatWhole(view.total);
    return msg(str`Distribution of profit (partial: ${done} of ${total} markets). ${summary}`);
  }

  override render() {
    const view = this.view;
    if (view === null || view.edges.length < 2) return nothing;
    const l = layoutOf(view);
    const inner = innerSize(SIZE);
    const summary = this.summary(view);
    const [d0, d1] = l.x.domain() as [number, number];
    const zero = d0 < 0 ? l.x(Math.min(0, d1)) : null;
    const months = this.horizon;
    return html`<figure>
      ${renderLegend([
        { label: msg('Profit'), swatch: fillSwatch(INK, INK) },
        { label: msg('Loss (profit below 0)'), swatch: fillSwatch(`url(#${PATTERN}-loss-ink)`, INK) },
        { label: msg('5th percentile · median · 95th percentile'), swatch: this.percentileSwatch() },
      ])}
      <svg viewBox="0 0 ${SIZE.width} ${SIZE.height}" role="img" aria-label=${summary}>
        ${launchPatterns(PATTERN)}
        <defs>
          <pattern id="${PATTERN}-loss-ink" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill=${INK}></rect>
            <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2.5"></line>
          </pattern>
        </defs>
        <text class="axis-label x-label" x=${r3(SIZE.margin.left + inner.width / 2)} y=${SIZE.height - 8} text-anchor="middle">
          ${msg(str`Profit per market over ${months} months (currency units)`)}
        </text>
        <text class="axis-label y-label" x="4" y="16">${msg('Share of markets per bin (%)')}</text>
        <g class="plot" transform="translate(${SIZE.margin.left},${SIZE.margin.top})">
          ${l.panels.map((p, i) => this.renderPanel(l, p.figures, p.top, view.edges, zero, i === l.panels.length - 1))}
        </g>
      </svg>
      <figcaption>${summary}</figcaption>
      ${this.renderTables(view)}
    </figure>`;
  }

  private percentileSwatch(): SVGTemplateResult {
    return svg`<line x1="5" x2="5" y1="1" y2="15" stroke=${INK} stroke-width="1.5" stroke-dasharray="3 2"></line>
      <line x1="16" x2="16" y1="1" y2="15" stroke=${INK} stroke-width="2.5"></line>
      <line x1="27" x2="27" y1="1" y2="15" stroke=${INK} stroke-width="1.5" stroke-dasharray="3 2"></line>`;
  }

  private renderPanel(
    l: HistogramLayout,
    f: StrategyFigures,
    top: number,
    edges: readonly number[],
    zero: number | null,
    last: boolean,
  ): SVGTemplateResult {
    const style = STRATEGY_STYLE[f.key];
    const width = innerSize(SIZE).width;
    const s = shares(f);
    const strategy = strategyLabel(f.key, f.q0);
    const loss = formatShare(f.result.probLoss);
    const title = msg(str`${strategy}: a loss in ${loss} of markets`);
    const { p5, p50, p95 } = f.result.profit;
    const marks: { cls: string; value: number; label: string; anchor: 'start' | 'end'; dy: number; dash: string; stroke: number }[] = [
      { cls: 'p5', value: p5, label: 'p5', anchor: 'end', dy: 14, dash: '3 2', stroke: 1.5 },
      { cls: 'p50', value: p50, label: msg('median'), anchor: 'end', dy: 32, dash: '', stroke: 2.5 },
      { cls: 'p95', value: p95, label: 'p95', anchor: 'start', dy: 14, dash: '3 2', stroke: 1.5 },
    ];
    return svg`<g class="panel ${f.key}" transform="translate(0,${r3(top)})">
      <g transform="translate(0,-8)">
        <path transform="translate(${-SIZE.margin.left + 10},-5)" d=${markerPath(style.marker, 70)} fill=${style.colour}></path>
        <text class="panel-title" x=${-SIZE.margin.left + 20} font-weight="600">${title}</text>
      </g>
      ${zero !== null ? svg`<rect class="loss-zone" x="0" y="0" width=${r3(zero)} height=${r3(PANEL_HEIGHT)} fill="#f1f3f5"></rect>
          <text class="mark-label muted" x="4" y=${r3(PANEL_HEIGHT - 6)}>${msg('loss')}</text>` : nothing}
      <g class="grid">
        ${l.y.ticks(3).map((v) => svg`<line x1="0" x2=${width} y1=${r3(l.y(v))} y2=${r3(l.y(v))}></line>`)}
      </g>
      <g class="y-axis"></g>
      ${last ? svg`<g class="x-axis" transform="translate(0,${r3(PANEL_HEIGHT)})"></g>` : svg`<line x1="0" x2=${width} y1=${r3(PANEL_HEIGHT)} y2=${r3(PANEL_HEIGHT)} stroke=${GRID}></line>`}
      <g class="bars">
        ${s.map((share, j) => {
          if (share <= 0) return nothing;
          const x0 = l.x(edges[j] as number);
          const x1 = l.x(edges[j + 1] as number);
          const loss = (edges[j + 1] as number) <= 0;
          const fill = loss ? `url(#${PATTERN}-${f.key === 'launch' ? 'loss' : 'loss-pilot'})` : style.colour;
          return svg`<rect class=${loss ? 'bin loss' : 'bin'} x=${r3(x0 + 0.5)} y=${r3(l.y(share))} width=${r3(Math.max(0.5, x1 - x0 - 1))}
            height=${r3(PANEL_HEIGHT - l.y(share))} fill=${fill} stroke=${loss ? style.colour : 'none'}></rect>`;
        })}
      </g>
      ${marks.map((m) => {
        const x = l.x(m.value);
        // A label that would leave the plot goes to the other side of its line.
        const room = estimateTextWidth(m.label) + 6;
        const anchor = m.anchor === 'end' && x < room ? 'start' : m.anchor === 'start' && x > width - room ? 'end' : m.anchor;
        return svg`<g class="mark ${m.cls}">
          <line x1=${r3(x)} x2=${r3(x)} y1="0" y2=${r3(PANEL_HEIGHT)} stroke=${INK} stroke-width=${m.stroke} stroke-dasharray=${m.dash || nothing}></line>
          <text class="mark-label" x=${r3(x + (anchor === 'start' ? 4 : -4))} y=${m.dy} text-anchor=${anchor}
            paint-order="stroke" stroke="#fff" stroke-width="4">${m.label}</text>
        </g>`;
      })}
    </g>`;
  }

  /** "−200,000 to −100,000". */
  private binName(low: number, high: number): string {
    const from = formatMoney(low);
    const to = formatMoney(high);
    return msg(str`${from} to ${to}`);
  }

  private renderTables(view: StrategiesView) {
    const launch = shares(view.launch);
    const pilot = shares(view.pilot);
    const labels = [view.launch, view.pilot].map((f) => strategyLabel(f.key, f.q0));
    return renderDataTables([
      {
        caption: msg('Profit per market: percentiles and the probability of a loss'),
        head: [msg('Strategy'), msg('5th percentile'), msg('Median'), msg('95th percentile'), msg('Probability of a loss')],
        rows: [view.launch, view.pilot].map((f, i) => [
          labels[i] as string,
          formatMoney(f.result.profit.p5),
          formatMoney(f.result.profit.p50),
          formatMoney(f.result.profit.p95),
          formatShare(f.result.probLoss),
        ]),
      },
      {
        caption: msg('Share of markets per profit bin'),
        head: [msg('Profit from … to …'), ...labels],
        rows: launch.map((share, j) => [
          this.binName(view.edges[j] as number, view.edges[j + 1] as number),
          formatShare(share),
          formatShare(pilot[j] ?? 0),
        ]),
      },
    ]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.view;
    if (view === null || view.edges.length < 2) return;
    const l = layoutOf(view);
    for (const g of this.renderRoot.querySelectorAll('g.panel')) {
      drawAxes(g, l.x, l.y, { xTicks: 7, yTicks: 3, xFormat: formatCompact, yFormat: (v) => `${Math.round(v * 1000) / 10}` });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-profit-histogram': GenbaLaunchProfitHistogram;
  }
}
