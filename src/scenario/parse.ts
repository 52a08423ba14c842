/**
 * Scenario validation (MODEL.md, Invalid input; QUALITY P2, P4, S7). parseScenario never
 * throws: whatever it is given, it returns a normalised Scenario or every problem at once,
 * each with the field's path, the value given and what is allowed.
 */
import * as v from 'valibot';
import { CROSS_FIELD_ISSUE_TYPE } from './fields.ts';
import { inspectInput } from './inspect.ts';
import { phraseProblem, printValue, toIssue, toIssues, valueProblem, type Path, type PathKey, type Problem } from './issues.ts';
import { LIMITS, formatLimit } from './limits.ts';
import { scenarioSchema } from './schema.ts';
import type { ParseResult, Scenario } from './types.ts';

/** The path of a problem with the file as a whole (size, JSON syntax). */
export const FILE_PATH = '(file)';

function pathOf(issue: v.BaseIssue<unknown>, base: Path): PathKey[] {
  const path: PathKey[] = [...base];
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    path.push(typeof key === 'number' || typeof key === 'string' ? key : String(key));
  }
  return path;
}

/**
 * Turns valibot issues into problems. A union whose options all failed reports the
 * failures inside an option when there are any (`processTime.dist: "weibull"` rather than
 * "must be a number or a distribution"): they say what to fix.
 */
function problemsFrom(issues: readonly v.BaseIssue<unknown>[], base: Path, out: Problem[]): void {
  for (const issue of issues) {
    const path = pathOf(issue, base);
    if (issue.type === 'union' && issue.issues !== undefined) {
      const inner = issue.issues.filter((sub) => (sub.path?.length ?? 0) > 0);
      if (inner.length > 0) {
        problemsFrom(inner, path, out);
        continue;
      }
    }
    const last = issue.path?.[issue.path.length - 1];
    if (last?.type === 'object' && Array.isArray(last.input)) {
      // valibot reads a list given for an object as one with keys "0", "1"…; say what is wrong.
      out.push(valueProblem(path.slice(0, -1), last.input, 'must be an object {…}'));
    } else if (Array.isArray(issue.input) && (issue.type === 'min_length' || issue.type === 'max_length')) {
      // The count is what matters, not the start of the list.
      out.push({ path, value: `${formatLimit(issue.input.length)} items`, allowed: issue.message, lead: { kind: 'value' } });
    } else if (issue.type === 'never') {
      // valibot's objectWithRest raises `never` for each key its entries do not name.
      out.push(phraseProblem(path, printValue(issue.input), 'unknown key', issue.message));
    } else if (issue.type === CROSS_FIELD_ISSUE_TYPE && issue.input !== undefined) {
      out.push({ path, value: issue.received, allowed: issue.message, lead: { kind: 'value' } });
    } else {
      out.push(valueProblem(path, issue.input, issue.message));
    }
  }
}

/** Paths as a tree of their steps, so "is this path at or under one of them?" costs O(its length). */
interface PathTree {
  end: boolean;
  readonly next: Map<PathKey, PathTree>;
}

function pathTree(paths: readonly Path[]): PathTree {
  const root: PathTree = { end: false, next: new Map() };
  for (const path of paths) {
    let node = root;
    for (const part of path) {
      let child = node.next.get(part);
      if (child === undefined) {
        child = { end: false, next: new Map() };
        node.next.set(part, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

function isUnderAny(path: Path, tree: PathTree): boolean {
  let node = tree;
  if (node.end) return true;
  for (const part of path) {
    const child = node.next.get(part);
    if (child === undefined) return false;
    if (child.end) return true;
    node = child;
  }
  return false;
}

/** Validates already-parsed data (e.g. the result of JSON.parse) as a scenario. */
export function parseScenario(input: unknown): ParseResult {
  try {
    const inspection = inspectInput(input);
    if (inspection.tooLarge) return { ok: false, issues: toIssues(inspection.problems) };

    const result = v.safeParse(scenarioSchema, inspection.value);
    // The pre-pass speaks first: once `mean` is NaN, the schema's view of `mean` adds nothing.
    const problems: Problem[] = [...inspection.problems];
    if (!result.success) {
      const early = pathTree(inspection.problems.map((p) => p.path));
      const late: Problem[] = [];
      problemsFrom(result.issues, [], late);
      problems.push(...late.filter((p) => !isUnderAny(p.path, early)));
    }
    if (result.success && problems.length === 0) {
      const scenario: Scenario = result.output;
      return { ok: true, scenario };
    }
    if (problems.length === 0) problems.push(valueProblem([], input, 'must be a valid scenario'));
    return { ok: false, issues: toIssues(problems) };
  } catch {
    // Reached only by inputs built in code (a throwing getter or proxy), never by JSON.
    return { ok: false, issues: toIssues([phraseProblem([], 'an unreadable value', 'could not be read', 'must be plain JSON data')]) };
  }
}

/** UTF-8 length of `text`, stopping early once past `limit`. */
function utf8BytesUpTo(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Line and column (from 1) of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Engines word JSON errors differently; most give a character offset, which is what helps. */
const POSITION = /position (\d{1,9})/;

function syntaxProblem(text: string, error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  const offset = POSITION.exec(detail)?.[1];
  const where = offset === undefined ? '' : (() => {
    const { line, column } = lineAndColumn(text, Number(offset));
    return ` at line ${line}, column ${column}`;
  })();
  // The raw text near the error, on one line, as the user typed it (not re-quoted).
  const start = offset === undefined ? 0 : Math.max(0, Number(offset) - 10);
  const excerpt = text.slice(start, start + LIMITS.maxPrintedValue * 2).replace(/\s+/g, ' ').slice(0, LIMITS.maxPrintedValue);
  return phraseProblem([], excerpt, `not valid JSON${where}`, `must be valid JSON (${detail.slice(0, 120)})`);
}

function fileProblem(problem: Problem): ParseResult {
  return { ok: false, issues: [toIssue(problem, FILE_PATH)] };
}

/** The answer for a file over LIMITS.maxTextBytes (also given by readers that stop at the limit). */
export function tooLargeFile(): ParseResult {
  return fileProblem(phraseProblem([], `more than ${formatLimit(LIMITS.maxTextBytes)} bytes`, 'too large', `must be at most 1 MiB (${formatLimit(LIMITS.maxTextBytes)} bytes)`));
}

/** Parses the text of a scenario file: size limit, JSON syntax, then parseScenario. */
export function parseScenarioText(text: string): ParseResult {
  try {
    // Cheap checks first: a UTF-16 length over the limit is over it in UTF-8 too.
    const bytes = text.length > LIMITS.maxTextBytes ? text.length : utf8BytesUpTo(text, LIMITS.maxTextBytes);
    if (bytes > LIMITS.maxTextBytes) return tooLargeFile();
    let data: unknown;
    try {
      // Editors on Windows may save a byte order mark; it is not part of the JSON.
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      return fileProblem(syntaxProblem(text, error));
    }
    return parseScenario(data);
  } catch {
    return fileProblem(phraseProblem([], 'an unreadable text', 'could not be read', 'must be the text of a JSON file'));
  }
}
