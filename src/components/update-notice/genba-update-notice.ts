/**
 * Announces a new version of Genba, and reloads into it only when the user asks (QUALITY
 * W11: a workshop is never reloaded mid-run). The live region is always in the page, so
 * screen readers announce the message when it appears; the notice blocks nothing.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { controlStyles } from '../shared-styles.ts';
import { updates, type ServiceWorkerUpdates, type UpdateState } from '../../app/service-worker.ts';

@customElement('genba-update-notice')
@localized()
export class GenbaUpdateNotice extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .notice {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        background: #e8f1fa;
        border: 1px solid var(--genba-accent, #1f4e79);
        border-radius: 6px;
        padding: 0.5rem 0.75rem;
        margin-bottom: 1rem;
      }
      p {
        margin: 0;
      }
    `,
  ];

  /** Where the update signal comes from (tests may give their own). */
  source: ServiceWorkerUpdates = updates;

  @state() private updateState: UpdateState = 'none';

  private readonly onChange = (): void => {
    this.updateState = this.source.state;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.source.addEventListener('change', this.onChange);
    this.onChange();
  }

  override disconnectedCallback(): void {
    this.source.removeEventListener('change', this.onChange);
    super.disconnectedCallback();
  }

  override render() {
    return html`<div role="status">
      ${this.updateState === 'none'
        ? nothing
        : html`<div class="notice">
            <p>${msg('A new version of Genba is ready.')}</p>
            <button id="reload" class="primary" ?disabled=${this.updateState === 'applying'} @click=${() => this.source.apply()}>
              ${this.updateState === 'applying' ? msg('Reloading…') : msg("Reload when you're ready")}
            </button>
          </div>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-update-notice': GenbaUpdateNotice;
  }
}
