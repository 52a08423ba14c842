/**
 * Moments worth replaying at a station, found in a run's event trace: when the queue in
 * front of it was longest, and when a drift it made was found (and where). A screen offers
 * them as "go to this moment" buttons.
 */
import type { TraceEvent } from '../../sim/line/trace.ts';
import { queueOverTime } from '../../sim/line/series.ts';

export interface Moment {
  readonly t: number;
  readonly kind: 'queue-peak' | 'drift-found';
  /** queue-peak: units waiting; drift-found: the station where it was found (its index; N = the customer). */
  readonly value: number;
}

export function momentsAt(trace: readonly TraceEvent[], station: number): Moment[] {
  const out: Moment[] = [];
  let peak = { t: 0, waiting: 0 };
  for (const p of queueOverTime(trace, station)) if (p.waiting > peak.waiting) peak = p;
  if (peak.waiting > 0) out.push({ t: peak.t, kind: 'queue-peak', value: peak.waiting });
  for (const e of trace) if (e.kind === 'detect' && e.source === station) out.push({ t: e.t, kind: 'drift-found', value: e.station });
  return out.sort((a, b) => a.t - b.t);
}
