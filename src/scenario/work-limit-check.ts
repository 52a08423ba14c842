/**
 * The validator's side of work-estimate.ts: a flow line whose estimated events per
 * replication exceed the engine's cap is refused at the field to lower, with the largest
 * value that would run (`release.quantity: 1000000 is not allowed, must be ≤ 227,272 …`).
 */
import type * as v from 'valibot';
import type { FlowLineSpec } from '../sim/line/types.ts';
import { crossCheck, fieldStep, isRecord, itemStep, report } from './fields.ts';
import { formatLimit } from './limits.ts';
import { MAX_ESTIMATED_EVENTS, tooMuchWork } from './work-estimate.ts';

function eventsText(events: number): string {
  return Number.isFinite(events) && events < 1e21 ? formatLimit(Math.round(events)) : 'more than can be counted';
}

/** The check, run on a flow line whose fields are otherwise all valid. */
export function workLimitCheck<T>(): v.RawCheckAction<T> {
  return crossCheck<T>((dataset, addIssue) => {
    if (dataset.issues !== undefined || !isRecord(dataset.value)) return;
    const spec = dataset.value as unknown as FlowLineSpec & Record<string, unknown>;
    const found = tooMuchWork(spec);
    if (found === null) return;
    const why = `a run would take about ${eventsText(found.events)} events; at most ${formatLimit(MAX_ESTIMATED_EVENTS)} can run`;
    const release = spec.release as unknown as Record<string, unknown>;
    switch (found.field) {
      case 'quantity':
        report(addIssue, [fieldStep(spec, 'release'), fieldStep(release, 'quantity')], spec.release.mode === 'order' ? spec.release.quantity : undefined, `must be ≤ ${formatLimit(found.largest)} on this line (${why})`);
        return;
      case 'horizon':
        report(addIssue, [fieldStep(spec, 'release'), fieldStep(release, 'horizon')], spec.release.mode === 'flow' ? spec.release.horizon : undefined, `must be ≤ ${formatLimit(found.largest)} on this line (${why})`);
        return;
      case 'defectRate': {
        const stations = spec.stations as unknown as unknown[];
        const station = stations[found.station] as Record<string, unknown>;
        const allowed =
          found.largest === null
            ? `must be lower, and so must the other stations' defect rates (${why})`
            : `must be ≤ ${found.largest} on this line (${why})`;
        report(addIssue, [fieldStep(spec, 'stations'), itemStep(stations, found.station), fieldStep(station, 'defectRate')], station['defectRate'], allowed);
        return;
      }
    }
  });
}
