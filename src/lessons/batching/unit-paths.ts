/**
 * Where every unit is, over time, recovered from a flow-line event trace: the path a screen
 * replays to animate the line. A unit's path is a list of legs in time order, each saying
 * where the unit is from its start time until the next leg begins:
 *
 *   raw      released, its batch not yet at station 1 (raw material being gathered)
 *   queue    in the container in front of a station, waiting to be started
 *   handling being taken out of / put back into the container at a station (B > 1)
 *   work     being processed at a station
 *   outbox   finished, waiting in the container for the rest of its transfer batch
 *   move     travelling with its batch from a station to the next (`to` = station + 1)
 *   done     delivered to the customer
 *   scrap    scrapped (found defective), at the station named
 *
 * Batches never split: a unit stays in the batch it was released in, so `arrive` and
 * `move` records (which name the batch) move all of its members still on the line.
 */
import type { TraceEvent } from '../../sim/line/trace.ts';

export type LegKind = 'raw' | 'queue' | 'handling' | 'work' | 'outbox' | 'move' | 'done' | 'scrap';

export interface Leg {
  readonly kind: LegKind;
  readonly t: number;
  /** The station the unit is at (for `move`: the station it left; `done`: the customer = N). */
  readonly station: number;
  /** `move`: how long the trip takes. */
  readonly duration?: number;
  /** `scrap`: the station that made the unit bad (it drifted); `station` is where the unit was. */
  readonly madeAt?: number;
  /** `scrap`: the station that found the drift (the number of stations: the customer). */
  readonly foundAt?: number;
}

export interface UnitPath {
  readonly unit: number;
  readonly batch: number;
  readonly released: number;
  /**
   * The customer's request the unit answers: its release, except for a replacement for scrap
   * (the original's request) or a unit held outside a capped line. Lead time runs from it,
   * as the engine's figures do.
   */
  readonly requested: number;
  /** Time from which the unit is defective (its station drifted on it), or Infinity. */
  defectiveFrom: number;
  readonly legs: Leg[];
}

export interface UnitPaths {
  /** Units in order of release (unit ids are assigned in that order). */
  readonly units: readonly UnitPath[];
  /** Number of stations. */
  readonly stations: number;
}

/** Builds every unit's path in one pass over the trace (which is in time order). */
export function unitPaths(trace: readonly TraceEvent[], stations: number): UnitPaths {
  const byUnit = new Map<number, UnitPath>();
  const members = new Map<number, UnitPath[]>();
  const units: UnitPath[] = [];
  let madeBy = 0;
  let foundBy = 0;
  const onLine = (p: UnitPath): boolean => {
    const last = p.legs[p.legs.length - 1];
    return last !== undefined && last.kind !== 'done' && last.kind !== 'scrap';
  };
  const push = (p: UnitPath, leg: Leg): void => {
    const last = p.legs[p.legs.length - 1];
    // Two legs at one instant: the later one is where the unit really is.
    if (last && last.t === leg.t) p.legs[p.legs.length - 1] = leg;
    else p.legs.push(leg);
  };

  for (const e of trace) {
    switch (e.kind) {
      case 'release': {
        const p: UnitPath = { unit: e.unit, batch: e.batch, released: e.t, requested: e.request ?? e.t, defectiveFrom: Infinity, legs: [{ kind: 'raw', t: e.t, station: 0 }] };
        byUnit.set(e.unit, p);
        units.push(p);
        const list = members.get(e.batch);
        if (list) list.push(p);
        else members.set(e.batch, [p]);
        break;
      }
      case 'arrive':
        for (const p of members.get(e.batch) ?? []) if (onLine(p)) push(p, { kind: 'queue', t: e.t, station: e.station });
        break;
      case 'start': {
        const p = byUnit.get(e.unit);
        if (!p) break;
        const handling = e.handling ?? 0;
        if (handling > 0) push(p, { kind: 'handling', t: e.t, station: e.station });
        push(p, { kind: 'work', t: e.t + handling, station: e.station });
        break;
      }
      case 'finish': {
        const p = byUnit.get(e.unit);
        if (p) push(p, { kind: 'outbox', t: e.t, station: e.station });
        break;
      }
      case 'move':
        for (const p of members.get(e.batch) ?? []) {
          if (!onLine(p)) continue;
          if ((e.duration ?? 0) > 0) push(p, { kind: 'move', t: e.t, station: e.station, duration: e.duration ?? 0 });
        }
        break;
      case 'deliver': {
        const p = byUnit.get(e.unit);
        if (p) push(p, { kind: 'done', t: e.t, station: stations });
        break;
      }
      case 'detect':
        // The scrap records that follow, at the same instant, are this drift's.
        madeBy = e.source ?? e.station;
        foundBy = e.station;
        break;
      case 'scrap': {
        const p = byUnit.get(e.unit);
        if (p) push(p, { kind: 'scrap', t: e.t, station: Math.min(e.station, stations - 1), madeAt: Math.min(madeBy, stations - 1), foundAt: foundBy });
        break;
      }
      case 'drift': {
        const p = byUnit.get(e.unit);
        if (p) p.defectiveFrom = e.t;
        break;
      }
      default:
        break;
    }
  }
  // A `work` leg pushed ahead of time (start + handling) may sort after a later record of
  // the same unit only if the unit was scrapped while being handled: drop what follows it.
  for (const p of units) {
    for (let i = 1; i < p.legs.length; i++) {
      if ((p.legs[i] as Leg).t < (p.legs[i - 1] as Leg).t) {
        const scrapLeg = p.legs[i] as Leg;
        p.legs.splice(i - 1, p.legs.length - i + 1, scrapLeg);
        break;
      }
    }
  }
  return { units, stations };
}

/** The leg a unit is on at time t, or undefined before its release. Binary search. */
export function legAt(path: UnitPath, t: number): Leg | undefined {
  const legs = path.legs;
  let lo = 0;
  let hi = legs.length - 1;
  if (legs.length === 0 || (legs[0] as Leg).t > t) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((legs[mid] as Leg).t <= t) lo = mid;
    else hi = mid - 1;
  }
  return legs[lo];
}
