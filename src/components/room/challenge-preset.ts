/** The challenges' starting scenarios, read from the app's own preset files and validated (once each). */
import { parseScenario } from '../../scenario/index.ts';
import type { FlowLineScenario, Scenario } from '../../scenario/types.ts';
import { CHALLENGE_PRESETS, type ChallengeKind } from '../../room/questions.ts';

const cached = new Map<ChallengeKind, Promise<Scenario>>();

export function challengePresetFor(kind: ChallengeKind): Promise<Scenario> {
  let known = cached.get(kind);
  if (!known) {
    const name = CHALLENGE_PRESETS[kind];
    known = fetch(new URL(`./scenarios/${name}.json`, globalThis.location.href))
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((raw) => {
        const parsed = parseScenario(raw);
        if (!parsed.ok || parsed.scenario.model !== (kind === 'launch' ? 'launch' : 'flow-line')) throw new Error(`${name}.json is not a valid scenario for this challenge`);
        return parsed.scenario;
      });
    known.catch(() => cached.delete(kind));
    cached.set(kind, known);
  }
  return known;
}

/** Lesson 1's line. */
export async function challengePreset(): Promise<FlowLineScenario> {
  const s = await challengePresetFor('batching');
  if (s.model !== 'flow-line') throw new Error('not a flow line');
  return s;
}
