/**
 * The reference loop of the benchmark (issue 18): the benchmark's flow line written by hand
 * for this one model, so that the engine's speed can be given as a ratio to the best this
 * model can do under the same rules, measured in the same run.
 *
 * The model: flow mode, n stations in series with exponential process times, exponential
 * interarrival times, transfer batches of B consecutive arrivals (ready at the B-th), a
 * batch moves on once all its units are done, no setup, handling, moves, drift or caps.
 * The rules: the same generator and streams as the engine (`createStream` with the
 * engine's stream names), the same engine-independent `ln` for every draw (`−mean·ln(1 − u)`),
 * one event per unit per station and per arrival, and the same figures at the end
 * (delivered, WIP time-average, busy time per station, lead-time mean and percentiles from
 * the same `orderStatsOf`). What it leaves out is the engine's generality: a fixed
 * number of pending events (one per station and the next arrival) found by a linear scan
 * instead of a heap, FIFO queues as counters (units keep their order through the line),
 * no setups, scrap, blocking or trace.
 *
 * With the same seed it reproduces the engine's run exactly (same event times, same
 * delivered units and lead times: test/unit/reference-flow-line.test.ts).
 */
import { ln } from '../src/sim/math/elementary.ts';
import { createStream, type RandomStream, type Seed } from '../src/sim/rng/stream.ts';
import { orderStatsOf, type OrderStats } from '../src/sim/line/order-stats.ts';
import { GrowableFloat64 } from '../src/sim/util/growable.ts';

export interface ReferenceLineSpec {
  readonly stations: number;
  readonly batch: number;
  /** Mean interarrival time (1.25 for arrivals at rate 0.8). */
  readonly interarrivalMean: number;
  /** Mean process time at every station. */
  readonly processMean: number;
  /** Arrivals after this time are not released; the run stops here. */
  readonly horizon: number;
}

export interface ReferenceLineRun {
  readonly released: number;
  readonly delivered: number;
  readonly events: number;
  readonly wipMean: number;
  readonly working: Float64Array;
  readonly leadTime: OrderStats | null;
}

export function referenceFlowLine(spec: ReferenceLineSpec, seed: Seed, replication: number): ReferenceLineRun {
  const n = spec.stations;
  const B = spec.batch;
  const horizon = spec.horizon;
  const aMean = spec.interarrivalMean;
  const pMean = spec.processMean;
  const arrivals = createStream(seed, replication, 'arrivals');
  const process: RandomStream[] = [];
  for (let k = 0; k < n; k++) process.push(createStream(seed, replication, `process:${k}`));

  const endAt = new Float64Array(n).fill(Infinity); // end of the unit station k works on
  const startedAt = new Float64Array(n);
  const ready = new Int32Array(n); // units at station k in complete batches, not started
  const done = new Int32Array(n); // units station k has finished
  const working = new Float64Array(n);
  let release = new Float64Array(1 << 16);
  const leadTimes = new GrowableFloat64(1 << 16);

  let released = 0;
  let delivered = 0;
  let events = 0;
  let wip = 0;
  let wipLast = 0;
  let wipArea = 0;
  let nextArrival = -aMean * ln(1 - arrivals.next());

  for (;;) {
    let t = nextArrival;
    let who = -1;
    for (let k = 0; k < n; k++) {
      const e = endAt[k] as number;
      if (e < t) {
        t = e;
        who = k;
      }
    }
    if (t > horizon) break;
    events++;
    if (who < 0) {
      if (released === release.length) {
        const grown = new Float64Array(release.length * 2);
        grown.set(release);
        release = grown;
      }
      release[released++] = t;
      wipArea += wip * (t - wipLast);
      wipLast = t;
      wip++;
      if (released % B === 0) {
        ready[0] = (ready[0] as number) + B;
        if (endAt[0] === Infinity) {
          ready[0] = (ready[0] as number) - 1;
          startedAt[0] = t;
          endAt[0] = t + -pMean * ln(1 - (process[0] as RandomStream).next());
        }
      }
      nextArrival = t + -aMean * ln(1 - arrivals.next());
      continue;
    }
    // Station `who` finishes a unit.
    working[who] = (working[who] as number) + (t - (startedAt[who] as number));
    endAt[who] = Infinity;
    const finished = (done[who] as number) + 1;
    done[who] = finished;
    if (finished % B === 0) {
      const next = who + 1;
      if (next === n) {
        wipArea += wip * (t - wipLast);
        wipLast = t;
        wip -= B;
        for (let i = delivered; i < delivered + B; i++) leadTimes.push(t - (release[i] as number));
        delivered += B;
      } else {
        ready[next] = (ready[next] as number) + B;
        if (endAt[next] === Infinity) {
          ready[next] = (ready[next] as number) - 1;
          startedAt[next] = t;
          endAt[next] = t + -pMean * ln(1 - (process[next] as RandomStream).next());
        }
      }
    }
    if ((ready[who] as number) > 0) {
      ready[who] = (ready[who] as number) - 1;
      startedAt[who] = t;
      endAt[who] = t + -pMean * ln(1 - (process[who] as RandomStream).next());
    }
  }
  // Work in progress at the horizon counts up to the horizon.
  for (let k = 0; k < n; k++) if (endAt[k] !== Infinity) working[k] = (working[k] as number) + (horizon - (startedAt[k] as number));
  wipArea += wip * (horizon - wipLast);
  return { released, delivered, events, wipMean: wipArea / horizon, working, leadTime: orderStatsOf(leadTimes) };
}
