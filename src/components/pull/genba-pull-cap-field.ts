/**
 * The sandbox of lesson 4: the pulled line's WIP cap, the order quantity and the kanban
 * squares in front of each station 2…N (its buffer: empty, no limit), each checked by the
 * scenario's own validation before anything runs. A value that is refused is reported at its
 * field (naming the field as the form labels it, the value and what is allowed) and the lines
 * stay as they were.
 *
 * @fires genba-scenario-change - detail: { scenario }, a valid scenario with the new values.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { parseScenario } from '../../scenario/index.ts';
import { issueText } from '../../i18n/issue-text.ts';
import { shownName } from '../../i18n/preset-names.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { controlStyles } from '../shared-styles.ts';
import { pullStyles } from './pull-styles.ts';

/** A field: the cap, the quantity, or the buffer in front of station i (`buffer-2`, 0-based). */
type Field = 'wipCap' | 'quantity' | `buffer-${number}`;

/** The validator's path of a field's value. */
function pathOf(f: Field): string {
  if (f === 'wipCap') return 'release.wipCap';
  if (f === 'quantity') return 'release.quantity';
  return `stations[${f.slice('buffer-'.length)}].buffer`;
}

/** A field's text as typed: a number when it reads as one, left out when empty, else the text (which validation names). */
function valueOf(text: string): unknown {
  const t = text.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
}

@customElement('genba-pull-cap-field')
@localized()
export class GenbaPullCapField extends LitElement {
  static override styles = [controlStyles, pullStyles];

  @property({ attribute: false }) scenario: FlowLineScenario | null = null;
  @state() private drafts: Partial<Record<Field, string>> = {};
  @state() private errors: Partial<Record<Field, string>> = {};

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('scenario')) {
      this.drafts = {};
      this.errors = {};
    }
  }

  /** The buffer fields: one per station after the first. */
  private bufferFields(): Field[] {
    return (this.scenario?.stations ?? []).flatMap((_, i) => (i === 0 ? [] : [`buffer-${i}` as Field]));
  }

  private value(f: Field): string {
    const s = this.scenario;
    const draft = this.drafts[f];
    if (draft !== undefined) return draft;
    if (!s) return '';
    if (f === 'wipCap') return s.release.wipCap === undefined ? '' : String(s.release.wipCap);
    if (f === 'quantity') return s.release.mode === 'order' ? String(s.release.quantity) : '';
    const buffer = s.stations[Number(f.slice('buffer-'.length))]?.buffer;
    return buffer === undefined ? '' : String(buffer);
  }

  private apply(): void {
    const s = this.scenario;
    if (!s) return;
    const { wipCap: _cap, ...rest } = s.release as FlowLineScenario['release'] & { wipCap?: number };
    const cap = valueOf(this.value('wipCap'));
    const release: Record<string, unknown> = { ...rest, ...(cap === undefined ? {} : { wipCap: cap }) };
    if (s.release.mode === 'order') release['quantity'] = valueOf(this.value('quantity'));
    const stations = s.stations.map((station, i) => {
      if (i === 0) return station;
      const { buffer: _buffer, ...others } = station;
      const buffer = valueOf(this.value(`buffer-${i}`));
      return buffer === undefined ? others : { ...others, buffer };
    });
    const parsed = parseScenario({ ...s, release, stations });
    if (!parsed.ok) {
      const errors: Partial<Record<Field, string>> = {};
      for (const f of ['wipCap', 'quantity', ...this.bufferFields()] as Field[]) {
        const issue = parsed.issues.find((i) => i.path === pathOf(f));
        if (issue) errors[f] = issueText(issue);
      }
      if (Object.keys(errors).length === 0) errors.wipCap = parsed.issues.map((i) => issueText(i)).join('; ');
      this.errors = errors;
      return;
    }
    this.errors = {};
    if (parsed.scenario.model !== 'flow-line') return;
    this.dispatchEvent(new CustomEvent('genba-scenario-change', { detail: { scenario: parsed.scenario }, bubbles: true, composed: true }));
  }

  private field(f: Field, label: string) {
    const error = this.errors[f];
    return html`<label
        >${label}
        <input
          type="text"
          inputmode="numeric"
          id=${`field-${f}`}
          .value=${this.value(f)}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${`error-${f}`}
          @input=${(e: Event) => (this.drafts = { ...this.drafts, [f]: (e.target as HTMLInputElement).value })}
      /></label>
      <span class="error" id=${`error-${f}`} role=${error ? 'alert' : 'none'}>${error ?? ''}</span>`;
  }

  override render() {
    const s = this.scenario;
    const order = s?.release.mode === 'order';
    const buffers = this.bufferFields();
    return html`<form novalidate @submit=${(e: Event) => (e.preventDefault(), this.apply())}>
      <p>${this.field('wipCap', msg('WIP cap of the pulled line (empty: push)'))}</p>
      ${order ? html`<p>${this.field('quantity', msg('Order quantity'))}</p>` : nothing}
      ${buffers.length > 0 && s
        ? html`<fieldset class="squares">
            <legend>${msg('Kanban squares in front of each station (empty: no limit)')}</legend>
            ${buffers.map((f) => {
              const i = Number(f.slice('buffer-'.length));
              const name = shownName(s.stations[i]?.name ?? '');
              const n = i + 1;
              return html`<p>${this.field(f, msg(str`Station ${n} · ${name}`))}</p>`;
            })}
          </fieldset>`
        : nothing}
      <button type="submit" class="primary" id="apply-cap">${msg('Run both lines again')}</button>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-pull-cap-field': GenbaPullCapField;
  }
}
