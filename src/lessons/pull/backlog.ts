/**
 * The order waiting before release, over time, from a run's trace: in order mode, the units
 * of the order (and replacements for scrap) not yet let into the line, Q + scrapped(t) −
 * released(t). Pushed, it drops to 0 at t = 0; under a WIP cap it drains as units leave.
 * A step series ({ t, value } holds from t on) in the convention of src/sim/line/series.ts.
 * Flow mode has no order to wait: the run reports its backlog as a time average instead.
 */
import type { TraceEvent } from '../../sim/line/trace.ts';

export interface BacklogPoint {
  readonly t: number;
  readonly value: number;
}

export function orderBacklogOverTime(trace: readonly TraceEvent[], quantity: number): BacklogPoint[] {
  const out: BacklogPoint[] = [{ t: 0, value: quantity }];
  let value = quantity;
  for (const e of trace) {
    if (e.kind !== 'release' && e.kind !== 'scrap') continue;
    value += e.kind === 'release' ? -1 : 1;
    const last = out[out.length - 1] as BacklogPoint;
    if (last.t === e.t) out[out.length - 1] = { t: e.t, value };
    else if (last.value !== value) out.push({ t: e.t, value });
  }
  // An instant that changed nothing in the end leaves a point equal to the one before it.
  return out.filter((p, i) => i === 0 || p.value !== (out[i - 1] as BacklogPoint).value);
}
