/**
 * Where a unit's lead time goes: for the units delivered, the mean time spent at each
 * station (waiting in its in-container, being handled, being worked, waiting in its
 * out-container for the batch to fill), on the way between stations, and as raw material
 * waiting for station 1's batch, and, for a part remade after scrap, the time before the
 * remake was released. The parts add up to the mean lead time, measured as the engine
 * measures it: from the customer's request (a replacement keeps the original's request), so
 * the page shows one lead time everywhere (issue 16).
 */
import type { LegKind, UnitPaths } from './unit-paths.ts';

export interface StationShare {
  /** Mean time per delivered unit, by what it was doing there. */
  readonly queue: number;
  readonly handling: number;
  readonly work: number;
  readonly outbox: number;
  /** queue + handling + work + outbox. */
  readonly total: number;
  /** total / the mean lead time (0 when nothing was delivered). */
  readonly share: number;
}

export interface LeadTimeBreakdown {
  readonly delivered: number;
  /** Mean request-to-delivery time of the units counted (the engine's lead time). */
  readonly meanLeadTime: number;
  /** Mean time per delivered unit before its own release: the wait for a remake after scrap (or outside a capped line). */
  readonly beforeRelease: number;
  readonly raw: number;
  readonly move: number;
  readonly stations: readonly StationShare[];
}

export function leadTimeBreakdown(paths: UnitPaths): LeadTimeBreakdown {
  const n = paths.stations;
  const sums = Array.from({ length: n }, () => ({ queue: 0, handling: 0, work: 0, outbox: 0 }));
  let raw = 0;
  let move = 0;
  let beforeRelease = 0;
  let lead = 0;
  let count = 0;
  for (const u of paths.units) {
    const last = u.legs[u.legs.length - 1];
    if (!last || last.kind !== 'done') continue;
    count++;
    lead += last.t - u.requested;
    beforeRelease += u.released - u.requested;
    for (let i = 0; i + 1 < u.legs.length; i++) {
      const leg = u.legs[i] as { kind: LegKind; t: number; station: number };
      const d = (u.legs[i + 1] as { t: number }).t - leg.t;
      const k = leg.kind;
      if (k === 'raw') raw += d;
      else if (k === 'move') move += d;
      else if (k === 'queue' || k === 'handling' || k === 'work' || k === 'outbox') {
        const s = sums[leg.station];
        if (s) s[k] += d;
      }
    }
  }
  const mean = (x: number): number => (count > 0 ? x / count : 0);
  const meanLead = mean(lead);
  return {
    delivered: count,
    meanLeadTime: meanLead,
    beforeRelease: mean(beforeRelease),
    raw: mean(raw),
    move: mean(move),
    stations: sums.map((s) => {
      const total = mean(s.queue + s.handling + s.work + s.outbox);
      return {
        queue: mean(s.queue),
        handling: mean(s.handling),
        work: mean(s.work),
        outbox: mean(s.outbox),
        total,
        share: meanLead > 0 ? total / meanLead : 0,
      };
    }),
  };
}
