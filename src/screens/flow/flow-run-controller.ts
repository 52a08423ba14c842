/**
 * Lesson 1's run state, as a Lit reactive controller: the lesson's presets, the scenario
 * open (a preset, or one from a link, a file or saved work), the replication both lines
 * replay, and the two traced runs with their replay material, made in the lesson worker
 * (src/app/lesson-worker.ts). The screen changes to a new scenario only when its lines have
 * run, and not at all if another scenario was set meanwhile; a run that fails leaves the
 * last one on screen, with the reason.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { issueText } from '../../i18n/issue-text.ts';
import { presetFileFor } from '../../scenario/preset-match.ts';
import { parseScenario } from '../../scenario/index.ts';
import { inLessonWorker } from '../../app/lesson-worker.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { PairedRun } from '../../lessons/batching/paired-run.ts';
import type { PairReplay } from '../../lessons/batching/replay.ts';
import type { ReplayPair } from '../../components/line-view/genba-paired-replay.ts';

export const DEFAULT_PRESET = 'batching-illusion.json';

export interface PresetEntry {
  readonly file: string;
  readonly name: string;
  readonly model: string;
}

/** A message shown on screen: a function, so that it is worded in the language shown (and follows a switch). */
export type Text = () => string;

const fetchJson = async (path: string): Promise<unknown> => (await fetch(new URL(path, document.baseURI))).json();

export class FlowRunController implements ReactiveController {
  presets: PresetEntry[] = [];
  presetFile = DEFAULT_PRESET;
  /** The open scenario is the preset in the list (edited or not), not one from a link, file or saved work. */
  fromPreset = true;
  /** The scenario the parameter editor resets to: the preset, link or file opened (not its edits). */
  lessonScenario: FlowLineScenario | null = null;
  /** The scenario whose lines are on screen. */
  scenario: FlowLineScenario | null = null;
  /** Both lines' traced runs. */
  pair: PairedRun | null = null;
  /** The replay's input: the runs with their replay material, one object per run (a new one restarts the replay). */
  replay: (ReplayPair & { readonly replays: PairReplay }) | null = null;
  /** The replication both lines replay (0-based); a link may name another. */
  replication = 0;
  /** A problem to show (role="alert"). */
  message: Text | null = null;
  /** Counts scenarios set: a run that a newer scenario overtook while it ran is dropped. */
  private runs = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: {
      /** A new scenario is about to run. */
      readonly starting: () => void;
      /** A new scenario's lines are on screen (after the host's render). */
      readonly shown: () => Promise<void>;
    },
  ) {
    host.addController(this);
  }

  /** Runs still in the worker when the screen leaves the page are dropped when they end. */
  hostDisconnected(): void {
    this.runs++;
  }

  private set(changes: Partial<Pick<FlowRunController, 'message' | 'presets' | 'presetFile' | 'fromPreset' | 'lessonScenario' | 'replication'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** The lesson's flow-line presets, from the site's list (public/scenarios/index.json). */
  async loadPresets(): Promise<boolean> {
    try {
      const list = await fetchJson('scenarios/index.json');
      const presets = Array.isArray(list)
        ? list.filter(
            (e): e is PresetEntry =>
              typeof e === 'object' && e !== null && e.model === 'flow-line' && typeof e.file === 'string' && /^[\w.-]+\.json$/.test(e.file) && typeof e.name === 'string',
          )
        : [];
      this.set({ presets });
      return true;
    } catch (error) {
      const reason = String(error);
      this.set({ message: () => msg(str`The lesson's scenarios could not be loaded (${reason}).`) });
      return false;
    }
  }

  /** Opens a preset on replication 1. Resolves to false when it is not a valid flow-line scenario. */
  async loadPreset(file: string): Promise<boolean> {
    const parsed = parseScenario(await fetchJson(`scenarios/${file}`));
    if (!parsed.ok || parsed.scenario.model !== 'flow-line') {
      this.set({ message: () => msg(str`The scenario ${file} is not a valid flow-line scenario.`) });
      return false;
    }
    this.set({ presetFile: file, lessonScenario: parsed.scenario, fromPreset: true, replication: 0 });
    await this.setScenario(parsed.scenario);
    return true;
  }

  /**
   * Opens a scenario given as a plain object (a file's contents, a link's scenario), after
   * validating it, on replication `replication` (default 0). Resolves to the validation
   * messages, empty when it was loaded (and both lines have run).
   */
  async loadScenario(value: unknown, replication = 0): Promise<string[]> {
    const parsed = parseScenario(value);
    if (!parsed.ok) return parsed.issues.map((i) => issueText(i, value));
    if (parsed.scenario.model !== 'flow-line') return [msg('model: this lesson runs flow-line scenarios')];
    this.replication = Number.isInteger(replication) && replication >= 0 ? replication : 0;
    const failure = await this.setScenario(parsed.scenario);
    if (failure !== null) return [failure];
    // A link or file equal to a preset names it in the list, rather than "Another scenario".
    const preset = await presetFileFor(
      parsed.scenario,
      this.presets.map((p) => p.file),
      (file) => fetchJson(`scenarios/${file}`),
    );
    this.set({ lessonScenario: parsed.scenario, fromPreset: preset !== null, ...(preset !== null ? { presetFile: preset } : {}) });
    return [];
  }

  /**
   * Runs both lines of a valid scenario in the lesson worker. Resolves to null once they
   * are on screen, or to why they are not.
   */
  async setScenario(scenario: FlowLineScenario): Promise<string | null> {
    this.hooks.starting();
    const run = ++this.runs;
    const replication = this.replication < scenario.replications ? this.replication : 0;
    let pair: PairedRun;
    let replays: PairReplay;
    try {
      ({ pair, replays } = await inLessonWorker({ kind: 'paired-run', scenario, replication }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (run === this.runs) this.set({ message: () => msg(str`The lines could not be run: ${reason}`) });
      return msg(str`The lines could not be run: ${reason}`);
    }
    if (run !== this.runs) return msg('Another scenario was opened while this one ran.');
    this.scenario = scenario;
    this.replication = replication;
    this.pair = pair;
    this.replay = { batch: pair.batch, flow: pair.flow, replays };
    this.message = null;
    this.host.requestUpdate();
    await this.hooks.shown();
    return null;
  }
}
