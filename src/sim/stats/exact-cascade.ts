/**
 * Many exact running sums at once, cheaper per value than exact-sum.ts's expansion, for a
 * Monte Carlo chunk's hot loop (issue 18: the exact sums were a fifth of the launch Monte
 * Carlo's time).
 *
 * Slot k holds its sum exactly as hi[k] + lo[k] + spill[k], where spill[k] is an ExactSum
 * (exact-sum.ts). Adding x is Knuth's TwoSum of hi[k] and x, which gives the rounded sum and
 * its rounding error exactly; the error goes into lo[k] by a second TwoSum, and only the
 * error of that one, when it is not 0, goes into the expansion. For sums of values of one
 * scale (a chunk of a Monte Carlo's totals) the second error is almost always 0: lo[k]
 * gathers rounding errors of hi[k], whose bits span far fewer than 53 places. Nothing is
 * dropped at any step, so `flushInto` hands the expansion the exact sum, and its rounded
 * value (valueOf) is the one adding every value to the expansion directly gives, to the bit.
 *
 * TwoSum is exact unless a sum overflows; a sum that overflows is not finite either way
 * (and a result with a non-finite figure is not shown).
 */
import { addExact, mergeExact, type ExactSum } from './exact-sum.ts';

/** 2^27 + 1: splits a double into two halves whose products are exact (Veltkamp). */
const SPLITTER = 134217729;

export class ExactCascade {
  private readonly hi: Float64Array;
  private readonly lo: Float64Array;
  private readonly spill: ExactSum[];

  constructor(readonly slots: number) {
    // hi starts at −0, the sum of no values in IEEE arithmetic: it stays −0 while only −0
    // is added and leaves it for good on anything else, as the expansion's value does.
    this.hi = new Float64Array(slots).fill(-0);
    this.lo = new Float64Array(slots);
    this.spill = Array.from({ length: slots }, (): ExactSum => []);
  }

  /** Adds x to slot k, exactly. */
  add(k: number, x: number): void {
    const hi = this.hi;
    const s = hi[k] as number;
    const t = s + x;
    const bp = t - s;
    const e = s - (t - bp) + (x - bp);
    hi[k] = t;
    if (e !== 0) {
      const lo = this.lo;
      const c = lo[k] as number;
      const u = c + e;
      const cp = u - c;
      const e2 = c - (u - cp) + (e - cp);
      lo[k] = u;
      if (e2 !== 0) addExact(this.spill[k] as ExactSum, e2);
    }
  }

  /**
   * Adds x² to slot k, exactly: the rounded square and its rounding error (Dekker's product,
   * the same operations as exact-moments.ts; valid for |x| < 1e150).
   */
  addSquare(k: number, x: number): void {
    const square = x * x;
    const split = SPLITTER * x;
    const high = split - (split - x);
    const low = x - high;
    const error = low * low - (square - high * high - low * high - high * low);
    this.add(k, square);
    if (error !== 0) this.add(k, error);
  }

  /** Empties every slot (a chunk that threw part-way leaves nothing behind). */
  reset(): void {
    this.hi.fill(-0);
    this.lo.fill(0);
    for (const spill of this.spill) spill.length = 0;
  }

  /**
   * Adds slot k's sum into an exact sum and empties the slot; call it only for a slot that
   * was added to. hi is always added, even when it is ±0: the expansion's value is −0 exactly
   * when every value added to it was −0, and adding hi keeps that rule for the zero's sign
   * too (adding ±0 to an expansion changes nothing else).
   */
  flushInto(k: number, into: ExactSum): void {
    const spill = this.spill[k] as ExactSum;
    addExact(into, this.hi[k] as number);
    if (this.lo[k] !== 0) addExact(into, this.lo[k] as number);
    if (spill.length > 0) {
      mergeExact(into, spill);
      spill.length = 0;
    }
    this.hi[k] = -0;
    this.lo[k] = 0;
  }
}
