/**
 * Whether lesson 1 shows its three long-setup options: kept apart from setup-options.ts
 * (which runs the core) so the screen can decide without loading the engine.
 */
import type { FlowLineScenario } from '../../scenario/types.ts';
import { nominalMean } from '../../sim/rng/distribution-shape.ts';
import type { StationSpec } from '../../sim/line/types.ts';

/** The station's mean changeover: setupTime plus its setup elements (internal and external: both are someone's time). */
function meanSetup(s: StationSpec): number {
  return nominalMean(s.setupTime) + (s.setupElements ?? []).reduce((sum, e) => sum + nominalMean(e.time), 0);
}

function meanWork(s: StationSpec): number {
  return nominalMean(s.processTime) + (s.elements ?? []).reduce((sum, e) => sum + nominalMean(e.time), 0);
}

/** Setups are "long" when some station's changeover takes at least as long as a part's work there, and parts move in batches. */
export function hasLongSetups(scenario: FlowLineScenario): boolean {
  return scenario.transferBatch > 1 && scenario.stations.some((s) => meanSetup(s) > 0 && meanSetup(s) >= meanWork(s));
}
