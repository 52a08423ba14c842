/**
 * Two lines replayed on one clock from their event traces, with the playback controls:
 * the batch line above, one-piece flow below. Owns the clock and the animation loop
 * (simulated time from real elapsed time, never from the frame count); draws frames
 * imperatively, so a playing replay costs two canvas draws per animation frame and no Lit
 * render.
 *
 * @fires genba-station-select - detail: { station } (from either line)
 * @fires genba-replay-time - detail: { t, playing }, at most every 100 ms while playing and on every seek
 * @fires genba-replay-end - when the clock reaches the end
 */
import { shownName } from '../../i18n/preset-names.ts';
import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { LineKey, TracedRun } from '../../lessons/batching/paired-run.ts';
import { frameAt } from '../../lessons/batching/frame.ts';
import { pairReplay, type PairReplay } from '../../lessons/batching/replay.ts';
import { unitWords } from '../../i18n/units.ts';
import { lineFigures } from '../../lessons/batching/illusion.ts';
import { advance, createClock, eventTimes, nextStop, pause, play, previousStop, reset, seek, withSpeed, type Clock } from '../../lessons/batching/clock.ts';
import type { GenbaLineView } from './genba-line-view.ts';
import type { GenbaPlaybackControls, PlaybackCommand } from '../playback/genba-playback-controls.ts';
import './genba-line-view.ts';
import '../playback/genba-playback-controls.ts';

export interface ReplayPair {
  readonly batch: TracedRun;
  readonly flow: TracedRun;
  /** Both lines' replay material, when it was built with the runs (in the lesson worker); else it is built here. */
  readonly replays?: PairReplay;
}

@customElement('genba-paired-replay')
@localized()
export class GenbaPairedReplay extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: 0.5rem;
    }
  `;

  @property({ attribute: false }) pair: ReplayPair | null = null;
  /** The lines' names; default 'Batch' and 'One-piece flow' in the page's language. */
  @property({ attribute: false }) labels: Record<LineKey, string> | null = null;
  @property({ type: Number }) selected = -1;
  /** A new pair starts from the beginning (lesson 1: another scenario); otherwise it keeps the moment shown. */
  @property({ type: Boolean }) restart = false;

  @query('#line-batch') private batchView?: GenbaLineView;
  @query('#line-flow') private flowView?: GenbaLineView;
  @query('genba-playback-controls') private controls?: GenbaPlaybackControls;

  private replays: PairReplay | null = null;
  private stops: Float64Array = new Float64Array(0);
  private clock: Clock = createClock(0);
  private raf = 0;
  private lastFrame = 0;
  private lastTimeEvent = 0;
  private readonly reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  /** The simulated time shown. */
  get time(): number {
    return this.clock.t;
  }

  get playing(): boolean {
    return this.clock.playing;
  }

  override disconnectedCallback(): void {
    cancelAnimationFrame(this.raf);
    super.disconnectedCallback();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('pair') && this.pair) {
      const pair = this.pair;
      this.replays = pair.replays ?? pairReplay(pair);
      this.stops = eventTimes(pair.batch.run.trace?.events ?? [], pair.flow.run.trace?.events ?? []);
      const end = Math.max(pair.batch.end, pair.flow.end);
      const t = this.restart ? 0 : Math.min(this.clock.t, end);
      this.stop();
      this.clock = { ...createClock(end, this.clock.end > 0 ? this.clock.speed : undefined), t };
    }
  }

  override updated(): void {
    this.drawFrame();
  }

  /** Moves the clock to t (paused) and draws that moment. */
  seekTo(t: number): void {
    this.stop();
    this.clock = seek(this.clock, t);
    this.drawFrame();
    this.emitTime(true);
  }

  private drawFrame(): void {
    if (!this.replays || !this.pair) return;
    const t = this.clock.t;
    for (const [key, view] of [
      ['batch', this.batchView],
      ['flow', this.flowView],
    ] as const) {
      if (!view) continue;
      const r = this.replays[key];
      const frame = frameAt(r.paths, r.timelines, t);
      view.frame = frame;
      const s = this.pair[key].scenario;
      view.figures = lineFigures(frame.delivered, frame.scrapped, s.release.mode === 'order' ? s.release.quantity : null);
    }
    if (this.controls) {
      this.controls.t = t;
      this.controls.playing = this.clock.playing;
    }
  }

  private emitTime(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.lastTimeEvent < 100) return;
    this.lastTimeEvent = now;
    this.dispatchEvent(new CustomEvent('genba-replay-time', { detail: { t: this.clock.t, playing: this.clock.playing }, bubbles: true, composed: true }));
  }

  private readonly tick = (now: number): void => {
    const dt = this.lastFrame ? now - this.lastFrame : 0;
    this.lastFrame = now;
    this.clock = advance(this.clock, dt);
    this.drawFrame();
    this.emitTime(!this.clock.playing);
    if (this.clock.playing) this.raf = requestAnimationFrame(this.tick);
    else if (this.clock.t >= this.clock.end) this.dispatchEvent(new CustomEvent('genba-replay-end', { bubbles: true, composed: true }));
  };

  private stop(): void {
    cancelAnimationFrame(this.raf);
    this.clock = pause(this.clock);
  }

  private onPlayback(e: CustomEvent<PlaybackCommand>): void {
    e.stopPropagation();
    this.command(e.detail);
  }

  /** Carries out a playback command (from the controls or a keyboard shortcut). */
  command(c: PlaybackCommand): void {
    switch (c.type) {
      case 'play':
        this.clock = play(this.clock);
        this.lastFrame = 0;
        cancelAnimationFrame(this.raf);
        this.raf = requestAnimationFrame(this.tick);
        this.drawFrame();
        return;
      case 'pause':
        this.stop();
        break;
      case 'reset':
        this.stop();
        this.clock = reset(this.clock);
        break;
      case 'step-forward':
        this.stop();
        this.clock = seek(this.clock, nextStop(this.stops, this.clock.t, this.clock.end));
        break;
      case 'step-back':
        this.stop();
        this.clock = seek(this.clock, previousStop(this.stops, this.clock.t));
        break;
      case 'seek':
        this.clock = seek(this.clock, c.t);
        break;
      case 'speed':
        this.clock = withSpeed(this.clock, c.speed);
        this.requestUpdate();
        break;
    }
    this.drawFrame();
    this.emitTime(true);
  }

  override render() {
    const pair = this.pair;
    if (!pair) return html``;
    const names = pair.batch.scenario.stations.map((s) => shownName(s.name));
    const labels = this.labels ?? { batch: msg('Batch'), flow: msg('One-piece flow') };
    return html`
      <genba-line-view
        id="line-batch"
        label=${labels.batch}
        .series=${'batch'}
        .names=${names}
        .selected=${this.selected}
        .reducedMotion=${this.reducedMotion}
      ></genba-line-view>
      <genba-line-view
        id="line-flow"
        label=${labels.flow}
        .series=${'flow'}
        .names=${pair.flow.scenario.stations.map((s) => shownName(s.name))}
        .selected=${this.selected}
        .reducedMotion=${this.reducedMotion}
      ></genba-line-view>
      <genba-playback-controls
        .end=${this.clock.end}
        .speed=${this.clock.speed}
        .unit=${unitWords(pair.batch.scenario.timeUnit).short}
        @genba-playback=${this.onPlayback}
      ></genba-playback-controls>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-paired-replay': GenbaPairedReplay;
  }
}
