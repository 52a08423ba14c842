/**
 * Exact floating-point summation (Shewchuk's non-overlapping partials, as Python's
 * math.fsum). The sum is kept exactly and rounded once, so it does not depend on the order
 * the values arrive in: summaries merged from chunks in any order, on any number of
 * workers, give byte-identical means (QUALITY R2).
 *
 * The state is a plain array of doubles, so it crosses a worker boundary as it is.
 */
export type ExactSum = number[];

export function exactSum(): ExactSum {
  return [];
}

/** Adds x to the exact sum in place. */
export function addExact(partials: ExactSum, x: number): void {
  let i = 0;
  for (let j = 0; j < partials.length; j++) {
    let y = partials[j] as number;
    if (Math.abs(x) < Math.abs(y)) {
      const t = x;
      x = y;
      y = t;
    }
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) partials[i++] = lo;
    x = hi;
  }
  // Write x after the surviving partials; shrink only when some fell away, by pop (setting
  // an array's length is a call into V8's runtime, and this runs millions of times per
  // Monte Carlo run; usually one partial at most falls away).
  if (i < partials.length) {
    partials[i] = x;
    while (partials.length > i + 1) partials.pop();
  } else {
    partials.push(x);
  }
}

/** Adds every partial of `from` into `into`: an exact merge. */
export function mergeExact(into: ExactSum, from: ExactSum): void {
  for (const p of from) addExact(into, p);
}

/** The exact sum rounded to the nearest double (ties as Python's fsum). */
export function valueOf(partials: ExactSum): number {
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n] as number;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n] as number;
    hi = x + y;
    const yr = hi - x;
    lo = y - yr;
    if (lo !== 0) break;
  }
  // Round half-even correctly when the rest of the partials push the tie one way.
  if (n > 0 && ((lo < 0 && (partials[n - 1] as number) < 0) || (lo > 0 && (partials[n - 1] as number) > 0))) {
    const y = lo * 2;
    const x = hi + y;
    const yr = x - hi;
    if (y === yr) hi = x;
  }
  return hi;
}

/** Exact sum of an array of numbers. */
export function sumExactly(values: ArrayLike<number>): number {
  const s = exactSum();
  for (let i = 0; i < values.length; i++) addExact(s, values[i] as number);
  return valueOf(s);
}

/**
 * Neumaier's compensated sum: nearly exact and much cheaper, for sums whose order is fixed
 * anyway (within one run), where only accuracy matters, not order independence.
 */
export function sumCompensated(values: ArrayLike<number>): number {
  let sum = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    const t = sum + x;
    c += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + c;
}
