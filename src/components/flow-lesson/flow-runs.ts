/**
 * What lesson 1's sections share: the many-run and sweep results as the screen keeps them,
 * the job in progress, the lines' names, and how a figure is read and written.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../i18n/format.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { FlowLineOutput } from '../../sim/run-scenario.ts';
import type { LineKey } from '../../lessons/batching/paired-run.ts';

/** Both lines' results over the scenario's replications. */
export interface ManyRuns {
  readonly batch: FlowLineOutput;
  readonly flow: FlowLineOutput;
}

/** One transfer batch of the sweep: means and 95% half-widths (throughput per hour). */
export interface SweepPoint {
  readonly batch: number;
  readonly leadTime: { mean: number; ci95: number };
  readonly wip: { mean: number; ci95: number };
  readonly throughput: { mean: number; ci95: number };
}

/** Many runs or a sweep under way: runs done of all. */
export type Job = { readonly kind: 'replications' | 'sweep'; readonly done: number; readonly total: number };

/** An aggregated figure ({mean, ci95}) or a plain number (one replication). */
export function meanCi(v: unknown): { mean: number; ci95: number } {
  if (typeof v === 'number') return { mean: v, ci95: 0 };
  const o = v as { mean?: number; ci95?: number } | null;
  return { mean: o?.mean ?? Number.NaN, ci95: o?.ci95 ?? 0 };
}

export const fmt = (v: number, digits = 2): string => formatNumber(v, digits);

/** The two lines' names in charts and tables, in the page's language. */
export function lineLabels(scenario: FlowLineScenario): Record<LineKey, string> {
  const batch = scenario.transferBatch;
  return { batch: msg(str`Batch of ${batch}`), flow: msg('One-piece flow') };
}

/** The progress of a job, with its Cancel button (which fires `genba-cancel-job` from `from`). */
export function renderJob(job: Job | null, from: EventTarget) {
  if (!job) return nothing;
  const cancel = () => from.dispatchEvent(new CustomEvent('genba-cancel-job', { bubbles: true, composed: true }));
  return html`<p>
    <progress max=${job.total} .value=${job.done} aria-label=${job.kind === 'sweep' ? msg('Sweep progress') : msg('Replications progress')}></progress>
    ${msg(str`${job.done} of ${job.total} runs`)}
    <button type="button" id="cancel" @click=${cancel}>${msg('Cancel')}</button>
  </p>`;
}
