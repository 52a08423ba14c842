/** Placeholder while the screen is built. */
import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';

@customElement('genba-flow-screen')
export class GenbaFlowScreen extends LitElement {
  override render() {
    return html`<h1>flow</h1>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-flow-screen': GenbaFlowScreen;
  }
}
