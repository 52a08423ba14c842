/**
 * e^x of @stdlib/math-base-special-exp 0.2.5 (fdlibm's __ieee754_exp), operation for
 * operation, in one function. The last step, stdlib's ldexp(y, k), scales y (in [0.5, 2))
 * by 2^k: here one multiplication by the power of two, built from its bits, which is exact
 * where the result is normal and rounds once (as ldexp does) where it is subnormal; for
 * k = −1075 and k = 1024, whose power of two is not a double, the scaling is split so that
 * only the last multiplication can round (and, as ldexp, a result whose exponent is below
 * −1074 is 0). stdlib's trunc is floor or ceil by sign, i.e.
 * Math.trunc, exact on every engine. exp.test.ts checks it bit for bit against stdlib's on
 * a million inputs (the launch Monte Carlo draws twelve per market).
 */

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const LOG2_E = 1.442695040888963387;
const OVERFLOW = 7.09782712893383973096e2;
const UNDERFLOW = -7.4513321910194110842e2;
const NEARZERO = 1.0 / (1 << 28); // 2^-28
const NEG_NEARZERO = -NEARZERO;

const FLOAT64 = new Float64Array(1);
const UINT32 = new Uint32Array(FLOAT64.buffer);
/** Index of the high word in UINT32: 1 on a little-endian machine, 0 on a big-endian one. */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LOW = 1 - HIGH;

/** 2^k for −1022 ≤ k ≤ 1023, exactly, from its bits. */
function powerOfTwo(k: number): number {
  UINT32[HIGH] = (k + 1023) << 20;
  UINT32[LOW] = 0;
  return FLOAT64[0] as number;
}

/**
 * POWERS_OF_TWO[k + 1022] = powerOfTwo(k): the same doubles, read from a table in the hot
 * path (writing two 32-bit halves and reading the double back stalls the CPU's
 * store-to-load forwarding on every call).
 */
const POWERS_OF_TWO = Float64Array.from({ length: 2046 }, (_, j) => powerOfTwo(j - 1022));

/** e^x, bit-identical to @stdlib/math-base-special-exp (and so on every engine). */
export function exp(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === -Infinity) return 0.0;
  if (x > OVERFLOW) return Infinity;
  if (x < UNDERFLOW) return 0.0;
  if (x > NEG_NEARZERO && x < NEARZERO) return 1.0 + x;
  const k = x < 0.0 ? Math.trunc(LOG2_E * x - 0.5) : Math.trunc(LOG2_E * x + 0.5);
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  // stdlib's expmulti.
  const r = hi - lo;
  const t = r * r;
  const c =
    r -
    t *
      (t === 0.0
        ? 0.16666666666666602
        : 0.16666666666666602 + t * (-0.0027777777777015593 + t * (0.00006613756321437934 + t * (-0.0000016533902205465252 + t * 4.1381367970572385e-8))));
  const y = 1.0 - (lo - (r * c) / (2.0 - c) - hi);
  // stdlib's ldexp(y, k).
  if (k === 0) return y;
  if (k >= -1022 && k <= 1023) return y * (POWERS_OF_TWO[k + 1022] as number);
  return scaledBeyondNormal(y, k);
}

/** ldexp(y, k) for k above 1023 or below −1022 (results near overflow, or subnormal). */
function scaledBeyondNormal(y: number, k: number): number {
  if (k > 1023) return y * powerOfTwo(1023) * 2;
  // Below the subnormals' range ldexp gives 0 without rounding: when y·2^k < 2^-1074 by
  // exponent (k plus y's binary exponent), even where rounding would give 2^-1074.
  FLOAT64[0] = y;
  if (k + ((((UINT32[HIGH] as number) >>> 20) & 0x7ff) - 1023) < -1074) return 0.0;
  return y * powerOfTwo(k + 54) * powerOfTwo(-54);
}
