/**
 * The version-2 levers of lesson 1's parameter editor: the process batch and unit value of
 * the line, the release's WIP cap (CONWIP) and the kanban buffer in front of each station
 * 2…N. Each field is a text field whose id is the validator path of its value, with the
 * validator's message under it, like every field of genba-flow-params. Empty leaves the
 * value out of the scenario (its default: no process batch, no value, no cap, no limit).
 *
 * @fires genba-draft-edit - detail: `{ draft: FlowDraft }`, the draft with one field changed;
 *   the editor validates it and announces the scenario.
 */
import { LitElement, html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import { controlStyles, numberTextOf, renderMessages, shownNumberText } from './controls.ts';
import { withLine, withRelease, withStation, type FlowDraft } from './draft.ts';
import { flowParamsStyles } from './flow-params-styles.ts';
import { FIELD, stationFieldId } from './fields.ts';

export interface DraftEditDetail {
  readonly draft: FlowDraft;
}

@customElement('genba-flow-pull-fields')
@localized()
export class GenbaFlowPullFields extends LitElement {
  static override styles = [controlStyles, flowParamsStyles];

  /** The editor's draft. */
  @property({ attribute: false }) draft: FlowDraft | undefined;
  /** The validator's messages by field id (the editor's whole map; this section shows its own). */
  @property({ attribute: false }) messages: ReadonlyMap<string, readonly string[]> = new Map();

  private send(draft: FlowDraft): void {
    this.dispatchEvent(new CustomEvent<DraftEditDetail>('genba-draft-edit', { detail: { draft }, bubbles: true, composed: true }));
  }

  /** A labelled number field with its messages under it; `hint` says what empty means. */
  private field(id: string, label: string, hint: string, text: string, apply: (text: string) => FlowDraft): TemplateResult {
    const messages = this.messages.get(id);
    const hintId = `${id}-hint`;
    return html`<div class="field">
      <div class="control">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          type="text"
          inputmode="decimal"
          autocomplete="off"
          spellcheck="false"
          placeholder=${hint}
          .value=${live(shownNumberText(text))}
          aria-invalid=${messages === undefined ? 'false' : 'true'}
          aria-describedby=${messages === undefined ? hintId : `${id}-msg ${hintId}`}
          @change=${(e: Event) => this.send(apply(numberTextOf(e)))}
        />
      </div>
      <span class="sr-only" id=${hintId}>${msg(str`Empty means ${hint}.`)}</span>
      ${renderMessages(id, messages)}
    </div>`;
  }

  override render() {
    const d = this.draft;
    if (d === undefined) return html``;
    return html`<fieldset class="group pull">
      <legend>${msg('Process batch, value and pull')}</legend>
      <div class="fields">
        ${this.field(FIELD.processBatch, msg('Process batch'), msg('none'), d.processBatch, (text) => withLine(d, { processBatch: text }))}
        ${this.field(FIELD.unitValue, msg('Unit value'), msg('none'), d.unitValue, (text) => withLine(d, { unitValue: text }))}
        ${this.field(FIELD.wipCap, msg('WIP cap (CONWIP)'), msg('no cap'), d.release.wipCap, (text) => withRelease(d, { wipCap: text }))}
        ${d.stations.map((s, i) =>
          i === 0
            ? null
            : this.field(
                stationFieldId(i, 'buffer'),
                s.name.trim() === '' ? msg(str`Buffer before station ${i + 1}`) : msg(str`Buffer before station ${i + 1} · ${s.name}`),
                msg('no limit'),
                s.buffer,
                (text) => withStation(d, i, { buffer: text }),
              ),
        )}
      </div>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-flow-pull-fields': GenbaFlowPullFields;
  }
  interface GlobalEventHandlersEventMap {
    'genba-draft-edit': CustomEvent<DraftEditDetail>;
  }
}
