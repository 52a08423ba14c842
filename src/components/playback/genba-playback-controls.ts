/**
 * Play, pause, step back and forward, a timeline to scrub, the speed (0.25× to 64×) and
 * reset. Keyboard: every control is a native button, range or select; in addition, while
 * focus is on the timeline, Space plays/pauses.
 *
 * The timeline's value is the clock's time exactly (`step="any"`): a range with a step
 * snaps the value it shows to that step, so a replay paused between two events showed a
 * rounded time, and a step back to an event inside the same step left it where it was
 * (issue 16). The arrow keys move it by 1% of the run (the browser's rule for `any`).
 *
 * @fires genba-playback - detail: PlaybackCommand
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatNumber } from '../../i18n/format.ts';
import { SPEEDS, type Speed } from '../../lessons/batching/clock.ts';
import { controlStyles } from '../shared-styles.ts';

export type PlaybackCommand =
  | { readonly type: 'play' | 'pause' | 'reset' | 'step-forward' | 'step-back' }
  | { readonly type: 'seek'; readonly t: number }
  | { readonly type: 'speed'; readonly speed: Speed };

@customElement('genba-playback-controls')
@localized()
export class GenbaPlaybackControls extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 0.75rem;
      }
      .scrub {
        flex: 1 1 16rem;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
      }
      input[type='range'] {
        flex: 1;
        min-width: 10rem;
        accent-color: var(--genba-accent, #1f4e79);
        height: 2rem;
      }
      output {
        font-variant-numeric: tabular-nums;
        min-width: 9rem;
        font-weight: 600;
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
      }
    `,
  ];

  @property({ type: Number }) t = 0;
  @property({ type: Number }) end = 0;
  @property({ type: Boolean }) playing = false;
  @property({ type: Number }) speed: Speed = 1;
  /** Short unit for the readout: s, min or h (秒, 分钟, 小时). */
  @property() unit = 'min';
  @property({ type: Boolean }) disabled = false;

  private send(command: PlaybackCommand): void {
    this.dispatchEvent(new CustomEvent<PlaybackCommand>('genba-playback', { detail: command, bubbles: true, composed: true }));
  }

  private onScrub(e: Event): void {
    this.send({ type: 'seek', t: Number((e.target as HTMLInputElement).value) });
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === ' ') {
      e.preventDefault();
      this.send({ type: this.playing ? 'pause' : 'play' });
    }
  }

  override render() {
    const digits = this.end >= 100 ? 1 : 2;
    const t = formatNumber(this.t, digits);
    const end = formatNumber(this.end, digits);
    const unit = this.unit;
    return html`
      <button
        id="play"
        class="primary"
        type="button"
        ?disabled=${this.disabled}
        @click=${() => this.send({ type: this.playing ? 'pause' : 'play' })}
      >
        ${this.playing ? msg('❚❚ Pause') : msg('▶ Play')}
      </button>
      <button id="step-back" type="button" ?disabled=${this.disabled} @click=${() => this.send({ type: 'step-back' })} aria-label=${msg('Back: to the previous event')}>${msg('◀ Back')}</button>
      <button id="step-forward" type="button" ?disabled=${this.disabled} @click=${() => this.send({ type: 'step-forward' })} aria-label=${msg('Next: to the next event')}>${msg('Next ▶')}</button>
      <button id="reset" type="button" ?disabled=${this.disabled} @click=${() => this.send({ type: 'reset' })}>${msg('↺ Reset')}</button>
      <div class="scrub">
        <input
          id="timeline"
          type="range"
          min="0"
          max=${this.end}
          step="any"
          .value=${String(this.t)}
          ?disabled=${this.disabled}
          aria-label=${msg('Simulated time')}
          aria-valuetext=${msg(str`${t} of ${end} ${unit}`)}
          @input=${this.onScrub}
          @keydown=${this.onKey}
        />
        <output id="time" aria-live="off">${t} / ${end} ${unit}</output>
      </div>
      <label
        >${msg('Speed')}
        <select
          id="speed"
          ?disabled=${this.disabled}
          @change=${(e: Event) => this.send({ type: 'speed', speed: Number((e.target as HTMLSelectElement).value) as Speed })}
        >
          ${SPEEDS.map((s) => html`<option value=${s} ?selected=${s === this.speed}>${s}×</option>`)}
        </select></label
      >
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-playback-controls': GenbaPlaybackControls;
  }
}
