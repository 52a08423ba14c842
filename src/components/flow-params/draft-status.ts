/** The parameter editor's status line: all valid, or how many fields to fix and the problems no field shows. */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { DraftCheck } from './fields.ts';

export function renderDraftStatus(c: DraftCheck | undefined) {
  let summary;
  let others: readonly string[] = [];
  if (c === undefined) summary = nothing;
  else if (c.ok) summary = html`<p class="ok">${msg('All fields are valid; the run uses them.')}</p>`;
  else {
    const n = c.byField.size;
    others = c.unplaced;
    const k = others.length;
    const fields = n === 1 ? msg('1 field needs fixing') : msg(str`${n} fields need fixing`);
    const problems = k === 1 ? msg('1 problem below') : msg(str`${k} problems below`);
    const what = n === 0 ? problems : k === 0 ? fields : msg(str`${fields}, and ${problems}`);
    summary = html`<p class="bad">${msg(str`${what}. The last valid scenario stays in use.`)}</p>`;
  }
  return html`<div class="status" role="status" aria-live="polite">
    ${summary}
    ${others.length === 0 ? nothing : html`<ul>${others.map((m) => html`<li>${m}</li>`)}</ul>`}
  </div>`;
}
