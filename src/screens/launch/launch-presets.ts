/**
 * The launch presets the screen offers, read from public/scenarios/ (index.json and the
 * files it lists) and validated like any file: nothing read is trusted.
 */
import { parseScenarioText } from '../../scenario/index.ts';
import { hasStrategies, type LaunchScenario, type ValidationIssue } from '../../scenario/types.ts';
import type { PresetEntry } from '../../components/launch/genba-launch-parameters.ts';

/** The preset the lesson opens with: Ohno's case. */
export const SEED_CASE_FILE = 'launch-seed-case.json';

const FILE_NAME = /^[\w.-]+\.json$/;

/**
 * Presets that compare strategies (Model B version 2). This screen still shows launch
 * quantities only (version 1), so they are left out of its list until lesson 3 shows
 * strategies; the CLI and the scenario runner run them.
 */
export const STRATEGY_PRESET_FILES: ReadonlySet<string> = new Set([
  'launch-ohno-question.json',
  'launch-forecast-wins.json',
  'launch-forecast-line-fixed-cost.json',
]);

/** The issue a strategies scenario gets on this screen: it cannot be shown as two launch quantities without changing what it means. */
export const STRATEGIES_NOT_SHOWN: ValidationIssue = {
  path: 'strategies',
  value: '[…]',
  allowed: 'this lesson screen shows launch quantities only; run strategies with `npx genba run`',
  message: 'strategies: […] is not allowed here, this lesson screen shows launch quantities only; run strategies with `npx genba run`',
};

/** The launch presets of index.json (entries of other models and malformed ones left out). */
export function launchPresetList(data: unknown): PresetEntry[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((e: unknown): PresetEntry[] => {
    if (typeof e !== 'object' || e === null) return [];
    const { file, name, model, description } = e as Record<string, unknown>;
    if (typeof file !== 'string' || !FILE_NAME.test(file) || typeof name !== 'string' || model !== 'launch') return [];
    if (STRATEGY_PRESET_FILES.has(file)) return [];
    return [{ file, name, description: typeof description === 'string' ? description : '' }];
  });
}

export async function fetchPresetList(): Promise<PresetEntry[]> {
  const response = await fetch(new URL('scenarios/index.json', document.baseURI));
  if (!response.ok) throw new Error(`the preset list could not be loaded (HTTP ${response.status})`);
  return launchPresetList(await response.json());
}

/** A preset file, validated; its problems when it is not a valid launch scenario. */
export async function fetchPreset(file: string): Promise<{ ok: true; scenario: LaunchScenario } | { ok: false; issues: readonly ValidationIssue[] }> {
  if (!FILE_NAME.test(file)) throw new Error(`${file} is not a preset file name`);
  const response = await fetch(new URL(`scenarios/${file}`, document.baseURI));
  if (!response.ok) throw new Error(`${file} could not be loaded (HTTP ${response.status})`);
  const parsed = parseScenarioText(await response.text());
  if (!parsed.ok) return parsed;
  if (parsed.scenario.model !== 'launch') {
    return { ok: false, issues: [{ path: 'model', value: parsed.scenario.model, allowed: 'must be "launch"', message: `model: "${parsed.scenario.model}" is not allowed, must be "launch"` }] };
  }
  if (hasStrategies(parsed.scenario)) return { ok: false, issues: [STRATEGIES_NOT_SHOWN] };
  return { ok: true, scenario: parsed.scenario };
}
