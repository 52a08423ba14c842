/** The challenge's starting line, read from the app's own preset file and validated. */
import { parseScenario } from '../../scenario/index.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { CHALLENGE } from '../../room/questions.ts';

let cached: Promise<FlowLineScenario> | null = null;

export function challengePreset(): Promise<FlowLineScenario> {
  cached ??= fetch(new URL(`./scenarios/${CHALLENGE.preset}.json`, globalThis.location.href))
    .then((r) => (r.ok ? (r.json() as Promise<unknown>) : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((raw) => {
      const parsed = parseScenario(raw);
      if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error(`${CHALLENGE.preset}.json is not a valid flow-line scenario`);
      return parsed.scenario;
    });
  cached.catch(() => (cached = null));
  return cached;
}
