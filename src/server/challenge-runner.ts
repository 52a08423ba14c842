/**
 * Runs challenge submissions and questions' outcomes off the event loop: one worker thread, a
 * bounded queue (a full queue refuses the submission, the client is told to retry), so a
 * burst of submissions never stalls the room's messages.
 */
import { Worker } from 'node:worker_threads';
import type { ChallengeFigures, ChallengeRequest } from './challenge.ts';
import type { Outcome } from '../room/protocol.ts';
import type { QuestionId } from '../room/questions.ts';

export const MAX_QUEUED_RUNS = 200;

type Pending = { resolve: (value: never) => void; reject: (e: Error) => void };

export class ChallengeRunner {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private next = 1;

  private start(): Worker {
    const worker = new Worker(new URL('./challenge-thread-entry.mjs', import.meta.url));
    worker.on('message', (m: { n: number; ok: boolean; value?: unknown; error?: string }) => {
      const p = this.pending.get(m.n);
      if (!p) return;
      this.pending.delete(m.n);
      if (m.ok && m.value) p.resolve(m.value as never);
      else p.reject(new Error(m.error ?? 'the run failed'));
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', () => {
      this.worker = null;
      this.fail(new Error('the run stopped'));
    });
    worker.unref();
    return worker;
  }

  private fail(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  run(request: ChallengeRequest): Promise<ChallengeFigures> {
    return this.post<ChallengeFigures>({ request });
  }

  /** A question's outcome, computed in the thread (lessons 2–4 run several scenarios). */
  outcome(question: QuestionId): Promise<Outcome> {
    return this.post<Outcome>({ question });
  }

  private post<T>(job: { request: ChallengeRequest } | { question: QuestionId }): Promise<T> {
    if (this.pending.size >= MAX_QUEUED_RUNS) return Promise.reject(new Error('busy: too many runs waiting, try again'));
    this.worker ??= this.start();
    const n = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(n, { resolve: resolve as (value: never) => void, reject });
      this.worker?.postMessage({ n, ...job });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
