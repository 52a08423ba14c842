/**
 * The illusion panel's numbers and its one sentence. Per station: what the operator feels
 * (perceived rate: units per hour of working + setup, blind to handling) beside what the
 * station really does (local efficiency: units per hour of working + setup + handling), on
 * each line; for the line: what the customer gets (first delivery, lead time, makespan,
 * WIP, throughput, scrap). The sentence is computed from the run, never written in advance,
 * in the language the page shows (each phrase is a catalogue entry, docs/i18n.md).
 */
import { msg, str } from '@lit/localize';
import type { FlowLineRun } from '../../sim/line/flow-line.ts';
import type { TimeUnit } from '../../sim/line/types.ts';
import { formatPercent } from '../../i18n/format.ts';
import { joinPhrases } from '../../i18n/text.ts';
import { formatDuration } from '../../i18n/units.ts';
import { shownName } from '../../i18n/preset-names.ts';

export interface StationIllusion {
  readonly name: string;
  readonly perceived: { readonly batch: number | null; readonly flow: number | null };
  readonly real: { readonly batch: number | null; readonly flow: number | null };
  /** Batch perceived rate relative to flow's, minus 1 (0.09 = batching felt 9% faster); null if undefined. */
  readonly feltFaster: number | null;
  /** Batch local efficiency relative to flow's, minus 1 (−0.14 = 14% slower counting handling). */
  readonly realFaster: number | null;
}

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

/** A whole percentage of the size of x: 0.0909 → "9%". */
const percent = (x: number): string => formatPercent(Math.round(Math.abs(x) * 100) / 100);

/** The size of a difference in words: "27 minutes", "1.5 seconds". */
function amount(x: number, unit: TimeUnit): string {
  const v = Math.abs(x);
  return formatDuration(v, unit, v >= 100 ? 0 : v >= 10 ? 1 : 2);
}

/** What one line delivered so far, above its replay: "12 of 50 delivered · 1 scrapped". */
export function lineFigures(delivered: number, scrapped: number, orderQuantity: number | null): string {
  const figures = orderQuantity === null ? msg(str`${delivered} delivered`) : msg(str`${delivered} of ${orderQuantity} delivered`);
  return scrapped ? msg(str`${figures} · ${scrapped} scrapped`) : figures;
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
    const station = shownName(s.name);
    const felt = percent(s.feltFaster);
    const real = percent(s.realFaster);
    parts.push(
      Math.abs(s.feltFaster) < 0.005
        ? msg(str`felt no faster at ${station}`)
        : s.feltFaster > 0
          ? msg(str`felt ${felt} faster at ${station}`)
          : msg(str`felt ${felt} slower at ${station}`),
      Math.abs(s.realFaster) < 0.005
        ? msg('was just as fast counting handling')
        : s.realFaster > 0
          ? msg(str`was ${real} faster counting handling`)
          : msg(str`was ${real} slower counting handling`),
    );
  }
  if (batch.firstDelivery !== null && flow.firstDelivery !== null) {
    const d = batch.firstDelivery - flow.firstDelivery;
    const by = amount(d, timeUnit);
    parts.push(
      Math.abs(d) < 1e-9
        ? msg('delivered the first good unit at the same moment')
        : d > 0
          ? msg(str`delivered the first good unit ${by} later`)
          : msg(str`delivered the first good unit ${by} earlier`),
    );
  }
  if (orderMode && batch.makespan !== null && flow.makespan !== null) {
    const d = batch.makespan - flow.makespan;
    const by = amount(d, timeUnit);
    parts.push(
      Math.abs(d) < 1e-9
        ? msg('finished the order at the same moment')
        : d > 0
          ? msg(str`finished the order ${by} later`)
          : msg(str`finished the order ${by} earlier`),
    );
  } else if (!orderMode && batch.leadTime && flow.leadTime) {
    const d = batch.leadTime.mean - flow.leadTime.mean;
    const by = amount(d, timeUnit);
    parts.push(
      Math.abs(d) < 1e-9
        ? msg('kept each unit just as long on average')
        : d > 0
          ? msg(str`kept each unit ${by} longer on average`)
          : msg(str`kept each unit ${by} shorter on average`),
    );
  }
  if (parts.length === 0) return msg('Neither line delivered a good unit, so there is nothing to compare yet.');
  const last = parts.pop() as string;
  if (parts.length === 0) return msg(str`Batching ${last}.`);
  const first = joinPhrases(parts);
  return msg(str`Batching ${first}, and ${last}.`);
}
