/**
 * The market a replication meets: its state, drawn once, and the new demand of each period.
 * Every launch quantity is evaluated against the same market (common random numbers), so
 * the market is drawn apart from the policy and only once per replication.
 *
 * Stream (QUALITY R2, R5): one stream `market` keyed by (seed, replication). Its first
 * draw picks the state; the period noise follows in period order. So replication i draws
 * the same market whichever chunk or worker runs it, and changing the noise (demandCV, the
 * horizon) never changes which state a replication meets. The stream's key is hashed
 * once per model; a replication only sets the generator's state (rng/stream.ts).
 */
import { lognormalParameters, OPEN_UNIFORM_OFFSET } from '../rng/distribution.ts';
import { exp } from '../math/elementary.ts';
import { normalQuantile } from '../math/normal-quantile.ts';
import { KeyedStream, type Seed } from '../rng/stream.ts';
import { addExact, exactSum, valueOf } from '../stats/exact-sum.ts';
import type { LaunchSpec } from './types.ts';

export const MARKET_STREAM = 'market';

/** Draws replications' markets; one per model, reused for every replication. */
export interface MarketSampler {
  /**
   * Fills `demand[0..H−1]` with replication i's new demand per period and returns the index
   * of its market state in `spec.market.states`.
   */
  sample(replication: number, demand: Float64Array): number;
}

export function createMarketSampler(spec: LaunchSpec, seed: Seed): MarketSampler {
  const { states, demandCV } = spec.market;
  const horizon = spec.horizon;
  const cumulative = cumulativeProbabilities(spec);
  const total = cumulative[cumulative.length - 1] as number;
  const fallbackState = lastLikelyState(spec);
  const levels = Float64Array.from(states, (s) => s.level);
  // The noise is lognormal with mean 1 and cv demandCV: samplerOf's lognormal sampler,
  // written out in the loop below (the same operations, so the same numbers), one call less
  // per period.
  const { mu, sigma } = lognormalParameters(1, demandCV);
  // The stream's key is hashed once; each replication only sets the generator's state
  // from it and its index (rng/stream.ts), reusing one generator: nothing is allocated.
  const market = new KeyedStream(seed, MARKET_STREAM);

  return {
    sample(replication, demand) {
      // Inverse CDF in the listed order: the first state whose cumulative share passes u.
      // Scaling u by the total keeps a file whose shares add up to 1 ± rounding exact.
      const stream = market.at(replication);
      const u = stream.next() * total;
      let state = fallbackState;
      for (let i = 0; i < cumulative.length; i++) {
        if (u < (cumulative[i] as number)) {
          state = i;
          break;
        }
      }
      const level = levels[state] as number;
      if (demandCV === 0) {
        // No noise, no draws (QUALITY R5): demand is the level itself, level × 1.
        demand.fill(level, 0, horizon);
      } else {
        for (let k = 0; k < horizon; k++) demand[k] = level * exp(mu + sigma * normalQuantile(stream.next() + OPEN_UNIFORM_OFFSET));
      }
      return state;
    },
  };
}

/** Correctly rounded running sums of the state probabilities, in the listed order. */
function cumulativeProbabilities(spec: LaunchSpec): Float64Array {
  const running = exactSum();
  return Float64Array.from(spec.market.states, (s) => {
    addExact(running, s.probability);
    return valueOf(running);
  });
}

/** The state a draw lands in if rounding lets u reach the total: the last one that can occur. */
function lastLikelyState(spec: LaunchSpec): number {
  const states = spec.market.states;
  for (let i = states.length - 1; i >= 0; i--) if ((states[i] as (typeof states)[number]).probability > 0) return i;
  throw new RangeError('launch market: no state has a positive probability');
}
