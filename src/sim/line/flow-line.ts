/**
 * Model A of MODEL.md: a serial flow line with transfer batches, setups, handling, moves,
 * drift and scrap, in order mode or flow mode; a station's work and changeover may be given
 * as elements (elements.ts) and it may check its own work at the source (poka-yoke). One run is one replication: its random
 * numbers come only from streams named after (seed, replication, purpose), one stream per
 * station and purpose, so changing one station leaves every other draw as it was.
 *
 * Units and transfer batches live in typed arrays (no object per unit or per event). Each
 * unit a station works costs one event (its end); a setup adds one, a move with a time
 * adds one. Work that happens at the same instant (a batch handed on with no move time, a
 * station taking up its next unit) goes through a FIFO work list instead of the event
 * queue, which keeps simultaneous actions in a fixed, documented order (docs/model.md).
 *
 * Version 2 (MODEL.md): a process batch (setups counted per units started), release under a
 * WIP cap (CONWIP, with a backlog in flow mode), kanban buffers with blocking after service,
 * flow time from release, and external setup done by the operator in idle time. Each is off
 * unless the scenario asks for it, and then costs nothing on the version-1 path.
 */
import { EventQueue } from '../kernel/event-queue.ts';
import { DEFAULT_MAX_EVENTS, EventLimitError } from '../kernel/run-events.ts';
import { drawFrom, isAlwaysZero, isDegenerate, nominalMean, samplerOf, type Draw } from '../rng/distribution.ts';
import { createStream, type RandomStream, type Seed } from '../rng/stream.ts';
import { GrowableFloat64, GrowableInt32, IntQueue } from '../util/growable.ts';
import { changeoverIsZero, elementExternalDraw, elementProcessDraw, elementSetupDraw } from './elements.ts';
import { orderStatsOf } from './order-stats.ts';
import { TimeAverage } from './time-average.ts';
import { TraceRecorder, type TraceEvent, type TraceOptions } from './trace.ts';
import type { FlowLineSpec, TimeUnit } from './types.ts';

export interface FlowLineRunOptions {
  /** Record the event trace (off by default: it then costs nothing). */
  readonly trace?: boolean | TraceOptions;
  /** Cap on events in the run (default 5,000,000). */
  readonly maxEvents?: number;
  /**
   * false: run the general event loop even where the fast path for plain lines applies
   * (runPlain). The two give the same run to the bit; tests compare them.
   */
  readonly plainPath?: boolean;
}

export interface StationRun {
  readonly name: string;
  /** Time spent processing units, in the scenario's time unit, over the statistics window. */
  readonly working: number;
  readonly setup: number;
  readonly handling: number;
  /** Window − working − setup − handling. */
  readonly starved: number;
  /** Time holding a finished transfer batch the next station's buffer had no room for (0 without buffers). */
  readonly blocked: number;
  /** Units finished in the window, scrapped ones included. */
  readonly unitsFinished: number;
  /** Units per hour of the station's own busy time (working + setup + handling); null when never busy. */
  readonly localEfficiency: number | null;
  /** Units per hour of working + setup time: what the operator feels, blind to handling; null when never busy. */
  readonly perceivedRate: number | null;
}

export interface LeadTimeStats {
  readonly mean: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}

export interface FlowLineRun {
  /** Order mode: time the Q-th good unit was delivered. Flow mode: null. */
  readonly makespan: number | null;
  /** Time the first good unit reached the customer; null if none did. */
  readonly firstDelivery: number | null;
  /** Over the good units counted (order: all; flow: released in the window, delivered by the horizon); null if none. */
  readonly leadTime: LeadTimeStats | null;
  /** Good units delivered per time unit over the window. */
  readonly throughput: number;
  /** Units released and not yet delivered or scrapped, averaged over the window, and its maximum there. */
  readonly wip: { readonly mean: number; readonly max: number };
  /**
   * With a WIP cap only: release to delivery of the good units released in the window and
   * delivered (a replacement for scrap counts from its own release). Without a cap the
   * release is the request, so flow time is lead time and is not reported twice.
   */
  readonly flowTime?: LeadTimeStats | null;
  /** Flow mode with a WIP cap: arrivals not yet released, averaged over the window, and its maximum there. */
  readonly backlog?: { readonly mean: number; readonly max: number };
  /** With a unitValue: the WIP figures in money (WIP × unitValue). */
  readonly wipValue?: { readonly mean: number; readonly max: number };
  /** Whole-run counts (replacements for scrap included in released). */
  readonly released: number;
  readonly delivered: number;
  readonly scrapped: number;
  readonly wipAtEnd: number;
  readonly stations: readonly StationRun[];
  /** Events the kernel handled. */
  readonly events: number;
  /** The statistics window [from, to]. */
  readonly window: { readonly from: number; readonly to: number };
  /** Sum of lead times of the units counted, and their number (for exact pooling). */
  readonly leadTimeCount: number;
  /** How many flow times were counted (equal to leadTimeCount without a cap). */
  readonly flowTimeCount: number;
  readonly trace?: { readonly events: readonly TraceEvent[]; readonly truncated: boolean };
}

const HOURS_PER: Record<TimeUnit, number> = { second: 1 / 3600, minute: 1 / 60, hour: 1 };

// Event kinds.
const ARRIVAL = 0;
const SETUP_END = 1;
const UNIT_END = 2;
const MOVE_END = 3;

// What a station is doing.
const IDLE = 0;
const IN_SETUP = 1;
const ON_UNIT = 2;
/** Holding a finished batch the next station's buffer has no room for. */
const BLOCKED = 3;

const TOKEN_MASK = 0x3fffff;
const STATION_BITS = 5; // MODEL.md: at most 20 stations
const STATION_MASK = (1 << STATION_BITS) - 1;

/** Runs one replication of the flow line. */
export function simulateFlowLine(
  spec: FlowLineSpec,
  seed: Seed,
  replication: number,
  options: FlowLineRunOptions = {},
): FlowLineRun {
  return new FlowLineEngine(spec, seed, replication, options).run();
}

/** Whether a run of this line takes the fast path for plain lines (FlowLineEngine.runPlain); for tests and benchmarks. */
export function takesFastPath(spec: FlowLineSpec, options: FlowLineRunOptions = {}): boolean {
  return new FlowLineEngine(spec, 0, 0, options).plainLine;
}

/** How many units a run is likely to release (10% over the mean in flow mode), between 256 and 2^20: a starting capacity only. */
function expectedUnits(spec: FlowLineSpec): number {
  const release = spec.release;
  const guess = release.mode === 'order' ? release.quantity : (release.horizon / nominalMean(release.interarrival)) * 1.1;
  return Number.isFinite(guess) ? Math.max(256, Math.min(1 << 20, Math.ceil(guess))) : 256;
}

class FlowLineEngine {
  private readonly n: number;
  private readonly batchSize: number;
  private readonly queue = new EventQueue(64);
  private readonly trace: TraceRecorder | null;
  private now = 0;
  private done = false;

  // Statistics window.
  private readonly from: number;
  private readonly to: number;

  // Random draws, one stream per purpose and station.
  private readonly drawArrival: Draw | null;
  // Process times are drawn for every unit at every station: sampler and stream are kept
  // apart so the hot path makes one call, not two.
  private readonly sampleProcess: ((s: RandomStream) => number)[];
  private readonly processStream: RandomStream[];
  private readonly drawSetup: Draw[];
  private readonly drawHandling: Draw[];
  private readonly drawMove: Draw[];
  /** Stations whose setup is always 0 (no draw, no event). */
  private readonly setupIsZero: boolean[];
  /** Moves take no time at all (no draws, no events). */
  private readonly moveIsZero: boolean;
  private readonly driftStream: (RandomStream | null)[];
  private readonly defectRate: number[];
  /** Stations with a check at the source (poka-yoke). */
  private readonly pokaYoke: Uint8Array;
  /** Stations whose handling is always 0 (no draw; handling is drawn only with B > 1). */
  private readonly handlingIsZero: Uint8Array;
  /**
   * Stations where starting a unit needs none of the checks of version 2 or of drift: no
   * external setup, no process batch, no kanban buffer in front, no defects. The hot path
   * of startUnit skips them (same draws, same order: the checks would do nothing).
   */
  private readonly plainStart: Uint8Array;
  /**
   * The whole line is plain (flow mode, no cap, trace off, no moves, and at every station
   * plainStart, no changeover and no handling drawn): runPlain, the fast path, runs it.
   */
  readonly plainLine: boolean;

  // Version 2. Setups per units started (null: per transfer batch, version 1).
  private readonly processBatch: number | null;
  private readonly startedCount: Int32Array;
  private readonly setupCredit: Uint8Array;
  // Release under a WIP cap (Infinity: push).
  private readonly wipCap: number;
  private orderLeft = 0;
  private readonly backlogTimes = new GrowableFloat64(64);
  private backlogHead = 0;
  private readonly backlog: TimeAverage;
  // Kanban buffers: capacity in front of each station (Infinity: unlimited) and units counted there.
  private readonly bufferCap: Float64Array;
  private readonly bufferCount: Int32Array;
  private readonly blockedBatch: Int32Array;
  private readonly blockedSince: Float64Array;
  private readonly blockedTime: Float64Array;
  // External setup: its draw, what is left of it for the next setup, and when the station last fell idle.
  private readonly drawExternal: (Draw | null)[];
  private readonly externalLeft: Float64Array;
  private readonly freeSince: Float64Array;

  // Units. `unitRelease` is the customer's request (lead time runs from it); `unitEntered`
  // the release into the line (flow time runs from it). They differ only under a cap or for
  // a replacement; `unitEntered` is kept only under a cap (without one, flow time is lead time).
  private readonly unitRelease: GrowableFloat64;
  private readonly unitEntered = new GrowableFloat64();
  private readonly unitAlive: GrowableInt32;
  private readonly unitDefectFrom: GrowableInt32;
  private readonly unitDoneAt: GrowableInt32;
  private readonly unitBatch: GrowableInt32;

  // Transfer batches: members are pool[start .. start + size).
  private readonly batchStart = new GrowableInt32();
  private readonly batchSizeOf = new GrowableInt32();
  private readonly batchAlive = new GrowableInt32();
  /** Station the batch is at or moving to; n once delivered. */
  private readonly batchStation = new GrowableInt32();
  private readonly pool: GrowableInt32;
  private formingBatch = -1;

  // Stations.
  private readonly busy: Int32Array;
  private readonly token: Int32Array;
  private readonly currentBatch: Int32Array;
  private readonly nextMember: Int32Array;
  private readonly finishedInBatch: Int32Array;
  private readonly activeUnit: Int32Array;
  private readonly activityStart: Float64Array;
  private readonly handlingEnd: Float64Array;
  private readonly drifting: Uint8Array;
  private readonly waiting: IntQueue[];
  private readonly defectiveMade: GrowableInt32[];
  private readonly working: Float64Array;
  private readonly setupTime: Float64Array;
  private readonly handlingTime: Float64Array;
  private readonly unitsFinished: Float64Array;

  // Same-instant work list of stations to dispatch.
  private readonly workList: Int32Array;
  private readonly onWorkList: Uint8Array;
  private workHead = 0;
  private workCount = 0;

  // Line statistics.
  private wip = 0;
  private wipLast = 0;
  private wipArea = 0;
  private wipMax = 0;
  private released = 0;
  private deliveredGood = 0;
  private deliveredInWindow = 0;
  private scrapped = 0;
  private firstDelivery: number | null = null;
  private makespan: number | null = null;
  private readonly leadTimes: GrowableFloat64;
  private readonly flowTimes = new GrowableFloat64(1024);
  private readonly quantity: number;

  constructor(
    private readonly spec: FlowLineSpec,
    seed: Seed,
    replication: number,
    private readonly options: FlowLineRunOptions,
  ) {
    const n = spec.stations.length;
    this.n = n;
    // Per-unit records sized for the units the run is expected to release, so that a long
    // run does not copy them a dozen times as they double (fewer copies, less garbage).
    const units = expectedUnits(spec);
    this.unitRelease = new GrowableFloat64(units);
    this.leadTimes = new GrowableFloat64(units);
    this.batchSize = spec.transferBatch;
    const traceOpt = options.trace;
    this.trace = traceOpt ? new TraceRecorder(typeof traceOpt === 'object' ? (traceOpt.limit ?? 200_000) : 200_000) : null;

    const release = spec.release;
    if (release.mode === 'order') {
      this.from = 0;
      this.to = Infinity;
      this.quantity = release.quantity;
      this.drawArrival = null;
    } else {
      this.from = release.warmup;
      this.to = release.horizon;
      this.quantity = Infinity;
      this.drawArrival = drawFrom(release.interarrival, createStream(seed, replication, 'arrivals'));
    }

    const stream = (purpose: string, i: number) => createStream(seed, replication, `${purpose}:${i}`);
    this.processStream = spec.stations.map((_, i) => stream('process', i));
    // A station with work elements sums their draws (each from its own stream, elements.ts);
    // the stream it is handed is then not used.
    this.sampleProcess = spec.stations.map((s, i) => elementProcessDraw(s, seed, replication, `process:${i}`) ?? samplerOf(s.processTime));
    this.drawSetup = spec.stations.map((s, i) => elementSetupDraw(s, i, seed, replication, `setup:${i}`) ?? drawFrom(s.setupTime, stream('setup', i)));
    this.drawHandling = spec.stations.map((s, i) => drawFrom(s.handlingTime, stream('handling', i)));
    this.drawMove = spec.stations.map((_, i) => drawFrom(spec.moveTime, stream('move', i)));
    this.setupIsZero = spec.stations.map(changeoverIsZero);
    this.moveIsZero = isDegenerate(spec.moveTime) && nominalMean(spec.moveTime) === 0;
    this.driftStream = spec.stations.map((s, i) => (s.defectRate > 0 ? stream('drift', i) : null));
    this.defectRate = spec.stations.map((s) => s.defectRate);
    this.pokaYoke = Uint8Array.from(spec.stations, (s) => (s.pokaYoke === true ? 1 : 0));

    this.busy = new Int32Array(n);
    this.token = new Int32Array(n);
    this.currentBatch = new Int32Array(n).fill(-1);
    this.nextMember = new Int32Array(n);
    this.finishedInBatch = new Int32Array(n);
    this.activeUnit = new Int32Array(n).fill(-1);
    this.activityStart = new Float64Array(n);
    this.handlingEnd = new Float64Array(n);
    this.drifting = new Uint8Array(n);
    this.waiting = spec.stations.map(() => new IntQueue());
    this.defectiveMade = spec.stations.map(() => new GrowableInt32(16));
    this.working = new Float64Array(n);
    this.setupTime = new Float64Array(n);
    this.handlingTime = new Float64Array(n);
    this.unitsFinished = new Float64Array(n);
    this.workList = new Int32Array(n);
    this.onWorkList = new Uint8Array(n);

    const p = spec.processBatch;
    this.processBatch = p !== undefined && p !== spec.transferBatch ? p : null;
    this.startedCount = new Int32Array(n);
    this.setupCredit = new Uint8Array(n);
    this.wipCap = release.wipCap ?? Infinity;
    this.backlog = new TimeAverage(this.from, this.to);
    this.bufferCap = Float64Array.from(spec.stations, (s, i) => (i > 0 && s.buffer !== undefined ? s.buffer : Infinity));
    this.bufferCount = new Int32Array(n);
    this.blockedBatch = new Int32Array(n).fill(-1);
    this.blockedSince = new Float64Array(n);
    this.blockedTime = new Float64Array(n);
    this.drawExternal = spec.stations.map((s, i) => elementExternalDraw(s, i, seed, replication));
    // The first changeover's external part can be done from t = 0 (there is no earlier setup).
    this.externalLeft = Float64Array.from(this.drawExternal, (d) => (d === null ? 0 : d()));
    this.freeSince = new Float64Array(n);
    this.handlingIsZero = Uint8Array.from(spec.stations, (s) => (isAlwaysZero(s.handlingTime) ? 1 : 0));
    this.plainStart = Uint8Array.from(spec.stations, (s, k) =>
      this.drawExternal[k] === null && this.processBatch === null && this.bufferCap[k] === Infinity && s.defectRate === 0 ? 1 : 0,
    );
    this.plainLine =
      options.plainPath !== false &&
      release.mode === 'flow' &&
      this.wipCap === Infinity &&
      this.trace === null &&
      this.moveIsZero &&
      spec.stations.every((_, k) => this.plainStart[k] === 1 && this.setupIsZero[k] === true && (this.batchSize === 1 || this.handlingIsZero[k] === 1));
    // The fast path keeps no per-unit or per-batch records but the release times.
    const records = this.plainLine ? 16 : units;
    this.unitAlive = new GrowableInt32(records);
    this.unitDefectFrom = new GrowableInt32(records);
    this.unitDoneAt = new GrowableInt32(records);
    this.unitBatch = new GrowableInt32(records);
    this.pool = new GrowableInt32(records + spec.transferBatch);
  }

  run(): FlowLineRun {
    if (this.plainLine) return this.runPlain();
    if (this.spec.release.mode === 'order') {
      if (this.wipCap === Infinity) this.releaseOrder(this.spec.release.quantity);
      else {
        this.orderLeft = this.spec.release.quantity;
        this.releaseUnderCap();
      }
    } else this.queue.push((this.drawArrival as Draw)(), ARRIVAL, 0);
    this.drainWorkList();

    // The event loop (kernel/run-events.ts's, written out here so the hot path makes no
    // call through a closure): events in order until the queue is empty, the model says
    // stop, or the next event lies past the horizon.
    const queue = this.queue;
    const until = this.spec.release.mode === 'flow' ? this.spec.release.horizon : Infinity;
    const maxEvents = this.options.maxEvents ?? DEFAULT_MAX_EVENTS;
    let events = 0;
    while (queue.size > 0 && queue.peekTime() <= until) {
      if (events >= maxEvents) throw new EventLimitError(maxEvents, queue.peekTime());
      queue.pop();
      events++;
      this.now = queue.time;
      this.handle(queue.kind, queue.payload);
      if (this.workCount > 0) this.drainWorkList();
      if (this.done) break;
    }
    return this.results(events);
  }

  /**
   * The fast path (issue 18) for a plain line: flow mode without a cap, trace off, no moves,
   * and at every station no changeover, no handling drawn, no defects, no process batch and
   * no buffer. Units then keep their order through the line and a station's queue is a
   * count, so there are no per-unit or per-batch records, no work list and no heap: the
   * pending events (the next arrival, and the end of each busy station's unit) sit in
   * typed arrays and the earliest is found by a scan.
   *
   * It is the general loop's run, step for step: the same draws from the same streams in
   * the same order, the same statistics calls (changeWip, clipped, results), and the same
   * order among simultaneous events, because each pending event carries the sequence number
   * the heap would have given it (pushes happen in the same order: the arrival's next
   * arrival, then the station the batch reached, then the station that finished). The
   * general loop on the same input gives the same result, byte for byte (flow-line-plain.test.ts).
   */
  private runPlain(): FlowLineRun {
    const n = this.n;
    const B = this.batchSize;
    const last = n - 1;
    const from = this.from;
    const to = this.to;
    const until = to;
    const maxEvents = this.options.maxEvents ?? DEFAULT_MAX_EVENTS;
    const drawArrival = this.drawArrival as Draw;
    const sample = this.sampleProcess;
    const streams = this.processStream;
    const working = this.working;
    const finishedHere = this.unitsFinished;
    const release = this.unitRelease;
    const leadTimes = this.leadTimes;
    // Per station: end time and heap sequence of the unit in work (Infinity: idle), its
    // start, units there in complete batches not yet started, units of the batch done.
    const endAt = new Float64Array(n).fill(Infinity);
    const endSeq = new Float64Array(n);
    const startAt = this.activityStart;
    const ready = new Int32Array(n);
    const doneInBatch = new Int32Array(n);
    let seq = 0;
    let arrivalAt = drawArrival();
    let arrivalSeq = seq++;
    let forming = 0; // arrivals in the transfer batch being formed
    let delivered = 0; // units delivered: the next to go is unit `delivered` (FIFO)
    let events = 0;
    for (;;) {
      let t = arrivalAt;
      let s = arrivalSeq;
      let who = -1;
      for (let k = 0; k < n; k++) {
        const e = endAt[k] as number;
        if (e < t || (e === t && (endSeq[k] as number) < s)) {
          t = e;
          s = endSeq[k] as number;
          who = k;
        }
      }
      if (!(t <= until)) break;
      if (events >= maxEvents) throw new EventLimitError(maxEvents, t);
      events++;
      this.now = t;
      if (who < 0) {
        // An arrival: a unit released; a transfer batch is B consecutive arrivals.
        release.push(t);
        this.released++;
        this.changeWip(+1);
        const batchReady = ++forming === B;
        if (batchReady) forming = 0;
        arrivalAt = t + drawArrival();
        arrivalSeq = seq++;
        if (batchReady) {
          ready[0] = (ready[0] as number) + B;
          if (endAt[0] === Infinity) {
            ready[0] = (ready[0] as number) - 1;
            startAt[0] = t;
            endAt[0] = t + (sample[0] as (s: RandomStream) => number)(streams[0] as RandomStream);
            endSeq[0] = seq++;
          }
        }
        continue;
      }
      // Station `who` finishes a unit (what chargeUnitWork books with no handling).
      const started = startAt[who] as number;
      if (t > started) working[who] = (working[who] as number) + this.clipped(started, t);
      endAt[who] = Infinity;
      if (t >= from && t <= to) finishedHere[who] = (finishedHere[who] as number) + 1;
      const done = (doneInBatch[who] as number) + 1;
      if (done === B) {
        doneInBatch[who] = 0;
        if (who === last) {
          // The batch reaches the customer: what deliver() does unit by unit, at once. B
          // calls of changeWip(−1) at one instant book the area and the maximum on the
          // first and only subtract after it, so one call of changeWip(−B) is the same.
          this.changeWip(-B);
          this.deliveredGood += B;
          if (this.firstDelivery === null) this.firstDelivery = t;
          if (t >= from) this.deliveredInWindow += B;
          for (let i = 0; i < B; i++) {
            const released = release.data[delivered++] as number;
            if (released >= from) leadTimes.push(t - released);
          }
        } else {
          const next = who + 1;
          ready[next] = (ready[next] as number) + B;
          if (endAt[next] === Infinity) {
            ready[next] = (ready[next] as number) - 1;
            startAt[next] = t;
            endAt[next] = t + (sample[next] as (s: RandomStream) => number)(streams[next] as RandomStream);
            endSeq[next] = seq++;
          }
        }
      } else doneInBatch[who] = done;
      if ((ready[who] as number) > 0) {
        ready[who] = (ready[who] as number) - 1;
        startAt[who] = t;
        endAt[who] = t + (sample[who] as (s: RandomStream) => number)(streams[who] as RandomStream);
        endSeq[who] = seq++;
      }
    }
    // The units in work at the horizon, as the general loop leaves them for results().
    for (let k = 0; k < n; k++) {
      if (endAt[k] === Infinity) continue;
      this.busy[k] = ON_UNIT;
      this.handlingEnd[k] = startAt[k] as number;
    }
    return this.results(events);
  }

  private handle(kind: number, payload: number): void {
    switch (kind) {
      case ARRIVAL:
        this.onArrival();
        return;
      case MOVE_END:
        this.onMoveEnd(payload);
        return;
    }
    const station = payload & STATION_MASK;
    if (payload >>> STATION_BITS !== (this.token[station] as number)) return; // cancelled by a scrap
    if (kind === SETUP_END) this.onSetupEnd(station);
    else this.onUnitEnd(station);
  }

  // ——— Release ———

  private releaseOrder(quantity: number): void {
    for (let q = 0; q < quantity; q += this.batchSize) {
      const size = Math.min(this.batchSize, quantity - q);
      const b = this.newBatch(size);
      for (let k = 0; k < size; k++) this.addToBatch(b, this.newUnit(0));
      this.arriveAt(0, b);
    }
  }

  private onArrival(): void {
    if (this.wipCap !== Infinity) {
      // The arrival joins the backlog and is released as soon as the cap allows.
      this.backlogTimes.push(this.now);
      this.backlog.change(this.now, +1);
      this.releaseUnderCap();
      this.queue.push(this.now + (this.drawArrival as Draw)(), ARRIVAL, 0);
      return;
    }
    const u = this.newUnit(this.now);
    if (this.formingBatch < 0) this.formingBatch = this.newBatch(this.batchSize);
    const b = this.formingBatch;
    this.addToBatch(b, u);
    // A transfer batch is B consecutive arrivals, ready at the B-th (MODEL.md).
    if ((this.batchSizeOf.data[b] as number) === this.batchSize) {
      this.formingBatch = -1;
      this.arriveAt(0, b);
    }
    this.queue.push(this.now + (this.drawArrival as Draw)(), ARRIVAL, 0);
  }

  /**
   * CONWIP: releases units (the rest of the order, or the backlog in arrival order) while
   * fewer than the cap are in the line. They form transfer batches of B at station 1, each
   * ready at its B-th unit; the order's last units form a short batch.
   */
  private releaseUnderCap(): void {
    const order = this.spec.release.mode === 'order';
    while (this.wip < this.wipCap) {
      let request: number;
      if (order) {
        if (this.orderLeft === 0) return;
        this.orderLeft--;
        request = 0;
      } else {
        if (this.backlogHead === this.backlogTimes.length) return;
        request = this.backlogTimes.data[this.backlogHead++] as number;
        this.backlog.change(this.now, -1);
      }
      const u = this.newUnit(request);
      if (this.formingBatch < 0) this.formingBatch = this.newBatch(this.batchSize);
      const b = this.formingBatch;
      this.addToBatch(b, u);
      if ((this.batchSizeOf.data[b] as number) === this.batchSize || (order && this.orderLeft === 0)) {
        this.formingBatch = -1;
        this.arriveAt(0, b);
      }
    }
  }

  /** Replaces scrapped units at once: new units at station 1, in batches of at most B behind what waits there. */
  private releaseReplacements(releaseTimes: number[]): void {
    for (let i = 0; i < releaseTimes.length; i += this.batchSize) {
      const size = Math.min(this.batchSize, releaseTimes.length - i);
      const b = this.newBatch(size);
      for (let k = 0; k < size; k++) this.addToBatch(b, this.newUnit(releaseTimes[i + k] as number));
      this.arriveAt(0, b);
    }
  }

  /** A new unit in the line now, for a customer request made at `requestTime`. */
  private newUnit(requestTime: number): number {
    const u = this.unitRelease.length;
    this.unitRelease.push(requestTime);
    if (this.wipCap !== Infinity) this.unitEntered.push(this.now);
    this.unitAlive.push(1);
    this.unitDefectFrom.push(-1);
    this.unitDoneAt.push(-1);
    this.unitBatch.push(-1);
    this.released++;
    this.changeWip(+1);
    return u;
  }

  private newBatch(capacity: number): number {
    const b = this.batchStart.length;
    this.batchStart.push(this.pool.reserve(capacity));
    this.batchSizeOf.push(0);
    this.batchAlive.push(0);
    this.batchStation.push(0);
    return b;
  }

  private addToBatch(b: number, u: number): void {
    const size = this.batchSizeOf.data[b] as number;
    this.pool.data[(this.batchStart.data[b] as number) + size] = u;
    this.batchSizeOf.data[b] = size + 1;
    this.batchAlive.data[b] = (this.batchAlive.data[b] as number) + 1;
    this.unitBatch.data[u] = b;
    if (this.trace) {
      const request = this.unitRelease.data[u] as number;
      this.trace.add({ t: this.now, kind: 'release', station: 0, unit: u, batch: b, ...(request !== this.now ? { request } : {}) });
    }
  }

  // ——— Stations ———

  private arriveAt(station: number, b: number): void {
    this.batchStation.data[b] = station;
    (this.waiting[station] as IntQueue).push(b);
    this.trace?.add({ t: this.now, kind: 'arrive', station, unit: -1, batch: b });
    this.requestDispatch(station);
  }

  private requestDispatch(station: number): void {
    if (this.onWorkList[station]) return;
    this.onWorkList[station] = 1;
    let slot = this.workHead + this.workCount;
    if (slot >= this.n) slot -= this.n;
    this.workList[slot] = station;
    this.workCount++;
  }

  private drainWorkList(): void {
    while (this.workCount > 0) {
      const station = this.workList[this.workHead] as number;
      this.workHead = this.workHead + 1 === this.n ? 0 : this.workHead + 1;
      this.workCount--;
      this.onWorkList[station] = 0;
      this.dispatch(station);
    }
  }

  /** An idle station takes up its next unit, or its next batch (with its setup), if it has one. */
  private dispatch(k: number): void {
    const pool = this.pool.data;
    const alive = this.unitAlive.data;
    for (;;) {
      if (this.busy[k] !== IDLE) return;
      let b = this.currentBatch[k] as number;
      if (b < 0) {
        b = this.nextWaitingBatch(k);
        if (b < 0) return; // starved
        this.currentBatch[k] = b;
        this.nextMember[k] = 0;
        this.finishedInBatch[k] = 0;
        // Version 1: a setup is paid once per batch started, when the batch is there and the station free.
        if (this.processBatch === null && this.beginSetup(k, b)) return;
      }
      const start = this.batchStart.data[b] as number;
      const size = this.batchSizeOf.data[b] as number;
      let u = -1;
      while ((this.nextMember[k] as number) < size) {
        const candidate = pool[start + (this.nextMember[k] as number)] as number;
        this.nextMember[k] = (this.nextMember[k] as number) + 1;
        if (alive[candidate]) {
          u = candidate;
          break;
        }
      }
      if (u < 0) {
        // Every unit of the batch that is left has been done here: it moves on. The station
        // looks for more work after what the hand-over set off downstream.
        this.currentBatch[k] = -1;
        if ((this.batchAlive.data[b] as number) > 0) this.send(k, b);
        this.requestDispatch(k);
        return;
      }
      if (k > 0 && this.unitDefectFrom.data[u] === k - 1) {
        this.detect(k - 1, k); // u is scrapped with the rest of station k−1's defective units
        continue;
      }
      const p = this.processBatch;
      if (p !== null && !this.setupCredit[k] && (this.startedCount[k] as number) % p === 0) {
        // The first unit of a process batch is here and the station is free: set up for it.
        // The unit is taken up again once the setup is done (or the next one, if it was scrapped).
        this.nextMember[k] = (this.nextMember[k] as number) - 1;
        this.setupCredit[k] = 1;
        if (this.beginSetup(k, b)) return;
        continue;
      }
      this.startUnit(k, u);
      return;
    }
  }

  /**
   * Starts station k's changeover: the part of its external setup the operator has not done
   * in idle time, then the internal part. False when it takes no time (nothing scheduled).
   */
  private beginSetup(k: number, b: number): boolean {
    let setup = this.setupIsZero[k] ? 0 : (this.drawSetup[k] as Draw)();
    const external = this.drawExternal[k] as Draw | null;
    if (external !== null) {
      setup += this.externalLeftNow(k);
      // The next changeover's external part: the operator can start it once this one ends.
      this.externalLeft[k] = external();
    }
    if (setup <= 0) return false;
    this.busy[k] = IN_SETUP;
    this.activityStart[k] = this.now;
    this.trace?.add({ t: this.now, kind: 'setup', station: k, unit: -1, batch: b, duration: setup });
    this.schedule(k, this.now + setup, SETUP_END);
    return true;
  }

  /** What is left of station k's external setup after the idle time since it last fell idle. */
  private externalLeftNow(k: number): number {
    const left = (this.externalLeft[k] as number) - (this.now - (this.freeSince[k] as number));
    this.externalLeft[k] = left > 0 ? left : 0;
    this.freeSince[k] = this.now;
    return this.externalLeft[k] as number;
  }

  private nextWaitingBatch(k: number): number {
    const waiting = this.waiting[k] as IntQueue;
    while (waiting.size > 0) {
      const b = waiting.shift();
      if ((this.batchAlive.data[b] as number) > 0) return b; // a batch emptied by scrap is gone
    }
    return -1;
  }

  private startUnit(k: number, u: number): void {
    if (this.plainStart[k]) {
      // No external setup, process batch, buffer or defects at this station (plainStart).
      const handling = this.batchSize > 1 && !this.handlingIsZero[k] ? (this.drawHandling[k] as Draw)() : 0;
      this.beginUnit(k, u, handling);
      return;
    }
    if (this.drawExternal[k] !== null) this.externalLeftNow(k);
    if (this.processBatch !== null) {
      this.startedCount[k] = (this.startedCount[k] as number) + 1;
      this.setupCredit[k] = 0;
    }
    if (k > 0 && this.bufferCap[k] !== Infinity) {
      // The unit leaves the buffer for the station: room for the station before, if it waits.
      this.bufferCount[k] = (this.bufferCount[k] as number) - 1;
      this.tryUnblock(k - 1);
    }
    const rate = this.defectRate[k] as number;
    if (rate > 0 && !this.drifting[k] && (this.driftStream[k] as RandomStream).next() < rate) {
      this.drifting[k] = 1;
      this.trace?.add({ t: this.now, kind: 'drift', station: k, unit: u, batch: this.unitBatch.data[u] as number });
    }
    if (this.drifting[k]) {
      this.unitDefectFrom.data[u] = k;
      (this.defectiveMade[k] as GrowableInt32).push(u);
    }
    // Handling: taking the unit out of its container and laying it out; only with B > 1.
    // A handling time that is always 0 draws nothing, so it need not be called.
    const handling = this.batchSize > 1 && !this.handlingIsZero[k] ? (this.drawHandling[k] as Draw)() : 0;
    this.beginUnit(k, u, handling);
  }

  /** Station k takes up unit u: handling, then its process time (drawn now). */
  private beginUnit(k: number, u: number, handling: number): void {
    const process = (this.sampleProcess[k] as (s: RandomStream) => number)(this.processStream[k] as RandomStream);
    this.busy[k] = ON_UNIT;
    this.activeUnit[k] = u;
    this.activityStart[k] = this.now;
    this.handlingEnd[k] = this.now + handling;
    this.trace?.add({
      t: this.now,
      kind: 'start',
      station: k,
      unit: u,
      batch: this.unitBatch.data[u] as number,
      duration: handling + process,
      handling,
    });
    this.schedule(k, this.now + handling + process, UNIT_END);
  }

  private schedule(k: number, time: number, kind: number): void {
    const token = ((this.token[k] as number) + 1) & TOKEN_MASK;
    this.token[k] = token;
    this.queue.push(time, kind, (token << STATION_BITS) | k);
  }

  private onSetupEnd(k: number): void {
    this.setupTime[k] = (this.setupTime[k] as number) + this.clipped(this.activityStart[k] as number, this.now);
    this.busy[k] = IDLE;
    this.freeSince[k] = this.now;
    this.requestDispatch(k);
  }

  private onUnitEnd(k: number): void {
    this.chargeUnitWork(k, this.now);
    const u = this.activeUnit[k] as number;
    this.busy[k] = IDLE;
    this.freeSince[k] = this.now;
    this.activeUnit[k] = -1;
    if (this.now >= this.from && this.now <= this.to) this.unitsFinished[k] = (this.unitsFinished[k] as number) + 1;
    this.unitDoneAt.data[u] = k;
    this.finishedInBatch[k] = (this.finishedInBatch[k] as number) + 1;
    this.trace?.add({ t: this.now, kind: 'finish', station: k, unit: u, batch: this.unitBatch.data[u] as number });
    // A check at the source finds the drift on the unit it started on: only that unit is
    // defective, so it alone is scrapped (and replaced), and the station is re-adjusted.
    if (this.pokaYoke[k] && this.unitDefectFrom.data[u] === k) this.detect(k, k);
    const b = this.currentBatch[k] as number;
    if (this.finishedInBatch[k] === this.batchAlive.data[b]) {
      // The batch is complete here: hand it on before taking up more work, so the next
      // station sees it (and any defect in it) first. A batch the check emptied is gone.
      this.currentBatch[k] = -1;
      if ((this.batchAlive.data[b] as number) > 0) this.send(k, b);
    }
    this.requestDispatch(k);
  }

  /** Books the handling and processing time of station k's current unit up to `end`. */
  private chargeUnitWork(k: number, end: number): void {
    const start = this.activityStart[k] as number;
    const handlingEnd = Math.min(this.handlingEnd[k] as number, end);
    this.handlingTime[k] = (this.handlingTime[k] as number) + this.clipped(start, handlingEnd);
    if (end > handlingEnd) this.working[k] = (this.working[k] as number) + this.clipped(handlingEnd, end);
  }

  // ——— Moves and delivery ———

  private send(k: number, b: number): void {
    if (k === this.n - 1) {
      this.deliver(b);
      return;
    }
    const cap = this.bufferCap[k + 1] as number;
    if (cap !== Infinity) {
      const size = this.batchAlive.data[b] as number;
      const count = this.bufferCount[k + 1] as number;
      if (count + size > cap) {
        // Blocking after service: station k holds the batch and starts nothing until it fits.
        this.busy[k] = BLOCKED;
        this.blockedBatch[k] = b;
        this.blockedSince[k] = this.now;
        this.trace?.add({ t: this.now, kind: 'block', station: k, unit: -1, batch: b });
        return;
      }
      this.bufferCount[k + 1] = count + size;
    }
    if (this.moveIsZero) {
      this.trace?.add({ t: this.now, kind: 'move', station: k, unit: -1, batch: b, duration: 0 });
      this.arriveAt(k + 1, b);
      return;
    }
    const move = (this.drawMove[k] as Draw)();
    this.trace?.add({ t: this.now, kind: 'move', station: k, unit: -1, batch: b, duration: move });
    this.batchStation.data[b] = k + 1;
    this.queue.push(this.now + move, MOVE_END, b);
  }

  /** Station k, if blocked, sends its batch on as soon as the next buffer has room for all of it. */
  private tryUnblock(k: number): void {
    if (this.busy[k] !== BLOCKED) return;
    const b = this.blockedBatch[k] as number;
    const size = this.batchAlive.data[b] as number;
    if (size > 0 && (this.bufferCount[k + 1] as number) + size > (this.bufferCap[k + 1] as number)) return;
    this.blockedTime[k] = (this.blockedTime[k] as number) + this.clipped(this.blockedSince[k] as number, this.now);
    this.busy[k] = IDLE;
    this.blockedBatch[k] = -1;
    this.trace?.add({ t: this.now, kind: 'unblock', station: k, unit: -1, batch: b });
    if (size > 0) this.send(k, b);
    this.requestDispatch(k);
  }

  private onMoveEnd(b: number): void {
    if ((this.batchAlive.data[b] as number) === 0) return; // every unit in it was scrapped on the way
    this.arriveAt(this.batchStation.data[b] as number, b);
  }

  /** The last station hands a batch to the customer, who finds any defect in it at once. */
  private deliver(b: number): void {
    const last = this.n - 1;
    const start = this.batchStart.data[b] as number;
    const size = this.batchSizeOf.data[b] as number;
    const pool = this.pool.data;
    this.batchStation.data[b] = this.n;
    for (let i = 0; i < size; i++) {
      const u = pool[start + i] as number;
      if (this.unitAlive.data[u] && this.unitDefectFrom.data[u] === last) {
        this.detect(last, this.n);
        break;
      }
    }
    for (let i = 0; i < size; i++) {
      const u = pool[start + i] as number;
      if (!this.unitAlive.data[u]) continue;
      this.unitAlive.data[u] = 0;
      this.batchAlive.data[b] = (this.batchAlive.data[b] as number) - 1;
      this.changeWip(-1);
      this.deliveredGood++;
      this.trace?.add({ t: this.now, kind: 'deliver', station: this.n, unit: u, batch: b });
      if (this.firstDelivery === null) this.firstDelivery = this.now;
      const release = this.unitRelease.data[u] as number;
      if (this.now >= this.from) this.deliveredInWindow++;
      if (release >= this.from) {
        const leadTime = this.now - release;
        this.leadTimes.push(leadTime);
      }
      if (this.wipCap !== Infinity) {
        const entered = this.unitEntered.data[u] as number;
        if (entered >= this.from) this.flowTimes.push(this.now - entered);
      }
      if (this.deliveredGood === this.quantity) {
        this.makespan = this.now;
        this.done = true;
      }
    }
    if (this.wipCap !== Infinity) this.releaseUnderCap();
  }

  // ——— Drift and scrap ———

  /**
   * Station j's drift is found (a defective unit of j was started at `where`): j is
   * re-adjusted and every defective unit it made, wherever it is, is scrapped and replaced.
   */
  private detect(j: number, where: number): void {
    this.drifting[j] = 0;
    const made = this.defectiveMade[j] as GrowableInt32;
    const releaseTimes: number[] = [];
    this.trace?.add({ t: this.now, kind: 'detect', station: where, unit: -1, batch: -1, source: j });
    for (let i = 0; i < made.length; i++) {
      const u = made.data[i] as number;
      if (!this.unitAlive.data[u]) continue;
      this.scrap(u);
      // The replacement stands in for the same order line: its lead time runs from the
      // original release (t = 0 in order mode, MODEL.md).
      releaseTimes.push(this.unitRelease.data[u] as number);
    }
    made.length = 0;
    this.releaseReplacements(releaseTimes);
    if (this.wipCap !== Infinity) this.releaseUnderCap();
  }

  private scrap(u: number): void {
    const b = this.unitBatch.data[u] as number;
    this.unitAlive.data[u] = 0;
    this.batchAlive.data[b] = (this.batchAlive.data[b] as number) - 1;
    this.scrapped++;
    this.changeWip(-1);
    const s = this.batchStation.data[b] as number;
    this.trace?.add({ t: this.now, kind: 'scrap', station: s, unit: u, batch: b });
    if (s < this.n && this.blockedBatch[s] === b) {
      this.tryUnblock(s); // the held batch shrank: it may fit now, or be gone
      return;
    }
    if (s > 0 && s < this.n && this.bufferCap[s] !== Infinity && (this.unitDoneAt.data[u] as number) < s && this.activeUnit[s] !== u) {
      // It was counted in station s's buffer (not yet started there): that room is free again.
      this.bufferCount[s] = (this.bufferCount[s] as number) - 1;
      this.tryUnblock(s - 1);
    }
    if (s >= this.n || this.currentBatch[s] !== b) return; // waiting or on the move: the batch just shrinks
    if (this.busy[s] === ON_UNIT && this.activeUnit[s] === u) {
      // The unit the drifting station is working on is scrapped too; it goes on with its next one.
      this.chargeUnitWork(s, this.now);
      this.busy[s] = IDLE;
      this.freeSince[s] = this.now;
      this.activeUnit[s] = -1;
      this.token[s] = ((this.token[s] as number) + 1) & TOKEN_MASK;
      this.requestDispatch(s);
    } else if (this.unitDoneAt.data[u] === s) {
      this.finishedInBatch[s] = (this.finishedInBatch[s] as number) - 1;
    }
  }

  // ——— Statistics ———

  private changeWip(delta: number): void {
    const a = Math.max(this.wipLast, this.from);
    const b = Math.min(this.now, this.to);
    if (b > a) this.wipArea += this.wip * (b - a);
    if (b >= a && this.wip > this.wipMax) this.wipMax = this.wip;
    this.wipLast = this.now;
    this.wip += delta;
    if (this.now >= this.from && this.now <= this.to && this.wip > this.wipMax) this.wipMax = this.wip;
  }

  /** Length of [a, b] inside the statistics window. */
  private clipped(a: number, b: number): number {
    const lo = a > this.from ? a : this.from;
    const hi = b < this.to ? b : this.to;
    return hi > lo ? hi - lo : 0;
  }

  private results(events: number): FlowLineRun {
    const flow = this.spec.release.mode === 'flow';
    const end = flow ? this.to : (this.makespan ?? this.now);
    this.now = end;
    // Work in progress at the horizon counts up to the horizon.
    for (let k = 0; k < this.n; k++) {
      if (this.busy[k] === IN_SETUP) this.setupTime[k] = (this.setupTime[k] as number) + this.clipped(this.activityStart[k] as number, end);
      else if (this.busy[k] === ON_UNIT) this.chargeUnitWork(k, end);
      else if (this.busy[k] === BLOCKED) this.blockedTime[k] = (this.blockedTime[k] as number) + this.clipped(this.blockedSince[k] as number, end);
    }
    const wipAtEnd = this.wip;
    this.changeWip(0);
    const windowLength = end - this.from;
    const hours = HOURS_PER[this.spec.timeUnit];

    const stations: StationRun[] = this.spec.stations.map((s, k) => {
      const working = this.working[k] as number;
      const setup = this.setupTime[k] as number;
      const handling = this.handlingTime[k] as number;
      const finished = this.unitsFinished[k] as number;
      const busy = working + setup + handling;
      const blocked = this.blockedTime[k] as number;
      return {
        name: s.name,
        working,
        setup,
        handling,
        starved: Math.max(0, windowLength - busy - blocked),
        blocked,
        unitsFinished: finished,
        localEfficiency: busy > 0 ? finished / (busy * hours) : null,
        perceivedRate: working + setup > 0 ? finished / ((working + setup) * hours) : null,
      };
    });

    const count = this.leadTimes.length;
    const leadTime: LeadTimeStats | null = orderStatsOf(this.leadTimes);
    const capped = this.wipCap !== Infinity;
    const delivered = flow ? this.deliveredInWindow : this.deliveredGood;
    const wip = { mean: windowLength > 0 ? this.wipArea / windowLength : 0, max: this.wipMax };
    const unitValue = this.spec.unitValue;
    return {
      makespan: this.makespan,
      firstDelivery: this.firstDelivery,
      leadTime,
      ...(capped ? { flowTime: orderStatsOf(this.flowTimes) } : {}),
      throughput: windowLength > 0 ? delivered / windowLength : 0,
      wip,
      ...(capped && flow ? { backlog: this.backlog.close(end) } : {}),
      ...(unitValue !== undefined ? { wipValue: { mean: wip.mean * unitValue, max: wip.max * unitValue } } : {}),
      released: this.released,
      delivered: this.deliveredGood,
      scrapped: this.scrapped,
      wipAtEnd,
      stations,
      events,
      window: { from: this.from, to: end },
      leadTimeCount: count,
      flowTimeCount: capped ? this.flowTimes.length : count,
      ...(this.trace ? { trace: { events: this.trace.events, truncated: this.trace.truncated } } : {}),
    };
  }
}
