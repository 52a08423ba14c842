/**
 * Lesson 3's sections that tell markets: `genba-launch-story-section`, one market's story
 * before the many markets (version 2; told from the case itself, no run needed), and
 * `genba-launch-results`, the many markets of the run on screen: version 1's results
 * (genba-launch-v1-results) or version 2's (genba-launch-strategy-results), partial while a
 * run goes, with a note when the case has changed since.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import '../../components/launch/genba-launch-market-story.ts';
import '../../components/launch/genba-launch-strategy-results.ts';
import type { ValidLaunchForm } from '../../lessons/launch/launch-form.ts';
import { DEFAULT_PAIR, pairWithin, type ComparedPair } from '../../lessons/launch/strategy-compare.ts';
import { pairStories } from '../../lessons/launch/strategy-story.ts';
import { hasStrategies, type LaunchStrategyScenario } from '../../scenario/types.ts';
import './genba-launch-v1-results.ts';
import type { FinishedRun, LiveRun } from './launch-run-state.ts';
import { launchScreenStyles } from './launch-screen-styles.ts';
import { firstUpdateInOwnTask } from '../../app/after-paint.ts';

@customElement('genba-launch-story-section')
@localized()
export class GenbaLaunchStorySection extends LitElement {
  /** Its first render in a task of its own (src/app/after-paint.ts): it arrives with the lesson's other lower sections. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return firstUpdateInOwnTask(this, () => super.scheduleUpdate());
  }

  static override styles = launchScreenStyles;

  @property({ attribute: false }) scenario: LaunchStrategyScenario | null = null;
  @property({ attribute: false }) pair: ComparedPair = DEFAULT_PAIR;
  @property({ type: Number }) replication = 0;

  override render() {
    const scenario = this.scenario;
    if (scenario === null) return nothing;
    const pair = this.pair;
    return html`<section class="card" aria-labelledby="h-story">
      <h2 id="h-story">${msg("One market's story")}</h2>
      <p class="note">${msg('Before the many markets, one of them: month by month, what each strategy made, sold, could not serve and stacked in the warehouse.')}</p>
      <genba-launch-market-story
        .scenario=${scenario}
        .storiesFor=${(i: number) => pairStories(scenario, i, pair)}
        .salvage=${scenario.economics.salvage}
        .replication=${this.replication}
        .scenarioName=${scenario.name ?? ''}
      ></genba-launch-market-story>
    </section>`;
  }
}

@customElement('genba-launch-results')
@localized()
export class GenbaLaunchResults extends LitElement {
  /** Its first render in a task of its own (src/app/after-paint.ts): it arrives with the lesson's other lower sections. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return firstUpdateInOwnTask(this, () => super.scheduleUpdate());
  }

  static override styles = launchScreenStyles;

  @property({ attribute: false }) live: LiveRun | null = null;
  @property({ attribute: false }) finished: FinishedRun | null = null;
  @property({ attribute: false }) lastValid: ValidLaunchForm | null = null;
  @property({ attribute: false }) pair: ComparedPair = DEFAULT_PAIR;
  @property({ type: Number }) storyReplication = 0;

  override render() {
    const { live, finished, lastValid } = this;
    const strategiesCase = lastValid !== null && hasStrategies(lastValid.scenario);
    const changed = finished !== null && lastValid !== null && JSON.stringify(lastValid.sweepScenario) !== JSON.stringify(finished.request.sweepScenario);
    if ((live?.kind ?? (strategiesCase ? 'strategies' : 'quantities')) === 'quantities') {
      return html`<genba-launch-v1-results
        .live=${live}
        .finished=${finished?.kind === 'quantities' ? finished : null}
        ?changed=${changed}
        .storyReplication=${this.storyReplication}
      ></genba-launch-v1-results>`;
    }
    const shown = live?.figures ? null : finished?.kind === 'strategies' ? finished : null;
    const figures = live?.figures ?? (shown ? { results: shown.result.output.results, done: shown.result.output.replications, partial: false } : null);
    const scenario = live?.figures ? live.request.scenario : shown?.scenario;
    if (figures === null || !scenario || !hasStrategies(scenario)) {
      return html`<p class="placeholder" id="no-result">
        ${live ? msg('The first markets are on their way…') : msg('Make your prediction, then run the markets: the results appear here.')}
      </p>`;
    }
    return html`${changed && live === null
        ? html`<p class="stale" id="stale">
            ${msg('These results are for the case and the number of markets of the last finished run; you have changed them since. Press Run to update.')}
          </p>`
        : nothing}
      ${live?.figures ? html`<p class="note">${msg('Partial results, filling in as markets arrive.')}</p>` : nothing}
      <genba-launch-strategy-results
        .scenario=${scenario}
        .results=${figures.results}
        .done=${figures.done}
        ?partial=${figures.partial}
        .result=${shown?.result ?? null}
        .commitment=${live?.commitment ?? shown?.result.commitment ?? null}
        .pair=${pairWithin(this.pair, figures.results.length)}
      ></genba-launch-strategy-results>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-story-section': GenbaLaunchStorySection;
    'genba-launch-results': GenbaLaunchResults;
  }
}
