/**
 * The one-page summary of a workshop session, for print: per lesson, the steps done, the
 * predictions made and whether each was right, the results seen, the kaizen steps undone,
 * in order, with the time; and what to try next. Hidden on screen; the
 * shell's print stylesheet shows it instead of the app.
 *
 * It is written only when the page is about to print (`beforeprint`, or the print media
 * query starting to match: Chromium's print preview and PDF), synchronously, so that the
 * printout is complete. Until then it renders nothing: its first date formatting loads the
 * locale's calendar data, about 90 ms of main-thread work on a slow phone, which is not
 * spent on every page load for a page that is rarely printed.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/locale.ts';
import { GUIDED_PATH, type LessonId, type Session, type SessionRecord } from '../../app/session.ts';

/** What a record is, in the page's language. */
function kindWord(kind: SessionRecord['kind']): string {
  switch (kind) {
    case 'prediction':
      return msg('Predicted');
    case 'result':
      return msg('Result');
    case 'verdict':
      return msg('Checked');
    case 'undo':
      return msg('Undone');
    case 'step':
      return msg('Done');
  }
}

@customElement('genba-session-summary')
@localized()
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
    h3 {
      font-size: 11pt;
      margin: 6pt 0 2pt;
      break-after: avoid;
    }
    ul.next {
      margin: 0;
      padding-left: 14pt;
    }
    td.kind.verdict,
    td.kind.undo {
      font-style: italic;
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
  /** When the summary was made (for its heading); 0 until the page first prints. */
  @state() private now = 0;

  private readonly printMedia = globalThis.matchMedia?.('print');
  private readonly onPrint = (): void => this.prepare();
  private readonly onMedia = (e: MediaQueryListEvent): void => {
    if (e.matches) this.prepare();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onPrint);
    this.printMedia?.addEventListener('change', this.onMedia);
    if (this.printMedia?.matches) this.prepare();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('beforeprint', this.onPrint);
    this.printMedia?.removeEventListener('change', this.onMedia);
    super.disconnectedCallback();
  }

  /**
   * Writes the summary now, stamped with the time: called as the page is about to print. The
   * update is performed synchronously (Lit's `performUpdate`), since the browser lays out
   * the printout straight after `beforeprint` returns.
   */
  prepare(now = Date.now()): void {
    this.now = now;
    this.performUpdate();
  }

  /** "Steps done: Predict · Watch" / "Steps done: none". */
  private stepsDone(titles: readonly string[]): string {
    if (titles.length === 0) return msg('Steps done: none');
    const steps = titles.join(' · ');
    return msg(str`Steps done: ${steps}`);
  }

  override render() {
    if (this.now === 0) return nothing;
    const lessons = Object.keys(GUIDED_PATH) as LessonId[];
    // Dates and times in the page's language (not the machine's): the summary is printed in the language shown.
    const locale = getLocale() === 'en' ? 'en-GB' : getLocale();
    const time = (at: number) => new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
    return html`<h1>${msg('Genba: session summary')}</h1>
      <p class="meta">${new Date(this.now).toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short' })}</p>
      ${lessons.map((lesson) => {
        const path = GUIDED_PATH[lesson];
        const done = new Set(this.session.done[lesson] ?? []);
        const records = this.session.records.filter((r) => r.lesson === lesson);
        if (done.size === 0 && records.length === 0) return nothing;
        return html`<section>
          <h2>${path.title}</h2>
          <p class="meta">${this.stepsDone(path.steps.filter((s) => done.has(s.id)).map((s) => s.title))}</p>
          ${records.length
            ? html`<table>
                <tbody>
                  ${records.map(
                    (r) => html`<tr>
                      <td class="time">${time(r.at)}</td>
                      <td class="kind ${r.kind}">${kindWord(r.kind)}</td>
                      <td>${r.text}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>`
            : nothing}
          <h3>${msg('What to try next')}</h3>
          <ul class="next">
            ${path.tryNext.map((t) => html`<li>${t}</li>`)}
          </ul>
        </section>`;
      })}
      ${this.session.records.length === 0 && Object.keys(this.session.done).length === 0 ? html`<p>${msg('Nothing was run in this session yet.')}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-session-summary': GenbaSessionSummary;
  }
}
