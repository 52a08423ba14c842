/** Picks the Monte Carlo model for a validated scenario. */
import type { Scenario } from '../scenario/types.ts';
import { createLaunchMonteCarlo } from './launch/monte-carlo.ts';
import { createFlowLineMonteCarlo } from './line/monte-carlo.ts';
import type { MonteCarloModel } from './mc/types.ts';

export function createMonteCarloModel(scenario: Scenario): MonteCarloModel<unknown, unknown> {
  switch (scenario.model) {
    case 'flow-line':
      return createFlowLineMonteCarlo(scenario) as MonteCarloModel<unknown, unknown>;
    case 'launch':
      return createLaunchMonteCarlo(scenario) as MonteCarloModel<unknown, unknown>;
  }
}
