/**
 * The outcome of lesson 4: for the pushed and the pulled line on the same random numbers,
 * throughput, WIP, flow time, lead time and the cash tied up in WIP (WIP × unitValue), and a
 * sentence: how much of the deliveries the pulled line kept with what share of the WIP.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { pushPullRatios, type LineOutcome } from '../../lessons/pull/outcome.ts';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import { unitWords } from '../../i18n/units.ts';
import type { TimeUnit } from '../../sim/line/types.ts';
import { pullStyles } from './pull-styles.ts';
import { outcomeSentence } from './pull-words.ts';
import { firstUpdateInOwnTask } from '../../app/after-paint.ts';

@customElement('genba-pull-outcome')
@localized()
export class GenbaPullOutcome extends LitElement {
  /** Its first render in a task of its own (src/app/after-paint.ts): it arrives with the lesson's other lower sections. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return firstUpdateInOwnTask(this, () => super.scheduleUpdate());
  }

  static override styles = [pullStyles];

  @property({ attribute: false }) push: LineOutcome | null = null;
  @property({ attribute: false }) pull: LineOutcome | null = null;
  @property({ attribute: false }) labels: { push: string; pull: string } = { push: '', pull: '' };
  @property() timeUnit: TimeUnit = 'hour';

  override render() {
    const { push, pull } = this;
    if (!push || !pull) return nothing;
    const u = unitWords(this.timeUnit).short;
    const row = (name: string, pick: (o: LineOutcome) => number | null, digits = 1) =>
      html`<tr>
        <th scope="row">${name}</th>
        <td>${formatNumber(pick(push) ?? Number.NaN, digits)}</td>
        <td>${formatNumber(pick(pull) ?? Number.NaN, digits)}</td>
      </tr>`;
    const sentence = outcomeSentence(push, pull);
    return html`${sentence ? html`<p id="outcome-sentence"><strong>${sentence}</strong></p>` : nothing}
      <table id="outcome-table">
        <caption>
          ${msg('One run of each line, on the same random numbers')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Figure')}</th>
            <th scope="col">${this.labels.push}</th>
            <th scope="col">${this.labels.pull}</th>
          </tr>
        </thead>
        <tbody>
          ${row(msg(str`Throughput (units per ${u})`), (o) => o.throughput, 3)} ${row(msg('Units delivered'), (o) => o.delivered, 0)}
          ${row(msg('Work in progress, mean (units)'), (o) => o.wip)} ${row(msg(str`Flow time, mean (${u})`), (o) => o.flowTime)}
          ${row(msg(str`Lead time from the order, mean (${u})`), (o) => o.leadTime)}
          ${push.cash !== null ? row(msg('Cash tied up in work in progress, mean'), (o) => o.cash, 0) : nothing}
        </tbody>
      </table>
      <p class="hint">
        ${msg(
          'Flow time runs from release into the line to delivery; lead time from the order. Pulled, the order waits outside the line as paper, not as material: it costs no cash and hides no problem.',
        )}
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-pull-outcome': GenbaPullOutcome;
  }
}
