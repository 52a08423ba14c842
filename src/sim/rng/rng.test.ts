import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { createStream, streamKey } from './stream.ts';
import { drawFrom, type Distribution } from './distribution.ts';
import { normalQuantile } from '../math/normal-quantile.ts';
import { exp, ln } from '../math/elementary.ts';

describe('random streams', () => {
  it('pins the generator (QUALITY R4): seedrandom\'s README value; the derived streams are pinned in alea.test.ts', () => {
    // If seedrandom or our derivation changes, the pins change: bump ENGINE_VERSION then.
    expect(seedrandom.alea('hello.')()).toBe(0.4783254903741181);
  });

  it('gives 53-bit doubles in [0, 1)', () => {
    const s = createStream('bits', 0, 'x');
    let finer = 0;
    for (let i = 0; i < 10_000; i++) {
      const u = s.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      if ((u * 2 ** 32) % 1 !== 0) finer++;
    }
    expect(finer).toBeGreaterThan(9_900);
  });

  it('keys keep seed, replication and name apart; 42 and "42" are the same seed', () => {
    expect(streamKey('a', 'bc')).not.toBe(streamKey('a1', 'bc'));
    expect(streamKey(42, 'x')).toBe(streamKey('42', 'x'));
    expect(createStream(1, 0, 'a').next()).not.toBe(createStream(1, 1, 'a').next());
  });
});

describe('engine-independent math', () => {
  it('ln and exp agree with Math to within 1 ulp', () => {
    const s = createStream('math', 0, 'x');
    for (let i = 0; i < 20_000; i++) {
      const x = s.next() * 10 ** ((s.next() * 20 - 10) | 0) + 1e-300;
      const a = ln(x);
      expect(Math.abs(a - Math.log(x))).toBeLessThanOrEqual(Math.abs(a) * 2.3e-16 + 1e-300);
      const y = s.next() * 100 - 50;
      expect(Math.abs(exp(y) - Math.exp(y))).toBeLessThanOrEqual(Math.exp(y) * 2.3e-16);
    }
  });

  it('Φ⁻¹ matches known quantiles', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.8413447460685429)).toBeCloseTo(1, 14);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
    expect(normalQuantile(0.999999)).toBeCloseTo(4.753424308822899, 9);
  });

  it('Math.sqrt is used as exact (IEEE) and nothing else of Math that varies by engine is called in the core', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) files.push(p);
      }
    };
    walk('src/sim');
    const forbidden = /Math\.(log|log1p|log2|log10|exp|expm1|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|cbrt|hypot|random)\b|\*\*/;
    const offenders = files.filter((f) => forbidden.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(offenders).toEqual([]);
  });
});

/** Kolmogorov–Smirnov statistic of a sample against a CDF. */
function ks(sample: number[], cdf: (x: number) => number): number {
  const xs = [...sample].sort((a, b) => a - b);
  let d = 0;
  xs.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, Math.abs(f - i / xs.length), Math.abs(f - (i + 1) / xs.length));
  });
  return d;
}

/** Standard normal CDF for the tests (Math is fine outside the core). */
function phi(z: number): number {
  // Abramowitz–Stegun 7.1.26 is too coarse for KS at n = 1e5; use erfc by continued fraction.
  const t = Math.abs(z) / Math.SQRT2;
  let erfc: number;
  if (t < 3) {
    // Series for erf.
    let sum = t;
    let term = t;
    for (let n = 1; n < 200; n++) {
      term *= (-t * t) / n;
      sum += term / (2 * n + 1);
    }
    erfc = 1 - (2 / Math.sqrt(Math.PI)) * sum;
  } else {
    let f = 0;
    for (let n = 60; n >= 1; n--) f = (n / 2) / (t + f);
    erfc = Math.exp(-t * t) / Math.sqrt(Math.PI) / (t + f);
  }
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

describe('samplers (QUALITY R9: n = 100,000)', () => {
  const n = 100_000;
  const cases: { d: Distribution; mean: number; variance: number; cdf: (x: number) => number }[] = [
    { d: { dist: 'exponential', mean: 4 }, mean: 4, variance: 16, cdf: (x) => 1 - Math.exp(-x / 4) },
    { d: { dist: 'uniform', min: 2, max: 5 }, mean: 3.5, variance: 9 / 12, cdf: (x) => (x - 2) / 3 },
    {
      d: { dist: 'triangular', min: 1, mode: 2, max: 4 },
      mean: 7 / 3,
      variance: (1 + 4 + 16 - 2 - 4 - 8) / 18,
      cdf: (x) => (x <= 2 ? ((x - 1) * (x - 1)) / 3 : 1 - ((4 - x) * (4 - x)) / 6),
    },
    {
      d: { dist: 'lognormal', mean: 4, cv: 0.5 },
      mean: 4,
      variance: 4,
      cdf: (x) => {
        const s2 = Math.log(1.25);
        return phi((Math.log(x) - (Math.log(4) - s2 / 2)) / Math.sqrt(s2));
      },
    },
    { d: { dist: 'normal', mean: 10, sd: 2 }, mean: 10, variance: 4, cdf: (x) => phi((x - 10) / 2) },
    { d: { dist: 'empirical', values: [1, 2, 2, 7] }, mean: 3, variance: (4 + 1 + 1 + 16) / 4, cdf: (x) => (x < 1 ? 0 : x < 2 ? 0.25 : x < 7 ? 0.75 : 1) },
  ];
  it.each(cases)('$d.dist: mean within 4σ/√n, variance within 3%, KS D < 1.63/√n, support respected', ({ d, mean, variance, cdf }) => {
    const draw = drawFrom(d, createStream('samplers', 0, d.dist));
    const xs = Array.from({ length: n }, draw);
    const m = xs.reduce((a, b) => a + b, 0) / n;
    const v = xs.reduce((a, b) => a + (b - m) * (b - m), 0) / (n - 1);
    expect(Math.abs(m - mean)).toBeLessThan((4 * Math.sqrt(variance)) / Math.sqrt(n));
    expect(Math.abs(v / variance - 1)).toBeLessThan(0.03);
    if (d.dist !== 'empirical') expect(ks(xs, cdf)).toBeLessThan(1.63 / Math.sqrt(n));
    expect(xs.every((x) => x >= 0)).toBe(true);
  });

  it.each([0.5, 1, 2])('gamma(mean 3, cv %f): mean, variance and positivity', (cv) => {
    const draw = drawFrom({ dist: 'gamma', mean: 3, cv }, createStream('gamma', 0, String(cv)));
    const xs = Array.from({ length: n }, draw);
    const m = xs.reduce((a, b) => a + b, 0) / n;
    const v = xs.reduce((a, b) => a + (b - m) * (b - m), 0) / (n - 1);
    const variance = (3 * cv) ** 2;
    expect(Math.abs(m - 3)).toBeLessThan((4 * Math.sqrt(variance)) / Math.sqrt(n));
    expect(Math.abs(v / variance - 1)).toBeLessThan(cv >= 2 ? 0.08 : 0.03);
    expect(xs.every((x) => x >= 0)).toBe(true);
  });

  it('normal truncated at 0 resamples negative draws', () => {
    const draw = drawFrom({ dist: 'normal', mean: 0, sd: 1 }, createStream('trunc', 0, 'x'));
    const xs = Array.from({ length: 50_000 }, draw);
    expect(xs.every((x) => x >= 0)).toBe(true);
    // Half-normal mean √(2/π).
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(Math.sqrt(2 / Math.PI), 2);
  });

  it('degenerate distributions consume no draws (QUALITY R5)', () => {
    let calls = 0;
    const counting = { next: () => (calls++, 0.5) };
    for (const d of [
      { dist: 'deterministic', value: 3 },
      { dist: 'lognormal', mean: 2, cv: 0 },
      { dist: 'gamma', mean: 2, cv: 0 },
      { dist: 'normal', mean: 2, sd: 0 },
      { dist: 'uniform', min: 1, max: 1 },
    ] as Distribution[]) {
      const draw = drawFrom(d, counting);
      draw();
      draw();
    }
    expect(calls).toBe(0);
  });
});
