/**
 * `genba-station-timeline-chart`: a Gantt of one station, one lane per line (e.g. the batch
 * line and the flow line for the same station), with flags above the lanes at given times
 * (e.g. 'drift found') and a playback cursor. Thousands of intervals are fine: those
 * narrower than half a pixel are merged for drawing (see {@link mergeForDrawing}) — a run
 * of them shows as thin columns stacked by each state's share, so a state spread thinly
 * (handling) stays visible; the summary and the table use the exact totals. Moving only
 * the cursor reuses the memoised segments.
 */
import { LitElement, css, html, nothing, svg, unsafeCSS, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { getLocale } from '../../i18n/locale.ts';
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import { chartStyles, drawBandAxes, innerSize, stateFill, statePatterns, type ChartSize } from './chart-frame.ts';
import { axisLabels, estimateTextWidth, fillSwatch, r3, renderDataTables, renderLegend, tableStyles } from './chart-parts.ts';
import { formatNumber, formatPercent, timeUnitSuffix, withUnit, type TimeUnit } from './format.ts';
import { memoLast, memoPerObject } from './memo.ts';
import { INK, MUTED_INK, stateLabel } from './palette.ts';
import { stationTimelineSummary } from './station-timeline-summary.ts';
import {
  mergeForDrawing,
  stateTotals,
  TIMELINE_STATES,
  type DrawnSegment,
  type TimelineHighlight,
  type TimelineLane,
} from './timeline-data.ts';

export type { TimelineHighlight, TimelineInterval, TimelineLane, TimelineState } from './timeline-data.ts';

const PATTERN_PREFIX = 'timeline';
const LANE = 36;
const LANE_GAP = 10;
const FLAG_ROW = 18;
/** Rows of flag labels above the lanes; flags that fit in none are drawn without a label. */
const FLAG_ROWS = 2;

/** A flag placed above the lanes: its label in a row, or unlabelled (row null) when none has room. */
export interface PlacedFlag {
  readonly t: number;
  readonly label: string;
  readonly x: number;
  readonly row: number | null;
  readonly anchor: 'start' | 'end';
}

/** Places flag labels left to right in the first row where they do not overlap (estimated widths). */
export function placeFlags(highlights: readonly TimelineHighlight[], x: ScaleLinear<number, number>, rows = FLAG_ROWS): PlacedFlag[] {
  const [, right] = x.range() as [number, number];
  const rowEnds: number[] = Array.from({ length: rows }, () => -Infinity);
  // Labels placed so far: a flag's line runs from its label's row down to the lanes, so it
  // must not cross a label in a lower row, and a label must not cover the line of a flag
  // labelled in a higher row. A flag with no room in any row keeps its marker, unlabelled
  // (its time and words are in the caption and the data table).
  const placed: { x: number; row: number; s: number; e: number }[] = [];
  const GAP = 4;
  return [...highlights]
    .sort((a, b) => a.t - b.t)
    .map((h) => {
      const fx = x(h.t);
      const w = estimateTextWidth(h.label) + 4;
      const anchor = fx + w > right ? 'end' : 'start';
      const [s, e] = anchor === 'start' ? [fx, fx + w] : [fx - w, fx];
      const row = rowEnds.findIndex(
        (end, r) =>
          end + 8 <= s &&
          placed.every((p) => (p.row > r ? p.x < s - GAP || p.x > e + GAP : p.row < r ? fx < p.s - GAP || fx > p.e + GAP : true)),
      );
      if (row >= 0) {
        rowEnds[row] = e;
        placed.push({ x: fx, row, s, e });
      }
      return { t: h.t, label: h.label, x: fx, row: row >= 0 ? row : null, anchor };
    });
}

interface TimelineLayout {
  readonly size: ChartSize;
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleBand<string>;
  readonly flagRows: number;
}

function layoutOf(lanes: readonly TimelineLane[], end: number, withFlags: boolean): TimelineLayout {
  const labels = lanes.map((l) => l.label);
  const left = Math.max(64, Math.ceil(Math.max(0, ...labels.map((t) => estimateTextWidth(t))) + 20));
  const flagRows = withFlags ? FLAG_ROWS : 0;
  const top = 16 + flagRows * FLAG_ROW;
  const lanesHeight = Math.max(1, lanes.length) * (LANE + LANE_GAP);
  const size: ChartSize = { width: 640, height: top + lanesHeight + 52, margin: { top, right: 24, bottom: 52, left } };
  const { width, height } = innerSize(size);
  return {
    size,
    x: scaleLinear()
      .domain([0, end > 0 ? end : 1])
      .range([0, width]),
    y: scaleBand<string>()
      .domain(lanes.map((_, i) => String(i)))
      .range([0, height])
      .paddingInner(LANE_GAP / (LANE + LANE_GAP))
      .paddingOuter(LANE_GAP / (LANE + LANE_GAP) / 2),
    flagRows,
  };
}

@customElement('genba-station-timeline-chart')
@localized()
export class GenbaStationTimelineChart extends LitElement {
  static override styles = [
    chartStyles,
    tableStyles,
    css`
      .flag-label {
        font-size: 14px;
        fill: ${unsafeCSS(INK)};
        paint-order: stroke;
        stroke: #fff;
        stroke-width: 3px;
      }
    `,
  ];

  /** One lane per line, in the order given (top to bottom). */
  @property({ attribute: false }) lanes: readonly TimelineLane[] = [];
  /** End of the time axis; intervals are clipped to [0, end]. */
  @property({ attribute: false }) end = 0;
  @property() timeUnit: TimeUnit = 'minute';
  /** Playback time: a vertical line. */
  @property({ attribute: false }) cursor?: number;
  /** Small flags at given times, e.g. 'drift found'. */
  @property({ attribute: false }) highlights: readonly TimelineHighlight[] = [];

  private readonly layout = memoLast(layoutOf);
  /** Per intervals array: a new `lanes` array around the same intervals merges nothing again. */
  private readonly segmentsOf = memoPerObject(mergeForDrawing);
  private readonly flags = memoLast(placeFlags);
  /** Also keyed by the language, so that a switch writes it again. */
  private readonly summary = memoLast(
    (lanes: readonly TimelineLane[], end: number, timeUnit: TimeUnit, highlights: readonly TimelineHighlight[], _locale: string) =>
      stationTimelineSummary({ lanes, end, timeUnit, highlights }),
  );

  private drawnLayout: TimelineLayout | null = null;
  private drawnLocale = '';

  private currentLayout(): TimelineLayout {
    return this.layout(this.lanes, this.end, this.highlights.length > 0);
  }

  override render() {
    const l = this.currentLayout();
    const { size } = l;
    const summary = this.summary(this.lanes, this.end, this.timeUnit, this.highlights, getLocale());
    const [d0, d1] = l.x.domain() as [number, number];
    const [r0, r1] = l.x.range() as [number, number];
    const pxPerUnit = (r1 - r0) / (d1 - d0);
    const segments = this.lanes.map((lane) => this.segmentsOf(lane.intervals, d1, pxPerUnit));
    return html`<figure>
      ${renderLegend(this.shownStates().map((s) => ({ label: stateLabel(s), swatch: fillSwatch(stateFill(s, PATTERN_PREFIX)) })))}
      <svg viewBox="0 0 ${size.width} ${size.height}" role="img" aria-label=${summary}>
        ${statePatterns(PATTERN_PREFIX)} ${axisLabels(size, withUnit(msg('Time'), timeUnitSuffix(this.timeUnit)), '')}
        <g class="plot" transform="translate(${size.margin.left},${size.margin.top})">
          <g class="x-axis" transform="translate(0,${innerSize(size).height})"></g>
          <g class="y-axis"></g>
          ${segments.map((segs, i) => this.renderLane(l, i, segs))} ${this.renderFlags(l)} ${this.renderCursor(l)}
        </g>
      </svg>
      <figcaption>${summary}</figcaption>
      ${this.renderTables(l)}
    </figure>`;
  }

  /** States that occur in any lane (all of them if none does). */
  private shownStates() {
    const shown = TIMELINE_STATES.filter((s) => this.lanes.some((lane) => lane.intervals.some((iv) => iv.state === s && iv.to > iv.from)));
    return shown.length > 0 ? shown : [...TIMELINE_STATES];
  }

  private renderLane(l: TimelineLayout, i: number, segs: readonly DrawnSegment[]): SVGTemplateResult {
    const y = l.y(String(i)) ?? 0;
    const h = l.y.bandwidth();
    return svg`<g class="lane">
      ${segs.map((s) => {
        const x = r3(l.x(s.from));
        const w = r3(l.x(s.to) - l.x(s.from));
        if (!s.mix) {
          return svg`<rect class="segment ${s.state}" x=${x} width=${w} y=${r3(y)} height=${r3(h)} fill=${stateFill(s.state, PATTERN_PREFIX)}></rect>`;
        }
        // A run too fine to draw: each state's share of it, stacked from the top of the lane.
        let top = y;
        return svg`<g class="segment mixed">${s.mix.map((m) => {
          const part = svg`<rect class=${m.state} x=${x} width=${w} y=${r3(top)} height=${r3(m.share * h)}
            fill=${stateFill(m.state, PATTERN_PREFIX)}></rect>`;
          top += m.share * h;
          return part;
        })}</g>`;
      })}
      <rect class="lane-outline" x="0" y=${r3(y)} width=${r3(l.x.range()[1] ?? 0)} height=${r3(h)} fill="none" stroke=${MUTED_INK}
        stroke-width="0.75"></rect>
    </g>`;
  }

  private renderFlags(l: TimelineLayout): SVGTemplateResult | typeof nothing {
    if (this.highlights.length === 0) return nothing;
    const flags = this.flags(this.highlights, l.x, l.flagRows);
    const top = (f: PlacedFlag): number => (f.row === null ? -6 : -10 - f.row * FLAG_ROW);
    // Lines and markers first, labels over them (with a white halo), so no line crosses a label.
    return svg`<g class="flags">
      ${flags.map(
        (f) => svg`<g class="flag">
          <line x1=${r3(f.x)} x2=${r3(f.x)} y1=${top(f)} y2="-7" stroke=${INK} stroke-width="1.25"></line>
          <path transform="translate(${r3(f.x)},0)" d="M-5,-7L5,-7L0,0Z" fill=${INK}></path>
        </g>`,
      )}
      ${flags.map((f) =>
        f.row === null
          ? nothing
          : svg`<text class="flag-label" x=${r3(f.anchor === 'start' ? f.x + 3 : f.x - 3)} y=${top(f)} text-anchor=${f.anchor}>${f.label}</text>`,
      )}
    </g>`;
  }

  private renderCursor(l: TimelineLayout): SVGTemplateResult | typeof nothing {
    if (this.cursor === undefined || !Number.isFinite(this.cursor)) return nothing;
    const [d0, d1] = l.x.domain() as [number, number];
    const x = r3(l.x(Math.min(Math.max(this.cursor, d0), d1)));
    return svg`<line class="cursor" x1=${x} x2=${x} y1="-4" y2=${innerSize(l.size).height} stroke=${INK} stroke-width="2"></line>`;
  }

  private renderTables(l: TimelineLayout) {
    const unit = timeUnitSuffix(this.timeUnit);
    const [, end] = l.x.domain() as [number, number];
    const rows = this.lanes.map((lane) => {
      const { totals, total } = stateTotals(lane.intervals, end);
      return [
        lane.label,
        ...TIMELINE_STATES.map((s) => `${formatNumber(totals[s])} (${total > 0 ? formatPercent(totals[s] / total) : '–'})`),
        formatNumber(total),
      ];
    });
    const tables = [
      {
        caption: msg('Time in each state (share of the lane’s time)'),
        head: [msg('Lane'), ...TIMELINE_STATES.map((s) => withUnit(stateLabel(s), unit)), withUnit(msg('Total'), unit)],
        rows,
      },
    ];
    if (this.highlights.length > 0) {
      tables.push({
        caption: msg('Flags'),
        head: [withUnit(msg('Time'), unit), msg('Flag')],
        rows: [...this.highlights].sort((a, b) => a.t - b.t).map((h) => [formatNumber(h.t), h.label]),
      });
    }
    return renderDataTables(tables);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const plot = this.renderRoot.querySelector('g.plot');
    const l = this.currentLayout();
    if (!plot || (l === this.drawnLayout && getLocale() === this.drawnLocale)) return;
    this.drawnLayout = l;
    this.drawnLocale = getLocale();
    // The band scale is keyed by lane index (labels may repeat); the ticks show the labels.
    drawBandAxes(plot, l.x, l.y, { yPadding: 8, yFormat: (i) => this.lanes[Number(i)]?.label ?? '' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-station-timeline-chart': GenbaStationTimelineChart;
  }
}
