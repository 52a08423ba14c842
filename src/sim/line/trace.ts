/**
 * The optional event trace of a flow-line run, in simulated-time order, for a screen to
 * animate. Every record is written at the moment it happens, so the trace is already
 * sorted. Off by default: a run without it records nothing.
 */

export type TraceKind =
  /** A unit enters the line (raw material at station 1, or a replacement for scrap). */
  | 'release'
  /** A station starts a changeover for its next batch; `duration` is the setup time. */
  | 'setup'
  /** A station takes up a unit: `handling` then `process` time follow. */
  | 'start'
  /** A station finishes a unit. */
  | 'finish'
  /** A transfer batch leaves for the next station; `duration` is the move time. */
  | 'move'
  /** A transfer batch arrives at a station (the first station: its raw material is ready). */
  | 'arrive'
  /** A good unit reaches the customer (station = the number of stations). */
  | 'deliver'
  /** A station drifts out of adjustment on this unit: it and all after it are defective. */
  | 'drift'
  /**
   * A drift is found and its station (`source`) re-adjusted: where a defective unit is
   * started (the next station, or the customer on delivery), or, when `station` equals
   * `source`, by that station's own check at the source (poka-yoke) as it finishes the unit
   * it drifted on.
   */
  | 'detect'
  /** A unit is scrapped (station: where it was when scrapped). */
  | 'scrap'
  /** A station holds a finished transfer batch: the next station's kanban buffer has no room for it. */
  | 'block'
  /** The blocked batch leaves (or was emptied by scrap): the station is free again. */
  | 'unblock';

export interface TraceEvent {
  readonly t: number;
  readonly kind: TraceKind;
  /** Station index (0-based); the customer is `stations.length`. */
  readonly station: number;
  /** Unit id, or -1 for batch-level records (setup, move, arrive). */
  readonly unit: number;
  /** Transfer batch id. */
  readonly batch: number;
  /** setup and move: how long it takes. start: handling + process. */
  readonly duration?: number;
  /** start: handling time of this unit (0 in one-piece flow). */
  readonly handling?: number;
  /** detect: the station found drifting. */
  readonly source?: number;
  /**
   * release: the customer's request the unit answers, when it is not the release time (a
   * replacement for scrap keeps the original's request; under a WIP cap a unit waits
   * outside the line first). Lead time runs from it; flow time from `t`.
   */
  readonly request?: number;
}

export interface TraceOptions {
  /** Most records kept; the trace stops there and says it was truncated. Default 200,000. */
  readonly limit?: number;
}

export class TraceRecorder {
  readonly events: TraceEvent[] = [];
  truncated = false;
  constructor(private readonly limit: number) {}
  add(e: TraceEvent): void {
    if (this.events.length < this.limit) this.events.push(e);
    else this.truncated = true;
  }
}
