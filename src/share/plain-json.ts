/**
 * Checks and copies of plain JSON data that came from outside (a link, browser storage) or
 * is about to leave (QUALITY P4, S6, S7, S9): predictions in a link, a kaizen log in
 * storage. The scenario itself has its own validator (src/scenario); this is for the
 * free-form data next to it.
 *
 * `plainJsonCopy(value, limits)` walks the value once and returns a fresh copy, or the
 * first problem with its path. The copy's objects have a null prototype, so nothing
 * downstream can reach `Object.prototype` through them; the keys `__proto__`,
 * `constructor` and `prototype` are refused at any depth; numbers must be finite; nesting
 * and the number of values are bounded, so no input can exhaust the stack or the clock.
 * It never throws: a throwing getter or a proxy gives a problem, not an exception.
 */
import { msg, str } from '@lit/localize';

/** Keys refused at any depth: the ways into a prototype (QUALITY P4). */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type PlainJson = null | boolean | number | string | readonly PlainJson[] | { readonly [key: string]: PlainJson };

export interface PlainJsonLimits {
  /** Deepest nesting of objects and arrays (the top level counts as 1). */
  readonly maxDepth: number;
  /** Most values (objects, arrays, strings, numbers…) in the whole value. */
  readonly maxNodes: number;
  /** Longest string, in UTF-16 code units. */
  readonly maxString: number;
}

export const DEFAULT_PLAIN_JSON_LIMITS: PlainJsonLimits = { maxDepth: 16, maxNodes: 100_000, maxString: 100_000 };

/** What is wrong, as data a screen words (`problem` is its English or page-language sentence). */
export type PlainReason =
  | { readonly kind: 'too-many'; readonly most: number }
  | { readonly kind: 'not-finite'; readonly value: number }
  | { readonly kind: 'too-long'; readonly length: number; readonly most: number }
  | { readonly kind: 'not-json'; readonly type: string }
  | { readonly kind: 'too-deep'; readonly most: number }
  | { readonly kind: 'class' }
  | { readonly kind: 'reserved' }
  | { readonly kind: 'unreadable' };

export type PlainJsonResult =
  | { readonly ok: true; readonly value: PlainJson }
  /**
   * `path` as in JavaScript (`a.b[2]`, `(root)` for the whole value); `problem` says what is
   * wrong; `steps` is the path as keys and indices, `reason` the problem as data.
   */
  | { readonly ok: false; readonly path: string; readonly problem: string; readonly steps: readonly (string | number)[]; readonly reason: PlainReason };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]{0,39}$/;

function pathText(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (IDENTIFIER.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(key.length > 40 ? `${key.slice(0, 39)}…` : key)}]`;
  }
  return text === '' ? '(root)' : text;
}

class Refused {
  constructor(
    readonly path: readonly (string | number)[],
    readonly problem: string,
    readonly reason: PlainReason,
  ) {}
}

/** A fresh, prototype-free copy of `value` if it is plain JSON within `limits`. */
export function plainJsonCopy(value: unknown, limits: PlainJsonLimits = DEFAULT_PLAIN_JSON_LIMITS): PlainJsonResult {
  const path: (string | number)[] = [];
  let nodes = 0;
  const refuse = (problem: string, reason: PlainReason): never => {
    throw new Refused([...path], problem, reason);
  };
  const visit = (v: unknown, depth: number): PlainJson => {
    nodes += 1;
    if (nodes > limits.maxNodes) {
      const most = limits.maxNodes;
      refuse(msg(str`more than ${most} values`), { kind: 'too-many', most });
    }
    if (v === null || typeof v === 'boolean') return v;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) {
        const value = String(v);
        refuse(msg(str`${value} is not allowed, must be a finite number`), { kind: 'not-finite', value: v });
      }
      return v === 0 ? 0 : v;
    }
    if (typeof v === 'string') {
      if (v.length > limits.maxString) {
        const [length, most] = [v.length, limits.maxString];
        refuse(msg(str`a text of ${length} characters is not allowed, must be at most ${most}`), { kind: 'too-long', length, most });
      }
      return v;
    }
    if (typeof v !== 'object') {
      const kind = typeof v;
      return refuse(msg(str`a ${kind} is not allowed, must be plain JSON data`), { kind: 'not-json', type: kind });
    }
    if (depth >= limits.maxDepth) {
      const most = limits.maxDepth;
      refuse(msg(str`nested deeper than ${most} levels`), { kind: 'too-deep', most });
    }
    if (Array.isArray(v)) {
      const copy: PlainJson[] = [];
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        copy.push(visit(v[i], depth + 1));
        path.pop();
      }
      return copy;
    }
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) refuse(msg('an object of a class is not allowed, must be plain JSON data'), { kind: 'class' });
    const copy = Object.create(null) as Record<string, PlainJson>;
    for (const key of Object.keys(v)) {
      path.push(key);
      if (RESERVED_KEYS.has(key)) refuse(msg('reserved key, not allowed anywhere'), { kind: 'reserved' });
      // defineProperty, never assignment: even a reserved key could not reach a prototype.
      Object.defineProperty(copy, key, { value: visit((v as Record<string, unknown>)[key], depth + 1), enumerable: true, writable: true, configurable: true });
      path.pop();
    }
    return copy;
  };
  try {
    return { ok: true, value: visit(value, 0) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, path: pathText(error.path), problem: error.problem, steps: error.path, reason: error.reason };
    // A throwing getter or proxy, or a stack overflow on some engine: still an answer.
    return { ok: false, path: pathText(path), problem: msg('could not be read, must be plain JSON data'), steps: [...path], reason: { kind: 'unreadable' } };
  }
}

/**
 * JSON text with every object's keys sorted (UTF-16 order), so the same data always gives
 * the same text whatever order its keys were written in. Undefined members are left out,
 * as JSON.stringify does. For data already checked (a validated scenario, a plainJsonCopy).
 */
export function canonicalJson(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (typeof v !== 'object' || v === null) return v;
    const out = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(v).sort()) {
      Object.defineProperty(out, key, { value: sorted((v as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  return JSON.stringify(sorted(value));
}
