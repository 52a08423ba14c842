/**
 * Lesson 1's link state, as a Lit reactive controller (docs/sharing.md): it opens the link in
 * the address when the screen starts and whenever the address changes to another link of
 * this lesson, and keeps what to tell about it: why it could not be opened (`problem`, shown
 * with role="alert", with the lesson's default scenario open instead) or what to know about
 * the link that was opened (`notices`: another engine version, a part left out).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { parseFragment } from '../../app/routes.ts';
import type { LinkState } from '../../share/index.ts';
import type { Text } from './flow-run-controller.ts';

/** What the screen does with a link's parts. */
export interface LinkOpener {
  /** Opens the link's scenario on its replication; resolves to its problems, empty when it ran. */
  readonly openScenario: (state: LinkState) => Promise<string[]>;
  /** After the link's scenario ran: its playback position and prediction. Resolves to more notices. */
  readonly applyState: (state: LinkState) => Promise<string[]>;
  /** Opens the lesson's default scenario (after a link that could not be opened). */
  readonly openDefault: () => Promise<void>;
}

export class FlowLinkController implements ReactiveController {
  /** Why the link in the address could not be opened. */
  problem: Text | null = null;
  /** What to know about the link that was opened. */
  notices: readonly string[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The route and lesson id of the screen in links. */
    private readonly lesson: string,
    private readonly opener: LinkOpener,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Forgets the last link's problem and notices (another scenario was opened). */
  clear(): void {
    this.problem = null;
    this.notices = [];
    this.host.requestUpdate();
  }

  private readonly onHashChange = (): void => {
    if (parseFragment(window.location.hash).route !== this.lesson) return;
    void this.open();
  };

  /**
   * Opens the link in the address, if it holds one. A link that cannot be opened is
   * reported, with the lesson's default scenario open. Resolves to false when the address
   * holds no link (nothing was done).
   */
  async open(): Promise<boolean> {
    const query = parseFragment(window.location.hash).query;
    if (query === '') return false;
    // The link codec (and its inflate tables) loads only when the address holds a link.
    const { decodeLink } = await import('../../share/index.ts');
    const decoded = decodeLink(query);
    if (!decoded.ok && decoded.reason === 'absent') return false;
    this.notices = [];
    let problem: Text = () => (decoded.ok ? '' : decoded.message);
    if (decoded.ok) {
      const { state } = decoded;
      if (state.lesson !== this.lesson) {
        const lesson = state.lesson;
        problem = () => msg(str`This link is for another lesson (${lesson}), not the batching illusion.`);
      } else {
        // The last link's problem goes as this one opens (its lines run in the worker meanwhile); it comes back if this one fails too.
        this.clear();
        const issues = await this.opener.openScenario(state);
        if (issues.length === 0) {
          const more = await this.opener.applyState(state);
          this.problem = null;
          this.notices = [...decoded.notices, ...more];
          this.host.requestUpdate();
          return true;
        }
        const list = issues.slice(0, 3).join('; ');
        problem = () => msg(str`This link's scenario cannot be opened here: ${list}.`);
      }
    }
    const why = problem;
    this.problem = () => msg(str`${why()} The lesson's default scenario is open instead.`);
    this.host.requestUpdate();
    await this.opener.openDefault();
    return true;
  }
}
