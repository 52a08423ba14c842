import { describe, expect, it } from 'vitest';
import stdlibExp from '@stdlib/math-base-special-exp';
import { exp } from './exp.ts';
import { Alea } from '../rng/alea.ts';

describe('exp: stdlib’s, written out (issue 18)', () => {
  it('is bit-identical to @stdlib/math-base-special-exp on 1,000,000 inputs and the edge cases', () => {
    const u = new Alea();
    u.setState(0x85a308d3, 0x9e3779b9, 0x13198a2e);
    let differ = 0;
    let firstDiffer: number | null = null;
    const check = (x: number) => {
      if (!Object.is(exp(x), stdlibExp(x))) {
        differ++;
        firstDiffer ??= x;
      }
    };
    for (let i = 0; i < 250_000; i++) {
      const v = u.next();
      check((v - 0.5) * 6); // lognormal noise: μ + σ·z
      check(-v * 10); // the sketch's bucket values and small exponents
      check((v - 0.5) * 1460); // the whole range, overflow and underflow included
      check(-745.2 + v * 40); // results near and in the subnormals (k = −1075 … −1020)
    }
    const edges = [0, -0, NaN, Infinity, -Infinity, 1, -1, 2 ** -28, -(2 ** -28), 2 ** -29, 709.782712893384, 709.78, -745.1332191019411, -745.13, -708.4, -708.39, 1e-300, 0.5 * Math.LN2, -0.5 * Math.LN2];
    for (const x of edges) check(x);
    expect({ differ, firstDiffer }).toEqual({ differ: 0, firstDiffer: null });
  });

  it('gives known values', () => {
    expect(exp(0)).toBe(1);
    expect(exp(1)).toBeCloseTo(Math.E, 15);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-744)).toBeGreaterThan(0);
  });
});
