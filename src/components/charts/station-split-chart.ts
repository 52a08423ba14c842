/**
 * `genba-station-split-chart`: how each station spends its time — working, setup, handling,
 * waiting (starved), blocked — as horizontal stacked bars, one bar per line, grouped by
 * station. Absolute time, or with `share` each station's percentage of its own time.
 * States are filled with their colour and pattern (the pattern is the non-colour cue).
 */
import { LitElement, css, html, svg, unsafeCSS, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { getLocale } from '../../i18n/locale.ts';
import { shownName } from '../../i18n/preset-names.ts';
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { chartStyles, drawBandAxes, innerSize, stateFill, statePatterns, type ChartSize } from './chart-frame.ts';
import { axisLabels, estimateTextWidth, fillSwatch, r3, renderDataTables, renderLegend, tableStyles } from './chart-parts.ts';
import { formatNumber, timeUnitSuffix, withUnit, type TimeUnit } from './format.ts';
import { memoLast } from './memo.ts';
import { MUTED_INK, stateLabel } from './palette.ts';
import {
  SPLIT_STATES,
  stationSplitSummary,
  stationTotal,
  type StationSplit,
  type StationSplitLine,
} from './station-split-summary.ts';

export type { StationSplit, StationSplitLine } from './station-split-summary.ts';

const PATTERN_PREFIX = 'split';
const BAR = 18;
const BAR_GAP = 4;
const GROUP_GAP = 14;

/** The short label beside a line's bars. */
export function lineTag(line: StationSplitLine): string {
  return line.tag ?? (line.key === 'batch' ? 'B' : line.key === 'flow' ? '1' : line.label);
}

/** One bar: a station on a line, with the states stacked from 0 (time or percent). */
interface BarRow {
  readonly station: string;
  readonly line: string;
  readonly split: StationSplit;
  readonly segments: readonly { readonly state: (typeof SPLIT_STATES)[number]; readonly from: number; readonly to: number }[];
  readonly end: number;
}

interface SplitLayout {
  readonly size: ChartSize;
  readonly names: readonly string[];
  readonly rows: readonly BarRow[];
  readonly x: ScaleLinear<number, number>;
  readonly yStation: ScaleBand<string>;
  readonly yLine: ScaleBand<string>;
  readonly tagPadding: number;
}

function layoutOf(lines: readonly StationSplitLine[], share: boolean): SplitLayout {
  // Names as shown: a built-in preset's in the page's language, any other as typed.
  const names = [...new Set(lines.flatMap((l) => l.stations.map((s) => shownName(s.name))))];
  const tagWidth = Math.max(0, ...lines.map((l) => estimateTextWidth(lineTag(l))));
  const tagPadding = tagWidth + 14;
  const nameWidth = Math.max(0, ...names.map((n) => estimateTextWidth(n)));
  const perGroup = lines.length * BAR + Math.max(0, lines.length - 1) * BAR_GAP + GROUP_GAP;
  const left = Math.max(64, Math.ceil(nameWidth + tagPadding + 12));
  const top = 40;
  const size: ChartSize = {
    width: 640,
    height: top + Math.max(1, names.length) * perGroup + 52,
    margin: { top, right: 24, bottom: 52, left },
  };
  const { width, height } = innerSize(size);

  const raw = lines.flatMap((line) =>
    line.stations.map((split) => {
      const total = stationTotal(split);
      const scale = share ? (total > 0 ? 100 / total : 0) : 1;
      const values: Record<string, number> = {};
      for (const state of SPLIT_STATES) values[state] = split[state] * scale;
      return { station: shownName(split.name), line: line.key, split, values };
    }),
  );
  const stacked = stack<(typeof raw)[number]>()
    .keys(SPLIT_STATES)
    .value((d, key) => d.values[key] ?? 0)(raw);
  const rows: BarRow[] = raw.map((r, i) => ({
    station: r.station,
    line: r.line,
    split: r.split,
    segments: stacked.map((layer, k) => ({
      state: SPLIT_STATES[k] as (typeof SPLIT_STATES)[number],
      from: layer[i]?.[0] ?? 0,
      to: layer[i]?.[1] ?? 0,
    })),
    end: stacked.at(-1)?.[i]?.[1] ?? 0,
  }));
  const max = Math.max(0, ...rows.map((r) => r.end));
  const x = scaleLinear()
    .domain([0, share ? 100 : max > 0 ? max : 1])
    .range([0, width]);
  if (!share) x.nice();
  const yStation = scaleBand<string>()
    .domain(names)
    .range([0, height])
    .paddingInner(GROUP_GAP / perGroup)
    .paddingOuter(GROUP_GAP / perGroup / 2);
  const yLine = scaleBand<string>()
    .domain(lines.map((l) => l.key))
    .range([0, yStation.bandwidth()])
    .paddingInner(lines.length > 1 ? BAR_GAP / (BAR + BAR_GAP) : 0);
  return { size, names, rows, x, yStation, yLine, tagPadding };
}

@customElement('genba-station-split-chart')
@localized()
export class GenbaStationSplitChart extends LitElement {
  static override styles = [
    chartStyles,
    tableStyles,
    css`
      .tag {
        font-size: 14px;
        fill: ${unsafeCSS(MUTED_INK)};
      }
    `,
  ];

  /** One entry per line (e.g. batch and one-piece flow), stations in line order. */
  @property({ attribute: false }) lines: readonly StationSplitLine[] = [];
  @property() timeUnit: TimeUnit = 'minute';
  /** Show each state as a percentage of the station's total time instead of absolute time. */
  @property({ type: Boolean }) share = false;

  /** Keyed by the language too: the stations' names are shown in it. */
  private readonly layoutIn = memoLast((lines: readonly StationSplitLine[], share: boolean, _locale: string) => layoutOf(lines, share));
  private layout(lines: readonly StationSplitLine[], share: boolean): SplitLayout {
    return this.layoutIn(lines, share, getLocale());
  }
  /** Also keyed by the language, so that a switch writes it again. */
  private readonly summary = memoLast((lines: readonly StationSplitLine[], timeUnit: TimeUnit, _locale: string) => stationSplitSummary({ lines, timeUnit }));

  private xLabel(): string {
    return this.share ? msg('Share of station time (%)') : withUnit(msg('Time'), timeUnitSuffix(this.timeUnit));
  }

  override render() {
    const l = this.layout(this.lines, this.share);
    const summary = this.summary(this.lines, this.timeUnit, getLocale());
    const { size } = l;
    const { height } = innerSize(size);
    return html`<figure>
      ${renderLegend(this.shownStates().map((s) => ({ label: stateLabel(s), swatch: fillSwatch(stateFill(s, PATTERN_PREFIX)) })))}
      <svg viewBox="0 0 ${size.width} ${size.height}" role="img" aria-label=${summary}>
        ${statePatterns(PATTERN_PREFIX)} ${axisLabels(size, this.xLabel(), msg('Station'))}
        <g class="plot" transform="translate(${size.margin.left},${size.margin.top})">
          <g class="grid">
            ${l.x.ticks(6).map((v) => svg`<line x1=${r3(l.x(v))} x2=${r3(l.x(v))} y1="0" y2=${height}></line>`)}
          </g>
          <g class="x-axis" transform="translate(0,${height})"></g>
          <g class="y-axis"></g>
          <g class="bars">${l.rows.map((row) => this.renderBar(l, row))}</g>
        </g>
      </svg>
      <figcaption>${summary}</figcaption>
      ${this.renderTable(l)}
    </figure>`;
  }

  /** States that occur anywhere (all of them if none does), in stacking order. */
  private shownStates(): (typeof SPLIT_STATES)[number][] {
    const shown = SPLIT_STATES.filter((s) => this.lines.some((l) => l.stations.some((st) => st[s] > 0)));
    return shown.length > 0 ? shown : [...SPLIT_STATES];
  }

  private renderBar(l: SplitLayout, row: BarRow): SVGTemplateResult {
    const line = this.lines.find((ln) => ln.key === row.line);
    const y = r3((l.yStation(row.station) ?? 0) + (l.yLine(row.line) ?? 0));
    const h = r3(l.yLine.bandwidth());
    return svg`<g class="bar" data-station=${row.station} data-line=${row.line}>
      <text class="tag" x="-6" y=${r3(y + h / 2)} dy="0.32em" text-anchor="end">${line ? lineTag(line) : row.line}</text>
      ${row.segments
        .filter((s) => s.to > s.from)
        .map(
          (s) => svg`<rect class="segment ${s.state}" x=${r3(l.x(s.from))} width=${r3(l.x(s.to) - l.x(s.from))} y=${y} height=${h}
            fill=${stateFill(s.state, PATTERN_PREFIX)}></rect>`,
        )}
      <rect class="outline" x="0" width=${r3(l.x(row.end))} y=${y} height=${h} fill="none" stroke=${MUTED_INK} stroke-width="0.75"></rect>
    </g>`;
  }

  private renderTable(l: SplitLayout) {
    const unit = this.share ? '%' : timeUnitSuffix(this.timeUnit);
    const labelOf = new Map(this.lines.map((ln) => [ln.key, ln.label]));
    const rows = l.rows.map((row) => {
      const total = stationTotal(row.split);
      const value = (v: number): string => formatNumber(this.share ? (total > 0 ? (100 * v) / total : 0) : v);
      return [row.station, labelOf.get(row.line) ?? row.line, ...SPLIT_STATES.map((s) => value(row.split[s])), formatNumber(total)];
    });
    return renderDataTables([
      {
        caption: this.share ? msg('Share of each station’s time by state') : msg('Time per station by state'),
        head: [
          msg('Station'),
          msg('Line'),
          ...SPLIT_STATES.map((s) => withUnit(stateLabel(s), unit)),
          withUnit(msg('Total'), timeUnitSuffix(this.timeUnit)),
        ],
        rows,
      },
    ]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const plot = this.renderRoot.querySelector('g.plot');
    if (!plot) return;
    const l = this.layout(this.lines, this.share);
    drawBandAxes(plot, l.x, l.yStation, { yPadding: l.tagPadding });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-station-split-chart': GenbaStationSplitChart;
  }
}
