/**
 * `genba-launch-story-words`: one market told month by month in a trainee's words, one table
 * per strategy (cars made, cars sold, customers we could not serve, cars in the warehouse at
 * the end of the month), between a sentence for what it did before month 1 and one for how
 * the market ended (the cars nobody bought, what it earned, what it lost, what it missed).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatWhole } from '../../lessons/launch/format.ts';
import { storyEnd, storyStart, type StrategyStory } from '../../lessons/launch/strategy-story.ts';
import { launchControlStyles } from './launch-styles.ts';

@customElement('genba-launch-story-words')
@localized()
export class GenbaLaunchStoryWords extends LitElement {
  static override styles = [
    launchControlStyles,
    css`
      .stories {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(20rem, 100%), 1fr));
        gap: 1rem;
      }
      .scroll {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        font-variant-numeric: tabular-nums;
        width: 100%;
      }
      th,
      td {
        padding: 0.15rem 0.4rem;
        border-bottom: 1px solid #e3e7ec;
        text-align: right;
      }
      th:first-child,
      td:first-child {
        text-align: left;
      }
      thead th {
        vertical-align: bottom;
        font-weight: 600;
        font-size: 0.9rem;
      }
      td.missed {
        color: #8a3b00;
      }
      h3 {
        margin: 0.25rem 0;
        font-size: 1.05rem;
      }
    `,
  ];

  @property({ attribute: false }) stories: readonly StrategyStory[] = [];
  @property({ type: Number }) salvage = 0;

  override render() {
    if (this.stories.length === 0) return nothing;
    return html`<div class="stories">
      ${this.stories.map((s) => {
        const name = s.label ?? s.strategy;
        return html`<section class="story ${s.key}" data-strategy=${s.strategy}>
          <h3>${name}</h3>
          <p>${storyStart(s)}</p>
          <div class="scroll" tabindex="0" role="region" aria-label=${msg(str`${name}, month by month`)}>
            <table>
              <thead>
                <tr>
                  <th scope="col">${msg('Month')}</th>
                  <th scope="col">${msg('Cars made')}</th>
                  <th scope="col">${msg('Cars sold')}</th>
                  <th scope="col">${msg('Customers we could not serve')}</th>
                  <th scope="col">${msg('Cars in the warehouse')}</th>
                </tr>
              </thead>
              <tbody>
                ${s.months.map(
                  (m) => html`<tr>
                    <th scope="row">${m.month}</th>
                    <td>${formatWhole(m.production)}</td>
                    <td>${formatWhole(m.sales)}</td>
                    <td class=${m.lostSales > 0.5 ? 'missed' : ''}>${formatWhole(m.lostSales)}</td>
                    <td>${formatWhole(m.stock)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>
          <p class="end">${storyEnd(s, this.salvage)}</p>
        </section>`;
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-story-words': GenbaLaunchStoryWords;
  }
}
