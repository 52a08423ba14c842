/**
 * `genba-launch-sweep-chart`: the sweep of the launch quantity Q0 on the same markets, in
 * two panels on a shared Q0 axis: expected profit (solid ink, circles) with CVaR 5% (the
 * mean of the worst 5% of markets; bluish green, dashed, squares), and the probability of a
 * loss (reddish purple, dotted, diamonds). Vertical lines mark the two strategies (in their
 * colours and dashes) and the single-period newsvendor quantity (dotted grey); the best Q0
 * for expected profit is an outlined diamond, the best for CVaR an outlined square.
 */
import { LitElement, html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { joinPhrases } from '../../i18n/text.ts';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatCompact, formatMoney, formatShare, formatWhole } from '../../lessons/launch/format.ts';
import { strategyLabel, type StrategyQuantities } from '../../lessons/launch/strategies.ts';
import type { SweepPoint, SweepView } from '../../lessons/launch/sweep-series.ts';
import { sweepSummary } from '../../lessons/launch/sweep-summary.ts';
import { drawAxes, innerSize, type ChartSize } from './chart-frame.ts';
import {
  LAUNCH_MEASURES,
  launchChartStyles,
  lineSwatch,
  markerPath,
  r3,
  renderDataTables,
  renderLegend,
  STRATEGY_STYLE,
  type LaunchSeriesStyle,
} from './launch-chart-parts.ts';
import { INK } from './palette.ts';

const SIZE: ChartSize = { width: 640, height: 460, margin: { top: 36, right: 24, bottom: 52, left: 72 } };
const GAP = 48;
const MONEY_HEIGHT = 210;
const LOSS_HEIGHT = innerSize(SIZE).height - MONEY_HEIGHT - GAP;

interface SweepLayout {
  readonly x: ScaleLinear<number, number>;
  readonly money: ScaleLinear<number, number>;
  readonly loss: ScaleLinear<number, number>;
}

function layoutOf(points: readonly SweepPoint[]): SweepLayout {
  const lo = points[0]?.q0 ?? 0;
  const hi = points[points.length - 1]?.q0 ?? 1;
  const x = scaleLinear()
    .domain(hi > lo ? [lo, hi] : [lo - 1, lo + 1])
    .range([0, innerSize(SIZE).width]);
  const values = points.flatMap((p) => (p.cvar5 === null ? [p.meanProfit] : [p.meanProfit, p.cvar5]));
  const mlo = Math.min(0, ...values);
  const mhi = Math.max(0, ...values);
  const money = scaleLinear()
    .domain(mhi > mlo ? [mlo, mhi] : [0, 1])
    .range([MONEY_HEIGHT, 0])
    .nice(4);
  const loss = scaleLinear().domain([0, 1]).range([LOSS_HEIGHT, 0]);
  return { x, money, loss };
}

@customElement('genba-launch-sweep-chart')
@localized()
export class GenbaLaunchSweepChart extends LitElement {
  static override styles = launchChartStyles;

  @property({ attribute: false }) view: SweepView | null = null;
  /** The two strategies' launch quantities, marked on the Q0 axis. */
  @property({ attribute: false }) quantities: StrategyQuantities | null = null;

  private summary(view: SweepView): string {
    const summary = sweepSummary(view);
    return msg(str`Launch quantity sweep. ${summary}`);
  }

  override render() {
    const view = this.view;
    if (view === null || view.points.length === 0) return nothing;
    const l = layoutOf(view.points);
    const inner = innerSize(SIZE);
    const summary = this.summary(view);
    return html`<figure>
      ${renderLegend(this.legendItems(view))}
      <svg viewBox="0 0 ${SIZE.width} ${SIZE.height}" role="img" aria-label=${summary}>
        <text class="axis-label x-label" x=${r3(SIZE.margin.left + inner.width / 2)} y=${SIZE.height - 8} text-anchor="middle">
          ${msg('Launch quantity Q0 (units)')}
        </text>
        <g class="plot" transform="translate(${SIZE.margin.left},${SIZE.margin.top})">
          ${this.renderMoneyPanel(l, view)} ${this.renderLossPanel(l, view)} ${this.renderVerticals(l, view)}
        </g>
      </svg>
      <figcaption>${summary}</figcaption>
      ${this.renderTable(view)}
    </figure>`;
  }

  private legendItems(view: SweepView) {
    const newsvendor = formatWhole(view.newsvendorQ);
    const items = [
      { label: msg('Expected profit'), swatch: lineSwatch(LAUNCH_MEASURES.mean) },
      { label: view.best === null ? msg('CVaR 5% (when the run is done)') : msg('CVaR 5%: mean profit of the worst 5% of markets'), swatch: lineSwatch(LAUNCH_MEASURES.cvar) },
      { label: msg('Probability of a loss'), swatch: lineSwatch(LAUNCH_MEASURES.probLoss) },
      { label: msg(str`Newsvendor quantity (${newsvendor})`), swatch: this.verticalSwatch(LAUNCH_MEASURES.reference) },
    ];
    if (this.quantities) {
      items.push(
        { label: strategyLabel('pilot', this.quantities.pilot), swatch: this.verticalSwatch(STRATEGY_STYLE.pilot) },
        { label: strategyLabel('launch', this.quantities.launch), swatch: this.verticalSwatch(STRATEGY_STYLE.launch) },
      );
    }
    if (view.best) {
      const byMean = formatWhole(view.best.byExpectedProfit);
      const byCvar = formatWhole(view.best.byCvar5);
      items.push(
        {
          label: msg(str`Best Q0 for expected profit (${byMean})`),
          swatch: svg`<path transform="translate(16,8)" d=${markerPath('diamond', 90)} fill="#fff" stroke=${INK} stroke-width="2"></path>`,
        },
        {
          label: msg(str`Best Q0 for CVaR 5% (${byCvar})`),
          swatch: svg`<path transform="translate(16,8)" d=${markerPath('square', 90)} fill="#fff" stroke=${LAUNCH_MEASURES.cvar.colour} stroke-width="2"></path>`,
        },
      );
    }
    return items;
  }

  private verticalSwatch(style: LaunchSeriesStyle): SVGTemplateResult {
    return svg`<line x1="16" x2="16" y1="0" y2="16" stroke=${style.colour} stroke-width="2.5" stroke-dasharray=${style.dash || nothing}></line>`;
  }

  private series(points: readonly SweepPoint[], style: LaunchSeriesStyle, x: (p: SweepPoint) => number, y: (p: SweepPoint) => number, cls: string) {
    const d = line<SweepPoint>().x(x).y(y)(points) ?? '';
    return svg`<g class="series ${cls}">
      <path d=${d} fill="none" stroke=${style.colour} stroke-width="2.5" stroke-dasharray=${style.dash || nothing}></path>
      ${points.map((p) => svg`<path transform="translate(${r3(x(p))},${r3(y(p))})" d=${markerPath(style.marker, 30)} fill=${style.colour}></path>`)}
    </g>`;
  }

  private renderMoneyPanel(l: SweepLayout, view: SweepView): SVGTemplateResult {
    const width = innerSize(SIZE).width;
    const withCvar = view.points.filter((p) => p.cvar5 !== null);
    const best = view.best;
    const at = (q0: number) => view.points.find((p) => p.q0 === q0);
    const bestMean = best ? at(best.byExpectedProfit) : undefined;
    const bestCvar = best ? at(best.byCvar5) : undefined;
    return svg`<g class="panel money">
      <text class="panel-title" x=${-SIZE.margin.left + 4} y="-14">${msg('Expected profit and CVaR 5% (currency units)')}</text>
      <g class="grid">
        ${l.money.ticks(4).map((v) => svg`<line x1="0" x2=${width} y1=${r3(l.money(v))} y2=${r3(l.money(v))}></line>`)}
      </g>
      <line class="zero" x1="0" x2=${width} y1=${r3(l.money(0))} y2=${r3(l.money(0))} stroke=${INK} stroke-width="1"></line>
      <g class="y-axis"></g>
      ${this.series(view.points, LAUNCH_MEASURES.mean, (p) => l.x(p.q0), (p) => l.money(p.meanProfit), 'mean')}
      ${withCvar.length > 0 ? this.series(withCvar, LAUNCH_MEASURES.cvar, (p) => l.x(p.q0), (p) => l.money(p.cvar5 as number), 'cvar') : nothing}
      ${bestMean
        ? svg`<path class="best mean" transform="translate(${r3(l.x(bestMean.q0))},${r3(l.money(bestMean.meanProfit))})"
            d=${markerPath('diamond', 160)} fill="#fff" stroke=${INK} stroke-width="2.5"></path>`
        : nothing}
      ${bestCvar && bestCvar.cvar5 !== null
        ? svg`<path class="best cvar" transform="translate(${r3(l.x(bestCvar.q0))},${r3(l.money(bestCvar.cvar5))})"
            d=${markerPath('square', 160)} fill="#fff" stroke=${LAUNCH_MEASURES.cvar.colour} stroke-width="2.5"></path>`
        : nothing}
    </g>`;
  }

  private renderLossPanel(l: SweepLayout, view: SweepView): SVGTemplateResult {
    const width = innerSize(SIZE).width;
    return svg`<g class="panel loss" transform="translate(0,${MONEY_HEIGHT + GAP})">
      <text class="panel-title" x=${-SIZE.margin.left + 4} y="-14">${msg('Probability of a loss (%)')}</text>
      <g class="grid">
        ${l.loss.ticks(2).map((v) => svg`<line x1="0" x2=${width} y1=${r3(l.loss(v))} y2=${r3(l.loss(v))}></line>`)}
      </g>
      <g class="y-axis"></g>
      <g class="x-axis" transform="translate(0,${r3(LOSS_HEIGHT)})"></g>
      ${this.series(view.points, LAUNCH_MEASURES.probLoss, (p) => l.x(p.q0), (p) => l.loss(p.probLoss), 'loss')}
    </g>`;
  }

  private renderVerticals(l: SweepLayout, view: SweepView): SVGTemplateResult {
    const [d0, d1] = l.x.domain() as [number, number];
    const bottom = MONEY_HEIGHT + GAP + LOSS_HEIGHT;
    const marks: { cls: string; q0: number; style: LaunchSeriesStyle }[] = [{ cls: 'newsvendor', q0: view.newsvendorQ, style: LAUNCH_MEASURES.reference }];
    if (this.quantities) {
      marks.push({ cls: 'pilot', q0: this.quantities.pilot, style: STRATEGY_STYLE.pilot }, { cls: 'launch', q0: this.quantities.launch, style: STRATEGY_STYLE.launch });
    }
    return svg`<g class="verticals">
      ${marks
        .filter((m) => m.q0 >= d0 && m.q0 <= d1)
        .map((m) => {
          const x = r3(l.x(m.q0));
          return svg`<line class="vertical ${m.cls}" x1=${x} x2=${x} y1="0" y2=${bottom} stroke=${m.style.colour} stroke-width="2"
            stroke-dasharray=${m.style.dash || nothing}></line>`;
        })}
    </g>`;
  }

  private renderTable(view: SweepView) {
    const notes = (q0: number): string => {
      const n: string[] = [];
      if (this.quantities?.pilot === q0) n.push(msg('pilot'));
      if (this.quantities?.launch === q0) n.push(msg('full launch'));
      if (view.best?.byExpectedProfit === q0) n.push(msg('best for expected profit'));
      if (view.best?.byCvar5 === q0) n.push(msg('best for CVaR 5%'));
      return joinPhrases(n);
    };
    const newsvendor = formatWhole(view.newsvendorQ);
    return renderDataTables([
      {
        caption: msg(str`Launch quantity sweep (newsvendor quantity ${newsvendor})`),
        head: [msg('Launch quantity Q0'), msg('Expected profit'), msg('CVaR 5%'), msg('Probability of a loss'), msg('Note')],
        rows: view.points.map((p) => [formatWhole(p.q0), formatMoney(p.meanProfit), formatMoney(p.cvar5), formatShare(p.probLoss), notes(p.q0)]),
      },
    ]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.view;
    if (view === null || view.points.length === 0) return;
    const l = layoutOf(view.points);
    const money = this.renderRoot.querySelector('g.panel.money');
    const loss = this.renderRoot.querySelector('g.panel.loss');
    if (money) drawAxes(money, l.x, l.money, { yTicks: 4, yFormat: formatCompact });
    if (loss) drawAxes(loss, l.x, l.loss, { xTicks: 7, yTicks: 2, xFormat: formatCompact, yFormat: (v) => `${Math.round(v * 100)}` });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-sweep-chart': GenbaLaunchSweepChart;
  }
}
