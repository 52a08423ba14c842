/**
 * The app shell for now: what Genba is, the lessons that are coming, and a runner for the
 * preset scenarios (in Web Workers, on the same core as the CLI) so the engine can be
 * tried and checked from the browser today.
 */
import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import '../../ui/genba-scenario-runner.ts';

@customElement('genba-app')
export class GenbaApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 60rem;
      margin: 0 auto;
      padding: 1.5rem 1rem 3rem;
    }
    h1 {
      color: var(--genba-accent);
      margin: 0 0 0.25rem;
      font-size: 2rem;
    }
    .lede {
      color: var(--genba-muted);
      margin: 0 0 1.5rem;
      font-size: 1.1rem;
    }
    ol {
      padding-left: 1.25rem;
    }
    li {
      margin-bottom: 0.5rem;
    }
    section {
      background: var(--genba-surface);
      border: 1px solid var(--genba-border);
      border-radius: 8px;
      padding: 1rem 1.25rem;
      margin-bottom: 1.25rem;
    }
    h2 {
      font-size: 1.25rem;
      margin: 0 0 0.5rem;
    }
  `;

  override render() {
    return html`
      <header>
        <h1>Genba</h1>
        <p class="lede">Go and see. A Lean production simulator that runs Taiichi Ohno's lessons in your browser.</p>
      </header>
      <main>
        <section aria-labelledby="lessons">
          <h2 id="lessons">Lessons on the way</h2>
          <ol>
            <li><strong>The batching illusion.</strong> Two identical lines, the same random numbers: transfer batches against one-piece flow, side by side.</li>
            <li><strong>It was tried and it failed.</strong> Walk the line station by station, fix the causes one at a time, and watch one-piece flow win.</li>
            <li><strong>The fish that got away.</strong> Launch 30,000 on a forecast or a pilot of 500? Lost opportunity against real loss, over thousands of markets.</li>
          </ol>
        </section>
        <section aria-labelledby="runner">
          <h2 id="runner">Run a preset scenario</h2>
          <genba-scenario-runner></genba-scenario-runner>
        </section>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-app': GenbaApp;
  }
}
