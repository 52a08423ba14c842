/**
 * A section of lesson 1's page as a component of its own that renders into the page's
 * shadow root (light DOM): the screen's styles apply to it, its charts are found by the
 * screen's replay cursor (`[data-cursor]`), and it re-renders only when its own inputs
 * change, not with every change of the screen.
 */
import { LitElement } from 'lit';

export class LightSection extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
