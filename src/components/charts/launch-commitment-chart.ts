/**
 * `genba-launch-commitment-chart`: the second break-even view, over the length of the
 * commitment. The second strategy (the forecast) committed for 1, 2, … N months, on the same
 * markets: its expected profit and chance of a loss at each length, against the first
 * strategy's (the pilot: flat lines, it commits to nothing). A dotted line marks the length
 * the scenario gives it.
 */
import { LitElement, html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatCompact, formatMoney, formatShare } from '../../lessons/launch/format.ts';
import type { CommitmentView } from '../../lessons/launch/strategy-run.ts';
import { drawAxes, innerSize, type ChartSize } from './chart-frame.ts';
import { launchChartStyles, lineSwatch, markerPath, r3, renderDataTables, renderLegend, STRATEGY_STYLE, type LaunchSeriesStyle } from './launch-chart-parts.ts';
import { INK } from './palette.ts';
import { joinSentences } from '../../i18n/text.ts';

const SIZE: ChartSize = { width: 640, height: 460, margin: { top: 36, right: 24, bottom: 52, left: 72 } };
const GAP = 48;
/** Panel titles sit a line above the marks' labels (y = -2), so that the two never touch. */
const PANEL_TITLE_Y = -20;
const MONEY_HEIGHT = 210;
const LOSS_HEIGHT = innerSize(SIZE).height - MONEY_HEIGHT - GAP;

/**
 * The vertical spans of the two panels: a mark across both skips the gap between them, where
 * the lower panel's title is written (a line through "Probability of a loss" read as a
 * strike-through on the projector).
 */
function panelSpans(): [number, number][] {
  return [
    [0, MONEY_HEIGHT],
    [MONEY_HEIGHT + GAP, MONEY_HEIGHT + GAP + LOSS_HEIGHT],
  ];
}

interface Layout {
  readonly x: ScaleLinear<number, number>;
  readonly money: ScaleLinear<number, number>;
  readonly loss: ScaleLinear<number, number>;
}

function layoutOf(view: CommitmentView): Layout {
  const periods = view.points.map((p) => p.periods);
  const x = scaleLinear()
    .domain([Math.min(...periods), Math.max(...periods, Math.min(...periods) + 1)])
    .range([0, innerSize(SIZE).width]);
  const values = [...view.points.map((p) => p.meanProfit), view.firstMeanProfit];
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const money = scaleLinear()
    .domain(hi > lo ? [lo, hi] : [0, 1])
    .range([MONEY_HEIGHT, 0])
    .nice(4);
  return { x, money, loss: scaleLinear().domain([0, 1]).range([LOSS_HEIGHT, 0]) };
}

/** The lengths (months) at which the second earns at least the first's mean profit, to the unit. */
export function payingLengths(view: CommitmentView): number[] {
  return view.points.filter((p) => Math.round(p.meanProfit - view.firstMeanProfit) >= 0).map((p) => p.periods);
}

/** The chart's sentence. */
export function commitmentSummary(view: CommitmentView, names: { readonly first: string; readonly second: string }): string {
  const { first, second } = names;
  const paying = payingLengths(view);
  const n = view.points.length;
  const last = view.points.at(-1);
  const firstPoint = view.points[0];
  const most = last?.periods ?? 0;
  const lossFrom = formatShare(firstPoint?.probLoss ?? null);
  const lossTo = formatShare(last?.probLoss ?? null);
  const firstLoss = formatShare(view.firstProbLoss);
  // "Goes from 50.2% to 50.2%" reads as a slip to a room: a chance that does not move is said to stay.
  const risk =
    lossFrom === lossTo
      ? msg(str`Its chance of a loss stays at ${lossFrom} whatever the length; ${first}'s is ${firstLoss}.`)
      : msg(str`Its chance of a loss goes from ${lossFrom} (1 month) to ${lossTo} (${most} months); ${first}'s is ${firstLoss}.`);
  if (paying.length === 0) return joinSentences([msg(str`Committed for any length from 1 to ${most} months, ${second} earns less on average than ${first}.`), risk]);
  if (paying.length === n) return joinSentences([msg(str`Committed for any length from 1 to ${most} months, ${second} earns at least as much on average as ${first}.`), risk]);
  const months = paying.join(', ');
  return joinSentences([msg(str`${second} earns at least as much on average as ${first} only with these commitment lengths (months): ${months}.`), risk]);
}

@customElement('genba-launch-commitment-chart')
@localized()
export class GenbaLaunchCommitmentChart extends LitElement {
  static override styles = launchChartStyles;

  @property({ attribute: false }) view: CommitmentView | null = null;
  @property({ attribute: false }) names: { readonly first: string; readonly second: string } | null = null;

  override render() {
    const { view, names } = this;
    if (view === null || names === null || view.points.length === 0) return nothing;
    const l = layoutOf(view);
    const inner = innerSize(SIZE);
    const summary = msg(str`Commitment length. ${commitmentSummary(view, names)}`);
    const partial = view.done < view.total;
    return html`<figure>
      ${renderLegend([
        { label: names.first, swatch: lineSwatch(STRATEGY_STYLE.pilot, false) },
        { label: names.second, swatch: lineSwatch(STRATEGY_STYLE.launch) },
      ])}
      <svg viewBox="0 0 ${SIZE.width} ${SIZE.height}" role="img" aria-label=${summary}>
        <text class="axis-label x-label" x=${r3(SIZE.margin.left + inner.width / 2)} y=${SIZE.height - 8} text-anchor="middle">
          ${msg(str`Months ${names.second} commits the plant to`)}
        </text>
        <g class="plot" transform="translate(${SIZE.margin.left},${SIZE.margin.top})">
          ${this.panel(l, view, 'money')} ${this.panel(l, view, 'loss')} ${this.renderNow(l, view)}
        </g>
      </svg>
      <figcaption>${summary}${partial ? ` ${msg('(partial: the markets so far)')}` : ''}</figcaption>
      ${renderDataTables([
        {
          caption: msg('Commitment length: expected profit and chance of a loss'),
          head: [msg('Months committed'), `${names.second}: ${msg('Expected profit')}`, `${names.second}: ${msg('Probability of a loss')}`],
          rows: view.points.map((p) => [String(p.periods), formatMoney(p.meanProfit), formatShare(p.probLoss)]),
        },
      ])}
    </figure>`;
  }

  private series(points: readonly [number, number][], style: LaunchSeriesStyle, cls: string, markers: boolean): SVGTemplateResult {
    const d = line()(points as [number, number][]) ?? '';
    return svg`<g class="series ${cls}">
      <path d=${d} fill="none" stroke=${style.colour} stroke-width="2.5" stroke-dasharray=${style.dash || nothing}></path>
      ${markers ? points.map(([x, y]) => svg`<path transform="translate(${r3(x)},${r3(y)})" d=${markerPath(style.marker, 30)} fill=${style.colour}></path>`) : nothing}
    </g>`;
  }

  private panel(l: Layout, view: CommitmentView, which: 'money' | 'loss'): SVGTemplateResult {
    const width = innerSize(SIZE).width;
    const y = which === 'money' ? l.money : l.loss;
    const second = view.points.map((p): [number, number] => [l.x(p.periods), y(which === 'money' ? p.meanProfit : p.probLoss)]);
    const firstValue = y(which === 'money' ? view.firstMeanProfit : view.firstProbLoss);
    const first: [number, number][] = [
      [0, firstValue],
      [width, firstValue],
    ];
    const offset = which === 'money' ? 0 : MONEY_HEIGHT + GAP;
    const title = which === 'money' ? msg('Expected profit (currency units)') : msg('Probability of a loss (%)');
    return svg`<g class="panel ${which}" transform="translate(0,${offset})">
      <text class="panel-title" x=${-SIZE.margin.left + 4} y=${PANEL_TITLE_Y}>${title}</text>
      ${which === 'money' ? svg`<line class="zero" x1="0" x2=${width} y1=${r3(l.money(0))} y2=${r3(l.money(0))} stroke=${INK} stroke-width="1"></line>` : nothing}
      <g class="y-axis"></g>
      ${which === 'loss' ? svg`<g class="x-axis" transform="translate(0,${r3(LOSS_HEIGHT)})"></g>` : nothing}
      ${this.series(first, STRATEGY_STYLE.pilot, `first ${which}`, false)} ${this.series(second, STRATEGY_STYLE.launch, `second ${which}`, true)}
    </g>`;
  }

  private renderNow(l: Layout, view: CommitmentView): SVGTemplateResult | typeof nothing {
    if (!view.points.some((p) => p.periods === view.periods)) return nothing;
    const x = r3(l.x(view.periods));
    const months = view.periods;
    const right = view.periods > (view.points.at(-1)?.periods ?? 1) * 0.7;
    return svg`<g class="now">
      ${panelSpans().map(([y1, y2]) => svg`<line class="vertical now" x1=${x} x2=${x} y1=${y1} y2=${y2} stroke=${INK} stroke-width="2" stroke-dasharray="2 3"></line>`)}
      <text class="mark-label" x=${x} y="-2" text-anchor=${right ? 'end' : 'start'} dx=${right ? -4 : 4}>${msg(str`this case: ${months} months`)}</text>
    </g>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.view;
    if (view === null || view.points.length === 0) return;
    const l = layoutOf(view);
    const money = this.renderRoot.querySelector('g.panel.money');
    const loss = this.renderRoot.querySelector('g.panel.loss');
    const whole = (v: number) => String(Math.round(v));
    const percent = (v: number) => `${Math.round(v * 100)}`;
    const xTicks = Math.min(view.points.length, 12);
    if (money) drawAxes(money, l.x, l.money, { xTicks, yTicks: 4, yFormat: formatCompact, xFormat: whole });
    if (loss) drawAxes(loss, l.x, l.loss, { xTicks, yTicks: 2, xFormat: whole, yFormat: percent });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-commitment-chart': GenbaLaunchCommitmentChart;
  }
}
