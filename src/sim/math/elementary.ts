/**
 * Engine-independent elementary functions. V8's Math.log/exp/pow differ in the last bit
 * between Node 20 and Chromium for 5-10% of inputs, and one ulp can reorder two events
 * and change a whole run. Everything that feeds sampling or event times uses these
 * pure-arithmetic fdlibm ports from stdlib-js instead (QUALITY R11).
 */
import { exp as expWrittenOut } from './exp.ts';
import { ln as lnWrittenOut } from './ln.ts';

/**
 * Natural logarithm, bit-identical on every JavaScript engine: stdlib's, written out in one
 * function (ln.ts, tested bit for bit against @stdlib/math-base-special-ln).
 */
export const ln: (x: number) => number = lnWrittenOut;

/** e^x, bit-identical on every JavaScript engine: stdlib's, written out (exp.ts, tested against it). */
export const exp: (x: number) => number = expWrittenOut;

/** x^y for x > 0, as exp(y·ln x). */
export function powPositive(x: number, y: number): number {
  return exp(y * ln(x));
}
