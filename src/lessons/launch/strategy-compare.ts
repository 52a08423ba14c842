/**
 * Two strategies of a version-2 launch scenario compared the way lesson 3 asks (pure, no
 * words: the coordinating worker and the screen both use it).
 *
 * - **Which two.** The story, the prediction, the hindsight and the break-even view are about
 *   two strategies: the first (the base, e.g. the pilot) and the second (the challenger, e.g.
 *   the forecast), by default the first two listed.
 * - **Graded against the run's own noise.** Every market met both strategies (common random
 *   numbers), so the difference of mean profits has the standard error of the paired
 *   differences: sd(profit₂ − profit₁ per market) / √n. The 95% interval is that × 1.96.
 *   A difference inside it is "about the same" (the run cannot tell them apart), and "about
 *   the same" is then a right answer; so is naming the one ahead. Outside it, only the one
 *   ahead is right. The chance of a loss is graded the same way, with the paired sd of the
 *   two loss indicators.
 * - **Hindsight, like with like.** In good markets: what the base missed (its lost
 *   opportunity) against what the challenger made extra there (its profit minus the base's).
 *   In the other markets: what the challenger lost (real loss + fixed cost) against what the
 *   base lost there. Means over the markets of each kind in this run.
 */
import type { LaunchStrategyResult, LaunchStrategyStateResult } from '../../sim/launch/monte-carlo.ts';
import { pairIndex, type PairedDifference } from '../../sim/launch/paired.ts';
import type { MarketState } from '../../sim/launch/types.ts';

/** z of a two-sided 95% normal interval. */
export const Z95 = 1.96;

/** The two strategies compared, as indices into the results (first ≠ second). */
export interface ComparedPair {
  readonly first: number;
  readonly second: number;
}

export const DEFAULT_PAIR: ComparedPair = { first: 0, second: 1 };

/** The pair, or the default when it does not fit `count` strategies. */
export function pairWithin(pair: ComparedPair | null | undefined, count: number): ComparedPair {
  const ok = (i: number) => Number.isInteger(i) && i >= 0 && i < count;
  if (pair && ok(pair.first) && ok(pair.second) && pair.first !== pair.second) return pair;
  return DEFAULT_PAIR;
}

/** The paired difference second − first, from the run's list of pairs (a < b as stored). */
export function differenceOf(paired: readonly PairedDifference[], count: number, pair: ComparedPair): PairedDifference | null {
  const { first, second } = pair;
  if (first === second) return null;
  const a = Math.min(first, second);
  const b = Math.max(first, second);
  const stored = paired[pairIndex(a, b, count)];
  if (stored === undefined) return null;
  // Stored as a − b; second − first is that when second = a, its negation otherwise.
  if (second === a) return stored;
  return { ...stored, meanProfit: -stored.meanProfit, lossShare: -stored.lossShare };
}

/** Half the width of the 95% interval of a paired mean: 1.96 · sd / √n (0 when the sd is unknown or 0). */
export function halfWidth95(sd: number | null, n: number): number {
  return sd === null || n < 2 ? 0 : (Z95 * sd) / Math.sqrt(n);
}

export type Leader = 'first' | 'second' | 'tie';

/** What the run says on one question: who is ahead, by how much, and whether that is within the noise. */
export interface NoisyComparison {
  readonly leader: Leader;
  /** Second minus first. */
  readonly difference: number;
  /** Half-width of the 95% interval of the difference. */
  readonly halfWidth: number;
  /** True when |difference| ≤ halfWidth: the run cannot tell them apart. */
  readonly withinNoise: boolean;
}

export function noisyComparison(difference: number, halfWidth: number): NoisyComparison {
  return {
    leader: difference > 0 ? 'second' : difference < 0 ? 'first' : 'tie',
    difference,
    halfWidth,
    withinNoise: Math.abs(difference) <= halfWidth,
  };
}

/** Both questions: earns more on average (profit), loses money more often (chance of a loss). */
export interface StrategyOutcome {
  readonly earnsMore: NoisyComparison;
  readonly losesMoreOften: NoisyComparison;
}

export function strategyOutcome(d: PairedDifference): StrategyOutcome {
  return {
    earnsMore: noisyComparison(d.meanProfit, halfWidth95(d.sdProfit, d.replications)),
    losesMoreOften: noisyComparison(d.lossShare, halfWidth95(d.sdLoss, d.replications)),
  };
}

export type StrategyAnswer = 'first' | 'second' | 'same';
export type Mark = 'right' | 'wrong' | 'none';

/** An answer against the run: "same" is right within the noise; naming the one ahead is right; naming the other is wrong. */
export function markAnswer(answer: StrategyAnswer | null, c: NoisyComparison): Mark {
  if (answer === null) return 'none';
  if (answer === 'same') return c.withinNoise || c.leader === 'tie' ? 'right' : 'wrong';
  return c.leader === answer ? 'right' : 'wrong';
}

/** Hindsight, like with like (money per market, means over the markets of each kind). */
export interface LikeHindsight {
  /** The state with the highest level (the first listed on a tie). */
  readonly goodState: string;
  /** Markets of this run in the good state, and in the others. */
  readonly goodMarkets: number;
  readonly otherMarkets: number;
  /** In good markets: the first's lost opportunity, and the second's profit minus the first's. Null when no good market was drawn. */
  readonly good: { readonly firstMissed: number; readonly secondExtra: number } | null;
  /** In the other markets: what each lost (real loss + fixed cost). Null when none was drawn. */
  readonly other: { readonly secondLost: number; readonly firstLost: number } | null;
}

function goodStateName(states: readonly MarketState[]): string | null {
  let best: MarketState | null = null;
  for (const s of states) if (best === null || s.level > best.level) best = s;
  return best?.name ?? null;
}

function stateOf(r: LaunchStrategyResult, name: string): LaunchStrategyStateResult | null {
  return Object.hasOwn(r.byState, name) ? (r.byState[name] as LaunchStrategyStateResult) : null;
}

/** Mean over the given states of a figure, weighted by each state's replications; null with none. */
function pooled(r: LaunchStrategyResult, names: readonly string[], figure: (s: LaunchStrategyStateResult) => number): { mean: number; n: number } | null {
  let n = 0;
  let sum = 0;
  for (const name of names) {
    const s = stateOf(r, name);
    if (s === null || s.replications === 0) continue;
    n += s.replications;
    sum += s.replications * figure(s);
  }
  return n === 0 ? null : { mean: sum / n, n };
}

const lostCash = (s: LaunchStrategyStateResult): number => (s.realLoss.mean ?? 0) + (s.fixedCost.mean ?? 0);

export function likeHindsight(states: readonly MarketState[], first: LaunchStrategyResult, second: LaunchStrategyResult): LikeHindsight | null {
  const good = goodStateName(states);
  if (good === null) return null;
  const others = states.filter((s) => s.name !== good).map((s) => s.name);
  const firstGood = pooled(first, [good], (s) => s.lostOpportunity.mean ?? 0);
  const profitGood = (r: LaunchStrategyResult) => pooled(r, [good], (s) => s.profit.mean ?? 0);
  const secondProfit = profitGood(second);
  const firstProfit = profitGood(first);
  const secondLost = pooled(second, others, lostCash);
  const firstLost = pooled(first, others, lostCash);
  return {
    goodState: good,
    goodMarkets: firstGood?.n ?? 0,
    otherMarkets: secondLost?.n ?? 0,
    good: firstGood && secondProfit && firstProfit ? { firstMissed: firstGood.mean, secondExtra: secondProfit.mean - firstProfit.mean } : null,
    other: secondLost && firstLost ? { secondLost: secondLost.mean, firstLost: firstLost.mean } : null,
  };
}
