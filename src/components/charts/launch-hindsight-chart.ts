/**
 * `genba-launch-hindsight-chart`: "the fish that got away always looks big". Five bars,
 * top to bottom: the margin the pilot never earned in a good market (how big the missed
 * sales look afterwards), the part a full launch would really have earned there, that part
 * weighed by the chance of a good market, what the full launch loses in the other markets
 * weighed by theirs (cash, drawn solid), and the net: the expected cost of piloting before
 * the decision. Hatched bars are margin not earned; the solid bar is cash.
 */
import { LitElement, html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatCompact, formatMoney } from '../../lessons/launch/format.ts';
import { hindsightRows, hindsightSummary, type Hindsight, type HindsightRow } from '../../lessons/launch/hindsight.ts';
import { drawAxes, innerSize, type ChartSize } from './chart-frame.ts';
import { fillSwatch, launchChartStyles, launchPatterns, r3, renderDataTables, renderLegend, STRATEGY_STYLE } from './launch-chart-parts.ts';
import { INK } from './palette.ts';

const ROW = 50;
const BAR = 18;
const LABEL_GAP = 6;
const SIZE: ChartSize = { width: 640, height: 16 + 5 * ROW + 52, margin: { top: 16, right: 56, bottom: 52, left: 56 } };
const PATTERN = 'hindsight';

function xScale(rows: readonly HindsightRow[]): ScaleLinear<number, number> {
  const values = rows.map((r) => r.value);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  return scaleLinear()
    .domain(hi > lo ? [lo, hi] : [0, 1])
    .range([0, innerSize(SIZE).width])
    .nice(6);
}

@customElement('genba-launch-hindsight-chart')
@localized()
export class GenbaLaunchHindsightChart extends LitElement {
  static override styles = launchChartStyles;

  @property({ attribute: false }) hindsight: Hindsight | null = null;
  @property({ type: Number }) launchQ0 = 0;
  @property({ type: Number }) pilotQ0 = 0;

  private rows(): HindsightRow[] {
    return this.hindsight === null ? [] : hindsightRows(this.hindsight, this.launchQ0, this.pilotQ0);
  }

  override render() {
    if (this.hindsight === null) return nothing;
    const rows = this.rows();
    const x = xScale(rows);
    const inner = innerSize(SIZE);
    const summary = hindsightSummary(this.hindsight, this.launchQ0, this.pilotQ0);
    return html`<figure>
      ${renderLegend([
        { label: msg('Margin not earned (no cash)'), swatch: fillSwatch(`url(#${PATTERN}-missed-pilot)`, STRATEGY_STYLE.pilot.colour, '4 2') },
        { label: msg('Cash lost on unsold stock'), swatch: fillSwatch(STRATEGY_STYLE.launch.colour, STRATEGY_STYLE.launch.colour) },
        { label: msg('Expected cost of piloting (negative: piloting earns more)'), swatch: fillSwatch(INK, INK) },
      ])}
      <svg viewBox="0 0 ${SIZE.width} ${SIZE.height}" role="img" aria-label=${summary}>
        ${launchPatterns(PATTERN)}
        <text class="axis-label x-label" x=${r3(SIZE.margin.left + inner.width / 2)} y=${SIZE.height - 8} text-anchor="middle">
          ${msg('Mean per market (currency units)')}
        </text>
        <g class="plot" transform="translate(${SIZE.margin.left},${SIZE.margin.top})">
          <g class="grid">
            ${x.ticks(6).map((v) => svg`<line x1=${r3(x(v))} x2=${r3(x(v))} y1="0" y2=${inner.height}></line>`)}
          </g>
          <g class="x-axis" transform="translate(0,${inner.height})"></g>
          <line class="zero" x1=${r3(x(0))} x2=${r3(x(0))} y1="0" y2=${inner.height} stroke=${INK} stroke-width="1.5"></line>
          ${rows.map((r, i) => this.renderRow(x, r, i))}
        </g>
      </svg>
      <figcaption>${summary}</figcaption>
      ${renderDataTables([
        {
          caption: msg('The missed sales after the fact, and their expected cost before the decision'),
          head: [msg('Step'), msg('Mean per market')],
          rows: rows.map((r) => [r.label, formatMoney(r.value)]),
        },
      ])}
    </figure>`;
  }

  private renderRow(x: ScaleLinear<number, number>, r: HindsightRow, i: number): SVGTemplateResult {
    const top = i * ROW;
    const x0 = x(Math.min(0, r.value));
    const width = Math.abs(x(r.value) - x(0));
    const style =
      r.kind === 'opportunity'
        ? { fill: `url(#${PATTERN}-missed-pilot)`, stroke: STRATEGY_STYLE.pilot.colour, dash: '4 2' }
        : r.kind === 'cash'
          ? { fill: STRATEGY_STYLE.launch.colour, stroke: STRATEGY_STYLE.launch.colour, dash: '' }
          : { fill: INK, stroke: INK, dash: '' };
    const barTop = 16 + LABEL_GAP;
    const end = r.value >= 0 ? x(r.value) + 4 : x(r.value) - 4;
    return svg`<g class="row ${r.key}" transform="translate(0,${top})">
      <text class="row-label" x="0" y="14" font-size="14" fill=${INK} font-weight=${r.kind === 'net' ? '600' : nothing}
        paint-order="stroke" stroke="#fff" stroke-width="5">${r.label}</text>
      <rect class="bar ${r.kind}" x=${r3(x0)} y=${barTop} width=${r3(width)} height=${BAR} fill=${style.fill}
        stroke=${style.stroke} stroke-width="1.5" stroke-dasharray=${style.dash || nothing}></rect>
      <text class="value-label" x=${r3(end)} y=${barTop + BAR - 4} text-anchor=${r.value >= 0 ? 'start' : 'end'}
        paint-order="stroke" stroke="#fff" stroke-width="4">${formatCompact(r.value)}</text>
    </g>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.hindsight === null) return;
    const x = xScale(this.rows());
    const plot = this.renderRoot.querySelector('g.plot');
    if (plot) drawAxes(plot, x, x, { xTicks: 6, xFormat: formatCompact });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-hindsight-chart': GenbaLaunchHindsightChart;
  }
}
