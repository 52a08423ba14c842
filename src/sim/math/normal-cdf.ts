/**
 * The standard normal CDF Φ(z), engine-independent: only + − × ÷, Math.floor and the
 * pure-arithmetic `exp` of ../math/elementary.ts, so the newsvendor reference line is
 * bit-identical in Node and in the browser (QUALITY R11). Relative error ≤ 1e-15 over the
 * whole range (checked against 50-digit values in normal-cdf.test.ts).
 *
 * It lives beside its only user, the newsvendor quantity; it can move to sim/math when a
 * second model needs it.
 */
import { exp } from './elementary.ts';

const INV_SQRT_2PI = 0.398942280401432677939946059934;

/**
 * Below this |z| the centre series is used; from it on, the tail continued fraction. For
 * negative z the series ends in 1/2 − φ·S, whose cancellation grows with |z| (error 5e-16
 * at 0.7, 1.5e-15 at 1, 4.5e-15 at 1.5, measured against mpmath); the continued fraction is
 * within 4e-16 everywhere from 0.7 on with the terms below.
 */
const SERIES_LIMIT = 0.7;

/** Terms of the Mills-ratio continued fraction; 1,000 converge it for every |z| ≥ 0.7. */
const TAIL_TERMS = 1000;

/** The standard normal density φ(t). */
export function normalDensity(t: number): number {
  const x = Math.abs(t);
  if (x === Infinity) return 0;
  // exp(−x²/2) with x² split exactly (Cody's trick): rounding x² first would cost a
  // relative error of about x²·2⁻⁵³ in the far tail, 1e-14 at x = 10.
  const coarse = Math.floor(x * 16) / 16;
  const rest = (x - coarse) * (x + coarse);
  return INV_SQRT_2PI * exp(-0.5 * coarse * coarse) * exp(-0.5 * rest);
}

/**
 * Φ(z) near the centre: 1/2 + φ(z)·(z + z³/3 + z⁵/(3·5) + …). Every term has the sign of z,
 * so the sum itself loses nothing; only the final 1/2 + … cancels for negative z, which
 * SERIES_LIMIT keeps small.
 */
function centreCdf(z: number): number {
  const z2 = z * z;
  let term = z;
  let sum = z;
  for (let k = 3; ; k += 2) {
    term = (term * z2) / k;
    const next = sum + term;
    if (next === sum) break;
    sum = next;
  }
  return 0.5 + normalDensity(z) * sum;
}

/**
 * The upper tail 1 − Φ(t) = φ(t)·R(t) for t ≥ SERIES_LIMIT, with the Mills ratio
 * R(t) = 1/(t + 1/(t + 2/(t + 3/(t + …)))) evaluated from the back with a fixed number of
 * terms (deterministic, no convergence test).
 */
function upperTail(t: number): number {
  let denominator = t;
  for (let k = TAIL_TERMS; k >= 1; k--) denominator = t + k / denominator;
  return normalDensity(t) / denominator;
}

/** Φ(z) = P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z <= -SERIES_LIMIT) return upperTail(-z);
  if (z >= SERIES_LIMIT) return 1 - upperTail(z);
  return centreCdf(z);
}
