/**
 * One frame of the line at simulated time t: what a viewer of the shop floor would see.
 * Counts per place (raw material, each station's in-container, the unit in hand, the
 * out-container, the batches on the way, the customer, the scrap bin), each split into
 * good and defective units, plus what each operator is doing. Computed from scratch for
 * any t (scrubbing backwards costs the same as forwards): one binary search per unit on
 * the line, one per station.
 */
import type { StationInterval, StationState } from '../../sim/line/series.ts';
import { legAt, type UnitPaths } from './unit-paths.ts';

export interface Pile {
  good: number;
  defective: number;
}

export interface StationFrame {
  /** What the operator is doing at t. */
  readonly state: StationState;
  /** Units waiting in the container in front of the station. */
  readonly queue: Pile;
  /** The unit in hand: being handled or worked, or null. */
  readonly inHand: { readonly defective: boolean; readonly handling: boolean } | null;
  /** Finished units waiting for the rest of their transfer batch. */
  readonly outbox: Pile;
}

export interface MovingBatch {
  readonly batch: number;
  /** The station it left; it goes to `from + 1`. */
  readonly from: number;
  /** Share of the trip done, 0..1. */
  readonly progress: number;
  readonly units: Pile;
}

export interface LineFrame {
  readonly t: number;
  /** Released units whose batch has not reached station 1 yet. */
  readonly raw: Pile;
  readonly stations: readonly StationFrame[];
  readonly moving: readonly MovingBatch[];
  readonly delivered: number;
  readonly scrapped: number;
  /** Scrapped at each station (where the unit was when found). */
  readonly scrappedAt: readonly number[];
  /** Scrap by the station that made it (the one that drifted), wherever it was found. */
  readonly scrapMadeAt: readonly number[];
  /** Scrap by the station that found the drift (index n: the customer). */
  readonly scrapFoundAt: readonly number[];
}

/** The interval of a station's Gantt that holds t (binary search), or 'starved'. */
export function stateAt(timeline: readonly StationInterval[], t: number): StationState {
  let lo = 0;
  let hi = timeline.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const iv = timeline[mid] as StationInterval;
    if (t < iv.from) hi = mid - 1;
    else if (t >= iv.to) lo = mid + 1;
    else return iv.state;
  }
  return 'starved';
}

const pile = (): Pile => ({ good: 0, defective: 0 });
const add = (p: Pile, defective: boolean): void => {
  if (defective) p.defective++;
  else p.good++;
};

export function frameAt(paths: UnitPaths, timelines: readonly (readonly StationInterval[])[], t: number): LineFrame {
  const n = paths.stations;
  const raw = pile();
  const queues = Array.from({ length: n }, pile);
  const outboxes = Array.from({ length: n }, pile);
  const inHand: (StationFrame['inHand'])[] = Array.from({ length: n }, () => null);
  const moving = new Map<number, { from: number; progress: number; units: Pile }>();
  const scrappedAt = Array.from({ length: n }, () => 0);
  const scrapMadeAt = Array.from({ length: n }, () => 0);
  const scrapFoundAt = Array.from({ length: n + 1 }, () => 0);
  let delivered = 0;
  let scrapped = 0;

  for (const u of paths.units) {
    if (u.released > t) break; // units are in release order
    const leg = legAt(u, t);
    if (!leg) continue;
    const defective = t >= u.defectiveFrom;
    switch (leg.kind) {
      case 'raw':
        add(raw, defective);
        break;
      case 'queue':
        add(queues[leg.station] as Pile, defective);
        break;
      case 'handling':
      case 'work':
        inHand[leg.station] = { defective, handling: leg.kind === 'handling' };
        break;
      case 'outbox':
        add(outboxes[leg.station] as Pile, defective);
        break;
      case 'move': {
        const d = leg.duration ?? 0;
        const progress = d > 0 ? Math.min(1, (t - leg.t) / d) : 1;
        let m = moving.get(u.batch);
        if (!m) moving.set(u.batch, (m = { from: leg.station, progress, units: pile() }));
        add(m.units, defective);
        break;
      }
      case 'done':
        delivered++;
        break;
      case 'scrap':
        scrapped++;
        scrappedAt[leg.station] = (scrappedAt[leg.station] as number) + 1;
        if (leg.madeAt !== undefined) scrapMadeAt[leg.madeAt] = (scrapMadeAt[leg.madeAt] as number) + 1;
        if (leg.foundAt !== undefined) scrapFoundAt[leg.foundAt] = (scrapFoundAt[leg.foundAt] as number) + 1;
        break;
    }
  }

  return {
    t,
    raw,
    stations: Array.from({ length: n }, (_, i) => ({
      state: stateAt(timelines[i] ?? [], t),
      queue: queues[i] as Pile,
      inHand: inHand[i] ?? null,
      outbox: outboxes[i] as Pile,
    })),
    moving: [...moving].map(([batch, m]) => ({ batch, ...m })),
    delivered,
    scrapped,
    scrappedAt,
    scrapMadeAt,
    scrapFoundAt,
  };
}
