/**
 * The fast bucket index is the definition's, ⌈ln(m)/ln γ⌉ with the engine-independent ln, on
 * a million magnitudes: random ones over the whole range of doubles, the bucket edges and
 * the doubles next to them, and the magnitudes of profits the launch Monte Carlo meets.
 */
import { describe, expect, it } from 'vitest';
import { createStream } from '../rng/stream.ts';
import { bucketIndex, GAMMA, lowerEdge, slowBucketIndex } from './bucket-index.ts';

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** The double `steps` doubles away from a positive x (|steps| small). */
function stepped(x: number, steps: number): number {
  F64[0] = x;
  const low = (U32[LOW] as number) + steps;
  if (low < 0 || low > 0xffffffff) return x; // not needed for the few steps used here
  U32[LOW] = low;
  return F64[0] as number;
}

/** The magnitudes where the fast index and the definition differ (empty when they agree). */
function mismatches(values: Iterable<number>): number[] {
  const bad: number[] = [];
  for (const m of values) if (bucketIndex(m) !== slowBucketIndex(m)) bad.push(m);
  return bad;
}

describe('bucketIndex', () => {
  it('is the definition on 600,000 random magnitudes over every scale of double', () => {
    const s = createStream('bucket-index', 0, 'magnitudes');
    const values: number[] = [];
    for (let i = 0; i < 400_000; i++) values.push(Math.pow(2, (s.next() - 0.5) * 2090) * (1 + s.next())); // 2^-1045 … 2^1045, subnormals and 1e300+ too
    for (let i = 0; i < 200_000; i++) values.push(1 + 1e7 * s.next() * s.next()); // profits' scale
    expect(mismatches(values.filter((v) => v > 0 && Number.isFinite(v)))).toEqual([]);
  });

  it('is the definition at 50,000 bucket edges and the 4 doubles either side of each', () => {
    const s = createStream('bucket-index', 0, 'edges');
    const values: number[] = [];
    for (let i = 0; i < 50_000; i++) {
      // Buckets of magnitudes 1e-12 … 1e12 (±13,800 buckets), and the first and last fast ones.
      const index = i < 100 ? (i < 50 ? -345_300 - i : 344_900 + i) : Math.round((s.next() - 0.5) * 27_600);
      const edge = lowerEdge(index);
      for (let k = -4; k <= 4; k++) values.push(stepped(edge, k));
    }
    expect(values.length).toBe(450_000);
    expect(mismatches(values)).toEqual([]);
  });

  it('puts each edge in its own bucket and the double below it in the bucket below', () => {
    for (const index of [-5000, -1, 0, 1, 2, 3460, 8191]) {
      const edge = lowerEdge(index);
      // + 0: bucket 0 below a magnitude of 1 is −0 (the ceiling of a negative quotient).
      expect(slowBucketIndex(edge) + 0).toBe(index);
      expect(slowBucketIndex(stepped(edge, -1)) + 0).toBe(index - 1);
      expect(bucketIndex(edge)).toBe(slowBucketIndex(edge));
      expect(bucketIndex(stepped(edge, -1))).toBe(slowBucketIndex(stepped(edge, -1)));
    }
  });

  it('is the definition for magnitudes near 1e±300 met first, where the table stops (and ends)', async () => {
    // A fresh module: the table is empty, so these first magnitudes decide where it lies.
    const { vi } = await import('vitest');
    vi.resetModules();
    const fresh = await import('./bucket-index.ts');
    const values = [1e300, 9e299, 5e299, 1e-300, 2e-300];
    for (const m of values) expect(fresh.bucketIndex(m)).toBe(fresh.slowBucketIndex(m));
  }, 30_000);

  it('gives bucket 0 to 1 and bucket 1 to γ^0.5, as ⌈ln m / ln γ⌉ by hand', () => {
    expect(bucketIndex(1)).toBe(0);
    expect(bucketIndex(Math.sqrt(GAMMA))).toBe(1);
    // ln(1e6)/ln(γ) = 13.8155…/0.0020000007 ≈ 6907.75: bucket 6908.
    expect(bucketIndex(1e6)).toBe(6908);
    expect(bucketIndex(Number.MIN_VALUE)).toBe(slowBucketIndex(Number.MIN_VALUE));
    expect(bucketIndex(Number.MAX_VALUE)).toBe(slowBucketIndex(Number.MAX_VALUE));
  });
});
