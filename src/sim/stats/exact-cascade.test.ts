/**
 * ExactCascade against exact-sum.ts's expansion (the implementation it stands in for in the
 * launch Monte Carlo's hot loop): after a flush, the expansion holds the same exact sum, so
 * valueOf gives the same double, on adversarial inputs (huge and tiny magnitudes, cancellation,
 * subnormals) and random ones; Σx² likewise against addSquareExact and sampleVariance.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStream } from '../rng/stream.ts';
import { ExactCascade } from './exact-cascade.ts';
import { addSquareExact, sampleVariance } from './exact-moments.ts';
import { addExact, exactSum, valueOf, type ExactSum } from './exact-sum.ts';

/** Σx by the expansion, and by the cascade then flushed into an expansion: their rounded values. */
function bothSums(values: readonly number[]): [number, number] {
  const direct = exactSum();
  for (const x of values) addExact(direct, x);
  const cascade = new ExactCascade(3);
  for (const x of values) cascade.add(1, x);
  const flushed = exactSum();
  cascade.flushInto(1, flushed);
  return [valueOf(direct), valueOf(flushed)];
}

function bothVariances(values: readonly number[]): [number | null, number | null] {
  const sum = exactSum();
  const squares = exactSum();
  for (const x of values) {
    addExact(sum, x);
    addSquareExact(squares, x);
  }
  const cascade = new ExactCascade(2);
  for (const x of values) {
    cascade.add(0, x);
    cascade.addSquare(1, x);
  }
  const cSum: ExactSum = [];
  const cSquares: ExactSum = [];
  cascade.flushInto(0, cSum);
  cascade.flushInto(1, cSquares);
  return [sampleVariance(values.length, sum, squares), sampleVariance(values.length, cSum, cSquares)];
}

describe('ExactCascade', () => {
  it('sums 1e16 + 1 − 1e16 to 1 and 0.1 ten times to 1, exactly (by hand: fsum gives 1 and 1)', () => {
    expect(bothSums([1e16, 1, -1e16])).toEqual([1, 1]);
    expect(bothSums(new Array<number>(10).fill(0.1))).toEqual([1, 1]);
  });

  it('keeps every bit through cancellation, huge and tiny magnitudes and subnormals', () => {
    const cases: number[][] = [
      [1e308, 1e-308, -1e308, 5e-324],
      [1e300, 1, 1e-300, -1e300, -1],
      [2 ** 53, 1, 1, 1, -(2 ** 53)],
      [1e20, 3.14159, -1e20, 2.71828, 1e-20],
      [5e-324, 5e-324, 1e-310, -5e-324],
      [0.1, 0.2, -0.3, 1e-17, -1e-17, 1e-30],
      Array.from({ length: 1000 }, (_, i) => (i % 2 === 0 ? 1e200 : -1e200) + i * 1e-3),
      Array.from({ length: 3000 }, (_, i) => ((i * 7919) % 1000) * 10 ** ((i % 61) - 30) * (i % 3 === 0 ? -1 : 1)),
    ];
    for (const values of cases) {
      const [direct, cascade] = bothSums(values);
      expect(Object.is(cascade, direct) || cascade === direct).toBe(true);
    }
  });

  it('equals the expansion on 200 random runs of 2,000 values of mixed scales (seeded)', () => {
    const s = createStream('exact-cascade', 0, 'values');
    for (let run = 0; run < 200; run++) {
      const scale = 10 ** Math.floor(s.next() * 40 - 20);
      const values = Array.from({ length: 2000 }, () => {
        const u = s.next();
        const x = (s.next() - 0.3) * scale * (u < 0.1 ? 1e12 : u < 0.2 ? 1e-12 : 1);
        return u > 0.95 ? -x : x;
      });
      const [direct, cascade] = bothSums(values);
      expect(cascade).toBe(direct);
      const [v1, v2] = bothVariances(values.map((x) => x / (scale * 1e12 > 1e140 ? 1e20 : 1)));
      expect(v2).toBe(v1);
    }
  });

  it('equals the expansion for any doubles (fast-check), sums and variances', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e140, max: 1e140 });
    fc.assert(
      fc.property(fc.array(finite, { maxLength: 60 }), (values) => {
        const [direct, cascade] = bothSums(values);
        const [v1, v2] = bothVariances(values);
        return cascade === direct && v1 === v2;
      }),
      { numRuns: 2000 },
    );
  });

  it('gives −0 exactly where the expansion does: when every value added was −0', () => {
    for (const values of [[-0], [-0, -0], [-0, 0], [0, -0], [1, -1], [-0, 1, -1], [1e16, 1, -1e16, -1]]) {
      const [direct, cascade] = bothSums(values);
      expect(Object.is(cascade, direct)).toBe(true);
    }
    // Chunks flushed into one expansion: all −0 so far stays −0, a chunk that cancels to +0 ends it.
    for (const chunks of [[[-0], [-0, -0]], [[-0], [1, -1]], [[1, -1], [-0]], [[-0], [0]]]) {
      const direct = exactSum();
      const merged = exactSum();
      for (const chunk of chunks) {
        const cascade = new ExactCascade(1);
        for (const x of chunk) {
          addExact(direct, x);
          cascade.add(0, x);
        }
        cascade.flushInto(0, merged);
      }
      expect(Object.is(valueOf(merged), valueOf(direct))).toBe(true);
    }
  });

  it('is not finite where the expansion is not (overflow)', () => {
    const [direct, cascade] = bothSums([1.7e308, 1.7e308]);
    expect(Number.isFinite(direct)).toBe(false);
    expect(Number.isFinite(cascade)).toBe(false);
  });

  it('empties a slot on flush and every slot on reset', () => {
    const cascade = new ExactCascade(2);
    cascade.add(0, 1e16);
    cascade.add(0, 1);
    cascade.add(1, 7);
    const first: ExactSum = [];
    cascade.flushInto(0, first);
    expect(valueOf(first)).toBe(1e16 + 2 - 1); // 10000000000000001 is a double
    // An emptied slot holds the sum of no values: −0, which adds nothing to a sum of 5.
    const again: ExactSum = [5];
    cascade.flushInto(0, again);
    expect(again).toEqual([5]);
    cascade.reset();
    const afterReset: ExactSum = [5];
    cascade.flushInto(1, afterReset);
    expect(afterReset).toEqual([5]);
  });
});
