/**
 * The launch presets the screen offers, read from public/scenarios/ (index.json and the
 * files it lists) and validated like any file: nothing read is trusted. Both versions are
 * offered: strategies (version 2) and the old cases of two launch quantities (version 1).
 */
import { parseScenarioText } from '../../scenario/index.ts';
import type { LaunchScenario, ValidationIssue } from '../../scenario/types.ts';
import type { PresetEntry } from '../../components/launch/genba-launch-parameters.ts';

/** The preset the lesson opens with: Ohno's question, a pilot against a commitment to the forecast (Model B version 2). */
export const SEED_CASE_FILE = 'launch-ohno-question.json';

const FILE_NAME = /^[\w.-]+\.json$/;

/** The launch presets of index.json (entries of other models and malformed ones left out). */
export function launchPresetList(data: unknown): PresetEntry[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((e: unknown): PresetEntry[] => {
    if (typeof e !== 'object' || e === null) return [];
    const { file, name, model, description } = e as Record<string, unknown>;
    if (typeof file !== 'string' || !FILE_NAME.test(file) || typeof name !== 'string' || model !== 'launch') return [];
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
  return { ok: true, scenario: parsed.scenario };
}
