/**
 * `genba-launch-ledger-chart`: each strategy's ledger, by market state and over all
 * markets, as horizontal bars. Real loss (cash spent on stock that did not sell) is a solid
 * bar; lost opportunity (margin never earned, no cash spent) a hatched bar with a dashed
 * outline. They sit side by side and are never added into one bar. Colour tells the strategy
 * (launch vermillion, pilot blue), the fill tells the kind of money.
 */
import { LitElement, html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatCompact, formatMoney, formatShare, formatWhole } from '../../lessons/launch/format.ts';
import { ledgerSummary, type LedgerLine, type StrategyLedger } from '../../lessons/launch/ledger.ts';
import { strategyLabel } from '../../lessons/launch/strategies.ts';
import { drawAxes, innerSize, type ChartSize } from './chart-frame.ts';
import {
  fillSwatch,
  launchChartStyles,
  launchPatterns,
  markerPath,
  r3,
  renderDataTables,
  renderLegend,
  STRATEGY_STYLE,
} from './launch-chart-parts.ts';
import { INK, MUTED_INK } from './palette.ts';

const WIDTH = 640;
const MARGIN = { top: 8, right: 64, bottom: 52, left: 150 };
const GROUP_TITLE = 26;
const GROUP_GAP = 14;
const BAR = 13;
const BAR_GAP = 3;
const ROW = 2 * BAR + BAR_GAP + 12;
const PATTERN = 'ledger';

interface Row {
  readonly ledger: StrategyLedger;
  readonly line: LedgerLine;
  readonly top: number;
}

interface LedgerLayout {
  readonly size: ChartSize;
  readonly x: ScaleLinear<number, number>;
  readonly rows: readonly Row[];
  readonly titles: readonly { readonly ledger: StrategyLedger; readonly top: number }[];
}

function layoutOf(ledgers: readonly StrategyLedger[]): LedgerLayout {
  const rows: Row[] = [];
  const titles: { ledger: StrategyLedger; top: number }[] = [];
  let top = 0;
  ledgers.forEach((ledger, g) => {
    if (g > 0) top += GROUP_GAP;
    titles.push({ ledger, top });
    top += GROUP_TITLE;
    for (const line of ledger.lines) {
      rows.push({ ledger, line, top });
      top += ROW;
    }
  });
  const size: ChartSize = { width: WIDTH, height: Math.max(160, top + MARGIN.top + MARGIN.bottom), margin: MARGIN };
  const max = Math.max(0, ...rows.flatMap((r) => [r.line.realLoss ?? 0, r.line.lostOpportunity ?? 0]));
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([0, innerSize(size).width])
    .nice(5);
  return { size, x, rows, titles };
}

@customElement('genba-launch-ledger-chart')
@localized()
export class GenbaLaunchLedgerChart extends LitElement {
  static override styles = launchChartStyles;

  /** The launch's ledger, then the pilot's. */
  @property({ attribute: false }) ledgers: readonly StrategyLedger[] = [];
  /** Months sold over, for the axis label. */
  @property({ type: Number }) horizon = 12;
  /** Replications done and asked for while the run is partial; null when final. */
  @property({ attribute: false }) partial: { readonly done: number; readonly total: number } | null = null;

  private summary(): string {
    const summary = ledgerSummary(this.ledgers);
    if (!this.partial) return msg(str`Real loss against lost opportunity. ${summary}`);
    const done = formatWhole(this.partial.done);
    const total = formatWhole(this.partial.total);
    return msg(str`Real loss against lost opportunity (partial: ${done} of ${total} markets). ${summary}`);
  }

  override render() {
    if (this.ledgers.length === 0) return nothing;
    const l = layoutOf(this.ledgers);
    const { width, height } = l.size;
    const inner = innerSize(l.size);
    const summary = this.summary();
    const months = this.horizon;
    return html`<figure>
      ${renderLegend([
        { label: msg('Real loss: cash spent on stock that did not sell'), swatch: fillSwatch(INK, INK) },
        { label: msg('Lost opportunity: margin never earned, no cash spent'), swatch: fillSwatch(`url(#${PATTERN}-legend)`, INK, '4 2') },
      ])}
      <svg viewBox="0 0 ${width} ${height}" role="img" aria-label=${summary}>
        ${launchPatterns(PATTERN)}
        <defs>
          <pattern id="${PATTERN}-legend" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#fff"></rect>
            <line x1="0" y1="0" x2="0" y2="6" stroke=${INK} stroke-width="2.5"></line>
          </pattern>
        </defs>
        <text class="axis-label x-label" x=${r3(MARGIN.left + inner.width / 2)} y=${height - 8} text-anchor="middle">
          ${msg(str`Mean per market over ${months} months (currency units)`)}
        </text>
        <g class="plot" transform="translate(${MARGIN.left},${MARGIN.top})">
          <g class="grid">
            ${l.x.ticks(5).map((v) => svg`<line x1=${r3(l.x(v))} x2=${r3(l.x(v))} y1="0" y2=${inner.height}></line>`)}
          </g>
          <g class="x-axis" transform="translate(0,${inner.height})"></g>
          ${l.titles.map((t) => this.renderTitle(t.ledger, t.top))} ${l.rows.map((r) => this.renderRow(l, r))}
        </g>
      </svg>
      <figcaption>${summary}</figcaption>
      ${this.renderTable()}
    </figure>`;
  }

  private renderTitle(ledger: StrategyLedger, top: number): SVGTemplateResult {
    const style = STRATEGY_STYLE[ledger.key];
    return svg`<g class="group-title ${ledger.key}" transform="translate(${-MARGIN.left + 4},${top + 17})">
      <path transform="translate(6,-5)" d=${markerPath(style.marker, 70)} fill=${style.colour}></path>
      <text class="panel-title" x="18" font-weight="600">${strategyLabel(ledger.key, ledger.q0)}</text>
    </g>`;
  }

  private renderRow(l: LedgerLayout, r: Row): SVGTemplateResult {
    const style = STRATEGY_STYLE[r.ledger.key];
    const name = r.line.name;
    const share = formatShare(r.line.share, 0);
    const label = r.line.scope === 'all' ? msg('All markets') : msg(str`${name} (${share})`);
    const bar = (kind: 'real' | 'missed', value: number | null, y: number) => {
      if (value === null) return nothing;
      const w = Math.max(0, l.x(value));
      const fill = kind === 'real' ? style.colour : `url(#${PATTERN}-missed-${r.ledger.key})`;
      return svg`<rect class="bar ${kind}" x="0" y=${y} width=${r3(w)} height=${BAR} fill=${fill}
          stroke=${kind === 'real' ? 'none' : style.colour} stroke-width="1.5" stroke-dasharray=${kind === 'real' ? nothing : '4 2'}></rect>
        <text class="value-label" x=${r3(w + 4)} y=${y + BAR - 2}>${formatCompact(value)}</text>`;
    };
    return svg`<g class="row ${r.ledger.key} ${r.line.scope}" transform="translate(0,${r.top})">
      <text class="row-label" x="-8" y=${BAR + 3} text-anchor="end" font-size="14" fill=${INK}
        font-weight=${r.line.scope === 'all' ? '600' : nothing}>${label}</text>
      ${r.line.realLoss === null
        ? svg`<text class="value-label" x="4" y=${BAR + 3} fill=${MUTED_INK}>${msg('no market of this kind')}</text>`
        : svg`${bar('real', r.line.realLoss, 0)}${bar('missed', r.line.lostOpportunity, BAR + BAR_GAP)}`}
    </g>`;
  }

  /** "Launch 30,000, bad market" / "Launch 30,000, all markets". */
  private lineName(strategy: string, line: LedgerLine): string {
    const name = line.name;
    return line.scope === 'all' ? msg(str`${strategy}, all markets`) : msg(str`${strategy}, ${name} market`);
  }

  private renderTable() {
    return renderDataTables([
      {
        caption: msg('Mean real loss and lost opportunity per market, by strategy and market state'),
        head: [msg('Strategy and market'), msg('Share of markets'), msg('Real loss'), msg('Lost opportunity'), msg('Mean profit')],
        rows: this.ledgers.flatMap((ledger) =>
          ledger.lines.map((line) => [
            this.lineName(strategyLabel(ledger.key, ledger.q0), line),
            formatShare(line.share),
            formatMoney(line.realLoss),
            formatMoney(line.lostOpportunity),
            formatMoney(line.profit),
          ]),
        ),
      },
    ]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.ledgers.length === 0) return;
    const l = layoutOf(this.ledgers);
    const plot = this.renderRoot.querySelector('g.plot');
    if (plot) drawAxes(plot, l.x, l.x, { xTicks: 5, xFormat: formatCompact });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-ledger-chart': GenbaLaunchLedgerChart;
  }
}
