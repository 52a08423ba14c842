/**
 * Baagoe's Alea generator, step for step as seedrandom 3.0.5 implements it
 * (node_modules/seedrandom/lib/alea.js), with its state set directly instead of by hashing
 * a key string (docs/model.md, "Random streams"). Same state, same numbers as
 * `seedrandom.alea('', { state })`: alea.test.ts checks it on a million draws.
 *
 * The state is three fractions s0, s1, s2 (multiples of 2^-32 in [0, 1)) and a carry c.
 * One object serves many replications in turn (`setState`), so a Monte Carlo allocates
 * nothing per replication.
 */
import type { RandomStream } from './stream.ts';

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;
const TWO_POW_MINUS_53 = 1.1102230246251565e-16;

export class Alea implements RandomStream {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private c = 1;

  /** Sets the state as alea's seeding leaves it: three 32-bit words as fractions, carry 1. */
  setState(w0: number, w1: number, w2: number): void {
    this.s0 = (w0 >>> 0) * TWO_POW_MINUS_32;
    this.s1 = (w1 >>> 0) * TWO_POW_MINUS_32;
    this.s2 = (w2 >>> 0) * TWO_POW_MINUS_32;
    this.c = 1;
  }

  /** The state in seedrandom's form ({ c, s0, s1, s2 }), for comparing with it. */
  state(): { c: number; s0: number; s1: number; s2: number } {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }

  /** seedrandom's `prng()`: a 32-bit uniform in [0, 1). */
  next32(): number {
    const t = 2091639 * this.s0 + this.c * TWO_POW_MINUS_32;
    this.s0 = this.s1;
    this.s1 = this.s2;
    return (this.s2 = t - (this.c = t | 0));
  }

  /** seedrandom's `prng.double()`: two 32-bit draws joined into a 53-bit uniform in [0, 1). */
  next(): number {
    // Two steps written out (what next32 does twice), so the hot path makes no call.
    const t1 = 2091639 * this.s0 + this.c * TWO_POW_MINUS_32;
    const c1 = t1 | 0;
    const u1 = t1 - c1;
    const t2 = 2091639 * this.s1 + c1 * TWO_POW_MINUS_32;
    const c2 = t2 | 0;
    const u2 = t2 - c2;
    this.s0 = this.s2;
    this.s1 = u1;
    this.s2 = u2;
    this.c = c2;
    return u1 + ((u2 * 0x200000) | 0) * TWO_POW_MINUS_53;
  }
}
