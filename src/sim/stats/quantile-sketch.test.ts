import { quantile } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp, ln } from '../math/elementary.ts';
import { createStream } from '../rng/stream.ts';
import { sumExactly } from './exact-sum.ts';
import {
  addToSketch,
  createQuantileSketch,
  describeSketch,
  EXACT_LIMIT,
  MAX_BUCKETS,
  mergeSketches,
  packSketchValues,
  RELATIVE_ACCURACY,
  sketchLowerTailMean,
  sketchQuantile,
  type QuantileSketch,
} from './quantile-sketch.ts';

const PROBABILITIES = [0, 0.05, 0.25, 0.5, 0.9, 0.95, 1];

function sketchOf(values: readonly number[]): QuantileSketch {
  const sketch = createQuantileSketch();
  for (const v of values) addToSketch(sketch, v);
  return sketch;
}

/** n values from a seeded stream: a spread of magnitudes, both signs, ties and zeros. */
function sampleValues(seed: number, n: number): number[] {
  const s = createStream(seed, 0, 'sketch-test');
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    const u = s.next();
    if (u < 0.05) values.push(0);
    else if (u < 0.15) values.push(2644000); // a repeated value, as profits in a cv 0 market
    else {
      const magnitude = 1 + 1e6 * s.next() * s.next();
      values.push(s.next() < 0.3 ? -magnitude : magnitude);
    }
  }
  return values;
}

function sorted(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** Splits values into chunks at the given cut fractions and returns the chunks in a shuffled order. */
function chunksOf(values: readonly number[], cuts: readonly number[], order: readonly number[]): number[][] {
  const points = [...new Set(cuts.map((c) => Math.floor(c * values.length)))].sort((a, b) => a - b);
  const chunks: number[][] = [];
  let start = 0;
  for (const p of [...points, values.length]) {
    chunks.push(values.slice(start, p));
    start = p;
  }
  return chunks
    .map((chunk, i) => ({ chunk, key: order[i % order.length] ?? 0 }))
    .sort((a, b) => a.key - b.key)
    .map((c) => c.chunk);
}

const describeAll = (s: QuantileSketch) => JSON.stringify(describeSketch(s, PROBABILITIES, Math.ceil(s.count / 20)));

describe('quantile sketch: exact while it holds at most EXACT_LIMIT values', () => {
  it('gives the same quantiles as d3-array quantile, to the bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p) => {
          const sketch = sketchOf(values);
          const cleaned = values.map((v) => (v === 0 ? 0 : v)); // the sketch treats −0 as 0
          for (const q of [...PROBABILITIES, p]) {
            expect(sketchQuantile(sketch, q), `p = ${q}`).toBe(quantile(cleaned, q));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is exact at EXACT_LIMIT values, and the tail mean is the exact mean of the k smallest', () => {
    const values = sampleValues(1, EXACT_LIMIT);
    const sketch = sketchOf(values);
    expect(sketch.values, 'still exact').not.toBeNull();
    for (const p of PROBABILITIES) expect(sketchQuantile(sketch, p)).toBe(quantile(values, p));
    const k = 1000;
    const smallest = Array.from(sorted(values).subarray(0, k));
    expect(sketchLowerTailMean(sketch, k)).toBe(sumExactly(smallest) / k);
  });

  it('reports nothing for an empty sketch', () => {
    const empty = createQuantileSketch();
    expect(sketchQuantile(empty, 0.5)).toBeNull();
    expect(sketchLowerTailMean(empty, 1)).toBeNull();
    expect(describeSketch(empty, [0.5], 1)).toBeNull();
  });
});

describe('quantile sketch: bucketed beyond EXACT_LIMIT', () => {
  it('switches to buckets at EXACT_LIMIT + 1 values and keeps memory bounded', () => {
    const sketch = sketchOf(sampleValues(2, EXACT_LIMIT + 1));
    expect(sketch.values).toBeNull();
    const big = sketchOf(sampleValues(3, 200_000));
    const buckets = big.positive.counts.length + big.negative.counts.length;
    // Magnitudes 1..1e6 span ln(1e6)/ln(γ) ≈ 6,900 buckets per sign at most.
    expect(buckets).toBeLessThan(2 * 7000);
    expect(big.count).toBe(200_000);
  });

  it('keeps quantiles within relative accuracy α of the exact ones (same-sign neighbours)', () => {
    const values = sampleValues(4, 60_000);
    const exact = sorted(values);
    const sketch = sketchOf(values);
    for (const p of [0.01, 0.05, 0.2, 0.5, 0.8, 0.95, 0.99]) {
      const truth = quantile(exact, p) as number;
      const got = sketchQuantile(sketch, p) as number;
      // Neighbours here have the same sign (checked), so the bound is relative.
      const i = Math.floor((exact.length - 1) * p);
      expect(Math.sign(exact[i] as number)).toBe(Math.sign(exact[i + 1] as number));
      expect(Math.abs(got - truth), `p = ${p}: ${got} vs ${truth}`).toBeLessThanOrEqual(RELATIVE_ACCURACY * Math.abs(truth) * (1 + 1e-9));
    }
    for (const k of [1, 100, 3000]) {
      const truth = sumExactly(exact.subarray(0, k)) / k;
      const got = sketchLowerTailMean(sketch, k) as number;
      expect(Math.abs(got - truth), `tail of ${k}`).toBeLessThanOrEqual(RELATIVE_ACCURACY * Math.abs(truth) * (1 + 1e-9));
    }
  });

  it('reports a repeated value exactly, as the seed case profits with demandCV 0', () => {
    const values = [...new Array<number>(30_000).fill(2644000), ...new Array<number>(25_000).fill(-203400)];
    const sketch = sketchOf(values);
    expect(sketch.values).toBeNull();
    expect(sketchQuantile(sketch, 0.05)).toBe(-203400);
    expect(sketchQuantile(sketch, 0.95)).toBe(2644000);
    expect(sketchLowerTailMean(sketch, 2750)).toBe(-203400);
  });

  it('folds magnitudes more than MAX_BUCKETS below the top, whatever the order they come in', () => {
    const s = createStream(5, 0, 'fold');
    // Magnitudes from 1e-12 to 1e12: far more than MAX_BUCKETS buckets.
    const values = Array.from({ length: 30_000 }, () => 1e-12 * exp(s.next() * ln(1e24)));
    const ascending = sketchOf([...values].sort((a, b) => a - b));
    const descending = sketchOf([...values].sort((a, b) => b - a));
    expect(ascending.positive.counts.length).toBeLessThanOrEqual(MAX_BUCKETS);
    expect(describeAll(ascending)).toBe(describeAll(descending));
    expect(describeAll(ascending)).toBe(describeAll(sketchOf(values)));
  });
});

describe('quantile sketch: the answer depends only on the multiset of values', () => {
  it('gives identical results for any chunking and merge order (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.oneof(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: EXACT_LIMIT - 2000, max: EXACT_LIMIT + 8000 })),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
        fc.array(fc.integer(), { minLength: 1, maxLength: 13 }),
        fc.boolean(),
        (seed, n, cuts, order, asTree) => {
          const values = sampleValues(seed, n);
          const whole = describeAll(sketchOf(values));
          const parts = chunksOf(values, cuts, order).map(sketchOf);
          let merged: QuantileSketch;
          if (asTree) {
            // Pairwise, as workers' results meet in a tree.
            let level = parts;
            while (level.length > 1) {
              const next: QuantileSketch[] = [];
              for (let i = 0; i < level.length; i += 2) {
                const a = level[i] as QuantileSketch;
                const b = level[i + 1];
                next.push(b === undefined ? a : mergeSketches(a, b));
              }
              level = next;
            }
            merged = level[0] as QuantileSketch;
          } else {
            merged = parts.reduce((into, part) => mergeSketches(into, part), createQuantileSketch());
          }
          expect(describeAll(merged)).toBe(whole);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a bucketed sketch merged into an empty one has the state adding its values one by one gives', () => {
    const s = createStream(8, 0, 'copy');
    // Profits of both signs and a range wide enough to fold: the copy must trim and fold alike.
    const wide = Array.from({ length: 30_000 }, (_, i) => (i % 3 === 0 ? -1 : 1) * 1e-12 * exp(s.next() * ln(1e24)));
    for (const values of [sampleValues(9, 25_000), wide]) {
      const bucketed = sketchOf(values);
      expect(bucketed.values).toBeNull();
      const merged = mergeSketches(createQuantileSketch(), bucketed);
      expect(JSON.stringify(merged)).toBe(JSON.stringify(sketchOf(values)));
      merged.positive.counts[0] = -1; // shares nothing with what it was merged from
      expect(bucketed.positive.counts[0]).not.toBe(-1);
    }
  });

  it('leaves the merged-in sketch unchanged and shares nothing with it', () => {
    const a = sketchOf(sampleValues(6, 15_000));
    const b = sketchOf(sampleValues(7, 15_000));
    const before = JSON.stringify(b);
    mergeSketches(a, b);
    addToSketch(a, 123);
    expect(JSON.stringify(b)).toBe(before);
  });

  it('answers the same with its values packed into a Float64Array, merged from, into or added to', () => {
    for (const [n, m] of [
      [3000, 4000],
      [15_000, 9000],
    ] as const) {
      const a = sampleValues(10, n);
      const b = sampleValues(11, m);
      const plain = mergeSketches(sketchOf(a), sketchOf(b));
      const packedFrom = sketchOf(b);
      packSketchValues(packedFrom);
      expect(packedFrom.values).toBeInstanceOf(Float64Array);
      expect(describeAll(mergeSketches(sketchOf(a), packedFrom))).toBe(describeAll(plain));
      const packedInto = sketchOf(a);
      packSketchValues(packedInto);
      expect(describeAll(mergeSketches(packedInto, sketchOf(b)))).toBe(describeAll(plain));
      const packedThenAdded = sketchOf(a);
      packSketchValues(packedThenAdded);
      for (const v of b) addToSketch(packedThenAdded, v);
      expect(describeAll(packedThenAdded)).toBe(describeAll(plain));
    }
  });

  it('rejects non-finite values', () => {
    expect(() => addToSketch(createQuantileSketch(), NaN)).toThrow(RangeError);
    expect(() => addToSketch(createQuantileSketch(), Infinity)).toThrow(RangeError);
  });
});
