/**
 * The challenge's scenario and its run: the preset line (public/scenarios/batching-illusion.json)
 * with the trainee's transfer batch and move time, validated with the scenario schema and run
 * with the engine (src/sim), exactly as the trainee's browser runs it. Pure and DOM-free: the
 * worker thread (challenge-thread.ts) and the tests call it.
 */
import { readFileSync } from 'node:fs';
import { parseScenario } from '../scenario/index.ts';
import type { FlowLineScenario } from '../scenario/types.ts';
import { runScenarioSync, type FlowLineOutput } from '../sim/run-scenario.ts';
import { CHALLENGE } from '../room/questions.ts';
import { challengeFigures, challengeScenario, challengeWork, MAX_CHALLENGE_WORK } from '../room/challenge-scenario.ts';

let base: FlowLineScenario | null = null;

/** The preset the challenge starts from, read once. */
export function challengeBase(): FlowLineScenario {
  if (base) return base;
  const url = new URL(`../../public/scenarios/${CHALLENGE.preset}.json`, import.meta.url);
  const parsed = parseScenario(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error(`${CHALLENGE.preset}.json is not a valid flow-line scenario`);
  base = parsed.scenario;
  return base;
}

export interface ChallengeFigures {
  readonly leadTime: number;
  readonly makespan: number;
}

/** Runs one submission; throws with a message naming the field when it is not allowed. */
export function runChallenge(params: { transferBatch: number; moveTime: number }): ChallengeFigures {
  const parsed = parseScenario(challengeScenario(challengeBase(), params));
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message ?? 'invalid scenario');
  const scenario = parsed.scenario as FlowLineScenario;
  const work = challengeWork(scenario);
  if (work > MAX_CHALLENGE_WORK) throw new Error(`scenario: ${work} unit-steps is too large, at most ${MAX_CHALLENGE_WORK}`);
  const figures = challengeFigures(runScenarioSync(scenario) as FlowLineOutput);
  if (!figures) throw new Error('the run gave no finite lead time');
  return figures;
}
