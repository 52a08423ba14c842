/**
 * A QR code as inline SVG (uqr computes the modules; Lit draws them as one path, so no markup
 * string is ever parsed and the strict CSP and Trusted Types hold).
 */
import { LitElement, css, svg, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { encode } from 'uqr';

/** The path of the dark modules, one 1×1 square each, with a quiet zone of `border`. */
export function qrPath(text: string, border = 2): { d: string; size: number } {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) d += `M${x + border} ${y + border}h1v1h-1z`;
  }));
  return { d, size: size + 2 * border };
}

@customElement('genba-room-qr')
export class GenbaRoomQr extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      width: var(--qr-size, 12rem);
      background: #fff;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
    }
  `;

  /** The text encoded (the join address). */
  @property() value = '';
  /** What the code says, for screen readers. */
  @property() label = '';

  override render() {
    const { d, size } = qrPath(this.value);
    return html`<svg role="img" aria-label=${this.label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">
      ${svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${d} fill="#000"></path>`}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-room-qr': GenbaRoomQr;
  }
}
