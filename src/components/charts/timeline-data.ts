/**
 * The data of `genba-station-timeline-chart` and the pure helpers over it: exact time per
 * state, and the merge of intervals too narrow to see into drawable segments.
 */
import type { StationStateKey } from './palette.ts';

export type TimelineState = StationStateKey;

export interface TimelineInterval {
  readonly state: TimelineState;
  readonly from: number;
  readonly to: number;
}

export interface TimelineLane {
  readonly label: string;
  /** In time order, not overlapping (e.g. `stationTimeline` of `src/sim/line/series.ts`). */
  readonly intervals: readonly TimelineInterval[];
}

/** A small flag at a time, e.g. 'drift found'. */
export interface TimelineHighlight {
  readonly t: number;
  readonly label: string;
}

/** States in legend and tie-break order. */
export const TIMELINE_STATES: readonly TimelineState[] = ['working', 'setup', 'handling', 'starved', 'blocked'];

export type StateTotals = Record<TimelineState, number>;

function zeroTotals(): StateTotals {
  return { working: 0, setup: 0, handling: 0, starved: 0, blocked: 0 };
}

/** Exact time in each state within [0, end], and their sum. */
export function stateTotals(intervals: readonly TimelineInterval[], end: number): { totals: StateTotals; total: number } {
  const totals = zeroTotals();
  let total = 0;
  for (const iv of intervals) {
    const d = Math.min(iv.to, end) - Math.max(iv.from, 0);
    if (d > 0) {
      totals[iv.state] += d;
      total += d;
    }
  }
  return { totals, total };
}

/**
 * What is drawn for a stretch of time: one state, or — for a run of intervals each too
 * narrow to see — the share of each state within it (drawn as a stacked column, so that
 * e.g. 20% handling spread over thousands of tiny intervals stays visible).
 */
export interface DrawnSegment {
  readonly from: number;
  readonly to: number;
  /** The state of a plain segment; for a mixed one, the state it spends most time in. */
  readonly state: TimelineState;
  /** Mixed segments only: time in each state that occurs, in {@link TIMELINE_STATES} order. */
  readonly mix?: readonly { readonly state: TimelineState; readonly share: number }[];
}

function dominant(times: StateTotals): TimelineState {
  let best: TimelineState = 'working';
  for (const s of TIMELINE_STATES) if (times[s] > times[best]) best = s;
  return best;
}

/**
 * Segments to draw at `pxPerUnit` pixels per time unit, merging intervals narrower than
 * `minPx`: consecutive narrow intervals form mixed segments of at most `maxMixedPx` (a
 * narrow run keeps its shape in time); a narrow interval alone before a wide one joins it;
 * a wide interval is never merged with a different state. Intervals are clipped to
 * [0, end]; segments do not bridge a visible gap.
 */
export function mergeForDrawing(
  intervals: readonly TimelineInterval[],
  end: number,
  pxPerUnit: number,
  minPx = 0.5,
  maxMixedPx = 2,
): DrawnSegment[] {
  const out: DrawnSegment[] = [];
  let cur: { from: number; to: number; times: StateTotals; mixed: boolean } | null = null;
  const flush = (): void => {
    if (!cur) return;
    const state = dominant(cur.times);
    const present = TIMELINE_STATES.filter((s) => cur!.times[s] > 0);
    if (present.length > 1) {
      const span = present.reduce((sum, s) => sum + cur!.times[s], 0);
      out.push({ from: cur.from, to: cur.to, state, mix: present.map((s) => ({ state: s, share: cur!.times[s] / span })) });
    } else {
      out.push({ from: cur.from, to: cur.to, state });
    }
  };
  const px = (a: number, b: number): number => (b - a) * pxPerUnit;
  for (const iv of intervals) {
    const from = Math.max(iv.from, 0);
    const to = Math.min(iv.to, end);
    if (!(to > from)) continue;
    const narrow = px(from, to) < minPx;
    if (cur && px(cur.to, from) < minPx) {
      const curWidth = px(cur.from, cur.to);
      if (!cur.mixed && !narrow && dominant(cur.times) === iv.state) {
        // The same state goes on.
        cur.to = to;
        cur.times[iv.state] += to - from;
        continue;
      }
      if (narrow && (cur.mixed || curWidth < minPx) && curWidth < maxMixedPx) {
        cur.to = to;
        cur.times[iv.state] += to - from;
        cur.mixed = true;
        continue;
      }
      if (!narrow && curWidth < minPx) {
        // Too narrow to see on its own: it joins the wide interval after it.
        const times = zeroTotals();
        times[iv.state] = to - cur.from;
        cur = { from: cur.from, to, times, mixed: false };
        continue;
      }
    }
    flush();
    const times = zeroTotals();
    times[iv.state] = to - from;
    cur = { from, to, times, mixed: narrow };
  }
  flush();
  return out;
}
