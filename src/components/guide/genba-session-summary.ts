/**
 * The one-page summary of a workshop session, for print: per lesson, the steps done, the
 * predictions made and the results seen, in order, with the time. Hidden on screen; the
 * shell's print stylesheet shows it instead of the app.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { GUIDED_PATH, type LessonId, type Session } from '../../app/session.ts';

const KIND_WORDS = { prediction: 'Predicted', result: 'Result', step: 'Done' } as const;

@customElement('genba-session-summary')
export class GenbaSessionSummary extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-size: 11pt;
      color: #000;
    }
    h1 {
      font-size: 16pt;
      margin: 0 0 4pt;
    }
    h2 {
      font-size: 13pt;
      margin: 10pt 0 4pt;
      break-after: avoid;
    }
    p.meta {
      margin: 0 0 6pt;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 2pt 4pt;
      border-bottom: 0.5pt solid #888;
    }
    tr {
      break-inside: avoid;
    }
    td.time {
      white-space: nowrap;
      width: 4em;
    }
    td.kind {
      white-space: nowrap;
      width: 6em;
      font-weight: 600;
    }
  `;

  @property({ attribute: false }) session: Session = { done: {}, records: [] };
  /** When the summary was made (for its heading). */
  @property({ attribute: false }) now = 0;

  override render() {
    const lessons = Object.keys(GUIDED_PATH) as LessonId[];
    const time = (at: number) => new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
    return html`<h1>Genba: session summary</h1>
      <p class="meta">${this.now ? new Date(this.now).toLocaleString() : ''}</p>
      ${lessons.map((lesson) => {
        const path = GUIDED_PATH[lesson];
        const done = new Set(this.session.done[lesson] ?? []);
        const records = this.session.records.filter((r) => r.lesson === lesson);
        if (done.size === 0 && records.length === 0) return nothing;
        return html`<section>
          <h2>${path.title}</h2>
          <p class="meta">Steps done: ${path.steps.filter((s) => done.has(s.id)).map((s) => s.title).join(' · ') || 'none'}</p>
          ${records.length
            ? html`<table>
                <tbody>
                  ${records.map(
                    (r) => html`<tr>
                      <td class="time">${time(r.at)}</td>
                      <td class="kind">${KIND_WORDS[r.kind]}</td>
                      <td>${r.text}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>`
            : nothing}
        </section>`;
      })}
      ${this.session.records.length === 0 && Object.keys(this.session.done).length === 0 ? html`<p>Nothing was run in this session yet.</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-session-summary': GenbaSessionSummary;
  }
}
