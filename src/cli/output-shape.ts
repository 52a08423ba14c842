/**
 * The CLI's JSON keeps the shape docs/scenarios.md gives it: `leadTime` is always an object
 * with `mean`, `p50`, `p90`, `p99` and `max`, each `null` when no unit counts (no
 * delivery), rather than `null` as a whole.
 */
import type { ScenarioOutput } from '../sim/run-scenario.ts';

export const LEAD_TIME_FIGURES = ['mean', 'p50', 'p90', 'p99', 'max'] as const;

const EMPTY_LEAD_TIME = Object.fromEntries(LEAD_TIME_FIGURES.map((k) => [k, null]));

export function withLeadTimeShape(output: ScenarioOutput): ScenarioOutput {
  if (output.model !== 'flow-line') return output;
  const fill = <T extends { leadTime?: unknown }>(figures: T): T => (figures.leadTime === null ? { ...figures, leadTime: { ...EMPTY_LEAD_TIME } } : figures);
  const filled = fill(output as unknown as { leadTime?: unknown; perReplication?: readonly { leadTime?: unknown }[] });
  const perReplication = filled.perReplication?.map(fill);
  return (perReplication === undefined ? filled : { ...filled, perReplication }) as unknown as ScenarioOutput;
}
