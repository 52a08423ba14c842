/**
 * The distributions of MODEL.md, parameterised by what a user knows (mean and cv, not the
 * μ and σ of an underlying normal), and their samplers. Sampling uses only + − × ÷, sqrt
 * and the engine-independent ln/exp, so a stream gives the same numbers on every engine.
 */
import { exp, ln } from '../math/elementary.ts';
import { normalQuantile } from '../math/normal-quantile.ts';
import type { RandomStream } from './stream.ts';

export {
  deterministic,
  isAlwaysZero,
  isDegenerate,
  nominalMean,
  type Distribution,
  type DistributionName,
  type Draw,
} from './distribution-shape.ts';
import { degenerateValue, isDegenerate, type Distribution, type Draw } from './distribution-shape.ts';

/** A uniform in (0, 1): the stream's [0, 1) moved off 0 by half a 2^-53 step. */
function openUniform(s: RandomStream): number {
  return s.next() + OPEN_UNIFORM_OFFSET;
}

/** Standard normal by inversion: one draw per value, monotone in the uniform. */
function standardNormal(s: RandomStream): number {
  return normalQuantile(openUniform(s));
}

/** Marsaglia and Tsang's gamma(shape, 1) for shape ≥ 1. */
function gammaAtLeastOne(shape: number, s: RandomStream): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(s);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = openUniform(s);
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (ln(u) < 0.5 * x2 + d * (1 - v + ln(v))) return d * v;
  }
}

/**
 * μ and σ of the normal under a lognormal of this mean and cv: a lognormal draw is
 * exp(μ + σ·Φ⁻¹(u + 2⁻⁵⁴)) for the stream's next u (samplerOf; the launch market writes
 * the same operations out in its loop).
 */
export function lognormalParameters(mean: number, cv: number): { mu: number; sigma: number } {
  const sigma2 = ln(1 + cv * cv);
  return { mu: ln(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/** What openUniform adds to a uniform in [0, 1) to move it off 0: 2^-54. */
export const OPEN_UNIFORM_OFFSET = 5.551115123125783e-17;

/**
 * Compiles a distribution into a sampler that takes its uniforms from the stream it is
 * given; parameters (σ, μ, shape) are worked out once here, not per draw.
 */
export function samplerOf(d: Distribution): (s: RandomStream) => number {
  if (isDegenerate(d)) {
    const value = degenerateValue(d);
    return () => value;
  }
  switch (d.dist) {
    case 'exponential': {
      const mean = d.mean;
      return (s) => -mean * ln(1 - s.next());
    }
    case 'uniform': {
      const { min } = d;
      const width = d.max - d.min;
      return (s) => min + width * s.next();
    }
    case 'triangular': {
      const { min, mode, max } = d;
      const width = max - min;
      const cut = (mode - min) / width;
      return (s) => {
        const u = s.next();
        return u < cut ? min + Math.sqrt(u * width * (mode - min)) : max - Math.sqrt((1 - u) * width * (max - mode));
      };
    }
    case 'normal': {
      const { mean, sd } = d;
      // Truncated at 0 by resampling (MODEL.md); validation keeps mean ≥ 0, so at least
      // half the draws are accepted.
      return (s) => {
        for (;;) {
          const x = mean + sd * standardNormal(s);
          if (x >= 0) return x;
        }
      };
    }
    case 'lognormal': {
      const { mu, sigma } = lognormalParameters(d.mean, d.cv);
      return (s) => exp(mu + sigma * standardNormal(s));
    }
    case 'gamma': {
      const shape = 1 / (d.cv * d.cv);
      const scale = d.mean / shape;
      if (shape >= 1) return (s) => scale * gammaAtLeastOne(shape, s);
      // Shape < 1: gamma(k) = gamma(k + 1) · U^(1/k).
      const inverseShape = 1 / shape;
      return (s) => {
        const g = gammaAtLeastOne(shape + 1, s);
        return scale * g * exp(ln(openUniform(s)) * inverseShape);
      };
    }
    case 'empirical': {
      const values = d.values;
      const n = values.length;
      return (s) => values[Math.floor(s.next() * n)] as number;
    }
    case 'deterministic':
      return () => d.value;
  }
}

/** Binds a distribution to a stream: each call takes the next value from it. */
export function drawFrom(d: Distribution, s: RandomStream): Draw {
  const sample = samplerOf(d);
  return () => sample(s);
}
