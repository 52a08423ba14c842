/**
 * Lesson 2's first section, "The numbers": the headline (they are right, not yet, or
 * one-piece flow now beats the batches) and the three checks, lead time, WIP and scrap, of
 * one-piece flow with the steps taken so far against the batches as the team runs them.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { unitWords } from '../../i18n/units.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { KaizenLog } from '../../lessons/kaizen/kaizen-log.ts';
import { flowWins } from '../../lessons/kaizen/verdict.ts';
import { kaizenHeadline } from '../../lessons/kaizen/headline.ts';
import { fmt } from '../../components/kaizen/kaizen-format.ts';
import { flowScreenStyles } from '../flow/flow-screen-styles.ts';

@customElement('genba-kaizen-numbers')
@localized()
export class GenbaKaizenNumbers extends LitElement {
  static override styles = [
    flowScreenStyles,
    css`
      .verdict {
        font-size: 1.2rem;
        font-weight: 600;
        margin: 0 0 0.5rem;
      }
      .checks {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.5rem;
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .win {
        color: #1b6e3a;
      }
      .lose {
        color: #a3261d;
      }
    `,
  ];

  @property({ attribute: false }) log: KaizenLog | null = null;
  @property({ attribute: false }) scenario: FlowLineScenario | null = null;

  override render() {
    const { log, scenario } = this;
    if (!log || !scenario) return nothing;
    const now = log.entries.length ? log.entries[log.entries.length - 1]!.after : log.start;
    const v = flowWins(now, log.target);
    const unit = unitWords(scenario.timeUnit).short;
    const batch = scenario.transferBatch;
    // "batches of 10" before the batches' figure (its own message: the figure follows it directly).
    const batches = msg(str`batches of ${batch}`, { id: 'kaizen.batches-of-before-figure' });
    const mark = (ok: boolean, what: string, flow: string, bat: string) =>
      html`<li class=${ok ? 'win' : 'lose'}>${ok ? '✔' : '✘'} ${msg(str`${what}: one-piece flow ${flow}, ${batches} ${bat}`)}</li>`;
    const lead = fmt(now.leadTime);
    const target = fmt(log.target.leadTime);
    return html`<section aria-labelledby="numbers-h">
      <h2 id="numbers-h"><span class="step" aria-hidden="true">1</span>${msg('The numbers')}</h2>
      <p class="verdict" id="verdict">
        ${kaizenHeadline({ verdict: v, flow: now, batches: log.target, steps: log.entries.length, transferBatch: batch, unit, format: fmt })}
      </p>
      <ul class="checks">
        ${mark(v.leadTime, msg('Lead time'), `${lead} ${unit}`, `${target} ${unit}`)}
        ${mark(v.wip, msg('WIP'), fmt(now.wip), fmt(log.target.wip))} ${mark(v.scrap, msg('Scrap'), fmt(now.scrapped), fmt(log.target.scrapped))}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-kaizen-numbers': GenbaKaizenNumbers;
  }
}
