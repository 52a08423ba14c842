/**
 * The board's challenge results: every submission ranked (figures computed by the server's
 * engine), and the teams side by side (each team's best submission). Nicknames and team
 * names are text. Each row can be opened on the projector.
 *
 * @fires genba-room-open - detail: the ChallengeResult to open as a lesson view
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { BoardView, ChallengeResult } from '../../room/protocol.ts';
import { formatDecimal } from '../../i18n/format.ts';
import { formatMoney, formatShare, formatWhole } from '../../lessons/launch/format.ts';
import { controlStyles } from '../shared-styles.ts';
import { challengeGoal, figuresText, paramsText, resultFigures } from './challenge-text.ts';

@customElement('genba-room-ranking')
@localized()
export class GenbaRoomRanking extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .big {
        font-size: 1.6rem;
        margin: 0.3rem 0;
      }
      .hint {
        color: var(--genba-muted, #5b6470);
      }
      .tables {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        gap: 1.5rem;
        align-items: start;
      }
      @media (max-width: 900px) {
        .tables {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        border-bottom: 1px solid var(--genba-border, #c9d1db);
        padding: 0.3rem 0.5rem;
        text-align: left;
        overflow-wrap: anywhere;
      }
      thead th {
        overflow-wrap: normal;
        hyphens: manual;
      }
      tbody th {
        min-width: 4em;
      }
      button {
        white-space: nowrap;
      }
      td.n {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      tr.beats th {
        color: #1b6e3a;
      }
      caption {
        text-align: left;
        font-weight: 600;
        font-size: 1.15rem;
        padding: 0.3rem 0;
      }
    `,
  ];

  @property({ attribute: false }) view: BoardView | null = null;

  private open(r: ChallengeResult): void {
    this.dispatchEvent(new CustomEvent('genba-room-open', { detail: r, bubbles: true, composed: true }));
  }

  /** The columns of the challenge's figures: headers and cells. */
  private figureColumns(kind: ChallengeResult['challenge']) {
    switch (kind) {
      case 'batching':
        return {
          heads: [msg('Transfer batch'), msg('Move time'), msg('Mean lead time')],
          cells: (r: ChallengeResult) => (r.challenge === 'batching' ? [String(r.transferBatch), formatDecimal(r.moveTime, 1), formatDecimal(r.leadTime, 1)] : []),
        };
      case 'kaizen':
        return {
          heads: [msg('Fixes'), msg('Mean lead time'), msg('Mean WIP')],
          cells: (r: ChallengeResult) => (r.challenge === 'kaizen' ? [String(r.fixes.length), formatDecimal(r.leadTime, 1), formatDecimal(r.wip, 1)] : []),
        };
      case 'launch':
        return {
          heads: [msg('Before launch'), msg('Committed'), msg('Expected profit'), msg('Chance of a loss')],
          cells: (r: ChallengeResult) =>
            r.challenge === 'launch' ? [formatWhole(r.initial), r.periods === 0 ? msg('none') : `${formatWhole(r.rate)} × ${r.periods}`, formatMoney(r.meanProfit), formatShare(r.probLoss)] : [],
        };
      case 'pull':
        return {
          heads: [msg('WIP cap'), msg('Throughput'), msg('Mean WIP')],
          cells: (r: ChallengeResult) => (r.challenge === 'pull' ? [String(r.wipCap), formatDecimal(r.throughput, 3), formatDecimal(r.wip, 1)] : []),
        };
    }
  }

  override render() {
    const v = this.view;
    if (!v) return nothing;
    const kind = v.step.challenge ?? 'batching';
    const cols = this.figureColumns(kind);
    const teams = v.teamRanking;
    return html`<h2 class="question">${challengeGoal(v.step)}</h2>
      <p class="big" id="answered" aria-live="polite">${msg(str`${v.ranking.length} of ${v.total} submitted`)}</p>
      <p class="hint">${msg('Every figure below was computed by the server with the same engine, from the parameters each phone sent.')}</p>
      <div class="tables">
        <table class="ranking" id="ranking">
          <caption>${msg('Everyone, best first')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th><th scope="col">${msg('Who')}</th><th scope="col">${msg('Team')}</th>
              ${cols.heads.map((h) => html`<th scope="col">${h}</th>`)}
              <th scope="col">${msg('Beats the target')}</th><th scope="col">${msg('Open')}</th>
            </tr>
          </thead>
          <tbody>
            ${v.ranking.map(
              (r, i) => html`<tr class=${r.beats ? 'beats' : ''}>
                <td class="n">${i + 1}</td><th scope="row">${r.nickname}</th><td>${r.team ?? ''}</td>
                ${cols.cells(r).map((c) => html`<td class="n">${c}</td>`)}
                <td>${r.beats ? msg('✔ yes') : msg('no')}</td>
                <td><button type="button" aria-label=${msg(str`Open ${r.nickname}'s run: ${paramsText(r)}`)} @click=${() => this.open(r)}>${kind === 'launch' ? msg('Scenario file') : msg('Open as lesson')}</button></td>
              </tr>`,
            )}
          </tbody>
        </table>
        ${teams.length > 0
          ? html`<table class="teams" id="teams">
              <caption>${msg('Teams side by side (best of each)')}</caption>
              <thead><tr><th scope="col">#</th><th scope="col">${msg('Team')}</th><th scope="col">${msg('Members')}</th><th scope="col">${msg('Best')}</th></tr></thead>
              <tbody>
                ${teams.map(
                  (t, i) => html`<tr class=${t.best?.beats ? 'beats' : ''}>
                    <td class="n">${t.best ? i + 1 : ''}</td><th scope="row">${t.team}</th><td class="n">${msg(str`${t.submitted} of ${t.members}`)}</td>
                    <td>${t.best ? html`${t.best.nickname}: ${figuresText(resultFigures(t.best))}${t.best.beats ? ' ✔' : ''}` : msg('no submission yet')}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`
          : nothing}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-room-ranking': GenbaRoomRanking;
  }
  interface GlobalEventHandlersEventMap {
    'genba-room-open': CustomEvent<ChallengeResult>;
  }
}
