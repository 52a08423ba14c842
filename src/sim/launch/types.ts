/** The launch-sizing model's inputs (Model B of MODEL.md), as the core sees them after validation. */

export interface MarketState {
  readonly name: string;
  readonly probability: number;
  /** Mean demand per period in this state. */
  readonly level: number;
}

export interface LaunchSpec {
  readonly market: { readonly states: readonly MarketState[]; readonly demandCV: number };
  readonly economics: {
    readonly price: number;
    readonly cost: number;
    readonly salvage: number;
    readonly holding: number;
  };
  /** Periods sold over, H. */
  readonly horizon: number;
  /** Ramp-up lead time L, in periods. */
  readonly rampUp: number;
  /** Most units the plant makes per period after launch. */
  readonly capacity: number;
  /** Share of unmet demand that waits one period, 0..1. */
  readonly patience: number;
  /**
   * Model B version 2: the adaptive rule makes estimate × (1 + safetyFactor) − stock on hand.
   * Absent means 0 (version 1's rule exactly).
   */
  readonly safetyFactor?: number;
}

/** A production plan frozen before the market answers: `rate` units in each of periods 1..`periods`. */
export interface LaunchCommitment {
  readonly rate: number;
  readonly periods: number;
}

/**
 * Model B version 2: one way to launch (MODEL.md "a launch is a commitment"). Fields left out
 * take the scenario's value (rampUp, capacity) or 0 (fixedCost).
 */
export interface LaunchStrategy {
  readonly name: string;
  /** Units made and paid before period 1 (version 1's Q0). */
  readonly initial: number;
  readonly commit?: LaunchCommitment;
  /** Ramp-up lead time L: after the commitment nothing is made until period 2 + L. */
  readonly rampUp?: number;
  /** Most units made per period, by the commitment or the rule. */
  readonly capacity?: number;
  /** Paid before period 1 (tooling, a line built for the forecast); its own line in the ledger. */
  readonly fixedCost?: number;
}

/** A strategy with every default resolved: what one replication runs. */
export interface LaunchPlan {
  readonly initial: number;
  /** Units made in each of periods 1..commitPeriods; commitPeriods is 0 without a commitment. */
  readonly commitRate: number;
  readonly commitPeriods: number;
  readonly rampUp: number;
  readonly capacity: number;
  readonly fixedCost: number;
}

/** The plan of a strategy in a scenario: defaults from the scenario. */
export function planOf(spec: LaunchSpec, strategy: LaunchStrategy): LaunchPlan {
  return {
    initial: strategy.initial,
    commitRate: strategy.commit?.rate ?? 0,
    commitPeriods: strategy.commit?.periods ?? 0,
    rampUp: strategy.rampUp ?? spec.rampUp,
    capacity: strategy.capacity ?? spec.capacity,
    fixedCost: strategy.fixedCost ?? 0,
  };
}

/** Version 1's launch quantity Q0 as a plan: no commitment, the scenario's ramp-up and capacity, no fixed cost. */
export function planOfQuantity(spec: LaunchSpec, q0: number): LaunchPlan {
  return { initial: q0, commitRate: 0, commitPeriods: 0, rampUp: spec.rampUp, capacity: spec.capacity, fixedCost: 0 };
}
