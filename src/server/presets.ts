/** The lesson presets the room's questions and challenges start from, read once from public/scenarios and validated. */
import { readFileSync } from 'node:fs';
import { parseScenario } from '../scenario/index.ts';
import type { FlowLineScenario, LaunchScenario, Scenario } from '../scenario/types.ts';

const cache = new Map<string, Scenario>();

export function preset(name: string): Scenario {
  const known = cache.get(name);
  if (known) return known;
  const url = new URL(`../../public/scenarios/${name}.json`, import.meta.url);
  const parsed = parseScenario(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.ok) throw new Error(`${name}.json is not a valid scenario: ${parsed.issues[0]?.message ?? ''}`);
  cache.set(name, parsed.scenario);
  return parsed.scenario;
}

export function flowPreset(name: string): FlowLineScenario {
  const s = preset(name);
  if (s.model !== 'flow-line') throw new Error(`${name}.json is not a flow-line scenario`);
  return s;
}

export function launchPreset(name: string): LaunchScenario {
  const s = preset(name);
  if (s.model !== 'launch') throw new Error(`${name}.json is not a launch scenario`);
  return s;
}
