/**
 * Little's law, live: for each line, the units in it at the moment shown and the rate it
 * delivers, read as the time to get through ("30 units in the line at 0.5 an hour means 60
 * hours to get through"). The rate is the run's throughput; the WIP follows the replay.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { littleSentence } from './pull-words.ts';
import type { TimeUnit } from '../../sim/line/types.ts';
import { pullStyles } from './pull-styles.ts';

export interface LittleLine {
  readonly label: string;
  readonly wip: number;
  readonly throughput: number;
}

@customElement('genba-little-sentence')
@localized()
export class GenbaLittleSentence extends LitElement {
  static override styles = [pullStyles];

  @property({ attribute: false }) lines: readonly LittleLine[] = [];
  @property() timeUnit: TimeUnit = 'hour';

  override render() {
    // The WIP is the replay's at this moment, not the run's mean: at the start of the pushed
    // run "60 units … 81 hours" stood beside the outcome table's mean flow time of 44 hours
    // with nothing to say which was which (issue 16, second look).
    return html`<p class="moment">${msg('At the moment shown in the replay (the outcome table gives the averages over the whole run):')}</p>
      ${this.lines.map((l) => {
      const sentence = littleSentence(l.wip, l.throughput, this.timeUnit);
      return sentence ? html`<p class="little"><strong>${l.label}:</strong> ${sentence}</p>` : nothing;
    })}
    <p class="hint">${msg("Little's law: work in progress = throughput × flow time. The units in a line are the time it takes to get through, counted in deliveries.")}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-little-sentence': GenbaLittleSentence;
  }
}
