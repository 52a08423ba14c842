/**
 * `genba-figure`: one chart with its heading and two downloads, "SVG" and "PNG" (PNG at
 * 1920 px wide, for slides). The chart is the slotted element: it stays in its owner's
 * tree (its id, attributes and `data-cursor` keep working there), and this element finds
 * the `svg[role="img"]` inside the chart's shadow root when a download is asked for.
 *
 * File names are made from the scenario name and the heading with safeFileName, e.g.
 * `The batching illusion - Lead time of each unit.png`. Headings and names are shown as
 * text only (Lit bindings), so a hostile scenario name stays a name.
 *
 * ```html
 * <genba-figure heading="Work in progress" .scenarioName=${scenario.name ?? ''}>
 *   <genba-step-chart data-cursor …></genba-step-chart>
 * </genba-figure>
 * ```
 *
 * @slot - the chart element (one).
 * @csspart heading - the heading.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { downloadBlob, safeFileName, svgBlob, svgToPng } from '../../export/index.ts';
import { controlStyles } from '../shared-styles.ts';

/** Width of the PNG download, in pixels: a projector's full HD width. */
export const FIGURE_PNG_WIDTH = 1920;

export type FigureFormat = 'svg' | 'png';

@customElement('genba-figure')
@localized()
export class GenbaFigure extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        min-width: 0;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.25rem 0.75rem;
        margin: 0 0 0.25rem;
      }
      h2,
      h3,
      h4 {
        font-size: 1.05rem;
        margin: 0;
      }
      .downloads {
        display: flex;
        gap: 0.35rem;
      }
      .downloads button {
        min-height: 2rem;
        min-width: 3.2rem;
        padding: 0.1rem 0.55rem;
        font-size: 0.9rem;
      }
      .error {
        color: #a3261d;
        margin: 0.25rem 0;
      }
    `,
  ];

  /** The figure's title: shown as its heading, and part of the file names. */
  @property() heading = '';
  /** The scenario's name, first part of the file names (empty: the heading alone). */
  @property() scenarioName = '';
  /** Heading level of the title (2 to 4). */
  @property({ type: Number }) level: 2 | 3 | 4 = 3;

  @state() private busy: FigureFormat | null = null;
  /** Why the last download failed, worded when shown (it follows a language switch). */
  @state() private error: (() => string) | null = null;

  /** The chart's `<svg role="img">`, or null when the slotted chart has none (yet). */
  get svg(): SVGSVGElement | null {
    for (const child of this.children) {
      const svg = child.shadowRoot?.querySelector<SVGSVGElement>('svg[role="img"]') ?? child.querySelector<SVGSVGElement>('svg[role="img"]');
      if (svg) return svg;
    }
    return null;
  }

  /** The download's file name for a format. */
  fileName(format: FigureFormat): string {
    const parts = [this.scenarioName.trim(), this.heading.trim()].filter((p) => p !== '');
    return safeFileName(parts.join(' - '), format, 'genba-chart');
  }

  /** Makes the file and offers it as a download; resolves once offered (or refused with a message). */
  async download(format: FigureFormat): Promise<void> {
    if (this.busy) return;
    const svg = this.svg;
    if (!svg) {
      this.error = () => msg('This chart has nothing to export yet.');
      return;
    }
    this.error = null;
    this.busy = format;
    try {
      const blob = format === 'svg' ? svgBlob(svg, { background: '#ffffff' }) : await svgToPng(svg, { width: FIGURE_PNG_WIDTH });
      downloadBlob(blob, this.fileName(format));
    } catch (error) {
      // The export's own messages are worded in the page's language when they are made (src/export/svg.ts).
      const why = error instanceof Error && error.message ? error.message : null;
      this.error = () => why ?? msg('The chart could not be exported.');
    } finally {
      this.busy = null;
    }
  }

  private renderHeading() {
    switch (this.level) {
      case 2:
        return html`<h2 part="heading">${this.heading}</h2>`;
      case 4:
        return html`<h4 part="heading">${this.heading}</h4>`;
      default:
        return html`<h3 part="heading">${this.heading}</h3>`;
    }
  }

  private renderButton(format: FigureFormat) {
    const label = format.toUpperCase();
    const heading = this.heading;
    const width = FIGURE_PNG_WIDTH;
    return html`<button
      type="button"
      class=${format}
      ?disabled=${this.busy !== null}
      aria-label=${format === 'png'
        ? msg(str`${label}: download “${heading}” as a ${width} px wide image`)
        : msg(str`${label}: download “${heading}” as a vector image`)}
      @click=${() => void this.download(format)}
    >
      ${label}
    </button>`;
  }

  override render() {
    return html`
      <div class="head">
        ${this.renderHeading()}
        <div class="downloads">${this.renderButton('svg')} ${this.renderButton('png')}</div>
      </div>
      <slot></slot>
      ${this.error ? html`<p class="error" role="alert">${this.error()}</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-figure': GenbaFigure;
  }
}
