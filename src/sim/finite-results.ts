/**
 * Every figure shown must be a finite number (QUALITY P3): a result holding NaN or ±Infinity
 * is refused as a whole, never printed or drawn (JSON would silently turn it into `null`).
 * The validator's bounds (LIMITS.minPositiveTime, maxTime…) are meant to make this
 * impossible; this check is the last line, run on every result before it leaves the core.
 */

/** The path of the first number in `value` that is not finite (`stations[2].localEfficiency`), or null when all are. */
export function findNonFinite(value: unknown): string | null {
  const seen = new Set<object>();
  const visit = (v: unknown, path: string): string | null => {
    if (typeof v === 'number') return Number.isFinite(v) ? null : path === '' ? '(result)' : path;
    if (typeof v !== 'object' || v === null || seen.has(v)) return null;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (v instanceof DataView) return null;
      const list = v as unknown as ArrayLike<number | bigint>;
      for (let i = 0; i < list.length; i++) {
        const x = list[i];
        if (typeof x === 'number' && !Number.isFinite(x)) return `${path}[${i}]`;
      }
      return null;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const found = visit(v[i], `${path}[${i}]`);
        if (found !== null) return found;
      }
      return null;
    }
    if (v instanceof Map) {
      for (const [key, item] of v) {
        const found = visit(item, `${path}[${String(key)}]`);
        if (found !== null) return found;
      }
      return null;
    }
    for (const key of Object.keys(v)) {
      const found = visit((v as Record<string, unknown>)[key], path === '' ? key : `${path}.${key}`);
      if (found !== null) return found;
    }
    return null;
  };
  return visit(value, '');
}

/** A run whose result holds a figure that is not a finite number. */
export class NonFiniteResultError extends Error {
  constructor(readonly figure: string) {
    super(`the run gave a figure that is not a finite number (${figure}), so no result is shown: check the scenario's times and amounts`);
    this.name = 'NonFiniteResultError';
  }
}

/** Returns `result` when every number in it is finite; throws NonFiniteResultError otherwise. */
export function checkFinite<T>(result: T): T {
  const figure = findNonFinite(result);
  if (figure !== null) throw new NonFiniteResultError(figure);
  return result;
}
