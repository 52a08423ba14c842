/**
 * The data of `genba-yamazumi-chart` (each station's work elements, stacked) and its
 * one-sentence text summary: the most loaded station and its total against takt, the least
 * loaded one, and the spread between them.
 */
import { shownName } from '../../i18n/preset-names.ts';
import { msg, str } from '@lit/localize';
import { formatTime, type TimeUnit } from './format.ts';

/** 'setup' is a setup amortised per unit (setup time ÷ batch). */
export type ElementKind = 'work' | 'handling' | 'setup';

export interface YamazumiElement {
  readonly name: string;
  /** Mean time per unit, in the chart's time unit. */
  readonly time: number;
  readonly kind: ElementKind;
}

export interface YamazumiStation {
  readonly name: string;
  /** Stacked from the bottom in this order. */
  readonly elements: readonly YamazumiElement[];
}

/**
 * A station's time per unit: the sum of its elements (a negative or missing time counts as 0),
 * rounded to 9 decimals so that 0.3 + 0.6 + 0.1 is 1, not 0.9999999999999999 (which would be
 * written "1" beside "1.9").
 */
export function stationLoad(station: YamazumiStation): number {
  return Math.round(station.elements.reduce((sum, e) => sum + elementTime(e), 0) * 1e9) / 1e9;
}

/** An element's time as drawn: never negative, never NaN. */
export function elementTime(e: YamazumiElement): number {
  return Number.isFinite(e.time) && e.time > 0 ? e.time : 0;
}

/** Over takt by more than rounding noise (0.1 + 0.2 + 0.2 against 0.5 is not over). */
export function isOverTakt(load: number, takt: number | undefined): boolean {
  return takt !== undefined && Number.isFinite(takt) && load - takt > 1e-9 * Math.max(1, Math.abs(takt));
}

export interface YamazumiSummaryInput {
  readonly stations: readonly YamazumiStation[];
  readonly takt?: number;
  readonly timeUnit: TimeUnit;
}

/**
 * E.g. "Weld carries 1.9 min a unit against a takt of 1.5 min (0.4 min over); Pack only
 * 0.8 min, a spread of 1.1 min." The first station wins a tie.
 */
export function yamazumiSummary({ stations, takt, timeUnit }: YamazumiSummaryInput): string {
  // Rounded first: 1.9 − 0.9 is 0.9999999999999999, which formatTime would write as "1".
  const t = (v: number): string => formatTime(Math.round(v * 1e9) / 1e9, timeUnit);
  const loads = stations.map(stationLoad);
  const first = stations[0];
  if (first === undefined) return msg('Yamazumi: no stations.');
  let most = 0;
  let least = 0;
  loads.forEach((load, i) => {
    if (load > (loads[most] ?? 0)) most = i;
    if (load < (loads[least] ?? 0)) least = i;
  });
  const max = loads[most] ?? 0;
  const min = loads[least] ?? 0;
  const hasTakt = takt !== undefined && Number.isFinite(takt) && takt > 0;
  const load = t(max);
  /** "Weld carries 1.9 min a unit", with the takt when there is one. */
  const carries = (who: string, plural = false): string => {
    const head = plural ? msg(str`${who} carry ${load} a unit`) : msg(str`${who} carries ${load} a unit`);
    if (!hasTakt) return head;
    const taktTime = t(takt);
    if (isOverTakt(max, takt)) {
      const gap = t(max - takt);
      return msg(str`${head} against a takt of ${taktTime} (${gap} over)`);
    }
    if (isOverTakt(takt, max)) {
      const gap = t(takt - max);
      return msg(str`${head} against a takt of ${taktTime} (${gap} under)`);
    }
    return msg(str`${head} against a takt of ${taktTime} (at takt)`);
  };
  const over = hasTakt ? loads.filter((l) => isOverTakt(l, takt)).length : 0;
  const count = stations.length;
  if (stations.length === 1) return msg(str`${carries(shownName(first.name))}.`);
  if (max - min <= 1e-9 * Math.max(1, max)) {
    return stations.length === 2 ? msg(str`${carries(msg('Both stations'), true)}.`) : msg(str`${carries(msg(str`All ${count} stations`), true)}.`);
  }
  const most_ = carries(shownName(stations[most]?.name ?? ''));
  const leastName = shownName(stations[least]?.name ?? '');
  const lightest = t(min);
  const spread = t(max - min);
  return over > 1
    ? msg(str`${most_}; ${leastName} only ${lightest}, a spread of ${spread}; ${over} of ${count} stations are over takt.`)
    : msg(str`${most_}; ${leastName} only ${lightest}, a spread of ${spread}.`);
}
