/**
 * Lesson 1's "Go and see" section for the station chosen on either line: what it did over
 * time on both lines (with the moments a drift began and was found), the units waiting in
 * front of it, and where a unit's lead time goes there. Its time charts carry the replay's
 * cursor (`data-cursor`, moved by the screen).
 */
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { shownName } from '../../i18n/preset-names.ts';
import { formatPercent } from '../../i18n/format.ts';
import { unitWords } from '../../i18n/units.ts';
import { queueOverTime } from '../../sim/line/series.ts';
import type { TimeUnit } from '../../sim/line/types.ts';
import type { LineKey, PairedRun } from '../../lessons/batching/paired-run.ts';
import type { PairReplay } from '../../lessons/batching/replay.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { LightSection } from './light-section.ts';
import { fmt, lineLabels } from './flow-runs.ts';

/** "What Cut did, minute by minute". */
function whatStationDid(name: string, unit: TimeUnit): string {
  switch (unit) {
    case 'second':
      return msg(str`What ${name} did, second by second`);
    case 'minute':
      return msg(str`What ${name} did, minute by minute`);
    case 'hour':
      return msg(str`What ${name} did, hour by hour`);
  }
}

@customElement('genba-flow-station')
@localized()
export class GenbaFlowStation extends LightSection {
  @property({ attribute: false }) pair: PairedRun | null = null;
  @property({ attribute: false }) replays: PairReplay | null = null;
  @property({ attribute: false }) scenario: FlowLineScenario | null = null;
  /** The station shown (0-based). */
  @property({ type: Number }) station = -1;
  /** The replay's time when this section is drawn (the screen moves the cursors after that). */
  cursor = 0;

  override render() {
    const { pair, replays, scenario } = this;
    const s = this.station;
    if (!pair || !replays || !scenario || !replays.batch.breakdown.stations[s] || !replays.flow.breakdown.stations[s]) return nothing;
    const name = scenario.stations[s]?.name ?? '';
    const label = lineLabels(scenario);
    const queue = (key: LineKey) => ({
      key,
      label: label[key],
      points: queueOverTime(pair[key].run.trace?.events ?? [], s).map((p) => ({ t: p.t, value: p.waiting })),
    });
    const highlights = (key: LineKey) =>
      (pair[key].run.trace?.events ?? [])
        .filter((e) => (e.kind === 'detect' && e.source === s) || (e.kind === 'drift' && e.station === s))
        .map((e) => {
          const line = key === 'batch' ? 'B' : '1';
          return { t: e.t, label: e.kind === 'drift' ? msg(str`${line}: drifts`) : msg(str`${line}: drift found`) };
        });
    const u = unitWords(scenario.timeUnit).short;
    const share = { batch: replays.batch.breakdown.stations[s], flow: replays.flow.breakdown.stations[s] };
    type Share = (typeof share)['batch'];
    const row = (what: string, pick: (x: Share) => number) => html`<tr><th scope="row">${what}</th><td>${fmt(pick(share.batch))}</td><td>${fmt(pick(share.flow))}</td></tr>`;
    const scenarioName = scenario.name ?? '';
    return html`<section aria-labelledby="station-h" id="station">
      <h2 id="station-h">${msg(str`Go and see: ${shownName(name)}`)}</h2>
      <p class="hint">${msg('Select another station on either line, or the same one again to close this view.')}</p>
      <div class="charts">
        <genba-figure heading=${whatStationDid(shownName(name), scenario.timeUnit)} .scenarioName=${scenarioName}>
          <genba-station-timeline-chart
            data-cursor
            .lanes=${[
              { label: label.batch, intervals: replays.batch.timelines[s] ?? [] },
              { label: label.flow, intervals: replays.flow.timelines[s] ?? [] },
            ]}
            .end=${pair.end}
            .timeUnit=${scenario.timeUnit}
            .cursor=${this.cursor}
            .highlights=${[...highlights('batch'), ...highlights('flow')]}
          ></genba-station-timeline-chart>
        </genba-figure>
        <genba-figure heading=${msg(str`Units waiting in front of ${shownName(name)}`)} .scenarioName=${scenarioName}>
          <genba-step-chart data-cursor .series=${[queue('batch'), queue('flow')]} yLabel=${msg('Units waiting')} .timeUnit=${scenario.timeUnit} .end=${pair.end} .cursor=${this.cursor}></genba-step-chart>
        </genba-figure>
      </div>
      <table id="station-share">
        <caption>
          ${msg(str`Where a unit's lead time goes at ${shownName(name)} (mean per delivered unit, ${u})`)}
        </caption>
        <thead>
          <tr><th scope="col">${msg('Time spent')}</th><th scope="col">${label.batch}</th><th scope="col">${label.flow}</th></tr>
        </thead>
        <tbody>
          ${row(msg('Waiting in the in-container'), (x) => x.queue)} ${row(msg('Being taken out and put back'), (x) => x.handling)}
          ${row(msg('Being worked on'), (x) => x.work)} ${row(msg('Waiting for the batch to fill'), (x) => x.outbox)}
          ${row(msg('At this station in all'), (x) => x.total)}
          <tr>
            <th scope="row">${msg("Share of the line's lead time")}</th>
            <td>${formatPercent(Math.round(share.batch.share * 100) / 100)}</td>
            <td>${formatPercent(Math.round(share.flow.share * 100) / 100)}</td>
          </tr>
        </tbody>
      </table>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-flow-station': GenbaFlowStation;
  }
}
