/**
 * Validation problems as people read them: `stations[2].processTime.mean: -3 is not
 * allowed, must be > 0`. Everything here is total and bounded: a printed value never
 * exceeds LIMITS.maxPrintedValue characters, whatever (even cyclic) value it is given.
 */
import { LIMITS, formatLimit } from './limits.ts';
import type { ValidationIssue } from './types.ts';

export type PathKey = string | number;
export type Path = readonly PathKey[];

/** How a problem's message opens after its path. */
export type Lead =
  /** `<value> is not allowed`: the usual case. */
  | { readonly kind: 'value' }
  /** `missing`: a required field is absent. */
  | { readonly kind: 'missing' }
  /** A fixed phrase, e.g. `unknown key`, `reserved key`, `not valid JSON`. */
  | { readonly kind: 'phrase'; readonly text: string };

/** A problem before it is worded; paths stay arrays so they can be compared. */
export interface Problem {
  readonly path: Path;
  /** The value given, already printed. */
  readonly value: string;
  /** What is allowed, e.g. `must be > 0`. */
  readonly allowed: string;
  readonly lead: Lead;
}

export const MISSING = 'missing';
/** The path shown for a problem with the whole input (it has no field name). */
export const ROOT_PATH = '(root)';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `stations[2].processTime.mean`; odd keys are quoted: `market["a b"]`. */
export function formatPath(path: Path): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (IDENTIFIER.test(key) && key.length <= LIMITS.maxPrintedValue) text += text === '' ? key : `.${key}`;
    else text += `[${truncate(JSON.stringify(key), LIMITS.maxPrintedValue)}]`;
  }
  return text === '' ? ROOT_PATH : text;
}

/** Cuts text to `limit` characters, marking the cut with `…` and never splitting a surrogate pair. */
function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** Accumulates printed text and stops caring once past the limit, so any input costs O(limit). */
class Printer {
  text = '';
  constructor(private readonly limit: number) {}
  get full(): boolean {
    return this.text.length > this.limit;
  }
  write(part: string): void {
    if (!this.full) this.text += part;
  }
}

function printNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

function printInto(value: unknown, out: Printer): void {
  if (out.full) return;
  switch (typeof value) {
    case 'string':
      // Only the start can show; stringifying a 1 MiB string to keep 40 characters is waste.
      out.write(JSON.stringify(value.slice(0, LIMITS.maxPrintedValue + 1)));
      return;
    case 'number':
      out.write(printNumber(value));
      return;
    case 'bigint':
      out.write(`${value}n`);
      return;
    case 'boolean':
      out.write(String(value));
      return;
    case 'undefined':
      out.write('undefined');
      return;
    case 'symbol':
      out.write('a symbol');
      return;
    case 'function':
      out.write('a function');
      return;
    case 'object':
      break;
  }
  if (value === null) {
    out.write('null');
    return;
  }
  // Each level writes a bracket before descending, so the limit also bounds the recursion.
  if (Array.isArray(value)) {
    out.write('[');
    for (let i = 0; i < value.length && !out.full; i++) {
      if (i > 0) out.write(',');
      printInto(value[i], out);
    }
    out.write(']');
    return;
  }
  out.write('{');
  let first = true;
  for (const key of Object.keys(value)) {
    if (out.full) break;
    if (!first) out.write(',');
    first = false;
    out.write(`${JSON.stringify(key.slice(0, LIMITS.maxPrintedValue + 1))}:`);
    printInto((value as Record<string, unknown>)[key], out);
  }
  out.write('}');
}

/** A short printable form of any value: `-3`, `"abc"`, `null`, `missing`, `{"dist":"exp…`. */
export function printValue(value: unknown): string {
  if (value === undefined) return MISSING;
  const out = new Printer(LIMITS.maxPrintedValue);
  try {
    printInto(value, out);
  } catch {
    // A proxy or getter that throws: say so rather than fail (parsing never throws).
    return 'an unreadable value';
  }
  return truncate(out.text, LIMITS.maxPrintedValue);
}

export function valueProblem(path: Path, value: unknown, allowed: string): Problem {
  return value === undefined
    ? { path, value: MISSING, allowed, lead: { kind: 'missing' } }
    : { path, value: printValue(value), allowed, lead: { kind: 'value' } };
}

export function phraseProblem(path: Path, value: string, phrase: string, allowed: string): Problem {
  return { path, value, allowed, lead: { kind: 'phrase', text: phrase } };
}

function messageOf(path: string, value: string, allowed: string, lead: Lead): string {
  switch (lead.kind) {
    case 'value':
      return `${path}: ${value} is not allowed, ${allowed}`;
    case 'missing':
      return `${path}: missing, ${allowed}`;
    case 'phrase':
      return `${path}: ${lead.text}, ${allowed}`;
  }
}

/** The issue for a problem; `path` replaces the formatted path (e.g. `(file)`). */
export function toIssue(p: Problem, path: string = formatPath(p.path)): ValidationIssue {
  const value = truncate(p.value, LIMITS.maxPrintedValue);
  return { path, value, allowed: p.allowed, message: messageOf(path, value, p.allowed, p.lead) };
}

/** `must be a whole number` + `must be ≥ 1` → `must be a whole number and ≥ 1`. */
function joinAllowed(parts: readonly string[]): string {
  const prefix = 'must be ';
  if (parts.every((p) => p.startsWith(prefix))) return prefix + parts.map((p) => p.slice(prefix.length)).join(' and ');
  return parts.join('; ');
}

/**
 * Words the problems as issues: problems on the same field with the same opening merge
 * into one message, and past LIMITS.maxIssues the rest are counted in a closing issue
 * (ten thousand messages about one array help nobody).
 */
export function toIssues(problems: readonly Problem[]): ValidationIssue[] {
  const groups = new Map<string, { first: Problem; path: string; allowed: string[] }>();
  for (const p of problems) {
    const path = formatPath(p.path);
    const key = `${path}\u0000${p.lead.kind === 'phrase' ? p.lead.text : p.lead.kind}\u0000${p.value}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { first: p, path, allowed: [p.allowed] });
    else if (!group.allowed.includes(p.allowed)) group.allowed.push(p.allowed);
  }
  const issues: ValidationIssue[] = [];
  // Only the issues shown are worded; the rest are only counted.
  for (const { first, path, allowed } of groups.values()) {
    if (issues.length === LIMITS.maxIssues) break;
    issues.push(toIssue({ ...first, allowed: joinAllowed(allowed) }, path));
  }
  const hidden = groups.size - issues.length;
  if (hidden === 0) return issues;
  const count = formatLimit(hidden);
  issues.push({
    path: '(more)',
    value: `${count} more`,
    allowed: 'fix the problems above first',
    message: `(more): ${count} more problems not shown, fix the problems above first`,
  });
  return issues;
}
