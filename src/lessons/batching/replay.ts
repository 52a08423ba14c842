/**
 * What a replay of one traced line needs, built once per run: each unit's path (to place it
 * at any time), each station's Gantt, and where a unit's lead time goes at each station.
 * Lessons 1 and 2 build it in the lesson worker with the run (src/lessons/lesson-work.ts),
 * so the page only draws.
 */
import type { StationInterval } from '../../sim/line/series.ts';
import { stationTimeline } from '../../sim/line/series.ts';
import { leadTimeBreakdown, type LeadTimeBreakdown } from './lead-time-breakdown.ts';
import type { LineKey, TracedRun } from './paired-run.ts';
import { unitPaths, type UnitPaths } from './unit-paths.ts';

export interface LineReplay {
  readonly paths: UnitPaths;
  readonly timelines: readonly (readonly StationInterval[])[];
  readonly breakdown: LeadTimeBreakdown;
}

export type PairReplay = Readonly<Record<LineKey, LineReplay>>;

export function lineReplay(traced: TracedRun): LineReplay {
  const trace = traced.run.trace?.events ?? [];
  const stations = traced.scenario.stations.length;
  const paths = unitPaths(trace, stations);
  return {
    paths,
    timelines: Array.from({ length: stations }, (_, s) => stationTimeline(trace, s, traced.end)),
    breakdown: leadTimeBreakdown(paths),
  };
}

export function pairReplay(pair: Readonly<Record<LineKey, TracedRun>>): PairReplay {
  return { batch: lineReplay(pair.batch), flow: lineReplay(pair.flow) };
}
