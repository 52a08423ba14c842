/**
 * `genba-launch-ledger-panel`: the two strategies' ledgers (real loss against lost
 * opportunity, by market state and over all markets) and a "hindsight" toggle that shows how
 * big the missed sales look after a good market against what they were worth before the
 * decision: the fish that got away. Each chart downloads as SVG and PNG (genba-figure).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '../charts/launch-ledger-chart.ts';
import '../charts/launch-hindsight-chart.ts';
import '../share/genba-figure.ts';
import { hindsightOf } from '../../lessons/launch/hindsight.ts';
import { strategyLedger } from '../../lessons/launch/ledger.ts';
import type { StrategiesView } from '../../lessons/launch/lesson-run.ts';
import type { MarketState } from '../../sim/launch/types.ts';
import { launchControlStyles } from './launch-styles.ts';

@customElement('genba-launch-ledger-panel')
@localized()
export class GenbaLaunchLedgerPanel extends LitElement {
  static override styles = [
    launchControlStyles,
    css`
      .toggle {
        margin: 0.5rem 0;
      }
      .explain {
        margin: 0.25rem 0 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) view: StrategiesView | null = null;
  /** The market states of the run, in the scenario's order. */
  @property({ attribute: false }) states: readonly MarketState[] = [];
  @property({ type: Number }) horizon = 12;
  /** The scenario's name: the first part of the charts' file names. */
  @property() scenarioName = '';
  @state() private hindsight = false;

  private explain(good: string): string {
    return msg(
      str`After a ${good} market the pilot's missed sales look big. Before the decision they are worth only what a full launch would have added in that market, times its chance, less what the full launch loses in the other markets.`,
    );
  }

  override render() {
    const view = this.view;
    if (view === null) return nothing;
    const ledgers = [strategyLedger('launch', view.launch.result, view.stateNames), strategyLedger('pilot', view.pilot.result, view.stateNames)];
    const h = hindsightOf(this.states, view.launch.result, view.pilot.result);
    return html`<genba-figure heading=${msg('Real loss and lost opportunity, by market state')} .scenarioName=${this.scenarioName}>
        <genba-launch-ledger-chart
          .ledgers=${ledgers}
          .horizon=${this.horizon}
          .partial=${view.partial ? { done: view.done, total: view.total } : null}
        ></genba-launch-ledger-chart>
      </genba-figure>
      <div class="toggle">
        <button
          type="button"
          id="hindsight"
          aria-pressed=${this.hindsight ? 'true' : 'false'}
          aria-controls="hindsight-view"
          ?disabled=${h === null}
          @click=${() => (this.hindsight = !this.hindsight)}
        >
          ${msg('Hindsight: the fish that got away')}
        </button>
      </div>
      <div id="hindsight-view">
        ${this.hindsight && h !== null
          ? html`<p class="explain">
                ${this.explain(h.goodState)}
              </p>
              <genba-figure heading=${msg('Missed sales: after the fact and before deciding')} .scenarioName=${this.scenarioName}>
                <genba-launch-hindsight-chart .hindsight=${h} .launchQ0=${view.launch.q0} .pilotQ0=${view.pilot.q0}></genba-launch-hindsight-chart>
              </genba-figure>`
          : nothing}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-ledger-panel': GenbaLaunchLedgerPanel;
  }
}
