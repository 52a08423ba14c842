/**
 * The pre-pass run before the schema (QUALITY P2, P4, S6, S7). It walks the input once and
 * returns a clean copy for the schema to read, with problems for what no scenario may hold:
 * non-finite numbers, nesting deeper than LIMITS.maxDepth, arrays or objects with more than
 * LIMITS.maxItems entries, and the keys `__proto__`, `constructor` and `prototype`.
 *
 * The copy's objects have no prototype, so the schema only ever sees the input's own data,
 * and the reserved keys are left out of it, so nothing downstream can assign them to a
 * prototype. Recursion stops at the depth limit, so no input can exhaust the stack, and a
 * node budget bounds the work on shared or cyclic objects handed in from code.
 */
import { LIMITS, formatLimit } from './limits.ts';
import { phraseProblem, printValue, valueProblem, type PathKey, type Problem } from './issues.ts';

const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface Inspection {
  /** A copy of the input safe to validate; undefined when `tooLarge`. */
  readonly value: unknown;
  readonly problems: readonly Problem[];
  /** The input held more values than LIMITS.maxNodes; nothing else was looked at. */
  readonly tooLarge: boolean;
}

export function inspectInput(input: unknown): Inspection {
  const problems: Problem[] = [];
  // One mutable path, copied only when a problem is recorded: most inputs have none.
  const path: PathKey[] = [];
  let nodes = 0;
  let tooLarge = false;

  const visit = (value: unknown, depth: number): unknown => {
    nodes += 1;
    if (nodes > LIMITS.maxNodes) tooLarge = true;
    if (tooLarge) return null;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        problems.push(valueProblem([...path], value, 'must be a finite number'));
        return value;
      }
      // -0 and 0 are the same quantity; keep the copy free of a sign nobody meant.
      return value === 0 ? 0 : value;
    }
    if (typeof value !== 'object' || value === null) return value;

    if (depth >= LIMITS.maxDepth) {
      problems.push(valueProblem([...path], value, `must be nested at most ${LIMITS.maxDepth} levels of {…} and […] deep`));
      return null;
    }
    if (Array.isArray(value)) {
      if (value.length > LIMITS.maxItems) {
        problems.push(
          phraseProblem([...path], `${formatLimit(value.length)} items`, `a list of ${formatLimit(value.length)} items`, `must have at most ${formatLimit(LIMITS.maxItems)} items`),
        );
        return [];
      }
      const copy: unknown[] = [];
      for (let i = 0; i < value.length && !tooLarge; i++) {
        path.push(i);
        copy.push(visit(value[i], depth + 1));
        path.pop();
      }
      return copy;
    }

    const source = value as Record<string, unknown>;
    const keys = Object.keys(source);
    const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    if (keys.length > LIMITS.maxItems) {
      problems.push(
        phraseProblem([...path], `${formatLimit(keys.length)} keys`, `an object with ${formatLimit(keys.length)} keys`, `must have at most ${formatLimit(LIMITS.maxItems)} keys`),
      );
      return copy;
    }
    for (const key of keys) {
      if (tooLarge) break;
      const child = source[key];
      path.push(key);
      if (RESERVED_KEYS.has(key)) {
        problems.push(phraseProblem([...path], printValue(child), 'reserved key', 'not allowed anywhere in a scenario'));
      } else if (child !== undefined) {
        // An undefined value is a missing field, as it would be after a JSON round trip.
        copy[key] = visit(child, depth + 1);
      }
      path.pop();
    }
    return copy;
  };

  const value = visit(input, 0);
  if (tooLarge) {
    return {
      value: undefined,
      problems: [phraseProblem([], `more than ${formatLimit(LIMITS.maxNodes)} values`, 'too large', `must hold at most ${formatLimit(LIMITS.maxNodes)} values`)],
      tooLarge: true,
    };
  }
  return { value, problems, tooLarge: false };
}
