/**
 * What a screen needs to draw one flow-line run, derived from its event trace
 * (`simulateFlowLine(…, { trace: true })`): step series of deliveries, WIP and a station's
 * queue, and a Gantt of one station. Pure functions, one pass (or two) over the trace, so
 * O(n) in its length. They rely on the trace being in time order, as the engine writes it.
 *
 * Step series convention: a point `{ t, value }` means "from t on, until the next point, the
 * value is this". There is one point per instant at which the value changes, carrying the
 * value after everything that happened at that instant (several deliveries at once give one
 * point; a scrap and its replacement released at the same instant give none). The series
 * always starts at t = 0; if something already happened at 0, that first point carries the
 * value after it (in order mode, WIP starts at Q).
 *
 * A truncated trace (`run.trace.truncated`) gives series that stop where the trace stops.
 */
import type { TraceEvent } from './trace.ts';

export interface DeliveryPoint {
  readonly t: number;
  readonly delivered: number;
}

export interface WipPoint {
  readonly t: number;
  readonly wip: number;
}

export interface QueuePoint {
  readonly t: number;
  readonly waiting: number;
}

/** What a station is doing; `blocked`: holding a finished transfer batch the next station's kanban buffer has no room for. */
export type StationState = 'setup' | 'handling' | 'working' | 'starved' | 'blocked';

export interface StationInterval {
  readonly state: StationState;
  readonly from: number;
  readonly to: number;
}

/**
 * Builds a step series from (time, delta) changes in time order: one point per instant
 * with a net change, starting at t = 0 with value 0 (or the value after what happened at 0).
 */
class StepBuilder {
  readonly times: number[] = [0];
  readonly values: number[] = [0];
  private value = 0;

  add(t: number, delta: number): void {
    this.value += delta;
    const last = this.times.length - 1;
    if ((this.times[last] as number) === t) {
      // Same instant as the last point: it takes the value after this change too. If that
      // brings it back to the value before it, the instant changed nothing: drop the point.
      this.values[last] = this.value;
      if (last > 0 && (this.values[last - 1] as number) === this.value) {
        this.times.pop();
        this.values.pop();
      }
    } else if ((this.values[last] as number) !== this.value) {
      this.times.push(t);
      this.values.push(this.value);
    }
  }
}

/**
 * Good units delivered so far: +1 per `deliver` record. What the customer has received,
 * the curve a screen puts against the order quantity (the batch size shows as stair
 * height: a transfer batch reaches the customer all at once).
 */
export function cumulativeDeliveries(trace: readonly TraceEvent[]): DeliveryPoint[] {
  const steps = new StepBuilder();
  for (const e of trace) if (e.kind === 'deliver') steps.add(e.t, 1);
  return steps.times.map((t, i) => ({ t, delivered: steps.values[i] as number }));
}

/**
 * Work in progress: units released (`release`, replacements for scrap included) and not yet
 * delivered (`deliver`) or scrapped (`scrap`). The same count the run's `wip.mean` and
 * `wip.max` are taken from, so its time-average over the window is `wip.mean` (Little's
 * law on the screen: big batches show as a high, slowly draining plateau).
 *
 * The series shows the value at the end of each instant, so a dip within one instant (a
 * scrap followed at once by its replacement) is not drawn. In order mode that cannot hide
 * a maximum; in flow mode a release and a delivery at the very same instant could make
 * `run.wip.max` one higher than this series' maximum.
 */
export function wipOverTime(trace: readonly TraceEvent[]): WipPoint[] {
  const steps = new StepBuilder();
  for (const e of trace) {
    if (e.kind === 'release') steps.add(e.t, 1);
    else if (e.kind === 'deliver' || e.kind === 'scrap') steps.add(e.t, -1);
  }
  return steps.times.map((t, i) => ({ t, wip: steps.values[i] as number }));
}

/**
 * Units waiting at `station` to be started there: they arrived with their transfer batch
 * (`arrive`), are not yet taken up (`start`) and were not scrapped while waiting (`scrap`,
 * which includes a defective unit found as the station reaches for it). The queue a screen
 * draws in front of the station: with big batches it fills a batch at a time.
 *
 * `arrive` records carry the batch, not its units, so the members of each batch are
 * learnt from the `release` records (a unit stays in the batch it was released in). A
 * scrap record names the station the batch is at *or moving to*, so a unit scrapped on the
 * way is not counted off a queue it never joined.
 */
export function queueOverTime(trace: readonly TraceEvent[], station: number): QueuePoint[] {
  const members = new Map<number, number[]>();
  /** Units gone from the line (delivered or scrapped). */
  const gone = new Set<number>();
  /** Units waiting at this station. */
  const waiting = new Set<number>();
  const steps = new StepBuilder();
  for (const e of trace) {
    switch (e.kind) {
      case 'release': {
        const list = members.get(e.batch);
        if (list) list.push(e.unit);
        else members.set(e.batch, [e.unit]);
        break;
      }
      case 'arrive':
        if (e.station !== station) break;
        for (const u of members.get(e.batch) ?? []) {
          if (gone.has(u)) continue;
          waiting.add(u);
          steps.add(e.t, 1);
        }
        break;
      case 'start':
        if (e.station === station && waiting.delete(e.unit)) steps.add(e.t, -1);
        break;
      case 'scrap':
        gone.add(e.unit);
        if (waiting.delete(e.unit)) steps.add(e.t, -1);
        break;
      case 'deliver':
        gone.add(e.unit);
        break;
      default:
        break;
    }
  }
  return steps.times.map((t, i) => ({ t, waiting: steps.values[i] as number }));
}

/**
 * What `station` does over [0, end], as a Gantt: `setup` from each `setup` record
 * (t, t + duration); for each `start` record, `handling` for its first `handling` time
 * units, then `working` to t + duration; `starved` in every gap. A unit scrapped while the
 * station works on it (a `scrap` record of that unit at this station, at or after its start
 * and before its end) ends there: the station turns to its next unit, and the time so far
 * counts as handling/working, as the run's figures book it. Intervals are clipped to
 * [0, end]; adjacent intervals of one state merge; empty ones are left out.
 *
 * With `end` = the window's end (order mode: the makespan), the total length per state is
 * the station's `working`, `setup`, `handling` and `starved` in the run's figures.
 */
export function stationTimeline(trace: readonly TraceEvent[], station: number, end: number): StationInterval[] {
  // First pass: when each unit scrapped at this station was scrapped.
  const scrappedAt = new Map<number, number>();
  for (const e of trace) if (e.kind === 'scrap' && e.station === station) scrappedAt.set(e.unit, e.t);
  // When each batch this station held, blocked, left it.
  const unblockedAt = new Map<number, number>();
  for (const e of trace) if (e.kind === 'unblock' && e.station === station) unblockedAt.set(e.batch, e.t);

  const out: { state: StationState; from: number; to: number }[] = [];
  let cursor = 0;
  const push = (state: StationState, from: number, to: number): void => {
    const a = from > cursor ? from : cursor; // the station does one thing at a time
    const b = to < end ? to : end;
    if (b <= a) return;
    if (a > cursor) append('starved', cursor, a);
    append(state, a, b);
    cursor = b;
  };
  const append = (state: StationState, from: number, to: number): void => {
    const last = out[out.length - 1];
    if (last && last.state === state && last.to === from) last.to = to;
    else out.push({ state, from, to });
  };

  for (const e of trace) {
    if (e.station !== station || e.t >= end) continue;
    if (e.kind === 'setup') {
      push('setup', e.t, e.t + (e.duration ?? 0));
    } else if (e.kind === 'start') {
      let finish = e.t + (e.duration ?? 0);
      const scrap = scrappedAt.get(e.unit);
      if (scrap !== undefined && scrap >= e.t && scrap < finish) finish = scrap;
      const handlingEnd = e.t + (e.handling ?? 0);
      const split = handlingEnd < finish ? handlingEnd : finish;
      push('handling', e.t, split);
      push('working', split, finish);
    } else if (e.kind === 'block') {
      push('blocked', e.t, unblockedAt.get(e.batch) ?? end);
    }
  }
  if (end > cursor) append('starved', cursor, end);
  return out;
}
