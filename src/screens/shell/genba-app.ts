/**
 * The app shell: the title, the lessons as navigation, and the screen the URL fragment
 * names (`#/batching`, `#/launch`, `#/engine`). Screens are loaded on demand, so the first
 * screen does not pay for the others.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { fragmentOf, parseFragment, type Route } from '../../app/routes.ts';
import '../../components/update-notice/genba-update-notice.ts';

interface ScreenEntry {
  readonly title: string;
  readonly short: string;
  readonly load: () => Promise<unknown>;
  readonly render: () => TemplateResult;
}

const SCREENS: Record<Route, ScreenEntry> = {
  batching: {
    title: 'Lesson 1 · The batching illusion',
    short: '1 · Batching illusion',
    load: () => import('../flow/genba-flow-screen.ts'),
    render: () => html`<genba-flow-screen></genba-flow-screen>`,
  },
  kaizen: {
    title: 'Lesson 2 · It was tried, and it failed',
    short: '2 · It failed before',
    load: () => import('../kaizen/genba-kaizen-screen.ts'),
    render: () => html`<genba-kaizen-screen></genba-kaizen-screen>`,
  },
  launch: {
    title: 'Lesson 3 · The fish that got away',
    short: '3 · Launch sizing',
    load: () => import('../launch/genba-launch-screen.ts'),
    render: () => html`<genba-launch-screen></genba-launch-screen>`,
  },
  engine: {
    title: 'Engine check: run a preset scenario',
    short: 'Engine check',
    load: () => import('../engine/genba-scenario-runner.ts'),
    render: () => html`<genba-scenario-runner></genba-scenario-runner>`,
  },
};

@customElement('genba-app')
export class GenbaApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 84rem;
      margin: 0 auto;
      padding: 0.75rem 1rem 3rem;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.5rem 1.5rem;
      border-bottom: 1px solid var(--genba-border);
      margin-bottom: 1rem;
    }
    .brand {
      color: var(--genba-accent);
      margin: 0;
      font-size: 1.6rem;
    }
    .tagline {
      color: var(--genba-muted);
      margin: 0;
    }
    nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    nav a {
      display: inline-block;
      padding: 0.5rem 0.75rem;
      color: var(--genba-accent);
      text-decoration: none;
      border-bottom: 3px solid transparent;
      font-weight: 600;
    }
    nav a[aria-current='page'] {
      border-bottom-color: var(--genba-accent);
      color: var(--genba-ink);
    }
    nav a:focus-visible {
      outline: 3px solid #e69f00;
      outline-offset: 2px;
    }
    .notice {
      background: #fff4e0;
      border: 1px solid #e69f00;
      border-radius: 6px;
      padding: 0.5rem 0.75rem;
      margin-bottom: 1rem;
    }
    .loading {
      color: var(--genba-muted);
    }
  `;

  @state() private route: Route = 'batching';
  @state() private loaded = new Set<Route>();
  @state() private notice = '';

  private readonly onHashChange = (): void => this.readLocation();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.readLocation();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  private readLocation(): void {
    const where = parseFragment(window.location.hash);
    this.notice = where.unknown ? 'That link names a screen Genba does not have, so the first lesson is open instead.' : '';
    this.route = where.route;
    const entry = SCREENS[where.route];
    document.title = `${entry.title} · Genba`;
    if (!this.loaded.has(where.route)) {
      entry.load().then(
        () => (this.loaded = new Set([...this.loaded, where.route])),
        (error: unknown) => (this.notice = `This screen could not be loaded: ${String(error)}`),
      );
    }
  }

  override render() {
    const entry = SCREENS[this.route];
    return html`
      <header>
        <p class="brand"><strong>Genba</strong></p>
        <p class="tagline">Go and see: Taiichi Ohno's lessons, run.</p>
        <nav aria-label="Lessons">
          <ul>
            ${(Object.keys(SCREENS) as Route[]).map(
              (r) =>
                html`<li><a href=${fragmentOf(r)} aria-current=${r === this.route ? 'page' : nothing}>${SCREENS[r].short}</a></li>`,
            )}
          </ul>
        </nav>
      </header>
      <genba-update-notice></genba-update-notice>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      <main>
        ${this.loaded.has(this.route) ? entry.render() : html`<p class="loading">Loading…</p>`}
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-app': GenbaApp;
  }
}
