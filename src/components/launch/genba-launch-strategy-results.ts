/**
 * `genba-launch-strategy-results`: the many markets of a version-2 run (strategies), after
 * one market's story: the plain ledger of every strategy (with "More detail"), the run's
 * answers for the two compared, hindsight like with like, and where the second starts to pay
 * (the break-even view over the chance of a good market, and over the commitment length),
 * with the lesson's claim in words: the first avoids real loss at a bounded price; it does
 * not always win. Model logic lives in src/lessons/launch and src/sim/launch.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { shownName } from '../../i18n/preset-names.ts';
import { getLocale } from '../../i18n/locale.ts';
import { formatMoney, formatShare } from '../../lessons/launch/format.ts';
import { differenceOf, likeHindsight, strategyOutcome, type ComparedPair, type LikeHindsight } from '../../lessons/launch/strategy-compare.ts';
import { earnsMoreSentence, losesMoreSentence } from '../../lessons/launch/prediction-check.ts';
import type { CommitmentView, StrategyLessonResult } from '../../lessons/launch/strategy-run.ts';
import { breakEvenView, type BreakEvenView } from '../../sim/launch/break-even.ts';
import type { LaunchStrategyResult } from '../../sim/launch/monte-carlo.ts';
import type { LaunchStrategyScenario } from '../../scenario/types.ts';
import '../charts/launch-break-even-chart.ts';
import '../charts/launch-commitment-chart.ts';
import '../charts/launch-like-hindsight-chart.ts';
import '../share/genba-figure.ts';
import './genba-launch-strategy-ledger.ts';
import { launchControlStyles } from './launch-styles.ts';
import { joinSentences } from '../../i18n/text.ts';

/** The lesson's claim for the two compared, in words, from the run's figures. */
export function lessonClaim(h: LikeHindsight | null, view: BreakEvenView | null, first: string, second: string): string {
  const parts: string[] = [];
  if (h?.good && h.other) {
    const missed = formatMoney(h.good.firstMissed);
    const lost = formatMoney(h.other.secondLost);
    parts.push(msg(str`${first} avoids real loss at a bounded price: in a good market it never earns ${missed} of margin, where in the other markets ${second} loses ${lost} of cash.`));
  }
  const t = view?.threshold ?? null;
  if (t === null) parts.push(msg(str`Here ${second} does not earn more on average at any chance of a good market.`));
  else if (t === 0) parts.push(msg(str`It does not always win: here ${second} earns more on average at every chance of a good market.`));
  else {
    const share = formatShare(t);
    parts.push(msg(str`It does not always win: when the chance of a good market is above ${share}, ${second} earns more on average.`));
  }
  return joinSentences(parts);
}

@customElement('genba-launch-strategy-results')
@localized()
export class GenbaLaunchStrategyResults extends LitElement {
  static override styles = [
    launchControlStyles,
    css`
      :host {
        display: block;
      }
      .results {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(30rem, 100%), 1fr));
        gap: 1rem;
      }
      section.card {
        contain: layout paint;
        background: var(--genba-surface, #fff);
        border: 1px solid var(--genba-border, #c9d1db);
        border-radius: 10px;
        padding: 0.75rem 1rem;
        min-width: 0;
      }
      section.wide {
        grid-column: 1 / -1;
      }
      h2 {
        font-size: 1.25rem;
        margin: 0 0 0.5rem;
      }
      .claim {
        border-left: 4px solid var(--genba-accent, #1f4e79);
        padding: 0.25rem 0.75rem;
        background: #f4f6f8;
      }
    `,
  ];

  @property({ attribute: false }) scenario: LaunchStrategyScenario | null = null;
  /** Every strategy's figures shown (partial while running). */
  @property({ attribute: false }) results: readonly LaunchStrategyResult[] = [];
  @property({ type: Number }) done = 0;
  @property({ type: Boolean }) partial = false;
  /** The finished run (null while the first run is on its way). */
  @property({ attribute: false }) result: StrategyLessonResult | null = null;
  @property({ attribute: false }) commitment: CommitmentView | null = null;
  @property({ attribute: false }) pair: ComparedPair = { first: 0, second: 1 };
  /**
   * How many of the parts (ledger, hindsight, break-even, commitment) have been drawn. Each is
   * first drawn in a task of its own: Lit prepares a component's templates and D3 draws its
   * axes on that first render, and all of them in one task would block the page for longer
   * than 50 ms on a slow machine (as genba-launch-v1-results does).
   */
  @state() private drawn = 0;
  private revealTimer: ReturnType<typeof setTimeout> | null = null;

  override disconnectedCallback(): void {
    if (this.revealTimer !== null) clearTimeout(this.revealTimer);
    this.revealTimer = null;
    super.disconnectedCallback();
  }

  protected override updated(): void {
    if (this.revealTimer !== null || this.drawn >= (this.results.length > 1 ? 4 : 1) || this.results.length === 0) return;
    this.revealTimer = setTimeout(() => {
      this.revealTimer = null;
      this.drawn += 1;
    }, 0);
  }

  private drawPart(index: number, content: () => TemplateResult): TemplateResult {
    return this.drawn > index ? content() : html`<p class="placeholder">${msg('Drawing…')}</p>`;
  }

  private names(first: LaunchStrategyResult, second: LaunchStrategyResult) {
    const good = this.goodState();
    return { first: shownName(first.strategy), second: shownName(second.strategy), good: shownName(good ?? ''), base: shownName(first.strategy), challenger: shownName(second.strategy) };
  }

  private goodState(): string | null {
    let best: { name: string; level: number } | null = null;
    for (const s of this.scenario?.market.states ?? []) if (best === null || s.level > best.level) best = s;
    return best?.name ?? null;
  }

  private renderInShort(first: LaunchStrategyResult, second: LaunchStrategyResult): TemplateResult | typeof nothing {
    const r = this.result;
    if (r === null || this.partial) return nothing;
    const d = differenceOf(r.paired, r.output.results.length, this.pair);
    if (d === null) return nothing;
    const o = strategyOutcome(d);
    const n = this.names(first, second);
    return html`<div class="in-short" id="in-short">
      <h3>${msg('In short')}</h3>
      <ul>
        <li>${earnsMoreSentence(o.earnsMore, n.first, n.second)}</li>
        <li>${losesMoreSentence(o.losesMoreOften, n.first, n.second, first.probLoss, second.probLoss)}</li>
      </ul>
    </div>`;
  }

  private memo: {
    first: LaunchStrategyResult;
    second: LaunchStrategyResult;
    scenario: LaunchStrategyScenario;
    locale: string;
    hindsight: LikeHindsight | null;
    view: BreakEvenView | null;
    names: ReturnType<GenbaLaunchStrategyResults['names']>;
  } | null = null;

  /**
   * Hindsight and the break-even view of the two compared, recomputed only when their figures
   * change: a new commitment view (or any other update) then leaves their charts alone.
   */
  private derived(s: LaunchStrategyScenario, first: LaunchStrategyResult, second: LaunchStrategyResult) {
    const m = this.memo;
    const locale = getLocale();
    if (m && m.first === first && m.second === second && m.scenario === s && m.locale === locale) return m;
    const good = this.goodState();
    const hindsight = likeHindsight(s.market.states, first, second);
    const view = good === null ? null : breakEvenView(s.market.states, good, first, second);
    this.memo = { first, second, scenario: s, locale, hindsight, view, names: this.names(first, second) };
    return this.memo;
  }

  /** The plain ledger of every strategy (drawn in the first part's task). */
  private renderLedger(s: LaunchStrategyScenario): TemplateResult {
    return this.drawPart(
      0,
      () => html`<genba-launch-strategy-ledger
        .results=${this.results}
        .output=${this.partial ? null : (this.result?.output ?? null)}
        .scenario=${s}
        .markets=${this.done}
      ></genba-launch-strategy-ledger>`,
    );
  }

  /** One strategy: its ledger, nothing to compare. */
  private renderLedgerOnly(s: LaunchStrategyScenario): TemplateResult {
    return html`<div class="results">
      <section class="card wide" aria-labelledby="h-many">
        <h2 id="h-many">${msg('Many markets: what each strategy earns and risks')}</h2>
        ${this.renderLedger(s)}
      </section>
    </div>`;
  }

  override render() {
    const s = this.scenario;
    const first = this.results[this.pair.first];
    const second = this.results[this.pair.second];
    if (s === null || first === undefined) return nothing;
    if (second === undefined) return this.renderLedgerOnly(s);
    const { hindsight, view, names } = this.derived(s, first, second);
    const commitment = this.commitment;
    const commitmentFits = commitment !== null && commitment.first === first.strategy && commitment.second === second.strategy;
    const name = s.name ?? '';
    return html`<div class="results">
      <section class="card wide" aria-labelledby="h-many">
        <h2 id="h-many">${msg('Many markets: what each strategy earns and risks')}</h2>
        ${this.renderLedger(s)}
        ${this.renderInShort(first, second)}
        <p class="note">
          ${msg('Margin never earned is money that never came in: no cash left the till. Cash tied up in cars nobody bought left the till and did not come back. The ledger keeps them apart, and the fixed cost on its own line.')}
        </p>
      </section>
      <section class="card" aria-labelledby="h-hindsight">
        <h2 id="h-hindsight">${msg('Hindsight, like with like')}</h2>
        ${hindsight
          ? this.drawPart(
              1,
              () => html`<genba-figure heading=${msg('What each strategy missed and lost, by kind of market')} .scenarioName=${name}>
                <genba-launch-like-hindsight-chart .hindsight=${hindsight} .names=${names}></genba-launch-like-hindsight-chart>
              </genba-figure>`,
            )
          : nothing}
      </section>
      <section class="card" aria-labelledby="h-break-even">
        <h2 id="h-break-even">${msg(str`When does ${names.second} pay?`)}</h2>
        <p class="claim" id="claim">${lessonClaim(hindsight, view, names.first, names.second)}</p>
        ${view
          ? this.drawPart(
              2,
              () => html`<genba-figure heading=${msg('Expected profit and chance of a loss, by the chance of a good market')} .scenarioName=${name}>
                <genba-launch-break-even-chart .view=${view} .names=${names}></genba-launch-break-even-chart>
              </genba-figure>`,
            )
          : html`<p class="placeholder">${msg('A market state was never drawn: run more markets to see the break-even view.')}</p>`}
        ${commitmentFits
          ? this.drawPart(
              3,
              () => html`<genba-figure heading=${msg('Expected profit and chance of a loss, by the length of the commitment')} .scenarioName=${name}>
                <genba-launch-commitment-chart .view=${commitment} .names=${names}></genba-launch-commitment-chart>
              </genba-figure>`,
            )
          : html`<p class="placeholder" id="no-commitment">
              ${second.strategy && s.strategies[this.pair.second]?.commit === undefined
                ? msg(str`${names.second} commits to nothing, so there is no commitment length to vary.`)
                : msg('The view over the commitment length comes with the next run of these two strategies.')}
            </p>`}
      </section>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-strategy-results': GenbaLaunchStrategyResults;
  }
}
