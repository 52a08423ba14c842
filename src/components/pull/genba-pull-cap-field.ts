/**
 * The sandbox of lesson 4: the pulled line's WIP cap and the order quantity, each checked by
 * the scenario's own validation before anything runs. A value that is refused is reported at
 * its field (naming the field, the value and what is allowed) and the lines stay as they were.
 *
 * @fires genba-scenario-change - detail: { scenario }, a valid scenario with the new values.
 */
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { parseScenario } from '../../scenario/index.ts';
import { issueText } from '../../i18n/issue-text.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { controlStyles } from '../shared-styles.ts';
import { pullStyles } from './pull-styles.ts';

type Field = 'wipCap' | 'quantity';
const PATHS: Record<Field, string> = { wipCap: 'release.wipCap', quantity: 'release.quantity' };

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

  private value(f: Field): string {
    const s = this.scenario;
    if (this.drafts[f] !== undefined) return this.drafts[f] as string;
    if (!s) return '';
    if (f === 'wipCap') return s.release.wipCap === undefined ? '' : String(s.release.wipCap);
    return s.release.mode === 'order' ? String(s.release.quantity) : '';
  }

  private apply(): void {
    const s = this.scenario;
    if (!s) return;
    const number = (f: Field): unknown => {
      const text = this.value(f).trim();
      if (text === '') return undefined;
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    };
    const { wipCap: _cap, ...rest } = s.release as FlowLineScenario['release'] & { wipCap?: number };
    const cap = number('wipCap');
    const release: Record<string, unknown> = { ...rest, ...(cap === undefined ? {} : { wipCap: cap }) };
    if (s.release.mode === 'order') release['quantity'] = number('quantity');
    const parsed = parseScenario({ ...s, release });
    if (!parsed.ok) {
      const errors: Partial<Record<Field, string>> = {};
      for (const f of ['wipCap', 'quantity'] as const) {
        const issue = parsed.issues.find((i) => i.path === PATHS[f]);
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
    const order = this.scenario?.release.mode === 'order';
    return html`<form novalidate @submit=${(e: Event) => (e.preventDefault(), this.apply())}>
      <p>${this.field('wipCap', msg('WIP cap of the pulled line (empty: push)'))}</p>
      ${order ? html`<p>${this.field('quantity', msg('Order quantity'))}</p>` : ''}
      <button type="submit" class="primary" id="apply-cap">${msg('Run both lines again')}</button>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-pull-cap-field': GenbaPullCapField;
  }
}
