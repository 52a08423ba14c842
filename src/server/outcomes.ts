/**
 * What the engine says for each question, computed on the server with src/sim, so the board
 * shows only the engine's figures.
 *
 * - Lesson 1: the lesson's preset run twice (as written and with a transfer batch of 1, the
 *   same random numbers, replication 0: src/lessons/batching/paired-run.ts).
 * - Lessons 2–4: the scenarios below, each run as `genba run` runs it (runScenarioSync, all
 *   its replications); `outcomeFromOutputs` decides from those outputs alone, so a test can
 *   give it the CLI's outputs and get the same outcome.
 *   - kaizen.first-fix: it-failed-before in one-piece flow with one fix each; the fix with
 *     the lowest mean lead time, `by` the minutes it saves against no fix.
 *   - kaizen.flow-wins: the team's line (batches of 10) against one-piece flow after the
 *     lesson's five fixes; mean lead times within 1% are "about the same" (lesson 2's rule).
 *   - launch.*: launch-ohno-question (strategies pilot and forecast on the same markets);
 *     "about the same" when the difference lies inside the run's 95% interval for it,
 *     ±1.96·√(s₁²/n + s₂²/n) for mean profit, ±1.96·√(p₁(1−p₁)/n + p₂(1−p₂)/n) for the share
 *     of markets losing money (independent-sample widths: wider than the paired interval
 *     the common random numbers would allow, so "same" is never claimed too narrowly).
 *   - pull.*: pull-balanced, pulled as written and pushed (no cap); within 3% is "about the
 *     same" (lesson 4's rule, src/lessons/pull/prediction.ts).
 */
import { simulateFlowLine } from '../sim/line/flow-line.ts';
import { runScenarioSync } from '../sim/run-scenario.ts';
import type { Scenario } from '../scenario/types.ts';
import { QUESTIONS, type QuestionId } from '../room/questions.ts';
import type { Outcome } from '../room/protocol.ts';
import { applyImprovements, type Improvement } from '../lessons/kaizen/improvements.ts';
import { INTENDED_IMPROVEMENTS, IT_FAILED_BEFORE_FILE, ONE_PIECE_FLOW, SMED_AT_THE_PRESS } from '../lessons/kaizen/it-failed-before.ts';
import { directionOf } from '../lessons/kaizen/verdict.ts';
import { pushScenario } from '../lessons/pull/paired-run.ts';
import { pullOutcome, type PullChoice } from '../lessons/pull/prediction.ts';
import type { LineOutcome } from '../lessons/pull/paired-run.ts';
import { challengeBase } from './challenge.ts';
import { flowPreset, launchPreset } from './presets.ts';

const EPS = 1e-9;
/** The 95% normal quantile. */
const Z95 = 1.959963984540054;

function winner(batch: number | null, flow: number | null): { choice: string; by: number } {
  if (batch === null || flow === null) return { choice: batch === null && flow === null ? 'same' : batch === null ? 'flow' : 'batch', by: 0 };
  const d = batch - flow;
  if (Math.abs(d) < EPS) return { choice: 'same', by: 0 };
  return { choice: d < 0 ? 'batch' : 'flow', by: Math.abs(d) };
}

/** The fixes of kaizen.first-fix, by choice, each made before one-piece flow. */
export const FIRST_FIXES: Readonly<Record<string, readonly Improvement[]>> = {
  smed: SMED_AT_THE_PRESS,
  'quick-change': INTENDED_IMPROVEMENTS.filter((i) => i.id === 'press-quick-clamps'),
  'process-batch': INTENDED_IMPROVEMENTS.filter((i) => i.id === 'process-batch-10'),
  check: INTENDED_IMPROVEMENTS.filter((i) => i.id === 'press-check'),
};

function improved(improvements: readonly Improvement[]): Scenario {
  const base = flowPreset(IT_FAILED_BEFORE_FILE.replace(/\.json$/, ''));
  const r = applyImprovements(base, [...improvements, ONE_PIECE_FLOW]);
  if (!r.ok) throw new Error(r.problems[0]?.message ?? 'the improvements do not apply');
  return r.scenario;
}

/** The scenarios a question of lessons 2–4 runs, by name (null for lesson 1's questions). */
export function outcomeScenarios(question: QuestionId): Record<string, Scenario> | null {
  switch (QUESTIONS[question].lesson) {
    case 'kaizen':
      if (question === 'kaizen.first-fix') {
        const out: Record<string, Scenario> = { none: improved([]) };
        for (const [choice, fixes] of Object.entries(FIRST_FIXES)) out[choice] = improved(fixes);
        return out;
      }
      return { batch: flowPreset(IT_FAILED_BEFORE_FILE.replace(/\.json$/, '')), flow: improved(INTENDED_IMPROVEMENTS) };
    case 'launch':
      return { strategies: launchPreset('launch-ohno-question') };
    case 'pull': {
      const pull = flowPreset('pull-balanced');
      return { push: pushScenario(pull), pull };
    }
    default:
      return null;
  }
}

type Output = Record<string, unknown>;
const num = (x: unknown): number => {
  if (typeof x === 'number') return x;
  if (typeof x === 'object' && x !== null && typeof (x as { mean?: unknown }).mean === 'number') return (x as { mean: number }).mean;
  throw new Error('the output has no such figure');
};
/** A flow line's mean lead time (the mean over replications of each run's mean). */
const leadTime = (o: Output): number => num((o['leadTime'] as { mean: unknown }).mean);

/** Decides a question of lessons 2–4 from the outputs of `outcomeScenarios` (as `genba run` prints them). */
export function outcomeFromOutputs(question: QuestionId, outputs: Readonly<Record<string, Output>>): Outcome {
  const out = (name: string): Output => {
    const o = outputs[name];
    if (!o) throw new Error(`no output ${name}`);
    return o;
  };
  switch (question) {
    case 'kaizen.first-fix': {
      const figures: Record<string, number> = { none: leadTime(out('none')) };
      let best = '';
      for (const choice of Object.keys(FIRST_FIXES)) {
        figures[choice] = leadTime(out(choice));
        if (best === '' || (figures[choice] as number) < (figures[best] as number)) best = choice;
      }
      return { choice: best, by: (figures['none'] as number) - (figures[best] as number), unit: String(out('none')['timeUnit']), figures };
    }
    case 'kaizen.flow-wins': {
      const batch = leadTime(out('batch'));
      const flow = leadTime(out('flow'));
      const d = directionOf(batch, flow);
      return { choice: d === 'same' ? 'same' : d === 'down' ? 'flow' : 'batch', by: Math.abs(batch - flow), unit: String(out('batch')['timeUnit']), figures: { batch, flow } };
    }
    case 'launch.earns-more':
    case 'launch.loses-more': {
      const results = out('strategies')['results'] as { strategy: string; profit: { mean: number; sd: number | null }; probLoss: number }[];
      const n = num(out('strategies')['replications']);
      const f = results.find((r) => r.strategy === 'forecast');
      const p = results.find((r) => r.strategy === 'pilot');
      if (!f || !p) throw new Error('the launch scenario needs the strategies forecast and pilot');
      const [a, b, halfWidth] =
        question === 'launch.earns-more'
          ? [f.profit.mean, p.profit.mean, Z95 * Math.sqrt(((f.profit.sd ?? 0) ** 2 + (p.profit.sd ?? 0) ** 2) / n)]
          : [f.probLoss, p.probLoss, Z95 * Math.sqrt((f.probLoss * (1 - f.probLoss) + p.probLoss * (1 - p.probLoss)) / n)];
      const d = a - b;
      const choice = Math.abs(d) <= halfWidth ? 'same' : d > 0 ? 'forecast' : 'pilot';
      return { choice, by: Math.abs(d), unit: question === 'launch.earns-more' ? 'money' : 'share', figures: { forecast: a, pilot: b, halfWidth } };
    }
    case 'pull.delivers-more':
    case 'pull.less-wip': {
      const line = (o: Output): LineOutcome => ({ throughput: num(o['throughput']), wip: num((o['wip'] as { mean: unknown }).mean), flowTime: null, leadTime: null, cash: null, delivered: 0 });
      const push = line(out('push'));
      const pull = line(out('pull'));
      const decided = pullOutcome(push, pull);
      const choice: PullChoice = question === 'pull.delivers-more' ? decided.deliveries : decided.lessWip;
      const key = question === 'pull.delivers-more' ? 'throughput' : 'wip';
      return { choice, by: Math.abs(push[key] - pull[key]), unit: key === 'throughput' ? 'rate' : 'units', figures: { push: push[key], pull: pull[key] } };
    }
    default:
      throw new Error(`${question} is decided by lesson 1's paired run`);
  }
}

const cache = new Map<QuestionId, Outcome>();

export function outcomeOf(question: QuestionId): Outcome {
  const known = cache.get(question);
  if (known) return known;
  let outcome: Outcome;
  const scenarios = outcomeScenarios(question);
  if (scenarios) {
    const outputs: Record<string, Output> = {};
    for (const [name, s] of Object.entries(scenarios)) outputs[name] = runScenarioSync(s) as unknown as Output;
    outcome = outcomeFromOutputs(question, outputs);
  } else {
    const scenario = challengeBase();
    const batch = simulateFlowLine(scenario, scenario.seed, 0);
    const flow = simulateFlowLine({ ...scenario, transferBatch: 1 }, scenario.seed, 0);
    const w = question === 'batching.first' ? winner(batch.firstDelivery, flow.firstDelivery) : winner(batch.makespan, flow.makespan);
    outcome = { ...w, unit: scenario.timeUnit };
  }
  cache.set(question, outcome);
  return outcome;
}
