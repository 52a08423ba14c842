/** worker_threads side of the challenge runner: one job per message, a submission's run or a question's outcome. */
import { parentPort } from 'node:worker_threads';
import { runChallenge, type ChallengeRequest } from './challenge.ts';
import { outcomeOf } from './outcomes.ts';
import type { QuestionId } from '../room/questions.ts';

export type ThreadJob = { readonly n: number; readonly request: ChallengeRequest } | { readonly n: number; readonly question: QuestionId };

parentPort?.on('message', (job: ThreadJob) => {
  try {
    const value = 'request' in job ? runChallenge(job.request) : outcomeOf(job.question);
    parentPort?.postMessage({ n: job.n, ok: true, value });
  } catch (error) {
    parentPort?.postMessage({ n: job.n, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
