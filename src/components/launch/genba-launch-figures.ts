/**
 * `genba-launch-figures`: the two strategies' headline figures, exactly as the Monte Carlo
 * reported them (the numbers `genba run` prints for the same scenario and seed), rounded
 * only for display. Each cell carries its full-precision value in `data-value`, and the
 * full result and the scenario are available as JSON, so anyone can check them with the CLI.
 */
import { renderProvenance } from './launch-provenance.ts';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatMoney, formatShare, formatWhole } from '../../lessons/launch/format.ts';
import type { LessonResult } from '../../lessons/launch/lesson-run.ts';
import { strategyLabel } from '../../lessons/launch/strategies.ts';
import type { LaunchQuantityResult } from '../../sim/launch/monte-carlo.ts';
import type { LaunchScenario } from '../../scenario/types.ts';
import { launchControlStyles, launchFigureTableStyles } from './launch-styles.ts';

interface FigureRow {
  readonly key: string;
  /** The row's heading, in the page's language (a getter: it follows a language switch). */
  readonly label: string;
  readonly value: (r: LaunchQuantityResult) => number | null;
  readonly format: (v: number | null) => string;
}

/** The rows of the table, with the path of each figure in the CLI's JSON. */
export const FIGURE_ROWS: readonly FigureRow[] = [
  {
    key: 'profit.mean',
    get label() {
      return msg('Mean profit');
    },
    value: (r) => r.profit.mean,
    format: formatMoney,
  },
  {
    key: 'profit.sd',
    get label() {
      return msg('Standard deviation of profit');
    },
    value: (r) => r.profit.sd,
    format: formatMoney,
  },
  {
    key: 'profit.p5',
    get label() {
      return msg('5th percentile of profit');
    },
    value: (r) => r.profit.p5,
    format: formatMoney,
  },
  {
    key: 'profit.p50',
    get label() {
      return msg('Median profit');
    },
    value: (r) => r.profit.p50,
    format: formatMoney,
  },
  {
    key: 'profit.p95',
    get label() {
      return msg('95th percentile of profit');
    },
    value: (r) => r.profit.p95,
    format: formatMoney,
  },
  {
    key: 'probLoss',
    get label() {
      return msg('Probability of a loss');
    },
    value: (r) => r.probLoss,
    format: (v) => formatShare(v, 2),
  },
  {
    key: 'cvar5',
    get label() {
      return msg('CVaR 5% (mean of the worst 5%)');
    },
    value: (r) => r.cvar5,
    format: formatMoney,
  },
  {
    key: 'realLoss.mean',
    get label() {
      return msg('Mean real loss');
    },
    value: (r) => r.realLoss.mean,
    format: formatMoney,
  },
  {
    key: 'lostOpportunity.mean',
    get label() {
      return msg('Mean lost opportunity');
    },
    value: (r) => r.lostOpportunity.mean,
    format: formatMoney,
  },
];

@customElement('genba-launch-figures')
@localized()
export class GenbaLaunchFigures extends LitElement {
  static override styles = [
    launchControlStyles,
    launchFigureTableStyles,
    css`
      th[scope='row'] {
        text-align: left;
        font-weight: normal;
      }
      thead th:first-child {
        text-align: left;
      }
      .provenance {
        color: var(--genba-muted, #4a5360);
        font-size: 0.9rem;
        margin: 0;
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

  @property({ attribute: false }) result: LessonResult | null = null;
  /** The strategies' scenario the result came from. */
  @property({ attribute: false }) scenario: LaunchScenario | null = null;

  override render() {
    const r = this.result;
    if (r === null) return nothing;
    const { launch, pilot } = r.strategies;
    const o = r.output;
    const markets = formatWhole(o.replications);
    return html`<table id="figures">
        <caption>
          ${msg(str`The two strategies over ${markets} markets`)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Figure')}</th>
            <th scope="col">${strategyLabel('launch', launch.q0)}</th>
            <th scope="col">${strategyLabel('pilot', pilot.q0)}</th>
          </tr>
        </thead>
        <tbody>
          ${FIGURE_ROWS.map(
            (row) => html`<tr data-figure=${row.key}>
              <th scope="row">${row.label}</th>
              ${[launch, pilot].map((s) => {
                const v = row.value(s.result);
                return html`<td data-q0=${String(s.q0)} data-value=${v === null ? 'null' : String(v)}>${row.format(v)}</td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      ${renderProvenance(o, this.scenario)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-figures': GenbaLaunchFigures;
  }
}
