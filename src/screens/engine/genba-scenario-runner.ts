/**
 * Runs a preset scenario in Web Workers and shows the result: a progress bar with a
 * cancel button while it runs, the headline figures and the full JSON (the same the CLI
 * prints for the same file) when it is done.
 *
 * @fires genba-run-complete - detail: the result JSON, when a run finishes.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatDecimal, formatNumber } from '../../i18n/format.ts';
import { unitWords } from '../../i18n/units.ts';
import type { TimeUnit } from '../../sim/line/types.ts';
import { parseScenarioText } from '../../scenario/index.ts';
import type { ValidationIssue } from '../../scenario/types.ts';
import { issueText } from '../../i18n/issue-text.ts';
import { presetDescription, shownName } from '../../i18n/preset-names.ts';
import { runScenario, type ScenarioOutput } from '../../sim/run-scenario.ts';
import { isStrategiesResult, type LaunchQuantityResult, type LaunchStrategyResult } from '../../sim/launch/monte-carlo.ts';
import { breakEvenView } from '../../sim/launch/break-even.ts';
import type { MarketState } from '../../sim/launch/types.ts';
import '../../components/charts/launch-break-even-chart.ts';
import { createBrowserWorkerPool } from '../../app/browser-workers.ts';
import type { WorkerPool } from '../../sim/mc/pool.ts';

interface PresetEntry {
  readonly file: string;
  readonly name: string;
  readonly model: string;
  readonly description: string;
}

function presetList(data: unknown): PresetEntry[] {
  const list = Array.isArray(data) ? data : (data as { scenarios?: unknown })?.scenarios;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (e): e is PresetEntry =>
      typeof e === 'object' && e !== null && typeof e.file === 'string' && /^[\w.-]+\.json$/.test(e.file) && typeof e.name === 'string',
  );
}

const fmt = (v: unknown, digits = 2): string => {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'number') return formatDecimal(v, digits);
  if (typeof v === 'object' && 'mean' in v) {
    const m = v as { mean: number; ci95: number };
    return `${fmt(m.mean, digits)} ± ${fmt(m.ci95, digits)}`;
  }
  return String(v);
};

@customElement('genba-scenario-runner')
@localized()
export class GenbaScenarioRunner extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
    }
    .controls > label {
      min-width: 0;
    }
    select,
    button {
      font: inherit;
      max-width: 100%;
      min-height: 2.5rem;
      padding: 0.25rem 0.75rem;
      border-radius: 6px;
      border: 1px solid var(--genba-border, #c9d1db);
      background: #fff;
      color: inherit;
    }
    button.primary {
      background: var(--genba-accent, #1f4e79);
      color: #fff;
      border-color: var(--genba-accent, #1f4e79);
    }
    button:focus-visible,
    select:focus-visible,
    summary:focus-visible {
      outline: 3px solid #e69f00;
      outline-offset: 2px;
      /* A dark inner band: the ring keeps 3:1 against any background (WCAG C40). */
      box-shadow: 0 0 0 2px #1b1f24;
    }
    .description {
      color: var(--genba-muted, #4a5360);
    }
    progress {
      width: 16rem;
    }
    table {
      border-collapse: collapse;
      margin: 0.75rem 0;
      font-variant-numeric: tabular-nums;
    }
    th,
    td {
      text-align: right;
      padding: 0.2rem 0.6rem;
      border-bottom: 1px solid var(--genba-border, #c9d1db);
    }
    th:first-child,
    td:first-child {
      text-align: left;
    }
    .errors {
      color: #a4000f;
    }
    pre {
      max-height: 20rem;
      overflow: auto;
      background: #f4f6f8;
      padding: 0.5rem;
      font-size: 0.85rem;
    }
  `;

  @state() private presets: PresetEntry[] = [];
  @state() private selected = '';
  @state() private progress: { done: number; total: number } | null = null;
  @state() private result: ScenarioOutput | null = null;
  /** The market states of the launch scenario last run (for the break-even view). */
  @state() private states: readonly MarketState[] = [];
  @state() private issues: readonly ValidationIssue[] = [];
  /** The scenario the issues are about, as it was read (for the names of its stations). */
  private issuesInput: unknown = undefined;
  /** What the last run did, worded when shown (it follows a language switch). */
  @state() private status: (() => string) | null = null;
  private abort: AbortController | null = null;
  private pool: WorkerPool | null = null;

  override async connectedCallback(): Promise<void> {
    super.connectedCallback();
    try {
      const response = await fetch(new URL('scenarios/index.json', document.baseURI));
      this.presets = presetList(await response.json());
      this.selected = this.presets[0]?.file ?? '';
    } catch {
      this.status = () => msg('The preset list could not be loaded.');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.pool?.terminate();
  }

  private async run(): Promise<void> {
    this.issues = [];
    this.status = null;
    const text = await (await fetch(new URL(`scenarios/${this.selected}`, document.baseURI))).text();
    const parsed = parseScenarioText(text);
    if (!parsed.ok) {
      try {
        this.issuesInput = JSON.parse(text) as unknown;
      } catch {
        this.issuesInput = undefined;
      }
      this.issues = parsed.issues;
      return;
    }
    const scenario = parsed.scenario;
    this.abort = new AbortController();
    this.pool = createBrowserWorkerPool();
    this.progress = { done: 0, total: scenario.replications };
    const started = performance.now();
    try {
      const result = await runScenario(scenario, this.pool.executorsFor(scenario), {
        signal: this.abort.signal,
        onProgress: (p) => (this.progress = p),
      });
      this.result = result;
      this.states = scenario.model === 'launch' ? scenario.market.states : [];
      const replications = formatNumber(scenario.replications);
      const seconds = formatNumber((performance.now() - started) / 1000, 1);
      this.status = () => msg(str`Done: ${replications} replications in ${seconds} s.`);
      this.dispatchEvent(new CustomEvent('genba-run-complete', { detail: result, bubbles: true, composed: true }));
    } catch (error) {
      const reason = (error as Error).message;
      const cancelled = (error as Error).name === 'AbortError';
      this.status = () => (cancelled ? msg('Cancelled; the last result is kept.') : msg(str`The run failed: ${reason}`));
    } finally {
      this.progress = null;
      this.pool.terminate();
      this.pool = null;
      this.abort = null;
    }
  }

  /** The second strategy against the first as the chance of the first market state goes from 0 to 1. */
  private renderBreakEven(results: readonly LaunchStrategyResult[]) {
    const [base, challenger] = results;
    const good = this.states[0]?.name;
    if (base === undefined || challenger === undefined || good === undefined || this.states.length < 2) return nothing;
    const view = breakEvenView(this.states, good, base, challenger);
    if (view === null) return nothing;
    return html`<genba-launch-break-even-chart .view=${view} .names=${{ base: shownName(base.strategy), challenger: shownName(challenger.strategy), good: shownName(good) }}></genba-launch-break-even-chart>`;
  }

  private renderResult(r: ScenarioOutput) {
    if (r.model === 'launch' && 'results' in r) {
      const strategies = isStrategiesResult(r);
      return html`<table>
        <caption class="description">${strategies ? msg('Launch sizing: per strategy') : msg('Launch sizing: per launch quantity')}</caption>
        <thead>
          <tr>
            <th scope="col">${strategies ? msg('Strategy') : msg('Launch Q0')}</th>
            <th scope="col">${msg('Mean profit')}</th>
            <th scope="col">${msg('P(loss)')}</th>
            <th scope="col">${msg('Lost opportunity')}</th>
            <th scope="col">${msg('Real loss')}</th>
            ${strategies ? html`<th scope="col">${msg('Fixed cost')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${(r.results as readonly (LaunchQuantityResult | LaunchStrategyResult)[]).map(
            (q) => html`<tr><td>${'strategy' in q ? shownName(q.strategy) : fmt(q.q0, 0)}</td><td>${fmt(q.profit.mean, 0)}</td><td>${fmt(q.probLoss, 3)}</td><td>${fmt(q.lostOpportunity.mean, 0)}</td><td>${fmt(q.realLoss.mean, 0)}</td>${'strategy' in q ? html`<td>${fmt(q.fixedCost.mean, 0)}</td>` : nothing}</tr>`,
          )}
        </tbody>
      </table>
      ${strategies ? this.renderBreakEven(r.results) : nothing}`;
    }
    const f = r as unknown as Record<string, unknown>;
    const lead = f.leadTime as Record<string, unknown> | null;
    const words = unitWords(f.timeUnit as TimeUnit);
    return html`<table>
      <caption class="description">${msg(str`Flow line (times in ${words.many})`)}</caption>
      <tbody>
        <tr><th scope="row">${msg('Makespan')}</th><td>${fmt(f.makespan)}</td></tr>
        <tr><th scope="row">${msg('First good unit delivered')}</th><td>${fmt(f.firstDelivery)}</td></tr>
        <tr><th scope="row">${msg('Mean lead time')}</th><td>${fmt(lead?.mean)}</td></tr>
        <tr><th scope="row">${msg(str`Throughput per ${words.one}`)}</th><td>${fmt(f.throughput, 4)}</td></tr>
        <tr><th scope="row">${msg('Mean WIP')}</th><td>${fmt((f.wip as Record<string, unknown>).mean)}</td></tr>
        <tr><th scope="row">${msg('Scrapped')}</th><td>${fmt(f.scrapped)}</td></tr>
      </tbody>
    </table>`;
  }

  override render() {
    const preset = this.presets.find((p) => p.file === this.selected);
    return html`
      <div class="controls">
        <label>${msg('Scenario')}
          <select @change=${(e: Event) => (this.selected = (e.target as HTMLSelectElement).value)} ?disabled=${this.progress !== null}>
            ${this.presets.map((p) => html`<option value=${p.file} ?selected=${p.file === this.selected}>${shownName(p.name)}</option>`)}
          </select>
        </label>
        <button class="primary" id="run" @click=${() => void this.run()} ?disabled=${this.progress !== null || !this.selected}>${msg('Run')}</button>
        ${this.progress
          ? html`<progress id="progress" max=${this.progress.total} value=${this.progress.done} aria-label=${msg('Replications done')}></progress>
              <button id="cancel" @click=${() => this.abort?.abort()}>${msg('Cancel')}</button>`
          : nothing}
      </div>
      ${preset ? html`<p class="description">${presetDescription(preset.file, preset.description)}</p>` : nothing}
      <p role="status" id="status">${this.status?.() ?? ''}</p>
      ${this.issues.length
        ? html`<ul class="errors" id="issues">${this.issues.map((i) => html`<li>${issueText(i, this.issuesInput)}</li>`)}</ul>`
        : nothing}
      ${this.result
        ? html`${this.renderResult(this.result)}
            <details>
              <summary>${msg(html`Full result (JSON, as <code>genba run</code> prints it)`)}</summary>
              <pre id="result-json">${JSON.stringify(this.result, null, 2)}</pre>
            </details>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-scenario-runner': GenbaScenarioRunner;
  }
}
