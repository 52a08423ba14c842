/**
 * Lesson 2's third section, "Go and see" a station: the basic steps of every station with
 * this one highlighted (yamazumi), the batch line's pace, what the station did on both lines
 * (timeline), the moments to replay (the longest queue, the first drifts found), the clues
 * left for it and the improvement picker.
 *
 * @fires genba-seek - detail `{ t }`: replay the moment at time t.
 * @fires genba-apply-improvement - from the picker (bubbles out of this section).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { shownName } from '../../i18n/preset-names.ts';
import { unitWords } from '../../i18n/units.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { TracedRun } from '../../lessons/batching/paired-run.ts';
import { stationTimeline } from '../../sim/line/series.ts';
import { CLUES, INTENDED_IMPROVEMENTS } from '../../lessons/kaizen/it-failed-before.ts';
import type { Improvement } from '../../lessons/kaizen/improvements.ts';
import { candidatesAt, changeKey } from '../../lessons/kaizen/candidates.ts';
import { yamazumiOf } from '../../lessons/kaizen/yamazumi.ts';
import { momentsAt } from '../../lessons/kaizen/moments.ts';
import { controlStyles } from '../../components/shared-styles.ts';
import { fmt } from '../../components/kaizen/kaizen-format.ts';
import { flowScreenStyles } from '../flow/flow-screen-styles.ts';

@customElement('genba-kaizen-station')
@localized()
export class GenbaKaizenStation extends LitElement {
  static override styles = [
    controlStyles,
    flowScreenStyles,
    css`
      .moments {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .station-grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(var(--genba-chart-min, 26rem), 100%), 1fr));
        gap: 1rem;
      }
    `,
  ];

  /** The line as the team runs it (batches), and the one-piece flow line with the steps taken. */
  @property({ attribute: false }) original: FlowLineScenario | null = null;
  @property({ attribute: false }) line: FlowLineScenario | null = null;
  @property({ attribute: false }) batchRun: TracedRun | null = null;
  @property({ attribute: false }) flowRun: TracedRun | null = null;
  /** The steps taken (their clues are not offered again). */
  @property({ attribute: false }) improvements: readonly Improvement[] = [];
  /** The station, counted from 0. */
  @property({ type: Number }) station = -1;
  /** The replay's time, marked on the timeline. */
  @property({ type: Number }) cursor = 0;

  private seek(t: number): void {
    this.dispatchEvent(new CustomEvent('genba-seek', { detail: { t }, bubbles: true, composed: true }));
  }

  override render() {
    const { original, line, batchRun: batch, flowRun: flow } = this;
    const s = this.station;
    if (!original || !line || !batch || !flow || s < 0) return nothing;
    const name = line.stations[s]?.name ?? '';
    const end = Math.max(batch.end, flow.end);
    const quantity = original.release.mode === 'order' ? original.release.quantity : 0;
    // The batch line's own pace, not takt time (takt = available time / demand; issue 16).
    const pace = quantity > 0 && batch.run.makespan ? batch.run.makespan / quantity : undefined;
    // Per line: the longest queue and the first two drifts found (a screenful, not a list).
    const pick = (all: ReturnType<typeof momentsAt>) => [
      ...all.filter((m) => m.kind === 'queue-peak'),
      ...all.filter((m) => m.kind === 'drift-found').slice(0, 2),
    ];
    const moments = (run: TracedRun, label: string) =>
      pick(momentsAt(run.run.trace?.events ?? [], s)).map((m) => {
        const at = fmt(m.t);
        const waiting = m.value;
        const found = line.stations[m.value]?.name;
        const where = found === undefined ? undefined : shownName(found);
        return {
          ...m,
          text:
            m.kind === 'queue-peak'
              ? msg(str`${label}: ${waiting} waiting at ${at}`)
              : where === undefined
                ? msg(str`${label}: drift found at ${at} (by the customer)`)
                : msg(str`${label}: drift found at ${at} (${where})`),
        };
      });
    const all = [...moments(batch, msg('Batches')), ...moments(flow, msg('One-piece flow'))];
    const clues = INTENDED_IMPROVEMENTS.filter(
      (i) => !this.improvements.some((d) => changeKey(d) === changeKey(i)) && ('station' in i ? i.station === name : i.kind === 'move-element' && i.from === name),
    ).map((i) => CLUES[i.id]);
    const taktTime = `${fmt(pace ?? null, 2)} ${unitWords(line.timeUnit).short}`;
    const transferBatch = original.transferBatch;
    const shown = shownName(name);
    return html`<section aria-labelledby="station-h" id="station">
      <h2 id="station-h"><span class="step" aria-hidden="true">3</span>${msg(str`Go and see: ${shown}`)}</h2>
      <div class="station-grid">
        <div>
          <genba-figure heading=${msg('The basic steps of every station, one-piece flow (per part)')} .scenarioName=${original.name ?? ''}>
            <genba-yamazumi-chart .stations=${yamazumiOf(line)} .timeUnit=${line.timeUnit} .highlight=${name}></genba-yamazumi-chart>
          </genba-figure>
          <p class="hint" id="pace">
            ${msg(str`The batch line's pace: one part every ${taktTime} (the time it takes to finish the order, per part). That is not takt time: takt is the customer's pace, available time ÷ demand, and this order names no due time.`)}
          </p>
        </div>
        <div>
          <genba-figure heading=${msg(str`What ${shown} did`)} .scenarioName=${original.name ?? ''}>
            <genba-station-timeline-chart
              .lanes=${[
                { label: msg(str`Batches of ${transferBatch}`), intervals: stationTimeline(batch.run.trace?.events ?? [], s, batch.end) },
                { label: msg('One-piece flow'), intervals: stationTimeline(flow.run.trace?.events ?? [], s, flow.end) },
              ]}
              .end=${end}
              .timeUnit=${line.timeUnit}
              .cursor=${this.cursor}
              .highlights=${[]}
            ></genba-station-timeline-chart>
          </genba-figure>
          <div class="moments" role="group" aria-label=${msg(str`Replay a moment at ${shown}`)}>
            <span>${msg('Replay the moment:')}</span>
            ${all.length
              ? all.map((m) => html`<button type="button" @click=${() => this.seek(m.t)}>${m.text}</button>`)
              : html`<span class="hint">${msg('nothing went wrong here.')}</span>`}
          </div>
        </div>
      </div>
      ${clues.length
        ? html`<details>
            <summary>${msg('Need a hint?')}</summary>
            ${clues.map((c) => html`<p>${c}</p>`)}
          </details>`
        : nothing}
      <genba-improvement-picker
        .candidates=${candidatesAt(line, s)}
        station=${name}
        timeUnit=${line.timeUnit}
        unit=${unitWords(line.timeUnit).many}
      ></genba-improvement-picker>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-kaizen-station': GenbaKaizenStation;
  }
}
