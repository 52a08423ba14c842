/** Picks the Monte Carlo model for a validated scenario. */
import type { Scenario } from '../scenario/types.ts';
import { createLaunchMonteCarlo } from './launch/monte-carlo.ts';
import { createFlowLineMonteCarlo } from './line/monte-carlo.ts';
import type { MonteCarloModel } from './mc/types.ts';
import { estimateEvents } from '../scenario/work-estimate.ts';
import type { FlowLineScenario } from '../scenario/types.ts';
import { DEFAULT_MAX_EVENTS } from './kernel/run-events.ts';

/**
 * The event cap for one replication of a validated flow line: the validator keeps its
 * estimate (work-estimate.ts) within DEFAULT_MAX_EVENTS, and drift on a queued line can
 * cost a few times the estimate, so the cap leaves ten times it before calling a run runaway.
 */
export function eventCapFor(scenario: FlowLineScenario): number {
  const estimate = estimateEvents(scenario);
  return Number.isFinite(estimate) ? Math.max(DEFAULT_MAX_EVENTS, Math.ceil(10 * estimate)) : DEFAULT_MAX_EVENTS;
}

export function createMonteCarloModel(scenario: Scenario): MonteCarloModel<unknown, unknown> {
  switch (scenario.model) {
    case 'flow-line':
      return createFlowLineMonteCarlo(scenario, { maxEvents: eventCapFor(scenario) }) as MonteCarloModel<unknown, unknown>;
    case 'launch':
      return createLaunchMonteCarlo(scenario) as MonteCarloModel<unknown, unknown>;
  }
}
