/**
 * Lesson 2's link state, as a reactive controller of the screen (docs/sharing.md): a link
 * (`#/kaizen?v=…&s=…`) carries the scenario, the list of improvements, the station open and
 * the replay's position, and the expectations when the user opts in; opening it re-runs
 * every step on the same seed. A link that cannot be opened says why (`problem`) and the
 * lesson's own line opens; what to know about one that opened is in `notices`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { Improvement } from '../../lessons/kaizen/improvements.ts';
import type { Expectation } from '../../lessons/kaizen/kaizen-log.ts';
import { parseExpectations, parseImprovements } from '../../lessons/kaizen/kaizen-log-file.ts';
import { improvedOnePieceFlow } from '../../lessons/kaizen/it-failed-before.ts';
import { parseFragment } from '../../app/routes.ts';
import { decodeLink, type LinkState } from '../../share/index.ts';
import type { KaizenWorkController, Text } from './kaizen-work-controller.ts';
import { logIssuesText, problemsText } from './kaizen-problems.ts';

/** The route and lesson id of this screen in links. */
export const LESSON = 'kaizen';

/** What a link carries besides the scenario (its `extra`): the steps taken, and the station open. */
interface LinkExtra {
  readonly improvements: readonly Improvement[];
  readonly station?: number;
}

/** What the controller needs of the screen. */
export interface KaizenLinkHooks {
  /** The lesson's own line, once loaded (what opens when a link cannot). */
  lessonScenario(): FlowLineScenario | null;
  /** The station open (−1 for none). */
  selected(): number;
  select(station: number): void;
  /** The replay's time, if the replay is on screen. */
  replayTime(): number | undefined;
  seek(t: number): void;
  /** The share panel starts afresh (the work shown is not the one saved before). */
  startFresh(): void;
  announce(text: string): void;
}

export class KaizenLinkController implements ReactiveController {
  /** Why the link in the address could not be opened (shown with role="alert"). */
  problem: Text | null = null;
  /** What to know about the link, file or saved log that was opened (another engine version, a part left out). */
  notices: readonly Text[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly work: KaizenWorkController,
    private readonly hooks: KaizenLinkHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Sets what is shown about the work opened (a file, saved work). */
  show(problem: Text | null, notices: readonly Text[]): void {
    this.problem = problem;
    this.notices = notices;
    this.host.requestUpdate();
  }

  private readonly onHashChange = (): void => {
    if (parseFragment(window.location.hash).route !== LESSON || !this.hooks.lessonScenario()) return;
    void this.open();
  };

  /** Improvements and the station from a link's `extra`, or why they cannot be used. */
  private extra(extra: unknown, scenario: FlowLineScenario): { ok: true; value: LinkExtra; notices: Text[] } | { ok: false; problem: Text } {
    if (extra === undefined) return { ok: true, value: { improvements: [] }, notices: [] };
    if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) return { ok: false, problem: () => msg('its kaizen steps are not a {…} record') };
    const record = extra as Record<string, unknown>;
    const improvements = parseImprovements(Object.hasOwn(record, 'improvements') ? record['improvements'] : []);
    if (!improvements.ok) {
      const failure = improvements;
      return { ok: false, problem: () => msg(str`its kaizen steps are not valid: ${logIssuesText(failure, 3)}`) };
    }
    const notices: Text[] = [];
    const station = Object.hasOwn(record, 'station') ? record['station'] : undefined;
    const stationOk = typeof station === 'number' && Number.isInteger(station) && station >= 0 && station < scenario.stations.length;
    if (station !== undefined && !stationOk) {
      const value = JSON.stringify(station)?.slice(0, 40);
      notices.push(() => msg(str`The link's station was left out: ${value} is not a station of this line.`));
    }
    return { ok: true, value: { improvements: improvements.value, ...(stationOk ? { station } : {}) }, notices };
  }

  /**
   * Opens the link in the address, if it holds one. A link that cannot be opened is
   * reported, with the lesson's own line open. Returns false when the address holds no link.
   */
  async open(): Promise<boolean> {
    const decoded = decodeLink(parseFragment(window.location.hash).query);
    if (!decoded.ok && decoded.reason === 'absent') return false;
    this.notices = [];
    // The link decoder words its messages in the language shown when it read the link.
    let problem: Text = () => (decoded.ok ? '' : decoded.message);
    if (decoded.ok) {
      const { state } = decoded;
      const scenario = state.scenario;
      const extra = scenario.model === 'flow-line' ? this.extra(state.extra, scenario) : null;
      const lesson = state.lesson;
      if (state.lesson !== LESSON) problem = () => msg(str`This link is for another lesson (${lesson}), not "It was tried, and it failed".`);
      else if (scenario.model !== 'flow-line' || extra === null) problem = () => msg("This link's scenario cannot be opened here: this lesson improves a flow line.");
      else if (!extra.ok) {
        const why = extra.problem;
        problem = () => msg(str`This link cannot be opened: ${why()}.`);
      } else {
        const notices: Text[] = [...decoded.notices.map((n): Text => () => n), ...extra.notices];
        let expectations = new Map<string, Expectation>();
        if (state.predictions !== undefined) {
          const parsed = parseExpectations(state.predictions, extra.value.improvements);
          if (parsed.ok) expectations = parsed.value;
          else {
            const failure = parsed;
            notices.push(() => msg(str`The link's expectations were left out: ${logIssuesText(failure, 2)}.`));
          }
        }
        const applied = improvedOnePieceFlow(scenario, extra.value.improvements);
        if (!applied.ok) {
          const problems = applied.problems;
          problem = () => msg(str`This link's kaizen steps cannot be applied to its line: ${problemsText(problems, scenario.timeUnit, 3)}.`);
        } else {
          // The last link's problem goes as this one opens (its steps run in the worker meanwhile); it comes back if this one fails too.
          this.show(null, this.notices);
          if (await this.work.openWork({ scenario, improvements: extra.value.improvements, expectations })) {
            this.show(null, notices);
            this.hooks.startFresh();
            this.hooks.select(extra.value.station ?? -1);
            await this.host.updateComplete;
            if (state.t !== undefined) this.hooks.seek(state.t);
            this.hooks.announce(msg('Opened the kaizen steps from the link: every step ran again on its seed.'));
            return true;
          }
          const why = this.work.message;
          problem = () => msg(str`This link cannot be opened: ${why?.() ?? ''}`);
        }
      }
    }
    const why = problem;
    this.show(() => msg(str`${why()} The lesson's own line is open instead.`), this.notices);
    const own = this.hooks.lessonScenario();
    if (own) {
      await this.work.openWork({ scenario: own, improvements: [], expectations: new Map() });
      this.hooks.select(-1);
      this.hooks.startFresh();
    }
    return true;
  }

  /** The state a link carries now: the line, the steps, the station open, the replay's position; the expectations when shared. */
  readonly state = (): LinkState | null => {
    const original = this.work.original;
    if (!original) return null;
    const selected = this.hooks.selected();
    const extra: LinkExtra = { improvements: this.work.improvements, ...(selected >= 0 ? { station: selected } : {}) };
    const t = this.hooks.replayTime() ?? 0;
    return {
      lesson: LESSON,
      scenario: original,
      t: Number.isFinite(t) && t >= 0 ? t : 0,
      extra,
      ...(this.work.expectations.size > 0 ? { predictions: Object.fromEntries(this.work.expectations) } : {}),
    };
  };
}
