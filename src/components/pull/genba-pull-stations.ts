/**
 * Lesson 4's charts of the run on screen, both lines: where each station's time went
 * (working, waiting (starved), blocked, as shares), the units waiting in front of each
 * station over time (the pushed line piles up in front of its bottleneck), the order waiting
 * before release (order mode), and, for a station chosen on either line, what it did over
 * time, blocked spells included. Each chart has its text summary, data table and downloads.
 */
import { shownName } from '../../i18n/preset-names.ts';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { LineKey, PairedRun } from '../../lessons/batching/paired-run.ts';
import type { PairReplay } from '../../lessons/batching/replay.ts';
import { orderBacklogOverTime } from '../../lessons/pull/backlog.ts';
import { queueOverTime } from '../../sim/line/series.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { unitsWord } from '../../i18n/units.ts';
import '../charts/station-split-chart.ts';
import '../charts/step-chart.ts';
import '../charts/station-timeline-chart.ts';
import '../share/genba-figure.ts';
import { firstUpdateInOwnTask } from '../../app/after-paint.ts';

const KEYS: readonly LineKey[] = ['batch', 'flow'];

@customElement('genba-pull-stations')
@localized()
export class GenbaPullStations extends LitElement {
  /** Its first render in a task of its own (src/app/after-paint.ts): it arrives with the lesson's other lower sections. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return firstUpdateInOwnTask(this, () => super.scheduleUpdate());
  }

  static override styles = css`
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(30rem, 100%), 1fr));
      gap: 1rem;
      margin-top: 1rem;
    }
  `;

  @property({ attribute: false }) pair: PairedRun | null = null;
  @property({ attribute: false }) replays: PairReplay | null = null;
  @property({ attribute: false }) scenario: FlowLineScenario | null = null;
  @property({ attribute: false }) labels: Record<LineKey, string> = { batch: '', flow: '' };
  /** The station chosen on either line, or −1. */
  @property({ type: Number }) selected = -1;

  private queues(key: LineKey) {
    const pair = this.pair as PairedRun;
    const events = pair[key].run.trace?.events ?? [];
    return pair[key].scenario.stations.map((s, i) => ({
      key: `station-${i}`,
      label: shownName(s.name),
      points: queueOverTime(events, i).map((p) => ({ t: p.t, value: p.waiting })),
    }));
  }

  override render() {
    const { pair, scenario, labels } = this;
    if (!pair || !scenario) return nothing;
    const name = scenario.name ?? '';
    const tags: Record<LineKey, string> = { batch: msg('Pushed'), flow: msg('Pulled') };
    const split = (key: LineKey) => ({
      key,
      label: labels[key],
      tag: tags[key],
      stations: pair[key].run.stations.map((s) => ({ name: shownName(s.name), working: s.working, setup: s.setup, handling: s.handling, starved: s.starved, blocked: s.blocked })),
    });
    const release = scenario.release;
    return html`<genba-figure heading=${msg('Where each station’s time went: working, waiting, blocked')} .scenarioName=${name}>
        <genba-station-split-chart .lines=${KEYS.map(split)} .timeUnit=${scenario.timeUnit} share></genba-station-split-chart>
      </genba-figure>
      ${KEYS.map(
        (key) =>
          html`<genba-figure heading=${msg(str`Units waiting in front of each station, ${labels[key]}`)} .scenarioName=${name}>
            <genba-step-chart .series=${this.queues(key)} yLabel=${msg('Units waiting')} .timeUnit=${scenario.timeUnit} .end=${pair.end}></genba-step-chart>
          </genba-figure>`,
      )}
      ${release.mode === 'order'
        ? html`<genba-figure heading=${msg('The order waiting before release')} .scenarioName=${name}>
            <genba-step-chart
              .series=${KEYS.map((key) => ({ key, label: labels[key], points: orderBacklogOverTime(pair[key].run.trace?.events ?? [], release.quantity) }))}
              yLabel=${msg(str`Waiting outside the line (${unitsWord()})`)}
              .timeUnit=${scenario.timeUnit}
              .end=${pair.end}
            ></genba-step-chart>
          </genba-figure>`
        : nothing}
      ${this.renderStation(pair, scenario)}`;
  }

  private renderStation(pair: PairedRun, scenario: FlowLineScenario) {
    const s = this.selected;
    const station = scenario.stations[s];
    if (!station || !this.replays) return nothing;
    const replays = this.replays;
    return html`<genba-figure id="station-figure" heading=${msg(str`Go and see: ${shownName(station.name)}, both lines`)} .scenarioName=${scenario.name ?? ''}>
      <genba-station-timeline-chart
        .lanes=${KEYS.map((key) => ({ label: this.labels[key], intervals: replays[key].timelines[s] ?? [] }))}
        .end=${pair.end}
        .timeUnit=${scenario.timeUnit}
      ></genba-station-timeline-chart>
    </genba-figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-pull-stations': GenbaPullStations;
  }
}
