/**
 * `genba-wip-sweep-chart`: lesson 4's WIP-cap sweep as two panels sharing the cap axis —
 * mean throughput and mean flow time per cap W, each a line with point markers over its 95%
 * CI band — with the reference curves of Hopp and Spearman: best case (solid), practical
 * worst case (dashed) and worst case (dotted). A vertical line marks the critical WIP
 * W0 = rb·T0, a diamond the knee (where more WIP stops buying throughput).
 */
import { LitElement, css, html, nothing, svg, unsafeCSS, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/locale.ts';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { chartStyles, drawAxes, innerSize, type ChartSize } from './chart-frame.ts';
import { axisLabels, r3, renderDataTables, renderLegend, type LegendItem, tableStyles } from './chart-parts.ts';
import { formatNumber, timeUnitSuffix, withUnit, type TimeUnit } from './format.ts';
import { memoLast } from './memo.ts';
import { INK, SERIES } from './palette.ts';
import { markerPath } from './series-style.ts';
import { wipSweepSummary, type WipSweep, type WipSweepPoint } from './wip-sweep-summary.ts';
import { criticalWip, type ReferenceCase } from '../../lessons/pull/reference-curves.ts';
import { kneeCap } from '../../lessons/pull/wip-sweep.ts';

export const WIP_SWEEP_CHART_SIZE: ChartSize = { width: 640, height: 440, margin: { top: 36, right: 24, bottom: 52, left: 64 } };
const PANEL_GAP = 48;
const PANEL_HEIGHT = (innerSize(WIP_SWEEP_CHART_SIZE).height - PANEL_GAP) / 2;
const BAND_FILL = '#c9d1db';
const REFERENCE: Readonly<Record<ReferenceCase, { colour: string; dash: string }>> = {
  best: { colour: SERIES.flow.colour, dash: '' },
  practicalWorst: { colour: '#CC79A7', dash: '8 4' },
  worst: { colour: SERIES.batch.colour, dash: '2 3' },
};
const CASES: readonly ReferenceCase[] = ['best', 'practicalWorst', 'worst'];
type Metric = 'throughput' | 'flowTime';
const METRICS: readonly Metric[] = ['throughput', 'flowTime'];

interface Layout {
  readonly x: ScaleLinear<number, number>;
  readonly y: Readonly<Record<Metric, ScaleLinear<number, number>>>;
  readonly knee: WipSweepPoint | null;
}

function layoutOf(sweep: WipSweep): Layout {
  const { width } = innerSize(WIP_SWEEP_CHART_SIZE);
  const pts = sweep.points;
  const lo = pts[0]?.cap ?? 1;
  const hi = pts.at(-1)?.cap ?? lo + 1;
  const x = scaleLinear().domain([lo, hi > lo ? hi : lo + 1]).range([10, width]);
  const top = (m: Metric) =>
    Math.max(...pts.map((p) => p[m].mean + p[m].ci95), ...pts.map((p) => (m === 'throughput' ? p.best.throughput * 1.1 : Math.min(p.worst.flowTime, 2 * p.practicalWorst.flowTime))));
  const y = {
    throughput: scaleLinear().domain([0, top('throughput') || 1]).range([PANEL_HEIGHT, 0]).nice(4),
    flowTime: scaleLinear().domain([0, top('flowTime') || 1]).range([PANEL_HEIGHT, 0]).nice(4),
  };
  const k = kneeCap(sweep);
  return { x, y, knee: pts.find((p) => p.cap === k) ?? null };
}

@customElement('genba-wip-sweep-chart')
@localized()
export class GenbaWipSweepChart extends LitElement {
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

  @property({ attribute: false }) sweep: WipSweep | null = null;
  @property() timeUnit: TimeUnit = 'hour';
  /** The cap of the scenario open on the lines, marked on the axis. */
  @property({ attribute: false }) current?: number;

  private readonly layout = memoLast(layoutOf);
  private readonly summary = memoLast((sweep: WipSweep, unit: TimeUnit, _locale: string) => wipSweepSummary({ sweep, timeUnit: unit }));

  private caseLabel(c: ReferenceCase): string {
    switch (c) {
      case 'best':
        return msg('Best case');
      case 'practicalWorst':
        return msg('Practical worst case');
      case 'worst':
        return msg('Worst case');
    }
  }

  private metricLabel(m: Metric): string {
    const unit = timeUnitSuffix(this.timeUnit);
    return m === 'throughput' ? withUnit(msg('Throughput'), msg(str`units per ${unit}`)) : withUnit(msg('Flow time'), unit);
  }

  override render() {
    const sweep = this.sweep;
    if (!sweep || sweep.points.length === 0) return html`<p>${msg('WIP-cap sweep: no data.')}</p>`;
    const l = this.layout(sweep);
    const summary = this.summary(sweep, this.timeUnit, getLocale());
    const size = WIP_SWEEP_CHART_SIZE;
    return html`<figure>
      ${renderLegend(this.legend(sweep))}
      <svg viewBox="0 0 ${size.width} ${size.height}" role="img" aria-label=${summary}>
        ${axisLabels(size, msg('WIP cap W (units in the line)'), '')}
        <g class="plot" transform="translate(${size.margin.left},${size.margin.top})">
          ${METRICS.map((m, i) => this.renderPanel(sweep, l, m, i))} ${this.renderCritical(sweep, l)}
        </g>
      </svg>
      <figcaption>${summary}</figcaption>
      ${renderDataTables([
        {
          caption: msg('WIP-cap sweep: mean ± 95% CI per cap, with the reference curves'),
          head: [
            msg('WIP cap W'),
            this.metricLabel('throughput'),
            ...CASES.map((c) => msg(str`${this.caseLabel(c)}: throughput`)),
            this.metricLabel('flowTime'),
            ...CASES.map((c) => msg(str`${this.caseLabel(c)}: flow time`)),
          ],
          rows: sweep.points.map((p) => [
            String(p.cap),
            `${formatNumber(p.throughput.mean, 3)} ± ${formatNumber(p.throughput.ci95, 3)}`,
            ...CASES.map((c) => formatNumber(p[c].throughput, 3)),
            `${formatNumber(p.flowTime.mean)} ± ${formatNumber(p.flowTime.ci95)}`,
            ...CASES.map((c) => formatNumber(p[c].flowTime)),
          ]),
        },
      ])}
    </figure>`;
  }

  private legend(sweep: WipSweep): LegendItem[] {
    const items: LegendItem[] = [
      {
        label: msg(str`Simulated: mean of ${sweep.replications} runs, with its 95% CI band`),
        swatch: svg`<rect x="1" y="3" width="30" height="10" fill=${BAND_FILL}></rect><line x1="1" x2="31" y1="8" y2="8" stroke=${INK} stroke-width="2"></line><circle cx="16" cy="8" r="3" fill=${INK}></circle>`,
      },
      ...CASES.map((c) => ({
        label: this.caseLabel(c),
        swatch: svg`<line x1="1" x2="31" y1="8" y2="8" stroke=${REFERENCE[c].colour} stroke-width="2.5" stroke-dasharray=${REFERENCE[c].dash}></line>`,
      })),
      {
        label: msg(str`Critical WIP W0 = ${formatNumber(criticalWip(sweep.constants))}`),
        swatch: svg`<line x1="16" x2="16" y1="0" y2="16" stroke=${INK} stroke-width="1.5" stroke-dasharray="4 3"></line>`,
      },
    ];
    return items;
  }

  private renderPanel(sweep: WipSweep, l: Layout, m: Metric, i: number): SVGTemplateResult {
    const { width } = innerSize(WIP_SWEEP_CHART_SIZE);
    const y = l.y[m];
    const band = area<WipSweepPoint>()
      .x((p) => l.x(p.cap))
      .y0((p) => y(Math.max(0, p[m].mean - p[m].ci95)))
      .y1((p) => y(p[m].mean + p[m].ci95))(sweep.points) ?? '';
    const mean = line<WipSweepPoint>()
      .x((p) => l.x(p.cap))
      .y((p) => y(p[m].mean))(sweep.points) ?? '';
    const ref = (c: ReferenceCase) =>
      line<WipSweepPoint>()
        .x((p) => l.x(p.cap))
        .y((p) => y(p[c][m]))(sweep.points) ?? '';
    const knee = l.knee;
    return svg`<g class="panel ${m}" transform="translate(0,${r3(i * (PANEL_HEIGHT + PANEL_GAP))})">
      <text class="panel-title" x=${-WIP_SWEEP_CHART_SIZE.margin.left + 4} y="-14">${this.metricLabel(m)}</text>
      <clipPath id=${`clip-${m}`}><rect x="0" y="0" width=${width} height=${r3(PANEL_HEIGHT)}></rect></clipPath>
      <g class="grid">${y.ticks(4).map((v) => svg`<line x1="0" x2=${width} y1=${r3(y(v))} y2=${r3(y(v))}></line>`)}</g>
      <g class="y-axis"></g>
      <path class="band" d=${band} fill=${BAND_FILL} fill-opacity="0.8"></path>
      ${CASES.map((c) => svg`<path class="ref ${c}" clip-path=${`url(#clip-${m})`} d=${ref(c)} fill="none" stroke=${REFERENCE[c].colour} stroke-width="2" stroke-dasharray=${REFERENCE[c].dash}></path>`)}
      <path class="mean" d=${mean} fill="none" stroke=${INK} stroke-width="2"></path>
      <g class="markers" fill=${INK}>${sweep.points.map((p) => svg`<circle cx=${r3(l.x(p.cap))} cy=${r3(y(p[m].mean))} r="2.5"></circle>`)}</g>
      ${knee
        ? svg`<path class="knee" transform="translate(${r3(l.x(knee.cap))},${r3(y(knee[m].mean))})" d=${markerPath('diamond', 150)} fill="#fff" stroke=${INK} stroke-width="2.5"></path>`
        : nothing}
      <g class="x-axis" transform="translate(0,${r3(PANEL_HEIGHT)})"></g>
    </g>`;
  }

  private renderCritical(sweep: WipSweep, l: Layout): SVGTemplateResult | typeof nothing {
    const w0 = criticalWip(sweep.constants);
    const [d0, d1] = l.x.domain() as [number, number];
    if (!(w0 >= d0 && w0 <= d1)) return nothing;
    const x = r3(l.x(w0));
    return svg`<line class="critical" x1=${x} x2=${x} y1="0" y2=${r3(2 * PANEL_HEIGHT + PANEL_GAP)} stroke=${INK} stroke-width="1.5" stroke-dasharray="4 3"></line>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.sweep) return;
    const l = this.layout(this.sweep);
    const panels = this.renderRoot.querySelectorAll('g.panel');
    METRICS.forEach((m, i) => {
      const g = panels[i];
      if (g) drawAxes(g, l.x, l.y[m], { yTicks: 4 });
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-wip-sweep-chart': GenbaWipSweepChart;
  }
}
