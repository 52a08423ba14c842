/**
 * A pool of workers as chunk executors, for any kind of worker that can post and receive
 * messages (a browser Worker or a Node worker_threads Worker behind a small adapter).
 */
import type { Scenario } from '../../scenario/types.ts';
import { isFromWorker, type ToWorker } from './protocol.ts';
import type { ChunkExecutor } from './runner.ts';

/** The little a pool needs of a worker. */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  /** Registers the one message listener; the pool calls it once. */
  onMessage(listener: (data: unknown) => void): void;
  onError(listener: (message: string) => void): void;
  terminate(): void;
}

export class WorkerPool {
  private readonly workers: WorkerPort[];
  private readonly pending = new Map<number, { resolve: (s: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private closed = false;

  constructor(spawn: () => WorkerPort, size: number) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      const worker = spawn();
      worker.onMessage((data) => this.receive(data));
      worker.onError((message) => this.failAll(new Error(`a Monte Carlo worker failed: ${message}`)));
      return worker;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /** Executors for a scenario: one per worker. */
  executorsFor<Summary>(scenario: Scenario): ChunkExecutor<Summary>[] {
    return this.workers.map((worker) => {
      worker.postMessage({ type: 'scenario', scenario });
      return {
        run: (from: number, to: number) =>
          new Promise<Summary>((resolve, reject) => {
            if (this.closed) {
              reject(new Error('the worker pool is closed'));
              return;
            }
            const id = this.nextId++;
            this.pending.set(id, { resolve: resolve as (s: unknown) => void, reject });
            worker.postMessage({ type: 'chunk', id, from, to });
          }),
      };
    });
  }

  /** Stops every worker at once (cancellation); pending chunks are rejected. */
  terminate(): void {
    this.closed = true;
    for (const worker of this.workers) worker.terminate();
    this.failAll(new Error('the worker pool was stopped'));
  }

  private receive(data: unknown): void {
    if (!isFromWorker(data)) return;
    const waiting = this.pending.get(data.id);
    if (!waiting) return;
    this.pending.delete(data.id);
    if (data.type === 'summary') waiting.resolve(data.summary);
    else waiting.reject(new Error(data.message));
  }

  private failAll(error: Error): void {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}
