/**
 * `genba-launch-decision`: the decision lesson 3 asks about, in words from the case's own
 * parameters. Version 1: a full launch of Q0 against a pilot batch, both then following the
 * same rule. Version 2: each strategy as a plant manager would describe it (what it builds
 * before month 1, what it commits the plant to, when it starts following the market, its own
 * line's fixed cost), and, when there are more than two, which two the lesson compares.
 *
 * @fires launch-pair-change - detail: the two strategies compared (indices), when chosen.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatDecimal } from '../../i18n/format.ts';
import { shownName } from '../../i18n/preset-names.ts';
import { joinClauses } from '../../i18n/text.ts';
import { formatMoney, formatShare, formatWhole } from '../../lessons/launch/format.ts';
import { strategyLabel, type StrategyKey, type StrategyQuantities } from '../../lessons/launch/strategies.ts';
import type { ComparedPair } from '../../lessons/launch/strategy-compare.ts';
import { planOf, type LaunchStrategy } from '../../sim/launch/types.ts';
import { hasStrategies, type LaunchScenario, type LaunchStrategyScenario } from '../../scenario/types.ts';
import { markerPath, STRATEGY_STYLE } from '../charts/launch-chart-parts.ts';
import { launchControlStyles } from './launch-styles.ts';
import { joinSentences } from '../../i18n/text.ts';

/** A strategy in a plant manager's words. */
export function strategyWords(scenario: LaunchStrategyScenario, strategy: LaunchStrategy): string {
  const plan = planOf(scenario, strategy);
  const parts: string[] = [];
  const built = formatWhole(plan.initial);
  parts.push(plan.initial > 0 ? msg(str`Builds ${built} cars before month 1.`) : msg('Builds nothing before month 1.'));
  if (plan.commitPeriods > 0) {
    const rate = formatWhole(plan.commitRate);
    const months = plan.commitPeriods;
    parts.push(msg(str`Commits the plant to ${rate} cars a month for months 1 to ${months}, whatever sells.`));
  }
  const from = Math.max(plan.commitPeriods + 1, 2 + plan.rampUp);
  const capacity = formatWhole(plan.capacity);
  if (from <= scenario.horizon) parts.push(msg(str`From month ${from} makes what the months so far have shown, less the cars in stock, up to ${capacity} a month.`));
  if (plan.fixedCost > 0) {
    const fixed = formatMoney(plan.fixedCost);
    parts.push(msg(str`Pays ${fixed} for its own line before month 1.`));
  }
  return joinSentences(parts);
}

@customElement('genba-launch-decision')
@localized()
export class GenbaLaunchDecision extends LitElement {
  static override styles = [
    launchControlStyles,
    css`
      .lead {
        font-size: 1.05rem;
      }
      .strategies {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
        gap: 0.75rem;
        margin-top: 0.5rem;
      }
      .strategy {
        border: 1px solid var(--genba-border, #c9d1db);
        border-top-width: 6px;
        border-radius: 8px;
        padding: 0.5rem 0.75rem;
      }
      .strategy.launch {
        border-top-color: #d55e00;
        border-top-style: dashed;
      }
      .strategy.pilot {
        border-top-color: #0072b2;
      }
      .strategy h3 {
        font-size: 1.05rem;
        margin: 0 0 0.25rem;
      }
      .strategy h3 svg {
        width: 1rem;
        height: 1rem;
        vertical-align: -2px;
        margin-right: 0.3rem;
      }
      .market {
        color: var(--genba-muted, #4a5360);
        font-size: 0.95rem;
      }
      .pair {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        margin-top: 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) scenario: LaunchScenario | null = null;
  /** Version 1: the two launch quantities. */
  @property({ attribute: false }) quantities: StrategyQuantities | null = null;
  @property({ attribute: false }) pair: ComparedPair = { first: 0, second: 1 };

  private card(key: StrategyKey | 'other', title: string, text: string): TemplateResult {
    const style = key === 'other' ? null : STRATEGY_STYLE[key];
    return html`<div class="strategy ${key}">
      <h3>
        ${style
          ? html`<svg viewBox="-8 -8 16 16" aria-hidden="true" focusable="false"><path d=${markerPath(style.marker, 90)} fill=${style.colour}></path></svg>`
          : nothing}${title}
      </h3>
      <p>${text}</p>
    </div>`;
  }

  private marketWords(s: LaunchScenario): string {
    const states = joinClauses(
      s.market.states.map((st) => {
        const name = shownName(st.name);
        const level = formatWhole(st.level);
        const chance = formatShare(st.probability, 0);
        return msg(str`${name}: ${level} a month (${chance} chance)`);
      }),
    );
    const e = s.economics;
    const noise = formatShare(s.market.demandCV, 0);
    const [price, cost, salvage] = [formatWhole(e.price), formatWhole(e.cost), formatWhole(e.salvage)];
    const holding = formatDecimal(e.holding, 6);
    const horizon = s.horizon;
    return msg(
      str`Markets — ${states}; demand varies by ±${noise} month to month. Price ${price}, cost ${cost}, salvage ${salvage}, holding ${holding} per unit and month, over ${horizon} months.`,
    );
  }

  private choosePair(which: 'first' | 'second', index: number): void {
    const other = which === 'first' ? this.pair.second : this.pair.first;
    // Choosing the other one's strategy swaps the two.
    const next = which === 'first' ? { first: index, second: index === other ? this.pair.first : other } : { first: index === other ? this.pair.second : other, second: index };
    this.dispatchEvent(new CustomEvent('launch-pair-change', { detail: next, bubbles: true, composed: true }));
  }

  private renderPair(s: LaunchStrategyScenario): TemplateResult | typeof nothing {
    if (s.strategies.length <= 2) return nothing;
    const select = (which: 'first' | 'second', label: string) =>
      html`<label
        >${label}
        <select id=${`pair-${which}`} @change=${(e: Event) => this.choosePair(which, Number((e.target as HTMLSelectElement).value))}>
          ${s.strategies.map((st, i) => html`<option value=${String(i)} ?selected=${this.pair[which] === i}>${shownName(st.name)}</option>`)}
        </select></label
      >`;
    return html`<div class="pair" role="group" aria-label=${msg('The two strategies compared')}>
      ${select('first', msg('Compare'))} ${select('second', msg('with'))}
    </div>`;
  }

  override render() {
    const s = this.scenario;
    if (s === null) return nothing;
    const good = formatWhole(Math.max(...s.market.states.map((st) => st.level)));
    const bad = formatWhole(Math.min(...s.market.states.map((st) => st.level)));
    if (hasStrategies(s)) {
      const cardKey = (i: number): StrategyKey | 'other' => (i === this.pair.first ? 'pilot' : i === this.pair.second ? 'launch' : 'other');
      return html`<p class="lead">
          ${msg(str`A new car may sell ${good} a month in a good market, or ${bad} in a bad one. Commit the plant to the forecast, or build a pilot batch and scale up when the market answers?`)}
        </p>
        ${this.renderPair(s)}
        <div class="strategies">${s.strategies.map((st, i) => this.card(cardKey(i), shownName(st.name), strategyWords(s, st)))}</div>
        <p class="market">${this.marketWords(s)}</p>`;
    }
    const q = this.quantities;
    if (q === null) return nothing;
    const [launch, pilot] = [formatWhole(q.launch), formatWhole(q.pilot)];
    const firstMonth = 2 + s.rampUp;
    const capacity = formatWhole(s.capacity);
    return html`<p class="lead">
        ${msg(
          str`A new car may sell ${good} a month in a good market, or ${bad} in a bad one, and the forecast says ${launch}. Make the forecast's quantity, or a pilot batch and scale up if the market responds?`,
        )}
      </p>
      <div class="strategies">
        ${this.card('launch', strategyLabel('launch', q.launch), msg(str`Make ${launch} before month 1, as the forecast says.`))}
        ${this.card('pilot', strategyLabel('pilot', q.pilot), msg(str`Make ${pilot} before month 1, watch what sells, and scale up.`))}
      </div>
      <p class="market">${msg(str`Either way, from month ${firstMonth} the plant makes what the months so far have shown, less the stock on hand, up to ${capacity} a month.`)} ${this.marketWords(s)}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-decision': GenbaLaunchDecision;
  }
}
