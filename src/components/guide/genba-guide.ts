/**
 * The guided path of one lesson: its short steps in order, each marked done when the
 * trainee has done it, every step reachable at any time (a button that goes to that part
 * of the screen), the debrief questions, and the printable summary of the session.
 *
 * @fires genba-guide-go - detail: { section }, when a step is chosen
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { GUIDED_PATH, type LessonId, type Session } from '../../app/session.ts';
import { controlStyles } from '../shared-styles.ts';

@customElement('genba-guide')
@localized()
export class GenbaGuide extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      details {
        background: var(--genba-surface, #fff);
        border: 1px solid var(--genba-border, #c9d1db);
        border-radius: 8px;
        padding: 0.5rem 0.75rem;
        margin-bottom: 1rem;
      }
      :host([collapsed]) details,
      details.one-line {
        padding: 0.15rem 0.75rem;
        margin-bottom: 0.5rem;
      }
      .now {
        font-weight: 400;
      }
      summary {
        font-weight: 600;
        cursor: pointer;
        min-height: 2rem;
      }
      ol {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        padding: 0;
        margin: 0.5rem 0;
        list-style: none;
        counter-reset: step;
      }
      li button {
        min-height: 2.25rem;
      }
      li button[aria-current='step'] {
        border-color: var(--genba-accent, #1f4e79);
        box-shadow: inset 0 0 0 2px var(--genba-accent, #1f4e79);
      }
      li button[aria-current='step']:focus-visible {
        /* Keeps the focus ring's dark band (shared-styles.ts) beside the current-step mark. */
        box-shadow: inset 0 0 0 2px var(--genba-accent, #1f4e79), 0 0 0 2px #1b1f24;
      }
      .done {
        color: #1b6e3a;
        font-weight: 700;
      }
      .debrief h3 {
        font-size: 1rem;
        margin: 0.5rem 0 0.25rem;
      }
      .row {
        display: flex;
        gap: 0.75rem;
        align-items: center;
        flex-wrap: wrap;
      }
    `,
  ];

  @property() lesson: LessonId = 'batching';
  @property({ attribute: false }) session: Session = { done: {}, records: [] };
  /** One line only (presenter mode): the summary with the current step; opened on demand. */
  @property({ type: Boolean }) collapsed = false;
  /**
   * A phone's width: one line as in presenter mode, since the path opened in full fills the
   * whole first screen of a phone and pushes the lesson below the fold.
   */
  @state() private narrow = false;
  private readonly narrowQuery = globalThis.matchMedia?.('(max-width: 40rem)');
  private readonly onNarrow = (e: MediaQueryListEvent): void => {
    this.narrow = e.matches;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.narrow = this.narrowQuery?.matches ?? false;
    this.narrowQuery?.addEventListener('change', this.onNarrow);
  }

  override disconnectedCallback(): void {
    this.narrowQuery?.removeEventListener('change', this.onNarrow);
    super.disconnectedCallback();
  }

  private go(section: string): void {
    this.dispatchEvent(new CustomEvent('genba-guide-go', { detail: { section }, bubbles: true, composed: true }));
  }

  override render() {
    const path = GUIDED_PATH[this.lesson];
    const done = new Set(this.session.done[this.lesson] ?? []);
    const next = path.steps.find((s) => !done.has(s.id));
    const finished = path.steps.every((s) => done.has(s.id));
    const count = done.size;
    const total = path.steps.length;
    const now = next ? next.title : msg('Debrief');
    const oneLine = this.collapsed || this.narrow;
    return html`<details class=${oneLine ? 'one-line' : ''} ?open=${!oneLine}>
      <summary>${msg(str`Guided path: ${count} of ${total} steps done`)}${oneLine ? html`<span class="now"> · ${now}</span>` : nothing}</summary>
      <ol aria-label=${msg('Steps of this lesson')}>
        ${path.steps.map(
          (s, i) => html`<li>
            <button type="button" aria-current=${s === next ? 'step' : nothing} @click=${() => this.go(s.section)}>
              ${done.has(s.id) ? html`<span class="done" aria-label=${msg('done')}>✔</span>` : html`<span aria-hidden="true">${i + 1}.</span>`} ${s.title}
            </button>
          </li>`,
        )}
      </ol>
      <div class="debrief">
        <h3>${finished ? msg('Debrief') : msg('To discuss at the end')}</h3>
        <ul>
          ${path.debrief.map((q) => html`<li>${q}</li>`)}
        </ul>
      </div>
      <div class="row">
        <button type="button" id="print-summary" @click=${() => globalThis.print?.()}>${msg('Print the session summary')}</button>
        <span class="hint">${msg('Predictions and results of this session, on one page.')}</span>
      </div>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-guide': GenbaGuide;
  }
}
