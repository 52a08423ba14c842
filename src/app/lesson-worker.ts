/**
 * Sends the lessons' own simulation work (src/lessons/lesson-work.ts) to one Web Worker,
 * made on first use and kept for the page: a lesson opening, or a kaizen step being applied,
 * runs off the main thread, so the page answers input meanwhile (QUALITY W1; Lighthouse's
 * total blocking time). If the worker cannot be made or fails, its pending requests are
 * rejected with the reason and the next request makes a new one; where there are no workers
 * at all, the work runs on the main thread after giving it back once. (The simulation code is
 * imported only then: the page's own JavaScript does not carry the engine.)
 */
import type { LessonWork, LessonWorkReply, LessonWorkResult } from '../lessons/lesson-work.ts';
import { yieldToMain } from './yield-to-main.ts';

/** What the client needs of a worker (a Web Worker in the app, a fake in tests). */
export interface LessonWorkerPort {
  postMessage(message: unknown): void;
  onMessage(listener: (data: unknown) => void): void;
  onError(listener: (message: string) => void): void;
  terminate(): void;
}

export type LessonWorkerClient = <W extends LessonWork>(work: W) => Promise<LessonWorkResult<W>>;

/** A client over workers made by `spawn` (null: no workers here, work on the main thread). */
export function createLessonWorkerClient(spawn: () => LessonWorkerPort | null): LessonWorkerClient {
  let port: LessonWorkerPort | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  const fail = (reason: string): void => {
    const waiting = [...pending.values()];
    pending.clear();
    port?.terminate();
    port = null;
    for (const p of waiting) p.reject(new Error(`The lesson's worker failed: ${reason}`));
  };

  const connect = (): LessonWorkerPort | null => {
    if (port) return port;
    const made = spawn();
    if (!made) return null;
    made.onMessage((data) => {
      const reply = data as LessonWorkReply;
      const p = pending.get(reply?.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.value);
      else p.reject(new Error(reply.error));
    });
    made.onError((message) => fail(message));
    port = made;
    return port;
  };

  return async <W extends LessonWork>(work: W): Promise<LessonWorkResult<W>> => {
    const worker = connect();
    if (!worker) {
      await yieldToMain();
      const { doLessonWork } = await import('../lessons/lesson-work.ts');
      return doLessonWork(work);
    }
    const id = nextId++;
    return new Promise<LessonWorkResult<W>>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      try {
        worker.postMessage({ id, work });
      } catch (error) {
        pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  };
}

function spawnLessonWorker(): LessonWorkerPort | null {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('../workers/lesson.worker.ts', import.meta.url), { type: 'module' });
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.addEventListener('message', (e: MessageEvent<unknown>) => listener(e.data)),
    onError: (listener) => worker.addEventListener('error', (e: ErrorEvent) => listener(e.message || 'worker error')),
    terminate: () => worker.terminate(),
  };
}

/** The page's lesson worker. */
export const inLessonWorker: LessonWorkerClient = createLessonWorkerClient(spawnLessonWorker);
