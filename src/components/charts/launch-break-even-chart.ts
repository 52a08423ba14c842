/**
 * `genba-launch-break-even-chart`: where committing to the forecast starts to pay. Two panels
 * on a shared axis, the chance of a good market from 0 to 1: expected profit of both
 * strategies, and their chance of losing money. The base (the pilot) is drawn like lesson
 * 1's one-piece flow, the challenger (the forecast) like its batch; a vertical line marks the
 * chance from which the challenger earns more on average. The figures come from one run
 * (src/sim/launch/break-even.ts): each strategy's figures given the market, reweighted.
 */
import { LitElement, html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatCompact, formatMoney, formatShare } from '../../lessons/launch/format.ts';
import type { BreakEvenPoint, BreakEvenView } from '../../sim/launch/break-even.ts';
import { drawAxes, innerSize, type ChartSize } from './chart-frame.ts';
import { launchChartStyles, lineSwatch, markerPath, r3, renderDataTables, renderLegend, STRATEGY_STYLE, type LaunchSeriesStyle } from './launch-chart-parts.ts';
import { INK } from './palette.ts';

const SIZE: ChartSize = { width: 640, height: 460, margin: { top: 36, right: 24, bottom: 52, left: 72 } };
const GAP = 48;
/**
 * Panel titles sit a line above the threshold's label (y = -2), so that the two never touch;
 * the threshold's line skips the gap between the panels, where the lower title is written.
 */
const PANEL_TITLE_Y = -20;
const MONEY_HEIGHT = 210;
const LOSS_HEIGHT = innerSize(SIZE).height - MONEY_HEIGHT - GAP;

/** The names the chart shows: the base (pilot), the challenger (forecast) and the good market. */
export interface BreakEvenNames {
  readonly base: string;
  readonly challenger: string;
  readonly good: string;
}

interface Layout {
  readonly x: ScaleLinear<number, number>;
  readonly money: ScaleLinear<number, number>;
  readonly loss: ScaleLinear<number, number>;
}

function layoutOf(points: readonly BreakEvenPoint[]): Layout {
  const x = scaleLinear().domain([0, 1]).range([0, innerSize(SIZE).width]);
  const values = points.flatMap((p) => [p.base.meanProfit, p.challenger.meanProfit]);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const money = scaleLinear()
    .domain(hi > lo ? [lo, hi] : [0, 1])
    .range([MONEY_HEIGHT, 0])
    .nice(4);
  const loss = scaleLinear().domain([0, 1]).range([LOSS_HEIGHT, 0]);
  return { x, money, loss };
}

/** The chart's sentence: where the challenger starts to pay, and what it risks there. */
export function breakEvenSummary(view: BreakEvenView, names: BreakEvenNames): string {
  const { base, challenger, good } = names;
  const t = view.threshold;
  if (t === null) return msg(str`${challenger} never earns more on average than ${base}, whatever the chance of a ${good} market.`);
  if (t === 0) return msg(str`${challenger} earns more on average than ${base} at every chance of a ${good} market.`);
  const share = formatShare(t);
  const challengerLoses = formatShare(view.atThreshold?.challenger.probLoss ?? null);
  const baseLoses = formatShare(view.atThreshold?.base.probLoss ?? null);
  return msg(
    str`${challenger} earns more on average than ${base} only when the chance of a ${good} market is above ${share}; below it ${base} earns more. At that chance ${challenger} loses money in ${challengerLoses} of markets, ${base} in ${baseLoses}.`,
  );
}

@customElement('genba-launch-break-even-chart')
@localized()
export class GenbaLaunchBreakEvenChart extends LitElement {
  static override styles = launchChartStyles;

  @property({ attribute: false }) view: BreakEvenView | null = null;
  @property({ attribute: false }) names: BreakEvenNames | null = null;

  override render() {
    const { view, names } = this;
    if (view === null || names === null || view.points.length === 0) return nothing;
    const l = layoutOf(view.points);
    const inner = innerSize(SIZE);
    const summary = msg(str`Break-even view. ${breakEvenSummary(view, names)}`);
    return html`<figure>
      ${renderLegend([
        { label: names.base, swatch: lineSwatch(STRATEGY_STYLE.pilot) },
        { label: names.challenger, swatch: lineSwatch(STRATEGY_STYLE.launch) },
      ])}
      <svg viewBox="0 0 ${SIZE.width} ${SIZE.height}" role="img" aria-label=${summary}>
        <text class="axis-label x-label" x=${r3(SIZE.margin.left + inner.width / 2)} y=${SIZE.height - 8} text-anchor="middle">
          ${msg(str`Chance of a ${names.good} market (%)`)}
        </text>
        <g class="plot" transform="translate(${SIZE.margin.left},${SIZE.margin.top})">
          ${this.renderMoney(l, view)} ${this.renderLoss(l, view)} ${this.renderThreshold(l, view)}
        </g>
      </svg>
      <figcaption>${summary}</figcaption>
      ${renderDataTables([
        {
          caption: msg('Break-even view: expected profit and chance of a loss by the chance of a good market'),
          head: [msg(str`Chance of a ${names.good} market`), `${names.base}: ${msg('Expected profit')}`, `${names.challenger}: ${msg('Expected profit')}`,
            `${names.base}: ${msg('Probability of a loss')}`, `${names.challenger}: ${msg('Probability of a loss')}`],
          rows: view.points.map((p) => [
            formatShare(p.pGood, 0),
            formatMoney(p.base.meanProfit),
            formatMoney(p.challenger.meanProfit),
            formatShare(p.base.probLoss),
            formatShare(p.challenger.probLoss),
          ]),
        },
      ])}
    </figure>`;
  }

  private series(points: readonly BreakEvenPoint[], style: LaunchSeriesStyle, y: (p: BreakEvenPoint) => number, x: (p: BreakEvenPoint) => number, cls: string) {
    const d = line<BreakEvenPoint>().x(x).y(y)(points) ?? '';
    // Markers every fifth point: the lines are straight, the marks tell them apart in grey.
    const marked = points.filter((_, i) => i % 5 === 0);
    return svg`<g class="series ${cls}">
      <path d=${d} fill="none" stroke=${style.colour} stroke-width="2.5" stroke-dasharray=${style.dash || nothing}></path>
      ${marked.map((p) => svg`<path transform="translate(${r3(x(p))},${r3(y(p))})" d=${markerPath(style.marker, 30)} fill=${style.colour}></path>`)}
    </g>`;
  }

  private renderMoney(l: Layout, view: BreakEvenView): SVGTemplateResult {
    const width = innerSize(SIZE).width;
    const x = (p: BreakEvenPoint) => l.x(p.pGood);
    return svg`<g class="panel money">
      <text class="panel-title" x=${-SIZE.margin.left + 4} y=${PANEL_TITLE_Y}>${msg('Expected profit (currency units)')}</text>
      <g class="grid">${l.money.ticks(4).map((v) => svg`<line x1="0" x2=${width} y1=${r3(l.money(v))} y2=${r3(l.money(v))}></line>`)}</g>
      <line class="zero" x1="0" x2=${width} y1=${r3(l.money(0))} y2=${r3(l.money(0))} stroke=${INK} stroke-width="1"></line>
      <g class="y-axis"></g>
      ${this.series(view.points, STRATEGY_STYLE.pilot, (p) => l.money(p.base.meanProfit), x, 'base mean')}
      ${this.series(view.points, STRATEGY_STYLE.launch, (p) => l.money(p.challenger.meanProfit), x, 'challenger mean')}
    </g>`;
  }

  private renderLoss(l: Layout, view: BreakEvenView): SVGTemplateResult {
    const width = innerSize(SIZE).width;
    const x = (p: BreakEvenPoint) => l.x(p.pGood);
    return svg`<g class="panel loss" transform="translate(0,${MONEY_HEIGHT + GAP})">
      <text class="panel-title" x=${-SIZE.margin.left + 4} y=${PANEL_TITLE_Y}>${msg('Probability of a loss (%)')}</text>
      <g class="grid">${l.loss.ticks(2).map((v) => svg`<line x1="0" x2=${width} y1=${r3(l.loss(v))} y2=${r3(l.loss(v))}></line>`)}</g>
      <g class="y-axis"></g>
      <g class="x-axis" transform="translate(0,${r3(LOSS_HEIGHT)})"></g>
      ${this.series(view.points, STRATEGY_STYLE.pilot, (p) => l.loss(p.base.probLoss), x, 'base loss')}
      ${this.series(view.points, STRATEGY_STYLE.launch, (p) => l.loss(p.challenger.probLoss), x, 'challenger loss')}
    </g>`;
  }

  private renderThreshold(l: Layout, view: BreakEvenView): SVGTemplateResult | typeof nothing {
    const t = view.threshold;
    if (t === null || t === 0) return nothing;
    const x = r3(l.x(t));
    const bottom = MONEY_HEIGHT + GAP + LOSS_HEIGHT;
    const share = formatShare(t);
    return svg`<g class="threshold">
      ${[
        [0, MONEY_HEIGHT],
        [MONEY_HEIGHT + GAP, bottom],
      ].map(([y1, y2]) => svg`<line class="vertical threshold" x1=${x} x2=${x} y1=${y1} y2=${y2} stroke=${INK} stroke-width="2" stroke-dasharray="2 3"></line>`)}
      <text class="threshold-label" x=${x} y="-2" text-anchor=${t > 0.7 ? 'end' : 'start'} dx=${t > 0.7 ? -4 : 4}>${msg(str`pays from ${share}`)}</text>
    </g>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.view;
    if (view === null || view.points.length === 0) return;
    const l = layoutOf(view.points);
    const money = this.renderRoot.querySelector('g.panel.money');
    const loss = this.renderRoot.querySelector('g.panel.loss');
    const percent = (v: number) => `${Math.round(v * 100)}`;
    if (money) drawAxes(money, l.x, l.money, { yTicks: 4, yFormat: formatCompact, xFormat: percent });
    if (loss) drawAxes(loss, l.x, l.loss, { xTicks: 5, yTicks: 2, xFormat: percent, yFormat: percent });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-break-even-chart': GenbaLaunchBreakEvenChart;
  }
}
