/**
 * The run state of lesson 3's screen as a reactive controller: starts a run of either
 * version in the coordinating worker (LaunchRunClient), keeps the live run's progress and
 * partial views, the finished run, and what to say (a visible message, a polite
 * announcement), and cancels on request or when the screen goes away. The previous result
 * stays until a new run finishes; a cancelled or failed run says so and keeps it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { shownName } from '../../i18n/preset-names.ts';
import { formatNumber } from '../../i18n/format.ts';
import { formatShare, formatWhole } from '../../lessons/launch/format.ts';
import type { ValidLaunchForm } from '../../lessons/launch/launch-form.ts';
import type { Prediction } from '../../lessons/launch/predictions.ts';
import { ProgressAnnouncer, resultAnnouncement, secondsLeft, strategiesAnnouncement } from '../../lessons/launch/run-announcements.ts';
import { pairWithin, type ComparedPair } from '../../lessons/launch/strategy-compare.ts';
import type { LessonProgress } from '../../lessons/launch/lesson-run.ts';
import { hasStrategies } from '../../scenario/types.ts';
import { LaunchRunClient } from './launch-run-client.ts';
import type { FinishedRun, LiveRun } from './launch-run-state.ts';

/** A message worded when shown (it follows a language switch). */
export type Text = () => string;

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export interface RunOutcome {
  readonly finished: FinishedRun;
  /** The one-sentence result, as announced. */
  readonly announcement: string;
}

export class LaunchRunController implements ReactiveController {
  live: LiveRun | null = null;
  finished: FinishedRun | null = null;
  /** A visible message about the last run: done, cancelled, failed. */
  message: Text | null = null;
  /** What the polite live region says. */
  announcement = '';

  private readonly client = new LaunchRunClient();
  private readonly announcer = new ProgressAnnouncer();
  private running: Promise<RunOutcome | null> | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.client.cancel();
  }

  cancel(): void {
    this.client.cancel();
  }

  /** Says something in the polite live region. */
  announce(text: string): void {
    this.set({ announcement: text });
  }

  /** Cancels a run in progress and waits for it to settle. */
  async stop(): Promise<void> {
    if (this.live === null) return;
    this.client.cancel();
    await this.running;
  }

  private set(patch: Partial<Pick<LaunchRunController, 'live' | 'finished' | 'message' | 'announcement'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  private progressed(p: LessonProgress): void {
    if (this.live === null) return;
    const now = performance.now();
    this.live = { ...this.live, progress: { ...p, secondsLeft: secondsLeft(now - this.live.startedAt, p.fraction) } };
    const said = this.announcer.update(p.fraction, now);
    if (said !== null) this.announcement = said;
    this.host.requestUpdate();
  }

  /** Runs a valid case; resolves with the finished run, or null when cancelled or failed (the message says which). */
  run(request: ValidLaunchForm, prediction: Prediction, pair: ComparedPair): Promise<RunOutcome | null> {
    if (this.live !== null) return this.running ?? Promise.resolve(null);
    const running = this.runOnce(request, prediction, pair).finally(() => {
      if (this.running === running) this.running = null;
    });
    this.running = running;
    return running;
  }

  private async runOnce(request: ValidLaunchForm, prediction: Prediction, requestedPair: ComparedPair): Promise<RunOutcome | null> {
    const scenario = request.scenario;
    const strategies = hasStrategies(scenario);
    const pair = strategies ? pairWithin(requestedPair, scenario.strategies.length) : requestedPair;
    const startedAt = performance.now();
    this.announcer.start(startedAt);
    const markets = formatWhole(scenario.replications);
    this.set({
      message: null,
      announcement: msg(str`Running ${markets} markets.`),
      live: {
        kind: strategies ? 'strategies' : 'quantities',
        request,
        prediction,
        pair,
        startedAt,
        progress: { phase: 'strategies', done: 0, total: scenario.replications, fraction: 0, secondsLeft: null },
        strategies: null,
        sweep: null,
        figures: null,
        commitment: null,
      },
    });
    try {
      const onProgress = (p: LessonProgress) => this.progressed(p);
      let finished: FinishedRun;
      let said: string;
      if (strategies) {
        const result = await this.client.run(
          { type: 'run-strategies', scenario, pair },
          {
            onProgress,
            onFigures: (view) => this.live && this.set({ live: { ...this.live, figures: view } }),
            onCommitment: (view) => this.live && this.set({ live: { ...this.live, commitment: view } }),
          },
        );
        finished = { kind: 'strategies', request, scenario, prediction, result };
        const compared = [result.output.results[pair.first], result.output.results[pair.second]].flatMap((r) =>
          r ? [{ name: shownName(r.strategy), mean: r.profit.mean, probLoss: r.probLoss }] : [],
        );
        said = strategiesAnnouncement(result.output.replications, compared);
      } else {
        const result = await this.client.run(
          { type: 'run', scenario, sweepScenario: request.sweepScenario, quantities: request.quantities },
          {
            onProgress,
            onStrategies: (view) => this.live && this.set({ live: { ...this.live, strategies: view } }),
            onSweep: (view) => this.live && this.set({ live: { ...this.live, sweep: view } }),
          },
        );
        finished = { kind: 'quantities', request, prediction, result };
        said = resultAnnouncement(result);
      }
      const seconds = formatNumber((performance.now() - startedAt) / 1000, 1);
      this.set({ finished, live: null, message: () => msg(str`Done in ${seconds} s.`), announcement: said });
      return { finished, announcement: said };
    } catch (error) {
      const done = this.live?.progress.fraction ?? 0;
      const kept = this.finished !== null;
      const share = formatShare(done, 0);
      const reason = reasonOf(error);
      const cancelled = error instanceof Error && error.name === 'AbortError';
      const message: Text = () =>
        cancelled
          ? kept
            ? msg(str`Cancelled after ${share} of the run; the previous result is kept.`)
            : msg(str`Cancelled after ${share} of the run; there is no result yet.`)
          : kept
            ? msg(str`The run failed: ${reason}; the previous result is kept.`)
            : msg(str`The run failed: ${reason}; there is no result yet.`);
      this.set({ live: null, message, announcement: message() });
      return null;
    }
  }
}
