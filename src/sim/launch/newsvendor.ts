/**
 * The single-period newsvendor quantity F⁻¹(u), u = (p − c)/(p − v): the reference line of
 * the launch sweep (MODEL.md, Model B). F is the CDF of one period's demand, the mixture
 * over market states of level × lognormal(mean 1, demandCV).
 */
import { ln } from '../math/elementary.ts';
import { addExact, exactSum, valueOf } from '../stats/exact-sum.ts';
import { normalCdf } from '../math/normal-cdf.ts';
import type { LaunchSpec } from './types.ts';

/** Bisection stops when the bracket is this narrow relative to its upper end. */
const RELATIVE_TOLERANCE = 1e-12;

/** The critical ratio u = (p − c)/(p − v): the share of demand worth covering. */
export function criticalRatio(spec: LaunchSpec): number {
  const { price, cost, salvage } = spec.economics;
  return (price - cost) / (price - salvage);
}

/**
 * F(x) = P(single-period demand ≤ x). Probabilities are taken relative to their total, as
 * the market draw takes them, so a file whose probabilities add up to 1 ± rounding behaves
 * the same in both places.
 */
export function singlePeriodDemandCdf(spec: LaunchSpec): (x: number) => number {
  const { states, demandCV } = spec.market;
  const total = totalProbability(spec);
  // ln N ~ normal(μ, σ²) with σ² = ln(1 + cv²) and μ = −σ²/2, so that E[N] = 1.
  const sigma2 = ln(1 + demandCV * demandCV);
  const sigma = Math.sqrt(sigma2);
  return (x) => {
    if (x < 0) return 0;
    let mass = 0;
    for (const state of states) {
      if (state.level === 0 || (demandCV === 0 && state.level <= x)) mass += state.probability;
      else if (demandCV > 0 && x > 0) mass += state.probability * normalCdf((ln(x / state.level) + sigma2 / 2) / sigma);
    }
    return mass / total;
  };
}

/**
 * F⁻¹(u) = inf{x ≥ 0 : F(x) ≥ u}. Demand is never negative, so the infimum is taken over
 * x ≥ 0: with p = c (u = 0) the answer is 0, not −∞.
 */
export function newsvendorQuantity(spec: LaunchSpec): number {
  const u = criticalRatio(spec);
  if (u <= 0) return 0; // F(0) ≥ 0 = u
  return spec.market.demandCV === 0 ? discreteQuantile(spec, u) : continuousQuantile(spec, u);
}

function totalProbability(spec: LaunchSpec): number {
  const sum = exactSum();
  for (const state of spec.market.states) addExact(sum, state.probability);
  const total = valueOf(sum);
  if (!(total > 0)) throw new RangeError('newsvendorQuantity: the market states have no probability');
  return total;
}

/**
 * With demandCV 0 demand takes only the state levels, and the infimum is the first level
 * whose cumulative probability reaches u. With two equal states and u = 1/2 exactly (the
 * seed case) that is the lower level: F(500) = 0.5 ≥ 0.5. The cumulative sums are exact,
 * so an exact tie is seen as a tie.
 */
function discreteQuantile(spec: LaunchSpec, u: number): number {
  const total = totalProbability(spec);
  const byLevel = [...spec.market.states].sort((a, b) => a.level - b.level);
  const cumulative = exactSum();
  for (const state of byLevel) {
    addExact(cumulative, state.probability);
    if (valueOf(cumulative) >= u * total) return state.level;
  }
  return (byLevel[byLevel.length - 1] as (typeof byLevel)[number]).level;
}

/**
 * Bisection on F, which is continuous and increasing above 0 when demandCV > 0 (an atom at
 * 0 only from states of level 0). The bracket keeps F(low) < u ≤ F(high), so the upper end
 * is returned: a point where F has reached u, within 1e-12 of the infimum.
 */
function continuousQuantile(spec: LaunchSpec, u: number): number {
  const cdf = singlePeriodDemandCdf(spec);
  if (cdf(0) >= u) return 0;
  let low = 0;
  let high = Math.max(...spec.market.states.map((s) => s.level));
  // F reaches any u < 1 eventually; doubling 2,000 times would pass every finite double.
  for (let i = 0; cdf(high) < u && i < 2000; i++) {
    low = high;
    high *= 2;
  }
  while (high - low > RELATIVE_TOLERANCE * high) {
    const middle = low + (high - low) / 2;
    if (middle === low || middle === high) break;
    if (cdf(middle) >= u) high = middle;
    else low = middle;
  }
  return high;
}
