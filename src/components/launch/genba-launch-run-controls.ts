/**
 * `genba-launch-run-controls`: how many markets to simulate and with which seed, the Run
 * and Cancel buttons, and the progress of a run (a progressbar with its value in words: the
 * step, markets done of asked for, and about how long is left).
 *
 * @fires launch-form-edit - the replications or the seed changed.
 * @fires launch-run - Run was pressed.
 * @fires launch-cancel - Cancel was pressed.
 */
import { cspStyleMap } from '../../app/csp-style-map.ts';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { FIELD_PATHS } from '../../lessons/launch/launch-form.ts';
import { formatShare, formatWhole } from '../../lessons/launch/format.ts';
import type { LessonPhase } from '../../lessons/launch/lesson-run.ts';
import type { ValidationIssue } from '../../scenario/types.ts';
import { fire } from './launch-events.ts';
import { renderField } from './launch-field.ts';
import { launchControlStyles } from './launch-styles.ts';

/** Where a run is. */
export interface RunProgress {
  readonly phase: LessonPhase;
  readonly done: number;
  readonly total: number;
  /** Share of the whole run done, 0..1. */
  readonly fraction: number;
  /** Seconds left, when it can be guessed. */
  readonly secondsLeft: number | null;
}

const QUICK_PICKS = [10_000, 100_000, 1_000_000];

/**
 * One measure of progress, the bar's: "35% done, now the strategies, about 3 s left", in the
 * page's language. The share is of the whole run (every step, weighed by its cost), so the
 * text and the bar always agree; the step only says what is being computed.
 */
export function progressText(p: RunProgress): string {
  const step =
    p.phase === 'strategies' ? msg('now the strategies') : p.phase === 'commitment' ? msg('now the commitment lengths') : msg('now the sweep of launch quantities');
  const done = formatShare(Math.round(p.fraction * 100) / 100, 0);
  if (p.secondsLeft === null) return msg(str`${done} done, ${step}`);
  const seconds = formatWhole(Math.max(1, Math.round(p.secondsLeft)));
  return msg(str`${done} done, ${step}, about ${seconds} s left`);
}

@customElement('genba-launch-run-controls')
@localized()
export class GenbaLaunchRunControls extends LitElement {
  static override styles = [
    launchControlStyles,
    css`
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        gap: 0.5rem 1rem;
      }
      .quick {
        display: flex;
        gap: 0.25rem;
        align-self: flex-end;
        margin-bottom: 0.1rem;
      }
      .quick button {
        min-height: 2.25rem;
        padding: 0.1rem 0.5rem;
      }
      .buttons {
        display: flex;
        gap: 0.5rem;
        align-self: flex-end;
      }
      .bar {
        height: 0.9rem;
        border: 1px solid #4a5360;
        border-radius: 4px;
        background: #fff;
        overflow: hidden;
        margin-top: 0.5rem;
        max-width: 40rem;
      }
      .fill {
        height: 100%;
        background: var(--genba-accent, #1f4e79);
      }
      .progress-text {
        margin: 0.25rem 0 0;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  @property() replications = '';
  @property() seed = '';
  /** The validator's problems with the whole form (only these two fields' are shown here). */
  @property({ attribute: false }) issues: readonly ValidationIssue[] = [];
  /** Null while idle. */
  @property({ attribute: false }) progress: RunProgress | null = null;

  /** Moves focus to the button a keyboard user needs next: Cancel while running, Run after. */
  focusMainButton(): void {
    const id = this.progress ? '#cancel' : '#run';
    this.renderRoot.querySelector<HTMLButtonElement>(id)?.focus();
  }

  private edit(field: 'replications' | 'seed', value: string): void {
    fire(this, 'launch-form-edit', { kind: 'field', field, value });
  }

  override render() {
    const running = this.progress !== null;
    const of = (path: string) => this.issues.filter((i) => i.path === path);
    const pct = this.progress ? Math.round(this.progress.fraction * 100) : 0;
    const most = formatWhole(1_000_000);
    const percent = formatShare(pct / 100, 0);
    const progress = this.progress ? progressText(this.progress) : '';
    return html`<div class="row">
        ${renderField({
          path: FIELD_PATHS.replications,
          label: msg('Markets to simulate'),
          value: this.replications,
          issues: of(FIELD_PATHS.replications),
          onInput: (v) => this.edit('replications', v),
          hint: msg(str`1 to ${most}`),
          inputmode: 'numeric',
        })}
        <div class="quick" role="group" aria-label=${msg('Quick choices of markets to simulate')}>
          ${QUICK_PICKS.map(
            (n) =>
              html`<button type="button" ?disabled=${running} @click=${() => this.edit('replications', String(n))}>${formatWhole(n)}</button>`,
          )}
        </div>
        ${renderField({
          path: FIELD_PATHS.seed,
          label: msg('Seed'),
          value: this.seed,
          issues: of(FIELD_PATHS.seed),
          onInput: (v) => this.edit('seed', v),
          hint: msg('Same seed, same markets'),
          inputmode: 'text',
        })}
        <div class="buttons">
          ${running
            ? html`<button type="button" id="cancel" @click=${() => fire(this, 'launch-cancel', undefined)}>${msg('Cancel')}</button>`
            : html`<button type="button" id="run" class="primary" @click=${() => fire(this, 'launch-run', undefined)}>${msg('Run the markets')}</button>`}
        </div>
      </div>
      ${this.progress
        ? html`<div
              class="bar"
              role="progressbar"
              aria-label=${msg('Monte Carlo progress')}
              aria-valuemin="0"
              aria-valuemax="100"
              aria-valuenow=${pct}
              aria-valuetext=${progress || percent}
            >
              <div class="fill" style=${cspStyleMap({ width: `${pct}%` })}></div>
            </div>
            <p class="progress-text" id="progress-text">${progress}</p>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-run-controls': GenbaLaunchRunControls;
  }
}
