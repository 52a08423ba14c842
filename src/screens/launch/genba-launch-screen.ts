/** Placeholder while the screen is built. */
import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';

@customElement('genba-launch-screen')
export class GenbaLaunchScreen extends LitElement {
  override render() {
    return html`<h1>launch</h1>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-screen': GenbaLaunchScreen;
  }
}
