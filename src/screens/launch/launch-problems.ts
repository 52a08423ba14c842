/**
 * The list of problems Run shows when the case is not valid: each a link to its field, which
 * opens the parameters when the field is there and focuses it.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { issueText } from '../../i18n/issue-text.ts';
import { fieldId } from '../../lessons/launch/launch-form.ts';
import type { ValidationIssue } from '../../scenario/types.ts';

/** `input` is the raw scenario the issues were found in, so a strategy's field is named with the strategy's name. */
export function renderProblemList(issues: readonly ValidationIssue[], input: unknown, focus: (path: string) => void): TemplateResult {
  return html`<div class="problems" id="form-problems" tabindex="-1">
    <strong>${msg('Fix these values to run:')}</strong>
    <ul>
      ${issues.map(
        (i) => html`<li>
          <a
            href=${`#${fieldId(i.path)}`}
            @click=${(e: Event) => {
              e.preventDefault();
              focus(i.path);
            }}
            >${issueText(i, input)}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

/** Focuses a field by its path, opening the parameters when it is there (once their module has arrived, `load`). */
export async function focusLaunchField(root: ParentNode, path: string, load: () => Promise<unknown>): Promise<void> {
  const details = root.querySelector<HTMLDetailsElement>('details.parameters');
  if (details) details.open = true;
  await load().catch(() => undefined);
  await root.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('genba-launch-parameters')?.updateComplete;
  const inputs = [...root.querySelectorAll('genba-launch-run-controls, genba-launch-parameters')].flatMap((host) => [
    ...(host.shadowRoot?.querySelectorAll<HTMLInputElement>('input[data-path]') ?? []),
  ]);
  // The field itself, or for a group (the market states, the sweep) its first field.
  const target =
    inputs.find((i) => i.dataset.path === path) ??
    inputs.find((i) => i.dataset.path?.startsWith(`${path}[`) && i.dataset.path.endsWith('.probability')) ??
    inputs.find((i) => i.dataset.path?.startsWith(`${path}[`) || i.dataset.path?.startsWith(`${path}.`));
  target?.focus();
}
