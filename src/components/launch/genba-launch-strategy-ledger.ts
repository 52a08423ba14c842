/**
 * `genba-launch-strategy-ledger`: what each strategy did over the many markets, in plain
 * words (money earned on average, how often we lose money, the worst 1 in 20 markets, cash
 * tied up in unsold cars against margin never earned, and the fixed cost on its own line),
 * with the analysts' figures (spread, percentiles, CVaR 5%, the newsvendor quantity, Q0,
 * the best strategies, the CLI's JSON) under "More detail". One column per strategy, in the
 * order given. Every cell carries the CLI's full-precision value in `data-value`, and its
 * field path in the row's `data-figure`, so the page can be checked against `genba run`.
 */
import { renderProvenance } from './launch-provenance.ts';
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { shownName } from '../../i18n/preset-names.ts';
import { formatMoney, formatShare, formatWhole } from '../../lessons/launch/format.ts';
import type { LaunchStrategyResult } from '../../sim/launch/monte-carlo.ts';
import type { LaunchStrategiesOutput } from '../../sim/run-scenario.ts';
import type { LaunchStrategyScenario } from '../../scenario/types.ts';
import { launchControlStyles, launchFigureTableStyles } from './launch-styles.ts';

interface Row {
  readonly key: string;
  readonly label: () => string;
  readonly value: (r: LaunchStrategyResult, scenario: LaunchStrategyScenario) => number | null;
  readonly format: (v: number | null) => string;
}

const money = (key: string, label: () => string, value: Row['value']): Row => ({ key, label, value, format: formatMoney });

/** The plain rows, as a shop-floor trainee reads them. */
export const PLAIN_ROWS: readonly Row[] = [
  money('profit.mean', () => msg('Money earned, on average per market'), (r) => r.profit.mean),
  { key: 'probLoss', label: () => msg('How often we lose money'), value: (r) => r.probLoss, format: formatShare },
  money('cvar5', () => msg('The worst 1 in 20 markets (their average)'), (r) => r.cvar5),
  money('realLoss.mean', () => msg('Cash tied up in cars nobody bought (and their storage), on average'), (r) => r.realLoss.mean),
  money('lostOpportunity.mean', () => msg('Margin never earned from customers we could not serve, on average'), (r) => r.lostOpportunity.mean),
  money('fixedCost.mean', () => msg('Fixed cost paid before month 1 (tooling, a line)'), (r) => r.fixedCost.mean),
];

/** The analysts' rows. */
export const DETAIL_ROWS: readonly Row[] = [
  money('profit.sd', () => msg('Standard deviation of profit'), (r) => r.profit.sd),
  money('profit.p5', () => msg('5th percentile of profit'), (r) => r.profit.p5),
  money('profit.p50', () => msg('Median profit'), (r) => r.profit.p50),
  money('profit.p95', () => msg('95th percentile of profit'), (r) => r.profit.p95),
  money('cvar5', () => msg('CVaR 5% (mean profit of the worst 5%)'), (r) => r.cvar5),
  { key: 'initial', label: () => msg('Q0: units made before month 1'), value: (r, s) => s.strategies.find((x) => x.name === r.strategy)?.initial ?? null, format: formatWhole },
  { key: 'soldUnits.mean', label: () => msg('Units sold, on average'), value: (r) => r.soldUnits.mean, format: formatWhole },
  { key: 'lostUnits.mean', label: () => msg('Units of demand lost, on average'), value: (r) => r.lostUnits.mean, format: formatWhole },
  { key: 'leftoverUnits.mean', label: () => msg('Units left at the end, on average'), value: (r) => r.leftoverUnits.mean, format: formatWhole },
];

@customElement('genba-launch-strategy-ledger')
@localized()
export class GenbaLaunchStrategyLedger extends LitElement {
  static override styles = [
    launchControlStyles,
    launchFigureTableStyles,
    css`
      .scroll {
        overflow-x: auto;
      }
      th[scope='row'] {
        text-align: left;
        font-weight: normal;
        max-width: 22rem;
      }
      thead th:first-child {
        text-align: left;
      }
      tr.fixed th,
      tr.fixed td {
        border-top: 2px solid var(--genba-border, #c9d1db);
      }
      .provenance {
        color: var(--genba-muted, #4a5360);
        font-size: 0.9rem;
      }
      pre {
        max-height: 18rem;
        overflow: auto;
        background: #f4f6f8;
        padding: 0.5rem;
        font-size: 0.8rem;
      }
      summary {
        cursor: pointer;
        min-height: 24px;
      }
    `,
  ];

  @property({ attribute: false }) results: readonly LaunchStrategyResult[] = [];
  /** The finished run's output (the detail's newsvendor quantity, best strategies, JSON); null while running. */
  @property({ attribute: false }) output: LaunchStrategiesOutput | null = null;
  @property({ attribute: false }) scenario: LaunchStrategyScenario | null = null;
  @property({ type: Number }) markets = 0;

  private table(id: string, caption: string, rows: readonly Row[]): TemplateResult {
    const scenario = this.scenario as LaunchStrategyScenario;
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${caption}>
      <table id=${id}>
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Per market')}</th>
            ${this.results.map((r) => html`<th scope="col" data-strategy=${r.strategy}>${shownName(r.strategy)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr data-figure=${row.key} class=${row.key === 'fixedCost.mean' ? 'fixed' : ''}>
              <th scope="row">${row.label()}</th>
              ${this.results.map((r) => {
                const v = row.value(r, scenario);
                return html`<td data-strategy=${r.strategy} data-value=${v === null ? 'null' : String(v)}>${row.format(v)}</td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderDetail(o: LaunchStrategiesOutput): TemplateResult {
    const nv = formatWhole(o.newsvendorQ);
    const best = o.best;
    const byProfit = best ? shownName(best.byExpectedProfit) : '';
    const byCvar = best ? shownName(best.byCvar5) : '';
    return html`<p id="newsvendor" data-value=${String(o.newsvendorQ)}>
        ${msg(str`Newsvendor quantity for one month, F⁻¹((p − c)/(p − v)): ${nv} units.`)}
      </p>
      ${best ? html`<p id="best">${msg(str`Highest expected profit: ${byProfit}. Best CVaR 5% (least bad tail): ${byCvar}.`)}</p>` : nothing}
      ${renderProvenance(o, this.scenario)}`;
  }

  override render() {
    if (this.results.length === 0 || this.scenario === null) return nothing;
    const markets = formatWhole(this.markets);
    return html`${this.table('plain-figures', msg(str`Over ${markets} markets`), PLAIN_ROWS)}
      <details class="more" id="more-detail">
        <summary>${msg('More detail, for analysts')}</summary>
        ${this.table('detail-figures', msg('The spread of profit and the units'), DETAIL_ROWS)} ${this.output ? this.renderDetail(this.output) : nothing}
      </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-strategy-ledger': GenbaLaunchStrategyLedger;
  }
}
