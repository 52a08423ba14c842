/**
 * A challenge submission's run: the lesson's preset with the trainee's parameters
 * (src/room/challenge-scenario.ts), validated by the scenario schema and run with the engine
 * (src/sim, what `genba run` runs), exactly as the trainee's browser runs it. Pure and
 * DOM-free: the worker thread (challenge-thread.ts) and the tests call it.
 */
import { parseScenario } from '../scenario/index.ts';
import type { FlowLineScenario } from '../scenario/types.ts';
import { runScenarioSync } from '../sim/run-scenario.ts';
import { CHALLENGE, CHALLENGE_PRESETS } from '../room/questions.ts';
import { challengeWork, figuresOf, MAX_CHALLENGE_WORK, requestScenario, type ChallengeFigures, type ChallengeRequest } from '../room/challenge-scenario.ts';
import { flowPreset, preset } from './presets.ts';

export type { ChallengeFigures, ChallengeRequest } from '../room/challenge-scenario.ts';

/** Lesson 1's preset line. */
export function challengeBase(): FlowLineScenario {
  return flowPreset(CHALLENGE.preset);
}

/** Most launch replications × strategies × periods one submission may cost (the preset: 120,000). */
export const MAX_LAUNCH_WORK = 2_000_000;

/** Runs one submission; throws with a message naming the field when it is not allowed. */
export function runChallenge(request: ChallengeRequest): ChallengeFigures {
  const parsed = parseScenario(requestScenario(preset(CHALLENGE_PRESETS[request.kind]), request));
  if (!parsed.ok) {
    const issue = parsed.issues[0];
    throw new Error(issue?.message ?? 'invalid scenario');
  }
  const scenario = parsed.scenario;
  const work = scenario.model === 'flow-line' ? challengeWork(scenario) : scenario.replications * scenario.horizon;
  const cap = scenario.model === 'flow-line' ? MAX_CHALLENGE_WORK : MAX_LAUNCH_WORK;
  if (work > cap) throw new Error(`scenario: ${work} steps is too large, at most ${cap}`);
  const figures = figuresOf(request.kind, runScenarioSync(scenario));
  if (!figures) throw new Error('the run gave a figure that is not finite');
  return figures;
}
