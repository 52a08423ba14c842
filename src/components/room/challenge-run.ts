/**
 * The phone's own run of a challenge, off the main thread: the scenario goes to the app's
 * Monte Carlo Web Workers (src/workers/mc.worker.ts, the lessons' workers), with progress and
 * cancellation; the main thread only receives the merged result. The runner and the workers
 * load when a run starts (as in lesson 1), so they stay out of every screen's first load.
 */
import { parseScenario } from '../../scenario/index.ts';
import { figuresOf, requestScenario, type ChallengeFigures, type ChallengeRequest } from '../../room/challenge-scenario.ts';
import { challengePresetFor } from './challenge-preset.ts';

export interface ChallengeRunOptions {
  readonly signal: AbortSignal;
  /** Share of the replications done, 0..1. */
  readonly onProgress: (fraction: number) => void;
}

/** Runs a request as the server will; rejects with a message naming the field when it is not allowed, or an AbortError when cancelled. */
export async function runChallengeInWorker(request: ChallengeRequest, options: ChallengeRunOptions): Promise<ChallengeFigures> {
  const base = await challengePresetFor(request.kind);
  const parsed = parseScenario(requestScenario(base, request));
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message ?? 'invalid scenario');
  const scenario = parsed.scenario;
  const [{ runScenario }, { createBrowserWorkerPool }] = await Promise.all([import('../../sim/run-scenario.ts'), import('../../app/browser-workers.ts')]);
  const pool = createBrowserWorkerPool(Math.min(2, scenario.replications));
  try {
    const output = await runScenario(scenario, pool.executorsFor(scenario), {
      signal: options.signal,
      onProgress: (p) => options.onProgress(p.total > 0 ? p.done / p.total : 1),
    });
    const figures = figuresOf(request.kind, output);
    if (!figures) throw new Error('the run gave a figure that is not finite');
    return figures;
  } finally {
    pool.terminate();
  }
}
