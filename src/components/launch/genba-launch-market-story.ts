/**
 * `genba-launch-market-story`: one market's story. The trainee picks a market by number, or
 * "a typical good market" (one per market state: the median demand among the first markets
 * of that state), and which strategy's units to show; the chart tells that market month by
 * month with both strategies' cash. The market is recomputed exactly as the Monte Carlo
 * counted it (same seed, same replication). The chart downloads as SVG and PNG.
 *
 * @fires launch-story-change - detail: { replication }, when the trainee picks another market.
 */
import { shownName } from '../../i18n/preset-names.ts';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '../charts/launch-market-story-chart.ts';
import '../share/genba-figure.ts';
import { fire } from './launch-events.ts';
import { formatWhole } from '../../lessons/launch/format.ts';
import { marketStory, storyLabel, type MarketStory } from '../../lessons/launch/market-story.ts';
import type { StrategyStory } from '../../lessons/launch/strategy-story.ts';
import './genba-launch-story-words.ts';
import { strategyLabel, STRATEGY_KEYS, type StrategyKey, type StrategyQuantities } from '../../lessons/launch/strategies.ts';
import { typicalMarket } from '../../lessons/launch/typical-market.ts';
import type { LaunchScenario } from '../../scenario/types.ts';
import { launchControlStyles } from './launch-styles.ts';
import { firstUpdateInOwnTask } from '../../app/after-paint.ts';

@customElement('genba-launch-market-story')
@localized()
export class GenbaLaunchMarketStory extends LitElement {
  /** Its first render in a task of its own (src/app/after-paint.ts): it arrives with the lesson's other lower sections. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return firstUpdateInOwnTask(this, () => super.scheduleUpdate());
  }

  static override styles = [
    launchControlStyles,
    css`
      .pick {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: flex-end;
        margin-bottom: 0.5rem;
      }
      .typical,
      .show {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
      }
      fieldset.show {
        padding: 0.25rem 0.5rem 0.4rem;
      }
      label.choice {
        display: inline-flex;
        align-items: center;
        min-height: 2rem;
        margin-right: 0.75rem;
        cursor: pointer;
      }
      .number {
        display: flex;
        gap: 0.4rem;
        align-items: flex-end;
      }
    `,
  ];

  /** The scenario whose markets are told (the displayed result's). */
  @property({ attribute: false }) scenario: LaunchScenario | null = null;
  @property({ attribute: false }) quantities: StrategyQuantities | null = null;
  /**
   * Version 2: the stories of a market for the strategies compared (the first drawn as the
   * pilot, the second as the forecast), told in words below the chart too. Replaces `quantities`.
   */
  @property({ attribute: false }) storiesFor: ((replication: number) => readonly StrategyStory[]) | null = null;
  /** The salvage price, for the words. */
  @property({ type: Number }) salvage = 0;
  /** The scenario's name: the first part of the chart's file names. */
  @property() scenarioName = '';
  /** 0-based replication shown (a link may name one); picking another fires `launch-story-change`. */
  @property({ type: Number }) replication = 0;
  @state() private typed = '1';
  @state() private selected: StrategyKey = 'launch';
  /** What is wrong with the typed number, worded when shown (it follows a language switch). */
  @state() private error: (() => string) | null = null;
  @state() private note: (() => string) | null = null;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A new scenario may have fewer markets: keep the choice inside it.
    if (changed.has('scenario') && this.scenario && this.replication >= this.scenario.replications) {
      this.replication = 0;
    }
    if (changed.has('replication')) this.typed = String(this.replication + 1);
  }

  private show(replication: number): void {
    this.replication = replication;
    fire(this, 'launch-story-change', { replication });
  }

  private showTyped(): void {
    const R = this.scenario?.replications ?? 0;
    const n = Number(this.typed.trim().replaceAll(',', ''));
    if (!Number.isInteger(n) || n < 1 || n > R) {
      const typed = this.typed;
      const most = formatWhole(R);
      this.error = () =>
        typed
          ? msg(str`Market number: ${typed} is not allowed, must be a whole number from 1 to ${most}`)
          : msg(str`Market number: (empty) is not allowed, must be a whole number from 1 to ${most}`);
      return;
    }
    this.error = null;
    this.note = null;
    this.show(n - 1);
  }

  private showTypical(stateName: string): void {
    if (this.scenario === null) return;
    const i = typicalMarket(this.scenario, stateName);
    if (i === null) {
      const markets = formatWhole(this.scenario.replications);
      const shown = shownName(stateName);
      this.note = () => msg(str`None of the ${markets} markets was ${shown}.`);
      return;
    }
    this.error = null;
    const market = formatWhole(i + 1);
    const shown = shownName(stateName);
    this.note = () => msg(str`Market ${market}: the median demand among the first ${shown} markets.`);
    this.typed = String(i + 1);
    this.show(i);
  }

  private stories(): readonly MarketStory[] {
    const s = this.scenario;
    if (this.storiesFor) return this.storiesFor(this.replication);
    const q = this.quantities;
    if (s === null || q === null) return [];
    return STRATEGY_KEYS.map((key) => marketStory(s, this.replication, key, q[key]));
  }

  override render() {
    const s = this.scenario;
    const q = this.quantities;
    if (s === null || (q === null && this.storiesFor === null)) return nothing;
    const stories = this.stories();
    const labelOf = (key: StrategyKey) => {
      const story = stories.find((st) => st.key === key);
      return story ? storyLabel(story) : q ? strategyLabel(key, q[key]) : key;
    };
    const errorId = 'market-number-error';
    const markets = formatWhole(s.replications);
    const shown = formatWhole(this.replication + 1);
    return html`<div class="pick">
        <div class="number">
          <div class="field">
            <label for="market-number">${msg(str`Market number (1 to ${markets})`)}</label>
            <input
              id="market-number"
              type="text"
              inputmode="numeric"
              size="9"
              .value=${this.typed}
              aria-invalid=${this.error ? 'true' : 'false'}
              aria-describedby=${this.error ? errorId : nothing}
              @input=${(e: Event) => (this.typed = (e.target as HTMLInputElement).value)}
              @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.showTyped()}
            />
          </div>
          <button type="button" id="show-market" @click=${() => this.showTyped()}>${msg('Show this market')}</button>
        </div>
        <div class="typical" role="group" aria-label=${msg('Typical markets')}>
          ${s.market.states.map((st) => {
            const state = shownName(st.name);
            return html`<button type="button" class="typical-market" data-state=${st.name} @click=${() => this.showTypical(st.name)}>
              ${msg(str`A typical ${state} market`)}
            </button>`;
          })}
        </div>
        <fieldset class="show">
          <legend>${msg('Units of')}</legend>
          ${(this.storiesFor ? (['pilot', 'launch'] as const) : STRATEGY_KEYS).map(
            (key) => html`<label class="choice"
              ><input type="radio" name="story-strategy" .checked=${this.selected === key} @change=${() => (this.selected = key)} />${labelOf(key)}</label
            >`,
          )}
        </fieldset>
      </div>
      ${this.error ? html`<p class="error" id=${errorId}>${this.error()}</p>` : nothing}
      ${this.note ? html`<p class="hint" id="market-note">${this.note()}</p>` : nothing}
      <genba-figure heading=${msg(str`Market ${shown}, month by month`)} .scenarioName=${this.scenarioName}>
        <genba-launch-market-story-chart .stories=${stories} .selected=${this.selected}></genba-launch-market-story-chart>
      </genba-figure>
      ${this.storiesFor
        ? html`<genba-launch-story-words .stories=${stories as readonly StrategyStory[]} .salvage=${this.salvage}></genba-launch-story-words>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-market-story': GenbaLaunchMarketStory;
  }
}
