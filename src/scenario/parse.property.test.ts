/**
 * Property tests of the validator (QUALITY P2, P4): it never throws, always answers in
 * the documented shape, never pollutes a prototype, and accepts every valid scenario.
 */
import fc from 'fast-check';
import { describe, it, expect, beforeAll, afterEach } from 'vitest';
import { flowLineScenarioArb, launchScenarioArb } from './arbitraries.ts';
import { parseScenario, parseScenarioText } from './parse.ts';
import type { ParseResult } from './types.ts';

/** Thousands of generated cases: seconds, not milliseconds, on a loaded 2-core machine (not a speed test). */
const PROPERTY_TIMEOUT_MS = 60_000;

const RUNS = 2000;

// --- The answer's shape -----------------------------------------------------------------------

/** Fails unless the result is ok with a scenario, or not ok with well-formed issues. */
function expectWellFormed(result: ParseResult): void {
  if (result.ok) {
    expect(['flow-line', 'launch']).toContain(result.scenario.model);
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  expect(result.issues.length).toBeLessThanOrEqual(101);
  for (const issue of result.issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.path.length).toBeGreaterThan(0);
    expect(issue.value.length).toBeLessThanOrEqual(40);
    expect(issue.allowed.length).toBeGreaterThan(0);
    expect(issue.message.startsWith(`${issue.path}: `)).toBe(true);
    expect(issue.message.endsWith(issue.allowed)).toBe(true);
    // valibot's own wording would mean a schema part without a message of ours.
    expect(issue.message).not.toMatch(/Invalid (type|key|input|length|value)|Expected .* but received/);
  }
}

// --- Prototype pollution watch ----------------------------------------------------------------

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];
let before: string[][] = [];

beforeAll(() => {
  before = PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort());
});

afterEach(() => {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort())).toEqual(before);
});

// --- Mutations of valid payloads ---------------------------------------------------------------

type Container = Record<string, unknown> | unknown[];
type Slot = { readonly parent: Container; readonly key: string | number };

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Every (container, key) slot in the top levels of a tree, parents before children. */
function slotsOf(root: Container): Slot[] {
  const slots: Slot[] = [];
  // Deep enough for every field of a scenario; an earlier 'deep' mutation goes far deeper.
  const maxDepth = 8;
  const walk = (node: Container, depth: number): void => {
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      slots.push({ parent: node, key });
      const child: unknown = Array.isArray(node) ? node[Number(key)] : node[String(key)];
      if (isContainer(child) && depth < maxDepth) walk(child, depth + 1);
    }
  };
  walk(root, 0);
  return slots;
}

function read(slot: Slot): unknown {
  return Array.isArray(slot.parent) ? slot.parent[Number(slot.key)] : slot.parent[String(slot.key)];
}

function write(slot: Slot, value: unknown): void {
  if (Array.isArray(slot.parent)) slot.parent[Number(slot.key)] = value;
  else slot.parent[String(slot.key)] = value;
}

/** Adds an own, enumerable key (as JSON.parse does), even for `__proto__`. */
function defineOwn(target: Container, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

const MUTATIONS = [
  'delete',
  'duplicate',
  'retype',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e308',
  '-1e308',
  'deep',
  '__proto__',
  'constructor',
  'prototype',
] as const;

const mutationArb = fc.record({
  kind: fc.constantFrom(...MUTATIONS),
  at: fc.nat(),
  payload: fc.jsonValue({ maxDepth: 3 }),
  depth: fc.integer({ min: 5, max: 1000 }),
});

type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

/** Fresh each time: a later mutation may write into it. */
const poison = (): Record<string, unknown> => ({ polluted: 'yes' });

/** The plain objects of a tree (root first): where JSON could hold a reserved key. */
function objectsOf(root: Container): Record<string, unknown>[] {
  const objects = slotsOf(root)
    .map(read)
    .filter((value): value is Record<string, unknown> => isContainer(value) && !Array.isArray(value));
  return Array.isArray(root) ? objects : [root, ...objects];
}

function mutate(root: Container, m: Mutation): void {
  const slots = slotsOf(root);
  const slot = slots[m.at % Math.max(1, slots.length)];
  const objects = objectsOf(root);
  // A named key on an array is dropped (JSON cannot hold one), so poison goes into objects.
  const target: Container = objects[m.at % Math.max(1, objects.length)] ?? root;
  switch (m.kind) {
    case 'delete':
      if (slot === undefined) return;
      if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
      else delete slot.parent[String(slot.key)];
      return;
    case 'duplicate':
      if (slot === undefined) return;
      if (Array.isArray(slot.parent)) slot.parent.push(read(slot));
      else slot.parent[`${String(slot.key)}Copy`] = read(slot);
      return;
    case 'retype':
      if (slot !== undefined) write(slot, m.payload);
      return;
    case 'NaN':
    case 'Infinity':
    case '-Infinity':
    case '-0':
    case '1e308':
    case '-1e308':
      if (slot !== undefined) write(slot, Number(m.kind));
      return;
    case 'deep':
      if (slot !== undefined) write(slot, nested(m.depth, m.payload));
      return;
    case '__proto__':
      defineOwn(target, '__proto__', poison());
      return;
    case 'constructor':
      defineOwn(target, 'constructor', { prototype: poison() });
      return;
    case 'prototype':
      defineOwn(target, 'prototype', poison());
      return;
  }
}

const validScenarioArb = fc.oneof(flowLineScenarioArb, launchScenarioArb);

const mutatedArb = fc.tuple(validScenarioArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 })).map(([scenario, mutations]) => {
  const copy = structuredClone(scenario) as Container;
  for (const m of mutations) mutate(copy, m);
  return copy;
});

// --- Properties ---------------------------------------------------------------------------------

describe('parseScenario never throws (QUALITY P2)', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('on fc.anything()', () => {
    const anything = fc.anything({
      maxDepth: 12,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(anything, (input) => expectWellFormed(parseScenario(input))),
      { numRuns: RUNS },
    );
  });

  it('on fc.jsonValue(), directly and as text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 12 }), (input) => {
        expectWellFormed(parseScenario(input));
        expectWellFormed(parseScenarioText(JSON.stringify(input)));
      }),
      { numRuns: RUNS },
    );
  });

  it('on fc.string(), as data and as text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        expectWellFormed(parseScenario(input));
        expectWellFormed(parseScenarioText(input));
      }),
      { numRuns: RUNS },
    );
  });

  it('on random base64 garbage as text', () => {
    fc.assert(
      fc.property(fc.base64String({ maxLength: 400 }), (input) => expectWellFormed(parseScenarioText(input))),
      { numRuns: RUNS },
    );
  });

  it('on valid payloads with fields deleted, duplicated, retyped, made non-finite, nested or poisoned', () => {
    fc.assert(
      fc.property(mutatedArb, (input) => {
        expectWellFormed(parseScenario(input));
        // JSON.stringify keeps own __proto__ keys and turns non-finite numbers into null.
        expectWellFormed(parseScenarioText(JSON.stringify(input)));
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses every payload that holds a reserved key, a non-finite number or deep nesting', () => {
    const poisoned = fc.tuple(validScenarioArb, mutationArb.filter((m) => ['__proto__', 'constructor', 'prototype', 'NaN', 'Infinity', '-Infinity'].includes(m.kind)));
    fc.assert(
      fc.property(poisoned, ([scenario, m]) => {
        const copy = structuredClone(scenario) as Container;
        mutate(copy, m);
        expect(parseScenario(copy).ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('parseScenario accepts every valid scenario', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it.each([
    ['flow line', flowLineScenarioArb],
    ['launch', launchScenarioArb],
  ])('%s', (_name, arb) => {
    fc.assert(
      fc.property(arb, (input) => {
        const result = parseScenario(input);
        if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
        // The normalised scenario is itself valid and normalises to itself.
        expect(parseScenario(result.scenario)).toEqual(result);
        // And the file's text parses to the same scenario.
        expect(parseScenarioText(JSON.stringify(input))).toEqual(result);
      }),
      { numRuns: RUNS },
    );
  });
});
