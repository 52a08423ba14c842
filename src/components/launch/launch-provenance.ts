/**
 * Where a lesson 3 result comes from, shown under its figures: seed, markets, engine and
 * generator, the output as `genba run` prints it, and the scenario as a file.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { formatWhole } from '../../lessons/launch/format.ts';

export interface RunOrigin {
  readonly seed: unknown;
  readonly replications: number;
  readonly engineVersion: string;
  readonly rng: string;
}

export function renderProvenance(o: RunOrigin, scenario: unknown): TemplateResult {
  const markets = formatWhole(o.replications);
  const seed = html`<code>${JSON.stringify(o.seed)}</code>`;
  const engine = o.engineVersion;
  const rng = html`<code>${o.rng}</code>`;
  return html`<p class="provenance" id="provenance">
      ${msg(html`Seed ${seed} · ${markets} markets · engine ${engine} · ${rng}. The same numbers as <code>genba run</code> gives for this scenario.`)}
    </p>
    <details>
      <summary>${msg(html`The result as <code>genba run</code> prints it (JSON)`)}</summary>
      <pre id="result-json">${JSON.stringify(o, null, 2)}</pre>
    </details>
    ${scenario
      ? html`<details>
          <summary>${msg(html`The scenario as a file (JSON), to run with <code>genba run</code>`)}</summary>
          <pre id="scenario-json">${JSON.stringify(scenario, null, 2)}</pre>
        </details>`
      : nothing}`;
}
