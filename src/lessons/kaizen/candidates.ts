/**
 * What a trainee can try at a station, read off the station's basic steps: make an
 * internal setup step external (SMED), take a changeover step to a tenth with quick-change
 * tooling (a stated basis), set up once for ten parts (a process batch), halve a step
 * marked as waste, remove a step (refused, with the reason, unless it is marked as waste),
 * move a work step to the station before or after (line balancing), add a check at the
 * source (poka-yoke) where the station drifts. The list is generated from the scenario as it stands now, so it
 * follows the improvements already made. Ids are deterministic, so the same choice made
 * twice has the same id.
 */
import type { FlowLineScenario } from '../../scenario/types.ts';
import { QUICK_CHANGE_BASIS, type Improvement } from './improvements.ts';
import { canonicalJson } from '../../share/plain-json.ts';

export interface Candidate {
  readonly improvement: Improvement;
  /** Which step of the station it is about (for grouping), or '' for the station as a whole. */
  readonly element: string;
}

export function candidatesAt(scenario: FlowLineScenario, stationIndex: number): Candidate[] {
  const s = scenario.stations[stationIndex];
  if (!s) return [];
  const out: Candidate[] = [];
  const station = s.name;
  for (const e of s.setupElements ?? []) {
    if (e.kind === 'internal') {
      out.push({ element: e.name, improvement: { id: `external:${station}:${e.name}`, kind: 'externalise-setup', station, element: e.name } });
    }
    if (e.waste === true) out.push({ element: e.name, improvement: { id: `halve:${station}:${e.name}`, kind: 'shorten-element', station, element: e.name, to: { share: 0.5 } } });
    // Quick-change tooling (clamps instead of bolts, locating pins) takes a changeover step to a tenth.
    out.push({
      element: e.name,
      improvement: { id: `tenth:${station}:${e.name}`, kind: 'shorten-element', station, element: e.name, to: { share: 0.1 }, basis: QUICK_CHANGE_BASIS },
    });
    out.push({ element: e.name, improvement: { id: `remove:${station}:${e.name}`, kind: 'remove-element', station, element: e.name } });
  }
  // Set up less often: once for ten parts, still passed on as the line passes them (lot splitting).
  if ((s.setupElements ?? []).length > 0 && scenario.processBatch !== 10) {
    out.push({ element: '', improvement: { id: 'process-batch:10', kind: 'set-process-batch', batch: 10 } });
  }
  const elements = s.elements ?? [];
  for (const e of elements) {
    if (e.waste === true) out.push({ element: e.name, improvement: { id: `halve:${station}:${e.name}`, kind: 'shorten-element', station, element: e.name, to: { share: 0.5 } } });
    if (elements.length > 1) {
      out.push({ element: e.name, improvement: { id: `remove:${station}:${e.name}`, kind: 'remove-element', station, element: e.name } });
      for (const j of [stationIndex - 1, stationIndex + 1]) {
        const to = scenario.stations[j];
        if (to) out.push({ element: e.name, improvement: { id: `move:${e.name}:${station}:${to.name}`, kind: 'move-element', element: e.name, from: station, to: to.name } });
      }
    }
  }
  if (s.defectRate > 0 && !s.pokaYoke) out.push({ element: '', improvement: { id: `check:${station}`, kind: 'add-check', station } });
  return out;
}

/** What an improvement changes, without its id: two improvements with the same key are the same change. */
export function changeKey(improvement: Improvement): string {
  const { id: _id, ...change } = improvement;
  return canonicalJson(change);
}
