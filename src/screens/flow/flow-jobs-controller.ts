/**
 * Lesson 1's long jobs, as a Lit reactive controller: the scenario's replications of both
 * lines and the transfer-batch sweep, run in the pool of browser workers on the same core
 * as the CLI, with their progress, cancellation and results. The Monte Carlo runner and the
 * pool are loaded and made the first time a job is asked for (the page's own JavaScript does
 * not carry the engine), and the pool is ended with the screen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { reportProgress } from '../../app/progress.ts';
import { SWEEP_BATCHES, sweepReplications } from '../../lessons/batching/sweep-batches.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { FlowLineOutput } from '../../sim/run-scenario.ts';
import type { WorkerPool } from '../../sim/mc/pool.ts';
import { fmt, meanCi, type Job, type ManyRuns, type SweepPoint } from '../../components/flow-lesson/flow-runs.ts';

type Runner = { runScenario: (typeof import('../../sim/run-scenario.ts'))['runScenario']; pool: WorkerPool };

const leadMean = (o: FlowLineOutput): unknown => (o.leadTime as { mean: unknown } | null)?.mean;

export class FlowJobsController implements ReactiveController {
  /** The replications of both lines for the open scenario, once run. */
  many: ManyRuns | null = null;
  /** The sweep's points so far for the open scenario. */
  sweep: SweepPoint[] | null = null;
  /** The job under way. */
  job: Job | null = null;

  private pool: WorkerPool | null = null;
  private abort: AbortController | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    /** What to tell a screen-reader user (the screen's live region). */
    private readonly announce: (text: string) => void,
    /** The scenario open now: results of a job it no longer matches are not shown. */
    private readonly current: () => FlowLineScenario | null,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.pool?.terminate();
    this.pool = null;
  }

  /** Stops the job under way (its results are not shown). */
  stop(): void {
    this.abort?.abort();
  }

  /** A new scenario's lines ran: the earlier jobs' results go. */
  clear(): void {
    this.many = null;
    this.sweep = null;
    this.host.requestUpdate();
  }

  private setJob(job: Job | null): void {
    this.job = job;
    this.host.requestUpdate();
  }

  private async runner(): Promise<Runner> {
    const [{ runScenario }, { createBrowserWorkerPool }] = await Promise.all([import('../../sim/run-scenario.ts'), import('../../app/browser-workers.ts')]);
    this.pool ??= createBrowserWorkerPool();
    return { runScenario, pool: this.pool };
  }

  async runMany(): Promise<void> {
    const scenario = this.current();
    if (!scenario || this.job) return;
    const abort = (this.abort = new AbortController());
    const replications = scenario.replications;
    const total = replications * 2;
    this.setJob({ kind: 'replications', done: 0, total });
    this.announce(msg(str`Running ${replications} replications of each line…`));
    try {
      const { runScenario, pool } = await this.runner();
      const one = async (s: FlowLineScenario, offset: number) =>
        (await runScenario(s, pool.executorsFor(s), {
          perReplication: true,
          signal: abort.signal,
          onProgress: (p) => this.setJob({ kind: 'replications', done: offset + p.done, total }),
        })) as FlowLineOutput;
      const batch = await one(scenario, 0);
      const flow = await one({ ...scenario, transferBatch: 1 }, replications);
      if (this.current() === scenario) {
        this.many = { batch, flow };
        const lb = meanCi(leadMean(batch));
        const lf = meanCi(leadMean(flow));
        const [bm, bc, fm, fc] = [fmt(lb.mean), fmt(lb.ci95), fmt(lf.mean), fmt(lf.ci95)];
        const text = msg(str`${replications} replications done: mean lead time ${bm} ± ${bc} with batches, ${fm} ± ${fc} in one-piece flow.`);
        this.announce(text);
        reportProgress(this.host, 'batching', 'many', { kind: 'result', text });
      }
    } catch (error) {
      const reason = String(error);
      this.announce(abort.signal.aborted ? msg('Replications cancelled; the earlier results stay on screen.') : msg(str`The replications failed: ${reason}`));
    } finally {
      this.setJob(null);
    }
  }

  async runSweep(): Promise<void> {
    const scenario = this.current();
    if (!scenario || this.job) return;
    const abort = (this.abort = new AbortController());
    const reps = sweepReplications(scenario.replications);
    const total = SWEEP_BATCHES.length * reps;
    this.setJob({ kind: 'sweep', done: 0, total });
    this.announce(msg(str`Sweeping the transfer batch from 1 to 50, ${reps} replications each…`));
    const points: SweepPoint[] = [];
    const perHour = scenario.timeUnit === 'second' ? 3600 : scenario.timeUnit === 'minute' ? 60 : 1;
    try {
      const { runScenario, pool } = await this.runner();
      for (const [i, b] of SWEEP_BATCHES.entries()) {
        const s: FlowLineScenario = { ...scenario, transferBatch: b, replications: reps };
        const out = (await runScenario(s, pool.executorsFor(s), {
          signal: abort.signal,
          onProgress: (p) => this.setJob({ kind: 'sweep', done: i * reps + p.done, total }),
        })) as FlowLineOutput;
        const throughput = meanCi(out.throughput);
        points.push({
          batch: b,
          leadTime: meanCi(leadMean(out)),
          wip: meanCi((out.wip as { mean: unknown }).mean),
          throughput: { mean: throughput.mean * perHour, ci95: throughput.ci95 * perHour },
        });
        if (this.current() === scenario) {
          this.sweep = [...points];
          this.host.requestUpdate();
        }
      }
      const best = points.reduce((a, p) => (p.leadTime.mean < a.leadTime.mean ? p : a));
      const bestBatch = best.batch;
      const text = msg(str`Sweep done: the shortest mean lead time is at a transfer batch of ${bestBatch}.`);
      this.announce(text);
      reportProgress(this.host, 'batching', 'sweep', { kind: 'result', text });
    } catch (error) {
      const reason = String(error);
      this.announce(abort.signal.aborted ? msg('Sweep cancelled; the points run so far stay on screen.') : msg(str`The sweep failed: ${reason}`));
    } finally {
      this.setJob(null);
    }
  }

  cancel(): void {
    this.abort?.abort();
    // Workers busy with a chunk are stopped; a fresh pool is made on the next run.
    this.pool?.terminate();
    this.pool = null;
  }
}
