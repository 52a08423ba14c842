/**
 * The illusion panel's numbers and its one sentence. Per station: what the operator feels
 * (perceived rate: units per hour of working + setup, blind to handling) beside what the
 * station really does (local efficiency: units per hour of working + setup + handling), on
 * each line; for the line: what the customer gets (first delivery, lead time, makespan,
 * WIP, throughput, scrap). The sentence is computed from the run, never written in advance.
 */
import type { FlowLineRun } from '../../sim/line/flow-line.ts';
import type { TimeUnit } from '../../sim/line/types.ts';

export interface StationIllusion {
  readonly name: string;
  readonly perceived: { readonly batch: number | null; readonly flow: number | null };
  readonly real: { readonly batch: number | null; readonly flow: number | null };
  /** Batch perceived rate relative to flow's, minus 1 (0.09 = batching felt 9% faster); null if undefined. */
  readonly feltFaster: number | null;
  /** Batch local efficiency relative to flow's, minus 1 (−0.14 = 14% slower counting handling). */
  readonly realFaster: number | null;
}

export const UNIT_WORDS: Record<TimeUnit, { one: string; many: string; short: string }> = {
  second: { one: 'second', many: 'seconds', short: 's' },
  minute: { one: 'minute', many: 'minutes', short: 'min' },
  hour: { one: 'hour', many: 'hours', short: 'h' },
};

const ratio = (a: number | null, b: number | null): number | null => (a !== null && b !== null && b > 0 ? a / b - 1 : null);

export function stationIllusions(batch: FlowLineRun, flow: FlowLineRun): StationIllusion[] {
  return batch.stations.map((s, i) => {
    const f = flow.stations[i];
    const perceived = { batch: s.perceivedRate, flow: f?.perceivedRate ?? null };
    const real = { batch: s.localEfficiency, flow: f?.localEfficiency ?? null };
    return {
      name: s.name,
      perceived,
      real,
      feltFaster: ratio(perceived.batch, perceived.flow),
      realFaster: ratio(real.batch, real.flow),
    };
  });
}

/**
 * The station the sentence is about: where batching feels best against how it really does
 * (the largest gap between felt and real advantage); the first station on a tie.
 */
export function illusionStation(stations: readonly StationIllusion[]): StationIllusion | undefined {
  let best: StationIllusion | undefined;
  let bestGap = -Infinity;
  for (const s of stations) {
    if (s.feltFaster === null || s.realFaster === null) continue;
    const gap = s.feltFaster - s.realFaster;
    if (gap > bestGap + 1e-12) {
      best = s;
      bestGap = gap;
    }
  }
  return best;
}

const percent = (x: number): string => `${Math.round(Math.abs(x) * 100)}%`;

function amount(x: number, unit: TimeUnit): string {
  const v = Math.abs(x);
  const digits = v >= 100 ? 0 : v >= 10 ? 1 : 2;
  const text = v.toLocaleString('en-US', { maximumFractionDigits: digits });
  const words = UNIT_WORDS[unit];
  return `${text} ${text === '1' ? words.one : words.many}`;
}

function later(diff: number, unit: TimeUnit): string {
  if (Math.abs(diff) < 1e-9) return 'at the same moment';
  return `${amount(diff, unit)} ${diff > 0 ? 'later' : 'earlier'}`;
}

/**
 * One sentence on what happened, e.g. "Batching felt 9% faster at Cut, was 14% slower
 * counting handling, and delivered the first good unit 27 minutes later." Every part is
 * worded from the signs of the numbers, so it stays true when batching wins.
 */
export function illusionSentence(
  batch: FlowLineRun,
  flow: FlowLineRun,
  timeUnit: TimeUnit,
  orderMode: boolean,
): string {
  const parts: string[] = [];
  const s = illusionStation(stationIllusions(batch, flow));
  if (s && s.feltFaster !== null && s.realFaster !== null) {
    const felt =
      Math.abs(s.feltFaster) < 0.005 ? 'felt no faster' : `felt ${percent(s.feltFaster)} ${s.feltFaster > 0 ? 'faster' : 'slower'}`;
    const real =
      Math.abs(s.realFaster) < 0.005
        ? 'was just as fast counting handling'
        : `was ${percent(s.realFaster)} ${s.realFaster > 0 ? 'faster' : 'slower'} counting handling`;
    parts.push(`${felt} at ${s.name}`, real);
  }
  if (batch.firstDelivery !== null && flow.firstDelivery !== null) {
    parts.push(`delivered the first good unit ${later(batch.firstDelivery - flow.firstDelivery, timeUnit)}`);
  }
  if (orderMode && batch.makespan !== null && flow.makespan !== null) {
    parts.push(`finished the order ${later(batch.makespan - flow.makespan, timeUnit)}`);
  } else if (!orderMode && batch.leadTime && flow.leadTime) {
    const d = batch.leadTime.mean - flow.leadTime.mean;
    parts.push(`kept each unit ${Math.abs(d) < 1e-9 ? 'just as long' : `${amount(d, timeUnit)} ${d > 0 ? 'longer' : 'shorter'}`} on average`);
  }
  if (parts.length === 0) return 'Neither line delivered a good unit, so there is nothing to compare yet.';
  const last = parts.pop() as string;
  return `Batching ${parts.length ? `${parts.join(', ')}, and ${last}` : last}.`;
}
