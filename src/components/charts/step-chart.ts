/**
 * `genba-step-chart`: several step series over time on one axis — cumulative deliveries,
 * WIP over time, a station's queue over time — with an optional reference line (e.g. the
 * order quantity) and a playback cursor.
 *
 * Moving only the cursor is cheap: the path strings are memoised on the identity of the
 * series array and the scales, so a new `cursor` re-renders one `<line>`.
 */
import { LitElement, css, html, nothing, svg, unsafeCSS, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/locale.ts';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { chartStyles, drawAxes, innerSize, type ChartSize } from './chart-frame.ts';
import { axisLabels, lineSwatch, r3, renderDataTables, renderLegend, tableStyles } from './chart-parts.ts';
import { formatCount, formatNumber, timeUnitSuffix, withUnit, type TimeUnit } from './format.ts';
import { memoLast } from './memo.ts';
import { MUTED_INK, INK } from './palette.ts';
import { seriesStyles, type SeriesStyle } from './series-style.ts';
import { stepChartSummary } from './step-chart-summary.ts';
import { pointsUpTo, tableTimes, timeEnd, valueAt, type StepPoint, type StepReference, type StepSeries } from './step-data.ts';

export type { StepPoint, StepReference, StepSeries } from './step-data.ts';

export const STEP_CHART_SIZE: ChartSize = {
  width: 640,
  height: 320,
  margin: { top: 40, right: 24, bottom: 52, left: 64 },
};

interface StepLayout {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly tEnd: number;
  readonly integerValues: boolean;
}

function layoutOf(series: readonly StepSeries[], end: number | undefined, reference: StepReference | undefined): StepLayout {
  const { width, height } = innerSize(STEP_CHART_SIZE);
  const tEnd = timeEnd(series, end);
  let lo = 0;
  let hi = reference?.value ?? 0;
  let integerValues = reference === undefined || Number.isInteger(reference.value);
  for (const s of series) {
    for (const p of pointsUpTo(s.points, end)) {
      lo = Math.min(lo, p.value);
      hi = Math.max(hi, p.value);
      if (!Number.isInteger(p.value)) integerValues = false;
    }
  }
  if (hi === lo) hi = lo + 1;
  return {
    x: scaleLinear().domain([0, tEnd]).range([0, width]),
    y: scaleLinear().domain([lo, hi]).range([height, 0]).nice(),
    tEnd,
    integerValues,
  };
}

/** Path data of one step series on the given scales, drawn on to `tEnd`. */
export function stepPath(points: readonly StepPoint[], tEnd: number, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): string {
  const shown = pointsUpTo(points, tEnd);
  const last = shown.at(-1);
  const extended = last && last.t < tEnd ? [...shown, { t: tEnd, value: last.value }] : shown;
  return (
    line<StepPoint>()
      .x((p) => x(p.t))
      .y((p) => y(p.value))
      .curve(curveStepAfter)(extended) ?? ''
  );
}

@customElement('genba-step-chart')
@localized()
export class GenbaStepChart extends LitElement {
  static override styles = [
    chartStyles,
    tableStyles,
    css`
      .reference-label {
        font-size: 14px;
        fill: ${unsafeCSS(MUTED_INK)};
      }
    `,
  ];

  /** The series, drawn in this order (later on top). */
  @property({ attribute: false }) series: readonly StepSeries[] = [];
  /** What the values count, e.g. 'Good units delivered'; it names their unit. */
  @property() yLabel = '';
  @property() timeUnit: TimeUnit = 'minute';
  /** Where the time axis ends; series are drawn on to it. Default: the last point. */
  @property({ attribute: false }) end?: number;
  /** A horizontal dashed line, e.g. the order quantity. */
  @property({ attribute: false }) reference?: StepReference;
  /** Playback time: a vertical line. */
  @property({ attribute: false }) cursor?: number;

  private readonly layout = memoLast(layoutOf);
  private readonly styles = memoLast((series: readonly StepSeries[]) => seriesStyles(series.map((s) => s.key)));
  private readonly paths = memoLast((series: readonly StepSeries[], l: StepLayout) =>
    series.map((s) => stepPath(s.points, l.tEnd, l.x, l.y)),
  );
  /** Also keyed by the language, so that a switch writes it again. */
  private readonly summary = memoLast((series: readonly StepSeries[], yLabel: string, timeUnit: TimeUnit, end: number | undefined, _locale: string) =>
    stepChartSummary({ series, yLabel, timeUnit, ...(end === undefined ? {} : { end }) }),
  );

  /** The layout (and language) the axes were last drawn for. */
  private drawnLayout: StepLayout | null = null;
  private drawnLocale = '';

  private currentLayout(): StepLayout {
    return this.layout(this.series, this.end, this.reference);
  }

  override render() {
    const l = this.currentLayout();
    const styles = this.styles(this.series);
    const summary = this.summary(this.series, this.yLabel, this.timeUnit, this.end, getLocale());
    const { width, height } = innerSize(STEP_CHART_SIZE);
    const { margin } = STEP_CHART_SIZE;
    return html`<figure>
      ${renderLegend(this.series.map((s, i) => ({ label: s.label, swatch: lineSwatch(styles[i] as SeriesStyle) })))}
      <svg viewBox="0 0 ${STEP_CHART_SIZE.width} ${STEP_CHART_SIZE.height}" role="img" aria-label=${summary}>
        ${axisLabels(STEP_CHART_SIZE, withUnit(msg('Time'), timeUnitSuffix(this.timeUnit)), this.yLabel)}
        <g class="plot" transform="translate(${margin.left},${margin.top})">
          <g class="grid">
            ${this.yTicks(l).map((v) => svg`<line x1="0" x2=${width} y1=${r3(l.y(v))} y2=${r3(l.y(v))}></line>`)}
          </g>
          <g class="x-axis" transform="translate(0,${height})"></g>
          <g class="y-axis"></g>
          ${this.renderReference(l)}
          <g class="series" fill="none" stroke-width="2.5">
            ${this.paths(this.series, l).map((d, i) => {
              const st = styles[i] as SeriesStyle;
              return svg`<path class="step" d=${d} stroke=${st.colour} stroke-dasharray=${st.dash || nothing}></path>`;
            })}
          </g>
          ${this.renderCursor(l)}
        </g>
      </svg>
      <figcaption>${summary}</figcaption>
      ${this.renderTable(l)}
    </figure>`;
  }

  /** Tick count on y: whole numbers only when the values are counts. */
  private yTickCount(l: StepLayout): number {
    const [lo, hi] = l.y.domain() as [number, number];
    return l.integerValues ? Math.min(5, hi - lo) : 5;
  }

  private yTicks(l: StepLayout): number[] {
    return l.y.ticks(this.yTickCount(l));
  }

  private renderReference(l: StepLayout): SVGTemplateResult | typeof nothing {
    const ref = this.reference;
    if (!ref) return nothing;
    const y = r3(l.y(ref.value));
    const { width } = innerSize(STEP_CHART_SIZE);
    return svg`<g class="reference">
      <line x1="0" x2=${width} y1=${y} y2=${y} stroke=${MUTED_INK} stroke-width="1.5" stroke-dasharray="3 3"></line>
      <text class="reference-label" x=${width} y=${y - 6} text-anchor="end">${msg(str`${ref.label}: ${formatCount(ref.value)}`)}</text>
    </g>`;
  }

  private renderCursor(l: StepLayout): SVGTemplateResult | typeof nothing {
    if (this.cursor === undefined || !Number.isFinite(this.cursor)) return nothing;
    const x = r3(l.x(Math.min(Math.max(this.cursor, 0), l.tEnd)));
    return svg`<line class="cursor" x1=${x} x2=${x} y1="0" y2=${innerSize(STEP_CHART_SIZE).height} stroke=${INK} stroke-width="1.5"></line>`;
  }

  private renderTable(l: StepLayout) {
    const unit = timeUnitSuffix(this.timeUnit);
    const rows = tableTimes(this.series, l.tEnd).map((t) => [
      formatNumber(t),
      ...this.series.map((s) => {
        const v = valueAt(pointsUpTo(s.points, l.tEnd), t);
        return v === undefined ? '–' : formatCount(v);
      }),
    ]);
    return renderDataTables([
      { caption: msg(str`${this.yLabel} over time`), head: [withUnit(msg('Time'), unit), ...this.series.map((s) => s.label)], rows },
    ]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const plot = this.renderRoot.querySelector('g.plot');
    const l = this.currentLayout();
    // The layout is memoised: the same object means the same axes (e.g. only the cursor moved).
    if (!plot || (l === this.drawnLayout && getLocale() === this.drawnLocale)) return;
    this.drawnLayout = l;
    this.drawnLocale = getLocale();
    drawAxes(plot, l.x, l.y, {
      yTicks: this.yTickCount(l),
      ...(l.integerValues ? { yFormat: (v: number) => (Number.isInteger(v) ? formatCount(v) : '') } : {}),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-step-chart': GenbaStepChart;
  }
}
