/**
 * The natural logarithm of @stdlib/math-base-special-ln 0.2.5 (fdlibm's __ieee754_log),
 * operation for operation, in one function: the high word of a double is read and written
 * through one module-level typed-array view instead of calls into four small modules. The
 * same IEEE operations in the same order give the same double on every engine, so this is
 * the same function as stdlib's; ln.test.ts checks it bit for bit on a million inputs
 * (issue 18: the flow line draws six per unit).
 */

const LN2_HI = 6.9314718036912381649e-1; // 3FE62E42 FEE00000
const LN2_LO = 1.90821492927058770002e-10; // 3DEA39EF 35793C76
const TWO54 = 1.8014398509481984e16; // 2^54
const ONE_THIRD = 0.33333333333333333;
const HIGH_SIGNIFICAND_MASK = 0x000fffff;
const HIGH_MAX_NORMAL_EXP = 0x7ff00000;
const HIGH_MIN_NORMAL_EXP = 0x00100000;
const HIGH_BIASED_EXP_0 = 0x3ff00000;
const BIAS = 1023;

const FLOAT64 = new Float64Array(1);
const UINT32 = new Uint32Array(FLOAT64.buffer);
/** Index of the high word in UINT32: 1 on a little-endian machine, 0 on a big-endian one. */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** Natural logarithm, bit-identical to @stdlib/math-base-special-ln (and so on every engine). */
export function ln(x: number): number {
  if (x === 0) return -Infinity;
  if (x !== x || x < 0) return NaN;
  FLOAT64[0] = x;
  let hx = UINT32[HIGH] as number;
  let k = 0;
  if (hx < HIGH_MIN_NORMAL_EXP) {
    // 0 < x < 2^-1022: a subnormal, scaled up.
    k -= 54;
    x *= TWO54;
    FLOAT64[0] = x;
    hx = UINT32[HIGH] as number;
  }
  if (hx >= HIGH_MAX_NORMAL_EXP) return x + x;
  k += ((hx >> 20) - BIAS) | 0;
  hx &= HIGH_SIGNIFICAND_MASK;
  let i = (hx + 0x95f64) & 0x100000;
  // Normalize x or x/2 (FLOAT64[0] still holds x).
  UINT32[HIGH] = (hx | (i ^ HIGH_BIASED_EXP_0)) >>> 0;
  x = FLOAT64[0] as number;
  k += i >> 20;
  const f = x - 1.0;
  if ((HIGH_SIGNIFICAND_MASK & (2 + hx)) < 3) {
    // −2^-20 ≤ f < 2^-20.
    if (f === 0.0) {
      if (k === 0) return 0.0;
      return k * LN2_HI + k * LN2_LO;
    }
    const R = f * f * (0.5 - ONE_THIRD * f);
    if (k === 0) return f - R;
    return k * LN2_HI - (R - k * LN2_LO - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  i = (hx - 0x6147a) | 0;
  const w = z * z;
  const j = (0x6b851 - hx) | 0;
  const t1 = w * (w === 0.0 ? 0.3999999999940942 : 0.3999999999940942 + w * (0.22222198432149784 + w * 0.15313837699209373));
  const t2 =
    z *
    (w === 0.0 ? 0.6666666666666735 : 0.6666666666666735 + w * (0.2857142874366239 + w * (0.1818357216161805 + w * 0.14798198605116586)));
  i |= j;
  const R = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + R));
    return k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - R);
  return k * LN2_HI - (s * (f - R) - k * LN2_LO - f);
}
