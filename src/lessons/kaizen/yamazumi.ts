/**
 * A line as a yamazumi ("mountain") chart: for each station, the mean time per unit of
 * each basic step stacked in the order it is done. Work elements as written (a station
 * without elements shows one "Work" block of its process time); the setup spread over the
 * units of a process batch (setup ÷ P, P the process batch, by default the transfer batch:
 * in one-piece flow with a setup per part each part pays a whole changeover); handling per
 * part when parts travel in containers (B > 1). External setup is the operator's work too
 * (engine 2.0.0: done in idle time, or at the setup when there is none), so it is shown,
 * marked as external. Means come from the distributions' parameters, not from a run. The
 * block names the lesson adds are in the page's language.
 */
import { shownName } from '../../i18n/preset-names.ts';
import { msg, str } from '@lit/localize';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { nominalMean } from '../../sim/rng/distribution-shape.ts';

export interface YamazumiElement {
  readonly name: string;
  readonly time: number;
  readonly kind: 'work' | 'handling' | 'setup';
}

export interface YamazumiStation {
  readonly name: string;
  readonly elements: readonly YamazumiElement[];
}

export function yamazumiOf(scenario: FlowLineScenario): YamazumiStation[] {
  const b = scenario.transferBatch;
  const p = scenario.processBatch ?? b;
  return scenario.stations.map((s) => {
    const out: YamazumiElement[] = [];
    if (s.elements && s.elements.length > 0) {
      const rest = nominalMean(s.processTime);
      if (rest > 0) out.push({ name: msg('Work'), time: rest, kind: 'work' });
      for (const e of s.elements) out.push({ name: e.name, time: nominalMean(e.time), kind: 'work' });
    } else {
      out.push({ name: msg('Work'), time: nominalMean(s.processTime), kind: 'work' });
    }
    if (b > 1) {
      const handling = nominalMean(s.handlingTime);
      if (handling > 0) out.push({ name: msg('Take out / put back'), time: handling, kind: 'handling' });
    }
    const setupRest = nominalMean(s.setupTime);
    if (setupRest > 0) out.push({ name: msg('Setup'), time: setupRest / p, kind: 'setup' });
    for (const e of s.setupElements ?? []) {
      const element = shownName(e.name);
      const time = nominalMean(e.time) / p;
      if (e.kind === 'internal') out.push({ name: msg(str`${element} (setup)`), time, kind: 'setup' });
      else if (time > 0) out.push({ name: msg(str`${element} (external setup)`), time, kind: 'setup' });
    }
    return { name: s.name, elements: out };
  });
}

/** Total mean time per unit at each station. */
export function stationLoads(stations: readonly YamazumiStation[]): number[] {
  return stations.map((s) => s.elements.reduce((sum, e) => sum + e.time, 0));
}
