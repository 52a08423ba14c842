/**
 * `genba-distribution-chart`: the distribution of a time figure for two or more series —
 * per-unit lead times of one run, or per-replication mean lead time or makespan across
 * replications — as outlined step histograms on shared bins, in proportions of each
 * series' size. Above the plot, one row per series marks its mean (the series' marker),
 * the 95% CI of the mean as a bar when given, and its p50 and p90 as labelled ticks.
 */
import { LitElement, css, html, nothing, svg, unsafeCSS, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/locale.ts';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { chartStyles, drawAxes, innerSize, type ChartSize } from './chart-frame.ts';
import { axisLabels, lineSwatch, r3, renderDataTables, renderLegend, type LegendItem, tableStyles } from './chart-parts.ts';
import {
  distributionChartSummary,
  distributionFacts,
  type DistributionFacts,
  type DistributionSeries,
} from './distribution-chart-summary.ts';
import { formatCount, formatNumber, timeUnitSuffix, withUnit, type TimeUnit } from './format.ts';
import { outlineCorners, sharedHistogram, type Corner, type SharedHistogram } from './histogram.ts';
import { memoLast } from './memo.ts';
import { MUTED_INK } from './palette.ts';
import { markerPath, seriesStyles, type SeriesStyle } from './series-style.ts';

export type { DistributionSeries } from './distribution-chart-summary.ts';

/** Height of one series' row of marks above the plot. */
const ROW = 26;
const PLOT_HEIGHT = 220;

/** The chart's size: the rows of marks above the plot grow with the number of series. */
export function distributionChartSize(seriesCount: number): ChartSize {
  const top = 8 + ROW * seriesCount + 34;
  return { width: 640, height: top + PLOT_HEIGHT + 52, margin: { top, right: 36, bottom: 52, left: 64 } };
}

interface DistributionLayout {
  readonly size: ChartSize;
  readonly histogram: SharedHistogram;
  readonly facts: readonly (DistributionFacts | null)[];
  readonly x: ScaleLinear<number, number>;
  /** In percent of each series' values. */
  readonly y: ScaleLinear<number, number>;
}

function layoutOf(series: readonly DistributionSeries[]): DistributionLayout {
  const size = distributionChartSize(series.length);
  const { width, height } = innerSize(size);
  const histogram = sharedHistogram(series.map((s) => s.values));
  let top = 0;
  for (const bins of histogram.bins) for (const b of bins) top = Math.max(top, b.share * 100);
  return {
    size,
    histogram,
    facts: series.map(distributionFacts),
    x: scaleLinear().domain(histogram.domain).range([0, width]),
    y: scaleLinear()
      .domain([0, top > 0 ? top : 1])
      .range([height, 0])
      .nice(5),
  };
}

/** Path data of a histogram outline on the given scales (y in percent). */
export function outlinePath(corners: readonly Corner[], x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): string {
  return (
    line<Corner>()
      .x((c) => x(c.x))
      .y((c) => y(c.share * 100))(corners) ?? ''
  );
}

@customElement('genba-distribution-chart')
@localized()
export class GenbaDistributionChart extends LitElement {
  static override styles = [
    chartStyles,
    tableStyles,
    css`
      .quantile-label {
        font-size: 14px;
        fill: ${unsafeCSS(MUTED_INK)};
        paint-order: stroke;
        stroke: #fff;
        stroke-width: 3px;
      }
    `,
  ];

  /** Two or more series; each is drawn on the same bins. */
  @property({ attribute: false }) series: readonly DistributionSeries[] = [];
  /** What the values are, e.g. 'Lead time per unit'; the time unit is added. */
  @property() xLabel = '';
  @property() timeUnit: TimeUnit = 'minute';
  /** The y axis label, e.g. 'Share of units (%)'; default 'Share of values (%)' in the page's language. */
  @property() yLabel = '';

  private readonly layout = memoLast(layoutOf);
  private readonly styles = memoLast((series: readonly DistributionSeries[]) => seriesStyles(series.map((s) => s.key)));
  /** Also keyed by the language, so that a switch writes it again. */
  private readonly summary = memoLast((series: readonly DistributionSeries[], xLabel: string, timeUnit: TimeUnit, _locale: string) =>
    distributionChartSummary({ series, xLabel, timeUnit }),
  );

  override render() {
    const l = this.layout(this.series);
    const styles = this.styles(this.series);
    const summary = this.summary(this.series, this.xLabel, this.timeUnit, getLocale());
    const { size } = l;
    const { width, height } = innerSize(size);
    // Solid outlines first, so a dashed one is visible where two coincide.
    const order = this.series.map((_, i) => i).sort((a, b) => Number(styles[a]?.dash !== '') - Number(styles[b]?.dash !== ''));
    return html`<figure>
      ${renderLegend(this.legendItems(styles))}
      <svg viewBox="0 0 ${size.width} ${size.height}" role="img" aria-label=${summary}>
        ${axisLabels(size, withUnit(this.xLabel, timeUnitSuffix(this.timeUnit)), this.yLabel || msg('Share of values (%)'))}
        <g class="marks" transform="translate(${size.margin.left},8)">
          ${this.series.map((_, i) => this.renderMarks(l, i, styles[i] as SeriesStyle))}
        </g>
        <g class="plot" transform="translate(${size.margin.left},${size.margin.top})">
          <g class="grid">
            ${l.y.ticks(5).map((v) => svg`<line x1="0" x2=${width} y1=${r3(l.y(v))} y2=${r3(l.y(v))}></line>`)}
          </g>
          <g class="x-axis" transform="translate(0,${height})"></g>
          <g class="y-axis"></g>
          <g class="histograms" stroke-width="2.5" stroke-linejoin="miter">
            ${order.map((i) => {
              const st = styles[i] as SeriesStyle;
              const d = outlinePath(outlineCorners(l.histogram.bins[i] ?? []), l.x, l.y);
              return svg`<path class="histogram" d=${d} stroke=${st.colour} stroke-dasharray=${st.dash || nothing}
                fill=${st.colour} fill-opacity="0.08"></path>`;
            })}
          </g>
        </g>
      </svg>
      <figcaption>${summary}</figcaption>
      ${this.renderTables(l)}
    </figure>`;
  }

  private legendItems(styles: readonly SeriesStyle[]): LegendItem[] {
    const items: LegendItem[] = this.series.map((s, i) => ({ label: s.label, swatch: lineSwatch(styles[i] as SeriesStyle, true) }));
    const withCi = this.series.some((s) => s.ci95 !== undefined);
    items.push({
      label: withCi ? msg('Mean ± 95% CI') : msg('Mean'),
      swatch: svg`${withCi ? svg`<line x1="4" x2="28" y1="8" y2="8" stroke=${MUTED_INK} stroke-width="3"></line>` : nothing}
        <path transform="translate(16,8)" d=${markerPath('circle', 60)} fill=${MUTED_INK}></path>`,
    });
    return items;
  }

  /** One series' row above the plot: CI bar, p50 and p90 ticks, mean marker. */
  private renderMarks(l: DistributionLayout, i: number, st: SeriesStyle): SVGTemplateResult | typeof nothing {
    const f = l.facts[i];
    if (!f) return nothing;
    const [x0, x1] = l.x.range() as [number, number];
    const x = (v: number): number => r3(Math.min(Math.max(l.x(v), x0), x1));
    const cy = ROW * i + ROW / 2;
    const ci =
      f.ci95 === undefined
        ? nothing
        : svg`<g class="ci" stroke=${st.colour} stroke-width="3">
            <line x1=${x(f.mean - f.ci95)} x2=${x(f.mean + f.ci95)} y1=${cy} y2=${cy}></line>
            <line x1=${x(f.mean - f.ci95)} x2=${x(f.mean - f.ci95)} y1=${cy - 5} y2=${cy + 5} stroke-width="2"></line>
            <line x1=${x(f.mean + f.ci95)} x2=${x(f.mean + f.ci95)} y1=${cy - 5} y2=${cy + 5} stroke-width="2"></line>
          </g>`;
    // Labels outside everything in the row: "p50" left of the leftmost mark, "p90" right of the rightmost.
    const meanX = x(f.mean);
    const left = Math.min(x(f.p50), meanX - 7, f.ci95 === undefined ? Infinity : x(f.mean - f.ci95));
    const right = Math.max(x(f.p90), meanX + 7, f.ci95 === undefined ? -Infinity : x(f.mean + f.ci95));
    // The mean marker first, then the p50 and p90 ticks over it, each with a white halo and
    // taller than the marker: a mean close to the median no longer hides the median's tick.
    const tick = (cls: string, v: number) => svg`<line class="${cls}-halo" x1=${x(v)} x2=${x(v)} y1=${cy - 11} y2=${cy + 11} stroke="#fff" stroke-width="4"></line>
      <line class=${cls} x1=${x(v)} x2=${x(v)} y1=${cy - 11} y2=${cy + 11} stroke=${st.colour} stroke-width="2"></line>`;
    return svg`<g class="series-marks">
      ${ci}
      <path class="mean" transform="translate(${meanX},${cy})" d=${markerPath(st.marker, 110)} fill=${st.colour}
        stroke="#fff" stroke-width="1"></path>
      ${tick('p50', f.p50)} ${tick('p90', f.p90)}
      <text class="quantile-label" x=${r3(left - 4)} y=${cy + 5} text-anchor="end">p50</text>
      <text class="quantile-label" x=${r3(right + 4)} y=${cy + 5}>p90</text>
    </g>`;
  }

  private renderTables(l: DistributionLayout) {
    const unit = timeUnitSuffix(this.timeUnit);
    const stats = this.series.map((s, i) => {
      const f = l.facts[i];
      if (!f) return [s.label, '0', '–', '–', '–', '–'];
      return [
        s.label,
        formatCount(f.n),
        formatNumber(f.mean),
        f.ci95 === undefined ? '–' : formatNumber(f.ci95),
        formatNumber(f.p50),
        formatNumber(f.p90),
      ];
    });
    const first = l.histogram.bins[0] ?? [];
    const bins = first.map((b, j) => [
      `${formatNumber(b.x0)}–${formatNumber(b.x1)}`,
      ...l.histogram.bins.map((sb) => formatNumber((sb[j]?.share ?? 0) * 100)),
    ]);
    return renderDataTables([
      {
        caption: msg(str`${this.xLabel}: statistics`),
        head: [msg('Series'), 'n', withUnit(msg('Mean'), unit), withUnit(msg('95% CI ±'), unit), withUnit('p50', unit), withUnit('p90', unit)],
        rows: stats,
      },
      {
        caption: msg(str`${this.xLabel}: share of each series' values per bin`),
        head: [withUnit(msg('Bin'), unit), ...this.series.map((s) => withUnit(s.label, '%'))],
        rows: bins,
      },
    ]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const plot = this.renderRoot.querySelector('g.plot');
    if (plot) {
      const l = this.layout(this.series);
      drawAxes(plot, l.x, l.y, { yTicks: 5 });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-distribution-chart': GenbaDistributionChart;
  }
}
