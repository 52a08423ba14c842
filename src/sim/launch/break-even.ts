/**
 * The break-even view of Model B version 2: expected profit and the chance of a loss of each
 * strategy as the probability of the good market goes from 0 to 1, and the probability from
 * which the challenger (the forecast) starts to pay against the base (the pilot).
 *
 * It needs no new run. A replication draws its market state first and its demand noise after,
 * from draws that do not depend on the state probabilities (market.ts), so the figures *given
 * a state* (byState) do not depend on P(good). The expected profit at P(good) = g is then
 * g·mean(good) + (1 − g)·mean(others), the others weighted by their share of the scenario's
 * remaining probability; the chance of a loss mixes the same way. Both are linear in g, so the
 * break-even point is where two lines cross. MODEL.md's worked case at g = 0.8: pilot
 * 0.8 × 2,404,000 + 0.2 × 44,000 = 1,932,000 and forecast 0.8 × 2,880,000 + 0.2 × (−797,400)
 * = 2,144,520; they cross at g = 841,400 / 1,317,400 ≈ 0.639.
 */
import type { MarketState } from './types.ts';

/** What the view reads from a result: its per-state mean profit and loss share (null for a state never drawn). */
export interface StateFigures {
  readonly byState: Readonly<Record<string, { readonly profit: { readonly mean: number | null }; readonly probLoss: number | null }>>;
}

/** A strategy's figures as a line in g = P(good): value(g) = good·g + other·(1 − g). */
export interface MixLine {
  readonly good: number;
  readonly other: number;
}

export interface StrategyLines {
  readonly meanProfit: MixLine;
  readonly probLoss: MixLine;
}

export function valueAt(line: MixLine, g: number): number {
  return line.good * g + line.other * (1 - g);
}

/**
 * The lines of one result, or null when a state that carries probability was never drawn (its
 * figures are unknown). With only the good state, "the others" weigh nothing and the line is flat.
 */
export function strategyLines(states: readonly MarketState[], goodState: string, result: StateFigures): StrategyLines | null {
  const good = result.byState[goodState];
  if (good === undefined || good.profit.mean === null || good.probLoss === null) return null;
  let weight = 0;
  let profit = 0;
  let loss = 0;
  for (const s of states) {
    if (s.name === goodState || s.probability === 0) continue;
    const figures = result.byState[s.name];
    if (figures === undefined || figures.profit.mean === null || figures.probLoss === null) return null;
    weight += s.probability;
    profit += s.probability * figures.profit.mean;
    loss += s.probability * figures.probLoss;
  }
  const other = (sum: number, fallback: number) => (weight > 0 ? sum / weight : fallback);
  return {
    meanProfit: { good: good.profit.mean, other: other(profit, good.profit.mean) },
    probLoss: { good: good.probLoss, other: other(loss, good.probLoss) },
  };
}

/**
 * The smallest g in [0, 1] from which the challenger's expected profit is at least the base's
 * for every larger g: 0 when it always pays, null when it never does (ties count as paying,
 * to the unit: the two lines are compared after rounding to whole money).
 */
export function breakEvenProbability(base: MixLine, challenger: MixLine): number | null {
  const atGood = challenger.good - base.good;
  const atOther = challenger.other - base.other;
  const pays = (d: number) => Math.round(d) >= 0;
  if (pays(atOther) && pays(atGood)) return 0;
  if (!pays(atGood)) return null; // a line that does not pay at g = 1 pays nowhere above its crossing
  // atOther < 0 ≤ atGood: the difference line crosses zero once, at atOther / (atOther − atGood).
  return atOther / (atOther - atGood);
}

export interface BreakEvenPoint {
  readonly pGood: number;
  readonly base: { readonly meanProfit: number; readonly probLoss: number };
  readonly challenger: { readonly meanProfit: number; readonly probLoss: number };
}

export interface BreakEvenView {
  /** P(good) from 0 to 1 in `steps` equal steps, each point computed from its index. */
  readonly points: readonly BreakEvenPoint[];
  /** Where the challenger starts to pay (breakEvenProbability). */
  readonly threshold: number | null;
}

/** The break-even view of a challenger against a base, or null when a needed state was never drawn. */
export function breakEvenView(
  states: readonly MarketState[],
  goodState: string,
  base: StateFigures,
  challenger: StateFigures,
  steps = 20,
): BreakEvenView | null {
  const b = strategyLines(states, goodState, base);
  const c = strategyLines(states, goodState, challenger);
  if (b === null || c === null) return null;
  const points = Array.from({ length: steps + 1 }, (_, k): BreakEvenPoint => {
    const g = k / steps;
    return {
      pGood: g,
      base: { meanProfit: valueAt(b.meanProfit, g), probLoss: valueAt(b.probLoss, g) },
      challenger: { meanProfit: valueAt(c.meanProfit, g), probLoss: valueAt(c.probLoss, g) },
    };
  });
  return { points, threshold: breakEvenProbability(b.meanProfit, c.meanProfit) };
}
