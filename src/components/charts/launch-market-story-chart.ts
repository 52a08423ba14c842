/**
 * `genba-launch-market-story-chart`: one market, month by month. The top panel tells it for
 * one strategy in units: sales (solid bars) with the sales lost that month stacked on them
 * (hatched, dashed outline), demand (ink line, circles), production (bluish green, dashed,
 * squares) and the stock left at the end of the month (reddish purple, dotted, diamonds).
 * The bottom panel gives both strategies' cumulative cash in the same market, in their
 * colours and dashes: where the full launch's cash sinks, and where the pilot's lags.
 */
import { shownName } from '../../i18n/preset-names.ts';
import { LitElement, html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatCompact, formatMoney, formatWhole } from '../../lessons/launch/format.ts';
import { storyLabel, storySummary, type MarketStory, type StoryMonth } from '../../lessons/launch/market-story.ts';
import type { StrategyKey } from '../../lessons/launch/strategies.ts';
import { drawAxes, innerSize, type ChartSize } from './chart-frame.ts';
import {
  fillSwatch,
  LAUNCH_MEASURES,
  launchChartStyles,
  launchPatterns,
  lineSwatch,
  markerPath,
  r3,
  renderDataTables,
  renderLegend,
  STRATEGY_STYLE,
  type LaunchSeriesStyle,
} from './launch-chart-parts.ts';
import { INK } from './palette.ts';
import { firstUpdateInOwnTask } from '../../app/after-paint.ts';

const SIZE: ChartSize = { width: 640, height: 480, margin: { top: 36, right: 24, bottom: 52, left: 72 } };
const GAP = 52;
const UNITS_HEIGHT = 220;
const CASH_HEIGHT = innerSize(SIZE).height - UNITS_HEIGHT - GAP;
const PATTERN = 'story';

interface StoryLayout {
  readonly x: ScaleBand<number>;
  readonly units: ScaleLinear<number, number>;
  readonly cash: ScaleLinear<number, number>;
}

function layoutOf(stories: readonly MarketStory[], shown: MarketStory): StoryLayout {
  const months = shown.months.map((m) => m.month);
  const x = scaleBand<number>().domain(months).range([0, innerSize(SIZE).width]).padding(0.2);
  const top = Math.max(0, ...shown.months.flatMap((m) => [m.demand, m.sales + m.lostSales, m.production, m.stock]));
  const units = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .range([UNITS_HEIGHT, 0])
    .nice(4);
  const cashValues = stories.flatMap((s) => s.months.map((m) => m.cash));
  const lo = Math.min(0, ...cashValues);
  const hi = Math.max(0, ...cashValues);
  const cash = scaleLinear()
    .domain(hi > lo ? [lo, hi] : [0, 1])
    .range([CASH_HEIGHT, 0])
    .nice(3);
  return { x, units, cash };
}

@customElement('genba-launch-market-story-chart')
@localized()
export class GenbaLaunchMarketStoryChart extends LitElement {
  /** Its first render in a task of its own (src/app/after-paint.ts): it arrives with the lesson's other lower sections. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return firstUpdateInOwnTask(this, () => super.scheduleUpdate());
  }

  static override styles = launchChartStyles;

  /** The same market told with each strategy (launch, then pilot). */
  @property({ attribute: false }) stories: readonly MarketStory[] = [];
  /** The strategy whose units the top panel shows. */
  @property() selected: StrategyKey = 'launch';

  private shown(): MarketStory | undefined {
    return this.stories.find((s) => s.key === this.selected) ?? this.stories[0];
  }

  override render() {
    const shown = this.shown();
    if (shown === undefined || shown.months.length === 0) return nothing;
    const l = layoutOf(this.stories, shown);
    const inner = innerSize(SIZE);
    const summary = storySummary(this.stories);
    const style = STRATEGY_STYLE[shown.key];
    return html`<figure>
      ${renderLegend([
        { label: msg('Sales'), swatch: fillSwatch(style.colour, style.colour) },
        { label: msg('Lost sales'), swatch: fillSwatch(`url(#${PATTERN}-missed-${shown.key})`, style.colour, '4 2') },
        { label: msg('Demand'), swatch: lineSwatch(LAUNCH_MEASURES.mean) },
        { label: msg('Production'), swatch: lineSwatch(LAUNCH_MEASURES.production) },
        { label: msg('Stock at month end'), swatch: lineSwatch(LAUNCH_MEASURES.stock) },
        ...this.stories.map((s) => {
          const strategy = storyLabel(s);
          return { label: msg(str`Cash: ${strategy}`), swatch: lineSwatch(STRATEGY_STYLE[s.key]) };
        }),
      ])}
      <svg viewBox="0 0 ${SIZE.width} ${SIZE.height}" role="img" aria-label=${summary}>
        ${launchPatterns(PATTERN)}
        <text class="axis-label x-label" x=${r3(SIZE.margin.left + inner.width / 2)} y=${SIZE.height - 8} text-anchor="middle">${msg('Month')}</text>
        <g class="plot" transform="translate(${SIZE.margin.left},${SIZE.margin.top})">
          ${this.renderUnits(l, shown)} ${this.renderCash(l)}
        </g>
      </svg>
      <figcaption>${summary}</figcaption>
      ${this.renderTable(shown)}
    </figure>`;
  }

  private line(months: readonly StoryMonth[], l: StoryLayout, y: (m: StoryMonth) => number, style: LaunchSeriesStyle, cls: string): SVGTemplateResult {
    const cx = (m: StoryMonth) => (l.x(m.month) ?? 0) + l.x.bandwidth() / 2;
    const d = line<StoryMonth>().x(cx).y(y)(months) ?? '';
    return svg`<g class="series ${cls}">
      <path d=${d} fill="none" stroke=${style.colour} stroke-width="2.5" stroke-dasharray=${style.dash || nothing}></path>
      ${months.map((m) => svg`<path transform="translate(${r3(cx(m))},${r3(y(m))})" d=${markerPath(style.marker, 30)} fill=${style.colour}></path>`)}
    </g>`;
  }

  private renderUnits(l: StoryLayout, s: MarketStory): SVGTemplateResult {
    const width = innerSize(SIZE).width;
    const style = STRATEGY_STYLE[s.key];
    const strategy = storyLabel(s);
    const market = formatWhole(s.replication + 1);
    const state = shownName(s.state);
    const title = msg(str`Units per month: ${strategy} in market ${market} (${state})`);
    return svg`<g class="panel units">
      <text class="panel-title" x=${-SIZE.margin.left + 4} y="-14">${title}</text>
      <g class="grid">
        ${l.units.ticks(4).map((v) => svg`<line x1="0" x2=${width} y1=${r3(l.units(v))} y2=${r3(l.units(v))}></line>`)}
      </g>
      <g class="y-axis"></g>
      <g class="x-axis" transform="translate(0,${UNITS_HEIGHT})"></g>
      <g class="bars">
        ${s.months.map((m) => {
          const x = r3(l.x(m.month) ?? 0);
          const w = r3(l.x.bandwidth());
          const salesTop = l.units(m.sales);
          const lostTop = l.units(m.sales + m.lostSales);
          return svg`<rect class="sales" x=${x} y=${r3(salesTop)} width=${w} height=${r3(UNITS_HEIGHT - salesTop)} fill=${style.colour}></rect>
            ${m.lostSales > 0
              ? svg`<rect class="lost" x=${x} y=${r3(lostTop)} width=${w} height=${r3(salesTop - lostTop)} fill=${`url(#${PATTERN}-missed-${s.key})`}
                  stroke=${style.colour} stroke-width="1.5" stroke-dasharray="4 2"></rect>`
              : nothing}`;
        })}
      </g>
      ${this.line(s.months, l, (m) => l.units(m.demand), LAUNCH_MEASURES.mean, 'demand')}
      ${this.line(s.months, l, (m) => l.units(m.production), LAUNCH_MEASURES.production, 'production')}
      ${this.line(s.months, l, (m) => l.units(m.stock), LAUNCH_MEASURES.stock, 'stock')}
    </g>`;
  }

  private renderCash(l: StoryLayout): SVGTemplateResult {
    const width = innerSize(SIZE).width;
    return svg`<g class="panel cash" transform="translate(0,${UNITS_HEIGHT + GAP})">
      <text class="panel-title" x=${-SIZE.margin.left + 4} y="-14">${msg('Cumulative cash, both strategies (currency units)')}</text>
      <g class="grid">
        ${l.cash.ticks(3).map((v) => svg`<line x1="0" x2=${width} y1=${r3(l.cash(v))} y2=${r3(l.cash(v))}></line>`)}
      </g>
      <line class="zero" x1="0" x2=${width} y1=${r3(l.cash(0))} y2=${r3(l.cash(0))} stroke=${INK} stroke-width="1"></line>
      <g class="y-axis"></g>
      <g class="x-axis" transform="translate(0,${r3(CASH_HEIGHT)})"></g>
      ${this.stories.map((s) => this.line(s.months, l, (m) => l.cash(m.cash), STRATEGY_STYLE[s.key], `cash ${s.key}`))}
    </g>`;
  }

  private renderTable(shown: MarketStory) {
    const others = this.stories;
    const market = formatWhole(shown.replication + 1);
    const state = shownName(shown.state);
    const strategy = storyLabel(shown);
    const cashOf = (s: MarketStory): string => {
      const label = storyLabel(s);
      return msg(str`Cash, ${label}`);
    };
    return renderDataTables([
      {
        caption: msg(str`Market ${market} (${state}), ${strategy}: units per month, and each strategy's cumulative cash`),
        head: [msg('Month'), msg('Demand'), msg('Sales'), msg('Lost sales'), msg('Production'), msg('Stock at month end'), ...others.map(cashOf)],
        rows: shown.months.map((m, k) => [
          String(m.month),
          formatWhole(m.demand),
          formatWhole(m.sales),
          formatWhole(m.lostSales),
          formatWhole(m.production),
          formatWhole(m.stock),
          ...others.map((s) => formatMoney(s.months[k]?.cash ?? null)),
        ]),
      },
    ]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const shown = this.shown();
    if (shown === undefined || shown.months.length === 0) return;
    const l = layoutOf(this.stories, shown);
    const every = Math.max(1, Math.ceil(shown.months.length / 12));
    const xFormat = (v: number) => (v % every === 0 || v === 1 ? String(v) : '');
    const units = this.renderRoot.querySelector('g.panel.units');
    const cash = this.renderRoot.querySelector('g.panel.cash');
    if (units) drawAxes(units, l.x, l.units, { yTicks: 4, yFormat: formatCompact, xFormat });
    if (cash) drawAxes(cash, l.x, l.cash, { yTicks: 3, yFormat: formatCompact, xFormat });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-market-story-chart': GenbaLaunchMarketStoryChart;
  }
}
