/**
 * Little's law, live: for each line, the units in it at the moment shown and the rate it
 * delivers, read as the time to get through ("30 units in the line at 0.5 an hour means 60
 * hours to get through"). The rate is the run's throughput; the WIP follows the replay.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { littleReading } from '../../lessons/pull/littles-law.ts';
import { formatDecimal } from '../../i18n/format.ts';
import { formatDuration } from '../../i18n/units.ts';
import type { TimeUnit } from '../../sim/line/types.ts';
import { pullStyles } from './pull-styles.ts';

export interface LittleLine {
  readonly label: string;
  readonly wip: number;
  readonly throughput: number;
}

/** "30 units in the line at 0.5 an hour means 60 hours to get through." */
export function littleSentence(wip: number, throughput: number, unit: TimeUnit): string | null {
  const r = littleReading(wip, throughput);
  if (!r) return null;
  const units = formatDecimal(r.wip, 1);
  const rate = formatDecimal(r.throughput, 2);
  const time = formatDuration(r.flowTime, unit, 1);
  switch (unit) {
    case 'hour':
      return msg(str`${units} units in the line at ${rate} an hour means ${time} to get through.`);
    case 'minute':
      return msg(str`${units} units in the line at ${rate} a minute means ${time} to get through.`);
    case 'second':
      return msg(str`${units} units in the line at ${rate} a second means ${time} to get through.`);
  }
}

@customElement('genba-little-sentence')
@localized()
export class GenbaLittleSentence extends LitElement {
  static override styles = [pullStyles];

  @property({ attribute: false }) lines: readonly LittleLine[] = [];
  @property() timeUnit: TimeUnit = 'hour';

  override render() {
    return html`${this.lines.map((l) => {
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
