/**
 * One line of the shop floor, animated: a canvas drawn from a {@link LineFrame}, with the
 * line's name and figures above it and a row of station buttons under it ("go and see").
 * The frame is set imperatively (`view.frame = f`) and drawn at once without a Lit render,
 * so the playback loop costs one canvas draw per line per animation frame.
 *
 * @fires genba-station-select - detail: { station: number }, when a station is clicked or
 *   its button pressed.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { shownName } from '../../i18n/preset-names.ts';
import type { LineFrame } from '../../lessons/batching/frame.ts';
import { formatNumber } from '../../i18n/format.ts';
import { joinClauses } from '../../i18n/text.ts';
import { drawLine, lineLayout, stationAtX, stateWord } from './draw-line.ts';

const HEIGHT = 226;

/**
 * Presenter mode (html.presenter, src/styles.css) sets `--genba-line-scale` (dots, operators
 * and words drawn that many times larger) and the canvas's height to what keeps both lines on
 * one projector screen. The drawing is laid out in logical pixels (the canvas's size divided
 * by the scale), so a larger scale means bigger parts, not a cropped line.
 */
function lineScale(el: Element): number {
  const k = Number.parseFloat(getComputedStyle(el).getPropertyValue('--genba-line-scale'));
  return Number.isFinite(k) && k >= 1 && k <= 3 ? k : 1;
}

/**
 * Views waiting for their first drawing, drawn one per animation frame: the first drawing of
 * a canvas is the costly one (its bitmap, its fonts), and a lesson opening with two lines
 * should not draw both in one task. Later drawings (resizes) wait for the next frame only.
 */
const firstDraws: GenbaLineView[] = [];
let firstDrawFrame = 0;

function drawFirstInTurn(view: GenbaLineView): void {
  if (!firstDraws.includes(view)) firstDraws.push(view);
  firstDrawFrame ||= requestAnimationFrame(drawNextFirst);
}

function drawNextFirst(): void {
  firstDrawFrame = 0;
  firstDraws.shift()?.draw();
  if (firstDraws.length > 0) firstDrawFrame = requestAnimationFrame(drawNextFirst);
}

@customElement('genba-line-view')
@localized()
export class GenbaLineView extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .head {
      display: flex;
      align-items: baseline;
      gap: 0.75rem;
      flex-wrap: wrap;
    }
    h3 {
      margin: 0;
      font-size: 1.1rem;
    }
    .swatch {
      display: inline-block;
      width: 2.2rem;
      height: 0;
      border-top: 4px solid;
      vertical-align: middle;
      margin-right: 0.4rem;
    }
    .swatch.batch {
      border-color: var(--genba-series-batch, #d55e00);
      border-top-style: dashed;
    }
    .swatch.flow {
      border-color: var(--genba-series-flow, #0072b2);
    }
    canvas {
      width: 100%;
      height: var(--genba-line-height, ${HEIGHT}px);
      display: block;
      cursor: pointer;
    }
    .stations {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      align-items: center;
      font-size: 0.9rem;
      color: var(--genba-muted, #4a5360);
    }
    .stations button {
      font: inherit;
      min-height: 2rem;
      padding: 0.1rem 0.6rem;
      border-radius: 4px;
      border: 1px solid var(--genba-border, #c9d1db);
      background: #fff;
      color: var(--genba-ink, #1b1f24);
      cursor: pointer;
    }
    .stations button[aria-pressed='true'] {
      border-color: #1b1f24;
      box-shadow: inset 0 0 0 2px #e69f00;
      font-weight: 700;
    }
    button:focus-visible {
      outline: 3px solid #e69f00;
      outline-offset: 2px;
      /* A dark inner band: the ring keeps 3:1 against any background (WCAG C40). */
      box-shadow: 0 0 0 2px #1b1f24;
    }
    .stations button[aria-pressed='true']:focus-visible {
      box-shadow: inset 0 0 0 2px #e69f00, 0 0 0 2px #1b1f24;
    }
  `;

  @property() label = '';
  @property() figures = '';
  @property({ attribute: false }) series: 'batch' | 'flow' = 'batch';
  @property({ attribute: false }) names: readonly string[] = [];
  @property({ type: Number }) selected = -1;
  @property({ type: Boolean }) reducedMotion = false;

  @query('canvas') private canvas!: HTMLCanvasElement;
  private current: LineFrame | null = null;
  private resizer: ResizeObserver | null = null;
  private cssWidth = 0;
  private cssHeight = HEIGHT;
  /** The drawing's scale (presenter mode); read when the canvas is resized or presenter mode changes. */
  private scale = 1;
  private drawRequest = 0;
  /** The canvas has been drawn at least once. */
  private drawn = false;

  /** The frame to show; drawn immediately (no Lit render). */
  set frame(f: LineFrame | null) {
    this.current = f;
    this.draw();
  }
  get frame(): LineFrame | null {
    return this.current;
  }

  override firstUpdated(): void {
    // The canvas's width comes from the observer (it reports after layout, once at the start
    // and on every resize), never from reading clientWidth while drawing: that would force a
    // layout of the page in the middle of a frame (Lighthouse: "forced reflow").
    // The drawing itself waits for the next frame: the first layout of a lesson and the first
    // drawing of its canvases are then two shorter tasks rather than one long one.
    this.resizer = new ResizeObserver((entries) => {
      const rect = entries[entries.length - 1]?.contentRect;
      if (rect && rect.width > 0) this.cssWidth = rect.width;
      if (rect && rect.height > 0) this.cssHeight = rect.height;
      this.scale = lineScale(this);
      if (!this.drawn) drawFirstInTurn(this);
      else
        this.drawRequest ||= requestAnimationFrame(() => {
          this.drawRequest = 0;
          this.draw();
        });
    });
    this.resizer.observe(this.canvas);
  }

  /** Every render draws again: a language switch re-renders (`@localized`), so the canvas's words follow it. */
  override updated(): void {
    this.draw();
  }

  /** Presenter mode switched (the shell's `genba-presenter` event): the scale may have changed. */
  private readonly onPresenter = (): void => {
    this.scale = lineScale(this);
    this.draw();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('genba-presenter', this.onPresenter);
    // Back in the page after being taken out: watch the canvas's size again.
    if (this.resizer && this.canvas) this.resizer.observe(this.canvas);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('genba-presenter', this.onPresenter);
    cancelAnimationFrame(this.drawRequest);
    this.drawRequest = 0;
    const waiting = firstDraws.indexOf(this);
    if (waiting >= 0) firstDraws.splice(waiting, 1);
    this.resizer?.disconnect();
    super.disconnectedCallback();
  }

  /** The stations' names as shown: a built-in preset's in the page's language, any other as typed (src/i18n/preset-names.ts). */
  private get shown(): readonly string[] {
    return this.names.map(shownName);
  }

  /** A sentence describing the frame, for assistive technology. */
  describe(): string {
    const f = this.current;
    const line = this.label;
    if (!f) return msg(str`${line}: not run yet.`);
    const states = f.stations.map((s, i) => {
      const name = this.shown[i] ?? String(i + 1);
      const state = stateWord(s.state);
      const waiting = s.queue.good + s.queue.defective;
      return msg(str`${name}: ${state}, ${waiting} waiting`);
    });
    const t = formatNumber(f.t, 1);
    const stations = joinClauses(states);
    return msg(str`${line} at time ${t}: ${f.delivered} delivered, ${f.scrapped} scrapped; ${stations}.`);
  }

  draw(): void {
    const canvas = this.canvas;
    // Until the observer has reported a width there is nothing to size the drawing by.
    const width = this.cssWidth;
    if (!canvas || !this.current || width === 0) return;
    const height = this.cssHeight;
    const ratio = globalThis.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const k = this.scale;
    ctx.setTransform(ratio * k, 0, 0, ratio * k, 0, 0);
    this.drawn = true;
    drawLine(ctx, this.current, lineLayout(width / k, height / k, this.names.length), {
      names: this.shown,
      series: this.series,
      selected: this.selected,
      reducedMotion: this.reducedMotion,
    });
  }

  private select(station: number): void {
    this.dispatchEvent(new CustomEvent('genba-station-select', { detail: { station }, bubbles: true, composed: true }));
  }

  private onCanvasClick(e: MouseEvent): void {
    const rect = this.canvas.getBoundingClientRect();
    const k = this.scale;
    const s = stationAtX(lineLayout(rect.width / k, rect.height / k, this.names.length), (e.clientX - rect.left) / k, this.names.length);
    if (s >= 0) this.select(s);
  }

  override render() {
    return html`
      <div class="head">
        <h3><span class="swatch ${this.series}"></span>${this.label}</h3>
        <span class="figures">${this.figures}</span>
      </div>
      <canvas role="img" aria-label=${this.describe()} @click=${this.onCanvasClick}></canvas>
      <div class="stations" role="group" aria-label=${msg(str`Go and see a station of the ${this.label} line`)}>
        <span aria-hidden="true">${msg('Go and see:')}</span>
        ${this.shown.map(
          (name, i) => html`<button type="button" aria-pressed=${i === this.selected ? 'true' : 'false'} @click=${() => this.select(i)}>
${name}</button>`,
        )}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-line-view': GenbaLineView;
  }
}
