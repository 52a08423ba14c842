/**
 * `genba-yamazumi-chart`: Toyota's "mountain" chart for line balancing. One vertical bar per
 * station, its work elements stacked from the bottom in order, against a dashed takt line.
 * Work is solid (alternating green and sky-blue tints with thin white separators), handling
 * dotted, amortised setup hatched (the pattern is the non-colour cue). Each bar's total
 * stands above it; a bar over takt has it in bold under a "▲ over takt" marker.
 */
import { shownName } from '../../i18n/preset-names.ts';
import { LitElement, css, html, nothing, svg, unsafeCSS, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/locale.ts';
import { cumsum } from 'd3-array';
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { chartStyles, drawAxes, innerSize, stateFill, statePatterns, type ChartSize } from './chart-frame.ts';
import { axisLabels, fillSwatch, r3, renderDataTables, renderLegend, tableStyles, type LegendItem } from './chart-parts.ts';
import { formatNumber, formatTime, timeUnitSuffix, withUnit, type TimeUnit } from './format.ts';
import { wrapLabel, wrapTickLabels, type WrappedLabel } from './label-wrap.ts';
import { memoLast } from './memo.ts';
import { INK, MUTED_INK, STATION_STATES } from './palette.ts';
import {
  elementTime,
  isOverTakt,
  stationLoad,
  yamazumiSummary,
  type ElementKind,
  type YamazumiElement,
  type YamazumiStation,
} from './yamazumi-summary.ts';

export type { ElementKind, YamazumiElement, YamazumiStation } from './yamazumi-summary.ts';

export const YAMAZUMI_CHART_SIZE: ChartSize = {
  width: 640,
  height: 360,
  // Right: room for the takt label beside its line. Bottom: station names on two lines.
  margin: { top: 40, right: 88, bottom: 68, left: 64 },
};

const PATTERN_PREFIX = 'yamazumi';
/** Work elements alternate between these (Okabe–Ito bluish green and sky blue; ink text reads on both). */
export const WORK_TINTS = ['#009E73', '#56B4E9'] as const;
/** Room above the highest bar for its total and the over-takt marker. */
const HEADROOM = 40;
const LINE_HEIGHT = 16;
const HIGHLIGHT_BAND = '#e6ebf1';
/** Bars no wider than this, so that one or two stations do not fill the plot. */
const MAX_BAR = 120;

/** An element kind's name in the legend and the table, in the page's language. */
export function kindLabel(kind: ElementKind): string {
  switch (kind) {
    case 'work':
      return msg('Work');
    case 'handling':
      return msg('Handling');
    case 'setup':
      return msg('Setup (per unit)');
  }
}

interface Segment {
  readonly element: YamazumiElement;
  readonly from: number;
  readonly to: number;
  readonly fill: string;
  /** The element's name on up to two lines; empty when it does not fit (the table has it). */
  readonly label: readonly string[];
}

interface Column {
  readonly key: string;
  readonly station: YamazumiStation;
  readonly load: number;
  readonly over: boolean;
  readonly segments: readonly Segment[];
}

interface YamazumiLayout {
  readonly x: ScaleBand<string>;
  /** Bar width: the band, at most {@link MAX_BAR}, centred in it. */
  readonly barWidth: number;
  readonly y: ScaleLinear<number, number>;
  readonly columns: readonly Column[];
}

function kindFill(kind: ElementKind, workIndex: number): string {
  if (kind === 'work') return WORK_TINTS[workIndex % WORK_TINTS.length] as string;
  return stateFill(kind, PATTERN_PREFIX);
}

/** The element's name if it fits the segment: one line per 16 units of height, no wider than the bar (+4). */
function segmentLabel(name: string, height: number, maxWidth: number): readonly string[] {
  const lines = Math.min(2, Math.floor((height - 1) / LINE_HEIGHT));
  if (lines < 1) return [];
  const wrapped = wrapLabel(name, maxWidth, lines);
  return wrapped.truncated ? [] : wrapped.lines;
}

function layoutOf(stations: readonly YamazumiStation[], takt: number | undefined): YamazumiLayout {
  const { width, height } = innerSize(YAMAZUMI_CHART_SIZE);
  const keys = stations.map((_, i) => String(i));
  const x = scaleBand<string>().domain(keys).range([0, width]).paddingInner(0.15).paddingOuter(0.1);
  const loads = stations.map(stationLoad);
  const hi = Math.max(0, ...loads, takt !== undefined && Number.isFinite(takt) ? takt : 0);
  const y = scaleLinear()
    .domain([0, hi > 0 ? (hi * height) / (height - HEADROOM) : 1])
    .range([height, 0])
    .nice(10);
  const labelWidth = Math.min(x.bandwidth(), MAX_BAR) + 4;
  const columns = stations.map((station, i): Column => {
    const ends = cumsum(station.elements, elementTime);
    let work = 0;
    const segments = station.elements.map((element, k): Segment => {
      const to = ends[k] ?? 0;
      const from = to - elementTime(element);
      const fill = kindFill(element.kind, element.kind === 'work' ? work++ : 0);
      return { element, from, to, fill, label: segmentLabel(shownName(element.name), y(from) - y(to), labelWidth) };
    });
    const load = loads[i] ?? 0;
    return { key: String(i), station, load, over: isOverTakt(load, takt), segments };
  });
  return { x, barWidth: Math.min(x.bandwidth(), MAX_BAR), y, columns };
}

/** A signed time difference, e.g. "+0.4", "−0.5", "0.0". */
function signedTime(v: number): string {
  const rounded = Math.round(v * 1e9) / 1e9;
  const text = formatNumber(Math.abs(rounded));
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
}

@customElement('genba-yamazumi-chart')
@localized()
export class GenbaYamazumiChart extends LitElement {
  static override styles = [
    chartStyles,
    tableStyles,
    css`
      .segment-label,
      .total,
      .over-marker,
      .takt-label {
        font-size: 14px;
        fill: ${unsafeCSS(INK)};
      }
      .segment-label,
      .total,
      .over-marker {
        paint-order: stroke;
        stroke: #fff;
        stroke-width: 3px;
        stroke-linejoin: round;
      }
      .total.over,
      .over-marker {
        font-weight: 700;
      }
    `,
  ];

  /** Stations in line order, each with its elements in the order they are done. */
  @property({ attribute: false }) stations: readonly YamazumiStation[] = [];
  /** Takt time, in `timeUnit`: a dashed horizontal line. */
  @property({ attribute: false }) takt?: number;
  @property() timeUnit: TimeUnit = 'minute';
  /** The name of a station to emphasise (e.g. the selected one). */
  @property({ attribute: false }) highlight?: string;

  private readonly layout = memoLast(layoutOf);
  /** Also keyed by the language, so that a switch writes it again. */
  private readonly summary = memoLast((stations: readonly YamazumiStation[], takt: number | undefined, timeUnit: TimeUnit, _locale: string) =>
    yamazumiSummary({ stations, timeUnit, ...(takt === undefined ? {} : { takt }) }),
  );

  private currentLayout(): YamazumiLayout {
    return this.layout(this.stations, this.takt);
  }

  override render() {
    const l = this.currentLayout();
    const summary = this.summary(this.stations, this.takt, this.timeUnit, getLocale());
    const size = YAMAZUMI_CHART_SIZE;
    const { width } = innerSize(size);
    return html`<figure>
      ${renderLegend(this.legendItems(l))}
      <svg viewBox="0 0 ${size.width} ${size.height}" role="img" aria-label=${summary}>
        ${statePatterns(PATTERN_PREFIX)}
        ${axisLabels(size, msg('Station'), withUnit(msg('Time per unit'), timeUnitSuffix(this.timeUnit)))}
        <g class="plot" transform="translate(${size.margin.left},${size.margin.top})">
          ${this.renderHighlight(l)}
          <g class="grid">
            ${l.y.ticks(5).map((v) => svg`<line x1="0" x2=${width} y1=${r3(l.y(v))} y2=${r3(l.y(v))}></line>`)}
          </g>
          <g class="x-axis" transform="translate(0,${innerSize(size).height})"></g>
          <g class="y-axis"></g>
          <g class="bars">${l.columns.map((c) => this.renderBar(l, c))}</g>
          ${this.renderTakt(l)}
          <g class="labels">${l.columns.map((c) => this.renderLabels(l, c))}</g>
        </g>
      </svg>
      <figcaption>${summary}</figcaption>
      ${this.renderTables(l)}
    </figure>`;
  }

  private legendItems(l: YamazumiLayout): LegendItem[] {
    const kinds = new Set(l.columns.flatMap((c) => c.station.elements.map((e) => e.kind)));
    const items: LegendItem[] = [];
    if (kinds.has('work') || kinds.size === 0) {
      items.push({
        label: kindLabel('work'),
        swatch: svg`<rect x="2" y="1" width="14" height="14" fill=${WORK_TINTS[0]}></rect>
          <rect x="16" y="1" width="14" height="14" fill=${WORK_TINTS[1]}></rect>
          <rect x="2" y="1" width="28" height="14" fill="none" stroke="#4a5360" stroke-width="0.75"></rect>`,
      });
    }
    for (const kind of ['handling', 'setup'] as const) {
      if (kinds.has(kind)) items.push({ label: kindLabel(kind), swatch: fillSwatch(stateFill(kind, PATTERN_PREFIX)) });
    }
    if (this.hasTakt()) {
      items.push({
        label: msg('Takt time'),
        swatch: svg`<line x1="1" x2="31" y1="8" y2="8" stroke=${INK} stroke-width="2" stroke-dasharray="8 4"></line>`,
      });
    }
    return items;
  }

  private hasTakt(): boolean {
    return this.takt !== undefined && Number.isFinite(this.takt) && this.takt > 0;
  }

  private highlighted(l: YamazumiLayout): Column | undefined {
    return this.highlight === undefined ? undefined : l.columns.find((c) => c.station.name === this.highlight);
  }

  /** A pale band behind the emphasised station (its bar also gets a heavy outline and its name bold). */
  private renderHighlight(l: YamazumiLayout): SVGTemplateResult | typeof nothing {
    const c = this.highlighted(l);
    if (!c) return nothing;
    const centre = (l.x(c.key) ?? 0) + l.x.bandwidth() / 2;
    return svg`<rect class="highlight-band" x=${r3(centre - l.x.step() / 2)} y="0" width=${r3(l.x.step())}
      height=${innerSize(YAMAZUMI_CHART_SIZE).height} fill=${HIGHLIGHT_BAND}></rect>`;
  }

  /** Where a column's bar starts. */
  private barX(l: YamazumiLayout, c: Column): number {
    return (l.x(c.key) ?? 0) + (l.x.bandwidth() - l.barWidth) / 2;
  }

  private renderBar(l: YamazumiLayout, c: Column): SVGTemplateResult {
    const x = this.barX(l, c);
    const w = r3(l.barWidth);
    const top = l.y(c.load);
    const emphasised = this.highlighted(l) === c;
    return svg`<g class="bar" data-station=${c.station.name} ?data-highlight=${emphasised} ?data-over=${c.over}>
      ${c.segments
        .filter((s) => s.to > s.from)
        .map(
          (s) => svg`<rect class="segment ${s.element.kind}" data-element=${s.element.name} x=${r3(x)} width=${w}
            y=${r3(l.y(s.to))} height=${r3(l.y(s.from) - l.y(s.to))} fill=${s.fill} stroke="#fff" stroke-width="1"></rect>`,
        )}
      <rect class="outline" x=${r3(x)} width=${w} y=${r3(top)} height=${r3(l.y(0) - top)} fill="none"
        stroke=${emphasised ? INK : MUTED_INK} stroke-width=${emphasised ? 2.5 : 0.75}></rect>
    </g>`;
  }

  /** Segment names, the total and the over-takt marker: above the takt line, each with a white halo. */
  private renderLabels(l: YamazumiLayout, c: Column): SVGTemplateResult {
    const centre = r3(this.barX(l, c) + l.barWidth / 2);
    const top = l.y(c.load);
    return svg`<g class="bar-labels" data-station=${c.station.name}>
      ${c.segments.filter((s) => s.label.length > 0).map((s) => this.renderSegmentLabel(l, s, centre))}
      ${c.over ? svg`<text class="over-marker" x=${centre} y=${r3(top - 6 - LINE_HEIGHT - 1)} text-anchor="middle">${msg('▲ over takt')}</text>` : nothing}
      <text class="total${c.over ? ' over' : ''}" x=${centre} y=${r3(top - 6)} text-anchor="middle">${formatTime(c.load, this.timeUnit)}</text>
    </g>`;
  }

  private renderSegmentLabel(l: YamazumiLayout, s: Segment, centre: number): SVGTemplateResult {
    const middle = (l.y(s.from) + l.y(s.to)) / 2;
    const first = middle - ((s.label.length - 1) * LINE_HEIGHT) / 2;
    return svg`<text class="segment-label" x=${centre} text-anchor="middle">${s.label.map(
      (line, i) => svg`<tspan x=${centre} y=${r3(first + i * LINE_HEIGHT)} dy="0.35em">${line}</tspan>`,
    )}</text>`;
  }

  private renderTakt(l: YamazumiLayout): SVGTemplateResult | typeof nothing {
    if (!this.hasTakt()) return nothing;
    const { width } = innerSize(YAMAZUMI_CHART_SIZE);
    const y = r3(l.y(this.takt as number));
    return svg`<g class="takt">
      <line x1="0" x2=${width + 4} y1=${y} y2=${y} stroke=${INK} stroke-width="2" stroke-dasharray="8 4"></line>
      <text class="takt-label" x=${width + 8} y=${y - 5}>${msg('Takt time')}</text>
      <text class="takt-label" x=${width + 8} y=${y + 15}>${formatTime(this.takt as number, this.timeUnit)}</text>
    </g>`;
  }

  private renderTables(l: YamazumiLayout) {
    const unit = timeUnitSuffix(this.timeUnit);
    const takt = this.hasTakt() ? (this.takt as number) : undefined;
    const againstTakt = (c: Column): string => {
      if (takt === undefined) return '';
      const diff = signedTime(c.load - takt);
      return c.over ? msg(str`${diff} (over takt)`) : isOverTakt(takt, c.load) ? diff : msg(str`${diff} (at takt)`);
    };
    return renderDataTables([
      {
        caption: msg('Time per unit by element, from the bottom of each bar'),
        head: [msg('Station'), msg('Element'), msg('Kind'), withUnit(msg('Time per unit'), unit)],
        rows: l.columns.flatMap((c) => c.station.elements.map((e) => [shownName(c.station.name), shownName(e.name), kindLabel(e.kind), formatNumber(elementTime(e))])),
      },
      {
        caption: takt === undefined ? msg('Total per station') : msg(str`Total per station against a takt of ${formatTime(takt, this.timeUnit)}`),
        head: [msg('Station'), withUnit(msg('Total'), unit), ...(takt === undefined ? [] : [withUnit(msg('Against takt'), unit)])],
        rows: l.columns.map((c) => [shownName(c.station.name), formatNumber(c.load), ...(takt === undefined ? [] : [againstTakt(c)])]),
      },
    ]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const plot = this.renderRoot.querySelector('g.plot');
    if (!plot) return;
    const l = this.currentLayout();
    const nameOf = (key: string): string => shownName(l.columns[Number(key)]?.station.name ?? key);
    drawAxes(plot, l.x, l.y, { xFormat: nameOf as (v: never) => string });
    const xg = plot.querySelector('g.x-axis');
    if (!xg) return;
    const width = l.x.step() - 4;
    wrapTickLabels(xg, (key): WrappedLabel => wrapLabel(nameOf(key), width, 2), nameOf);
    const emphasised = this.highlighted(l)?.key;
    select(xg)
      .selectAll<SVGTextElement, string>('.tick text')
      .attr('font-weight', (key) => (key === emphasised ? 'bold' : null));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-yamazumi-chart': GenbaYamazumiChart;
  }
}
