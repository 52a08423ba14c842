/**
 * `genba-sweep-chart`: the transfer-batch sweep as three small multiples sharing the batch
 * axis — mean lead time, mean WIP and mean throughput per batch size B, each a line with
 * point markers over its 95% CI band. The batch with the shortest mean lead time is marked
 * with a diamond, the batch chosen on the left line (`current`) with a dashed vertical line.
 */
import { LitElement, css, html, nothing, svg, unsafeCSS, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/locale.ts';
import { perHourWord, unitsWord } from '../../i18n/units.ts';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { chartStyles, drawAxes, drawXAxisAt, innerSize, type ChartSize } from './chart-frame.ts';
import { axisLabels, r3, renderDataTables, renderLegend, type LegendItem, tableStyles } from './chart-parts.ts';
import { formatNumber, timeUnitSuffix, withUnit, type TimeUnit } from './format.ts';
import { memoLast } from './memo.ts';
import { INK, SERIES } from './palette.ts';
import { markerPath } from './series-style.ts';
import { batchTicks, bestForLeadTime, sweepChartSummary, type MeanCi95, type SweepPoint } from './sweep-chart-summary.ts';

export type { MeanCi95, SweepPoint } from './sweep-chart-summary.ts';

export const SWEEP_CHART_SIZE: ChartSize = {
  width: 640,
  height: 480,
  margin: { top: 36, right: 24, bottom: 52, left: 64 },
};
/**
 * Drawn in a wide container (a projector, a desktop section): the same height, 1.5 times the
 * width, so the chart fills its section instead of 60% of it while its labels stay 14 units
 * (the container's width is watched; a phone keeps the 640-unit drawing).
 */
export const SWEEP_CHART_WIDE: ChartSize = { ...SWEEP_CHART_SIZE, width: 960 };
/** From this container width (CSS px) on, the wide drawing is used. */
const WIDE_FROM = 760;
/** Vertical room between panels, for the next panel's title. */
const PANEL_GAP = 44;
/** Room between the y axis and the smallest batch. */
const X_INSET = 10;
const PANEL_HEIGHT = (innerSize(SWEEP_CHART_SIZE).height - 2 * PANEL_GAP) / 3;

type Metric = 'leadTime' | 'wip' | 'throughput';
const METRICS: readonly Metric[] = ['leadTime', 'wip', 'throughput'];
const BAND_FILL = '#c9d1db';
const BEST_COLOUR = SERIES.flow.colour;
const CURRENT_COLOUR = SERIES.batch.colour;

interface Panel {
  readonly metric: Metric;
  readonly top: number;
  readonly y: ScaleLinear<number, number>;
}

interface SweepLayout {
  readonly x: ScaleLinear<number, number>;
  readonly ticks: readonly number[];
  readonly panels: readonly Panel[];
  readonly best: SweepPoint | null;
}

function layoutOf(points: readonly SweepPoint[], size: ChartSize): SweepLayout {
  const { width } = innerSize(size);
  const lo = points[0]?.batch ?? 1;
  const hi = points.at(-1)?.batch ?? 1;
  const x = scaleLinear()
    .domain(hi > lo ? [lo, hi] : [lo - 0.5, lo + 0.5])
    // Inset from the y axis, so the marker of the smallest batch does not sit on it.
    .range([X_INSET, width]);
  const panels = METRICS.map((metric, i) => {
    const top = Math.max(0, ...points.map((p) => p[metric].mean + p[metric].ci95));
    return {
      metric,
      top: i * (PANEL_HEIGHT + PANEL_GAP),
      y: scaleLinear()
        .domain([0, top > 0 ? top : 1])
        .range([PANEL_HEIGHT, 0])
        .nice(3),
    };
  });
  return { x, ticks: batchTicks(Math.ceil(lo), Math.floor(hi)), panels, best: bestForLeadTime(points) };
}

@customElement('genba-sweep-chart')
@localized()
export class GenbaSweepChart extends LitElement {
  static override styles = [
    chartStyles,
    tableStyles,
    css`
      .panel-title {
        font-size: 14px;
        fill: ${unsafeCSS(INK)};
      }
    `,
  ];

  /** One point per batch size, sorted by batch (e.g. 1…50). */
  @property({ attribute: false }) points: readonly SweepPoint[] = [];
  @property() timeUnit: TimeUnit = 'minute';
  /** The transfer batch chosen on the left line: a dashed vertical line. */
  @property({ attribute: false }) current?: number;
  /** Unit of throughput; default 'units/h' in the page's language. */
  @property() throughputUnit = '';

  private readonly layout = memoLast(layoutOf);
  /** The container is wide enough for the wide drawing (see SWEEP_CHART_WIDE). */
  @state() private wide = false;
  private resizer: ResizeObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'undefined') return;
    this.resizer ??= new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      if (width > 0) this.wide = width >= WIDE_FROM;
    });
    this.resizer.observe(this);
  }

  override disconnectedCallback(): void {
    this.resizer?.disconnect();
    super.disconnectedCallback();
  }

  private size(): ChartSize {
    return this.wide ? SWEEP_CHART_WIDE : SWEEP_CHART_SIZE;
  }
  /** Also keyed by the language, so that a switch writes it again. */
  private readonly summary = memoLast((points: readonly SweepPoint[], timeUnit: TimeUnit, current: number | undefined, _locale: string) =>
    sweepChartSummary({ points, timeUnit, ...(current === undefined ? {} : { current }) }),
  );

  private panelTitle(metric: Metric): string {
    switch (metric) {
      case 'leadTime':
        return withUnit(msg('Lead time'), timeUnitSuffix(this.timeUnit));
      case 'wip':
        return withUnit(msg('WIP'), unitsWord());
      case 'throughput':
        return withUnit(msg('Throughput'), this.throughputUnit || perHourWord());
    }
  }

  override render() {
    const size = this.size();
    const l = this.layout(this.points, size);
    const summary = this.summary(this.points, this.timeUnit, this.current, getLocale());
    return html`<figure>
      ${renderLegend(this.legendItems(l))}
      <svg viewBox="0 0 ${size.width} ${size.height}" role="img" aria-label=${summary}>
        ${axisLabels(size, withUnit(msg('Transfer batch size B'), unitsWord()), '')}
        <g class="plot" transform="translate(${size.margin.left},${size.margin.top})">
          ${l.panels.map((p, i) => this.renderPanel(l, p, i === l.panels.length - 1))} ${this.renderCurrent(l)}
        </g>
      </svg>
      <figcaption>${summary}</figcaption>
      ${this.renderTable()}
    </figure>`;
  }

  private legendItems(l: SweepLayout): LegendItem[] {
    const items: LegendItem[] = [
      {
        label: msg('Mean, with its 95% CI band'),
        swatch: svg`<rect x="1" y="3" width="30" height="10" fill=${BAND_FILL}></rect>
          <line x1="1" x2="31" y1="8" y2="8" stroke=${INK} stroke-width="2"></line>
          <circle cx="16" cy="8" r="3" fill=${INK}></circle>`,
      },
    ];
    if (l.best) {
      items.push({
        label: msg(str`Shortest mean lead time (B = ${l.best.batch})`),
        swatch: svg`<path transform="translate(16,8)" d=${markerPath('diamond', 80)} fill="#fff" stroke=${BEST_COLOUR} stroke-width="2.5"></path>`,
      });
    }
    if (this.current !== undefined) {
      items.push({
        label: msg(str`Current transfer batch (B = ${this.current})`),
        swatch: svg`<line x1="16" x2="16" y1="0" y2="16" stroke=${CURRENT_COLOUR} stroke-width="2.5" stroke-dasharray="4 3"></line>`,
      });
    }
    return items;
  }

  private renderPanel(l: SweepLayout, p: Panel, last: boolean): SVGTemplateResult {
    const { width } = innerSize(this.size());
    const get = (pt: SweepPoint): MeanCi95 => pt[p.metric];
    const band =
      area<SweepPoint>()
        .x((pt) => l.x(pt.batch))
        .y0((pt) => p.y(Math.max(0, get(pt).mean - get(pt).ci95)))
        .y1((pt) => p.y(get(pt).mean + get(pt).ci95))(this.points) ?? '';
    const mean =
      line<SweepPoint>()
        .x((pt) => l.x(pt.batch))
        .y((pt) => p.y(get(pt).mean))(this.points) ?? '';
    const best = p.metric === 'leadTime' ? l.best : null;
    return svg`<g class="panel ${p.metric}" transform="translate(0,${r3(p.top)})">
      <text class="panel-title" x=${-SWEEP_CHART_SIZE.margin.left + 4} y="-14">${this.panelTitle(p.metric)}</text>
      <g class="grid">
        ${p.y.ticks(3).map((v) => svg`<line x1="0" x2=${width} y1=${r3(p.y(v))} y2=${r3(p.y(v))}></line>`)}
      </g>
      ${last ? svg`<g class="x-axis" transform="translate(0,${r3(PANEL_HEIGHT)})"></g>` : nothing}
      <g class="y-axis"></g>
      <path class="band" d=${band} fill=${BAND_FILL} fill-opacity="0.8"></path>
      <path class="mean" d=${mean} fill="none" stroke=${INK} stroke-width="2"></path>
      <g class="markers" fill=${INK}>
        ${this.points.map((pt) => svg`<circle cx=${r3(l.x(pt.batch))} cy=${r3(p.y(get(pt).mean))} r="2.5"></circle>`)}
      </g>
      ${best
        ? svg`<path class="best" transform="translate(${r3(l.x(best.batch))},${r3(p.y(best.leadTime.mean))})"
            d=${markerPath('diamond', 150)} fill="#fff" stroke=${BEST_COLOUR} stroke-width="2.5"></path>`
        : nothing}
    </g>`;
  }

  private renderCurrent(l: SweepLayout): SVGTemplateResult | typeof nothing {
    if (this.current === undefined || !Number.isFinite(this.current)) return nothing;
    const [d0, d1] = l.x.domain() as [number, number];
    if (this.current < d0 || this.current > d1) return nothing;
    const x = r3(l.x(this.current));
    const bottom = r3(2 * (PANEL_HEIGHT + PANEL_GAP) + PANEL_HEIGHT);
    return svg`<line class="current" x1=${x} x2=${x} y1="0" y2=${bottom} stroke=${CURRENT_COLOUR} stroke-width="2"
      stroke-dasharray="4 3"></line>`;
  }

  private renderTable() {
    const mci = (m: MeanCi95): string => `${formatNumber(m.mean)} ± ${formatNumber(m.ci95)}`;
    return renderDataTables([
      {
        caption: msg('Transfer batch sweep: mean ± 95% CI per batch size'),
        head: [msg('Batch size B'), ...METRICS.map((m) => this.panelTitle(m))],
        rows: this.points.map((p) => [String(p.batch), mci(p.leadTime), mci(p.wip), mci(p.throughput)]),
      },
    ]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const l = this.layout(this.points, this.size());
    const panels = this.renderRoot.querySelectorAll('g.panel');
    l.panels.forEach((p, i) => {
      const g = panels[i];
      if (!g) return;
      drawAxes(g, l.x, p.y, { yTicks: 3 });
      drawXAxisAt(g, l.x, l.ticks);
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-sweep-chart': GenbaSweepChart;
  }
}
