/** worker_threads side of the challenge runner: one submission per message. */
import { parentPort } from 'node:worker_threads';
import { runChallenge } from './challenge.ts';

parentPort?.on('message', (job: { n: number; transferBatch: number; moveTime: number }) => {
  try {
    parentPort?.postMessage({ n: job.n, ok: true, figures: runChallenge(job) });
  } catch (error) {
    parentPort?.postMessage({ n: job.n, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
