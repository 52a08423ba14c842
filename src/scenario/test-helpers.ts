/**
 * Small helpers for the scenario tests: base scenarios and a typed way to edit one field.
 * For tests only.
 */
import { parseScenario } from './parse.ts';
import type { ValidationIssue } from './types.ts';

export type Key = string | number;

/** Marks a field to delete in edit(). */
export const DELETE: unique symbol = Symbol('delete');

/** A minimal valid flow-line file: three stations, order mode. */
export function flowLine(): Record<string, unknown> {
  return {
    version: 1,
    model: 'flow-line',
    seed: 'test',
    stations: [
      { name: 'Cut', processTime: 1 },
      { name: 'Bend', processTime: { dist: 'exponential', mean: 2 } },
      { name: 'Pack', processTime: 1 },
    ],
    transferBatch: 5,
    release: { mode: 'order', quantity: 20 },
  };
}

/** The issue's seed case (MODEL.md, Model B). */
export function launch(): Record<string, unknown> {
  return {
    version: 1,
    model: 'launch',
    seed: 'ohno',
    replications: 10000,
    market: {
      states: [
        { name: 'good', probability: 0.5, level: 30000 },
        { name: 'bad', probability: 0.5, level: 500 },
      ],
      demandCV: 0.3,
    },
    economics: { price: 20, cost: 12, salvage: 4, holding: 0.2 },
    horizon: 12,
    rampUp: 1,
    capacity: 40000,
    patience: 0,
    launchQuantities: [500, 30000],
  };
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/** Sets (or with DELETE removes) the value at `path`, creating nothing: the path must exist up to its last key. */
export function setAt(root: unknown, path: readonly Key[], value: unknown): void {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!isContainer(node)) throw new Error(`no container at ${String(key)}`);
    node = Array.isArray(node) ? node[Number(key)] : node[String(key)];
  }
  const last = path[path.length - 1];
  if (!isContainer(node) || last === undefined) throw new Error('bad path');
  if (Array.isArray(node)) {
    if (value === DELETE) node.splice(Number(last), 1);
    else node[Number(last)] = value;
  } else if (value === DELETE) delete node[String(last)];
  else node[String(last)] = value;
}

/** A copy of `base` with each [path, value] change applied. */
export function edit(base: Record<string, unknown>, ...changes: readonly (readonly [readonly Key[], unknown])[]): Record<string, unknown> {
  const copy = structuredClone(base);
  for (const [path, value] of changes) setAt(copy, path, value);
  return copy;
}

/** The issues of an input that must be invalid. */
export function issuesOf(input: unknown): readonly ValidationIssue[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error('expected the scenario to be invalid, but it parsed');
  return result.issues;
}

/** Every message, for failure output. */
export function messages(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => i.message).join('\n');
}
