/**
 * The main thread's side of a launch run: starts a coordinating worker
 * (launch-run.worker.ts) for each run, checks every message it sends (QUALITY S10) and hands
 * progress, partial views and the result on. Cancel terminates the worker at once (its Monte
 * Carlo workers go with it), so the page is idle again immediately.
 */
import { isFromCoordinator, type RunMessage, type RunStrategiesMessage } from '../../lessons/launch/run-messages.ts';
import type { LessonProgress, LessonResult, StrategiesView } from '../../lessons/launch/lesson-run.ts';
import type { CommitmentView, StrategyFiguresView, StrategyLessonResult } from '../../lessons/launch/strategy-run.ts';
import type { SweepView } from '../../lessons/launch/sweep-series.ts';
import { MonteCarloAborted } from '../../sim/mc/runner.ts';

export interface RunHandlers {
  readonly onProgress: (progress: LessonProgress) => void;
  readonly onStrategies?: (view: StrategiesView) => void;
  readonly onSweep?: (view: SweepView) => void;
  readonly onFigures?: (view: StrategyFiguresView) => void;
  readonly onCommitment?: (view: CommitmentView) => void;
}

export class LaunchRunClient {
  private worker: Worker | null = null;
  private fail: ((error: Error) => void) | null = null;

  get running(): boolean {
    return this.worker !== null;
  }

  /** Runs the lesson; rejects with an AbortError when cancelled, or with the worker's error. */
  run(request: RunMessage, handlers: RunHandlers): Promise<LessonResult>;
  run(request: RunStrategiesMessage, handlers: RunHandlers): Promise<StrategyLessonResult>;
  run(request: RunMessage | RunStrategiesMessage, handlers: RunHandlers): Promise<LessonResult | StrategyLessonResult> {
    this.cancel();
    const worker = new Worker(new URL('./launch-run.worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    return new Promise<LessonResult | StrategyLessonResult>((resolve, reject) => {
      const finish = () => {
        worker.terminate();
        if (this.worker === worker) {
          this.worker = null;
          this.fail = null;
        }
      };
      this.fail = (error) => {
        finish();
        reject(error);
      };
      worker.addEventListener('message', (event: MessageEvent<unknown>) => {
        const m = event.data;
        if (this.worker !== worker || !isFromCoordinator(m)) return;
        switch (m.type) {
          case 'progress':
            handlers.onProgress(m.progress);
            break;
          case 'strategies':
            handlers.onStrategies?.(m.view);
            break;
          case 'sweep':
            handlers.onSweep?.(m.view);
            break;
          case 'figures':
            handlers.onFigures?.(m.view);
            break;
          case 'commitment':
            handlers.onCommitment?.(m.view);
            break;
          case 'done-strategies':
          case 'done':
            finish();
            resolve(m.result);
            break;
          case 'error':
            finish();
            reject(new Error(m.message));
            break;
        }
      });
      worker.addEventListener('error', (event: ErrorEvent) => {
        if (this.worker === worker) this.fail?.(new Error(event.message || 'the run worker failed'));
      });
      worker.postMessage(request);
    });
  }

  /** Stops the run at once; its promise rejects with an AbortError. */
  cancel(): void {
    this.fail?.(new MonteCarloAborted());
  }
}
