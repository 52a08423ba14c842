/**
 * Which preset a scenario is, if any: a link or file made from a preset, unchanged, names
 * that preset in the chooser instead of "Another scenario" (issue 16). Two scenarios are
 * the same when their validated forms are (defaults filled in, key order ignored), so a
 * file that writes `"setupTime": 0` and one that leaves it out are one scenario.
 */
import { parseScenario } from './parse.ts';
import type { Scenario } from './types.ts';

/** JSON with keys sorted at every level, so key order never makes two equal values differ. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** True when the two validated scenarios are the same scenario. */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  return stableJson(a) === stableJson(b);
}

/**
 * The first of `files` whose contents (read with `load`, then validated) are `scenario`;
 * null when none is. A preset that cannot be read or is invalid is skipped.
 */
export async function presetFileFor(scenario: Scenario, files: readonly string[], load: (file: string) => Promise<unknown>): Promise<string | null> {
  for (const file of files) {
    let data: unknown;
    try {
      data = await load(file);
    } catch {
      continue;
    }
    const parsed = parseScenario(data);
    if (parsed.ok && sameScenario(parsed.scenario, scenario)) return file;
  }
  return null;
}
