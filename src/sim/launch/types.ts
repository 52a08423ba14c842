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
}
