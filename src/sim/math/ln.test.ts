import { describe, expect, it } from 'vitest';
import stdlibLn from '@stdlib/math-base-special-ln';
import { ln } from './ln.ts';
import { Alea } from '../rng/alea.ts';
import { fmix32 } from '../rng/stream.ts';

describe('ln: stdlib’s, written out (issue 18)', () => {
  it('is bit-identical to @stdlib/math-base-special-ln on 1,000,000 inputs and the edge cases', () => {
    const u = new Alea();
    u.setState(0x9e3779b9, 0x243f6a88, 0x85a308d3);
    const bits = new Float64Array(1);
    const words = new Uint32Array(bits.buffer);
    let word = 0x13198a2e;
    let differ = 0;
    let firstDiffer: number | null = null;
    const check = (x: number) => {
      if (!Object.is(ln(x), stdlibLn(x))) {
        differ++;
        firstDiffer ??= x;
      }
    };
    for (let i = 0; i < 250_000; i++) {
      const v = u.next();
      check(1 - v); // what the exponential sampler takes the log of
      check(v); // the sketch's and the gamma sampler's
      // Any positive double, subnormals included: random bits with the sign cleared.
      words[0] = word = fmix32(word + 1);
      words[1] = (word = fmix32(word + 1)) & 0x7fffffff;
      check(bits[0] as number);
      check(1 + (v - 0.5) * 2 ** -18); // near 1, where the short series is used
    }
    const edges = [0, -0, -1, NaN, Infinity, -Infinity, Number.MIN_VALUE, Number.MAX_VALUE, 2 ** -1022, 2 ** -1022 - 2 ** -1074, 1, 2, 0.5, Math.E, 1 + 2 ** -52, 1 - 2 ** -53];
    for (const x of edges) check(x);
    expect({ differ, firstDiffer }).toEqual({ differ: 0, firstDiffer: null });
  });

  it('gives known values', () => {
    expect(ln(1)).toBe(0);
    expect(ln(Math.E)).toBeCloseTo(1, 15);
    expect(ln(0)).toBe(-Infinity);
    expect(ln(-2)).toBeNaN();
    expect(ln(2 ** -1074)).toBeCloseTo(-1074 * Math.LN2, 10);
  });
});
