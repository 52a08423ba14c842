/**
 * How much work a flow-line scenario asks of the engine, estimated before anything runs
 * (docs/scenarios.md, "How big a run may be"). The engine stops a replication after
 * DEFAULT_MAX_EVENTS events; a scenario that could only end there (an order of 1,000,000
 * through 20 stations, a defect rate of 0.999999) is refused by the validator instead, with
 * the largest value of the field at fault that would run.
 *
 * The estimate, per replication, with N stations, transfer batch B and d_i, k_i below:
 *   units released  U = G · Π_i f_i,  f_i = 1 + k_i · d_i / (1 − d_i)
 *   events per unit e = Σ_i (1 + [setup_i ≠ 0] / B) + (N − 1) · [move ≠ 0] / B + [flow mode]
 *   events          E = U · e
 * G is the good units asked for: the order quantity, or horizon / mean inter-arrival time in
 * flow mode (for a normal time, at least 0.79·sd, the mean of its truncation at 0 when mean = 0). A station drifts after (1 − d)/d good units on average and then makes defective
 * units until the next station sees one: k_i = 2B + 1 of them (a batch in its hands, the
 * batch ahead of it, the unit on the bench), or 1 with poka-yoke. Each unit costs one event
 * per station (its end), each batch one per setup and one per move, each arrival one.
 */
import { DEFAULT_MAX_EVENTS } from '../sim/kernel/run-events.ts';
import { changeoverIsZero } from '../sim/line/elements.ts';
import { isAlwaysZero, nominalMean } from '../sim/rng/distribution-shape.ts';
import type { FlowLineSpec, StationSpec } from '../sim/line/types.ts';

/** Most events the estimate may reach: the engine's cap on one replication. */
export const MAX_ESTIMATED_EVENTS = DEFAULT_MAX_EVENTS;

/** Defective units a drift costs before it is found (k_i above). */
export function defectiveRun(station: StationSpec, transferBatch: number): number {
  return station.pokaYoke === true ? 1 : 2 * transferBatch + 1;
}

/** Units released per good unit asked for, because of a station's drift (f_i above). */
export function scrapFactor(defectRate: number, defectiveUnits: number): number {
  return defectRate <= 0 ? 1 : 1 + (defectiveUnits * defectRate) / (1 - defectRate);
}

/** Good units asked for: the order quantity, or the arrivals expected over the horizon. */
export function goodUnits(spec: FlowLineSpec): number {
  if (spec.release.mode === 'order') return spec.release.quantity;
  const d = spec.release.interarrival;
  // A normal time is truncated at 0 by resampling: its mean is at least √(2/π)·sd > 0.79·sd.
  const mean = d.dist === 'normal' ? Math.max(d.mean, 0.79 * d.sd) : nominalMean(d);
  return mean > 0 ? spec.release.horizon / mean : Infinity;
}

/** Events each released unit costs (e above). */
export function eventsPerUnit(spec: FlowLineSpec): number {
  const b = spec.transferBatch;
  let e = spec.release.mode === 'flow' ? 1 : 0;
  for (const s of spec.stations) e += 1 + (changeoverIsZero(s) ? 0 : 1 / b);
  if (!isAlwaysZero(spec.moveTime)) e += (spec.stations.length - 1) / b;
  return e;
}

/** The estimated events of one replication (E above). */
export function estimateEvents(spec: FlowLineSpec): number {
  let released = goodUnits(spec);
  for (const s of spec.stations) released *= scrapFactor(s.defectRate, defectiveRun(s, spec.transferBatch));
  return released * eventsPerUnit(spec);
}

/** `x` > 0 cut to three significant digits, downwards or upwards (decimal text, no powers: 249,999.7 → 249,000). */
function threeDigits(x: number, up: boolean): number {
  if (!(x > 0) || !Number.isFinite(x)) return x;
  const [mantissa = '0', exponent = '0'] = x.toExponential(15).split('e');
  const digits = Number(mantissa.replace('.', '').slice(0, 3));
  const at = (n: number): number => Number(`${n}e${Number(exponent) - 2}`);
  let r = at(digits);
  if (up && r < x) r = at(digits + 1);
  if (!up && r > x) r = at(digits - 1);
  return r;
}

/** The largest three-digit number ≤ x (so a limit shown is one that runs). */
export function roundDown(x: number): number {
  return threeDigits(x, false);
}

/** The smallest three-digit number ≥ x. */
export function roundUp(x: number): number {
  return threeDigits(x, true);
}

/** Where the estimate is too large, and the largest value there that would run. */
export type TooMuchWork =
  | { readonly field: 'quantity'; readonly largest: number; readonly events: number }
  | { readonly field: 'horizon'; readonly largest: number; readonly events: number }
  | { readonly field: 'defectRate'; readonly station: number; readonly largest: number | null; readonly events: number };

/**
 * Null when the scenario's estimate is within MAX_ESTIMATED_EVENTS; otherwise the field to
 * lower and the largest value it may take with everything else as it is. The order
 * quantity (or horizon) is named when it is too large even without drift; otherwise the
 * station with the highest defect rate (largest null when no rate of its own is enough).
 */
export function tooMuchWork(spec: FlowLineSpec, budget: number = MAX_ESTIMATED_EVENTS): TooMuchWork | null {
  const events = estimateEvents(spec);
  if (events <= budget) return null;
  const withoutDrift = estimateEvents({ ...spec, stations: spec.stations.map((s) => ({ ...s, defectRate: 0 })) });
  // Each largest value is checked against the estimate itself: rounding must never offer one that is refused.
  const fits = (changed: FlowLineSpec): boolean => estimateEvents(changed) <= budget;
  if (withoutDrift > budget) {
    const share = budget / events;
    if (spec.release.mode === 'order') {
      const release = spec.release;
      let largest = Math.max(0, Math.floor(release.quantity * share));
      while (largest > 0 && !fits({ ...spec, release: { ...release, quantity: largest } })) largest -= 1;
      return { field: 'quantity', largest, events };
    }
    const release = spec.release;
    let largest = roundDown(release.horizon * share);
    for (let i = 0; i < 10 && largest > 0 && !fits({ ...spec, release: { ...release, horizon: largest } }); i++) largest = roundDown(largest * 0.999);
    return { field: 'horizon', largest, events };
  }
  let worst = 0;
  spec.stations.forEach((s, i) => {
    if (s.defectRate > (spec.stations[worst] as StationSpec).defectRate) worst = i;
  });
  const station = spec.stations[worst] as StationSpec;
  const k = defectiveRun(station, spec.transferBatch);
  // E is proportional to this station's factor: the factor that makes E = budget, then its rate.
  const factor = (scrapFactor(station.defectRate, k) * budget) / events;
  if (factor < 1) return { field: 'defectRate', station: worst, largest: null, events };
  const odds = (factor - 1) / k;
  const rate = odds / (1 + odds);
  const withRate = (d: number): FlowLineSpec => ({ ...spec, stations: spec.stations.map((s, i) => (i === worst ? { ...s, defectRate: d } : s)) });
  let largest = rate >= 0.5 ? 1 - roundUp(1 - rate) : roundDown(rate);
  for (let i = 0; i < 400 && largest > 0 && !fits(withRate(largest)); i++) {
    largest = largest >= 0.5 ? 1 - roundUp((1 - largest) * 1.05) : roundDown(largest * 0.95);
  }
  if (!fits(withRate(Math.max(0, largest)))) return { field: 'defectRate', station: worst, largest: null, events };
  return { field: 'defectRate', station: worst, largest: Math.max(0, largest), events };
}
