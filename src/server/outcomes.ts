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
 *   - launch.*: graded exactly as lesson 3 grades the same prediction: lesson 3's seed case
 *     (launch-ohno-question.json, its seed and its replications), the strategies pilot
 *     (first) and forecast (second) on the same markets, the paired difference of the run's
 *     common random numbers (src/sim/launch/paired.ts, the Monte Carlo's exact paired sums,
 *     read by the lesson's `pairedOf`) and the lesson's rule (strategy-compare.ts:
 *     `strategyOutcome`, `markAnswer`): "about the same" when the difference lies inside
 *     ±1.96·sd(d)/√n; then "about the same" and naming the one ahead are both right, as on
 *     the lesson's screen (`right` lists them). These need the paired sums, which `genba
 *     run` does not print: `launchOutcome` takes them beside the CLI's output.
 *   - pull.*: pull-balanced, pulled as written and pushed (no cap); within 3% is "about the
 *     same" (lesson 4's rule, src/lessons/pull/prediction.ts).
 */
import { simulateFlowLine } from '../sim/line/flow-line.ts';
import { runScenarioSync } from '../sim/run-scenario.ts';
import { hasStrategies, type Scenario } from '../scenario/types.ts';
import { QUESTIONS, type QuestionId } from '../room/questions.ts';
import type { Outcome } from '../room/protocol.ts';
import { applyImprovements, type Improvement } from '../lessons/kaizen/improvements.ts';
import { INTENDED_IMPROVEMENTS, IT_FAILED_BEFORE_FILE, ONE_PIECE_FLOW, SMED_AT_THE_PRESS } from '../lessons/kaizen/it-failed-before.ts';
import { directionOf } from '../lessons/kaizen/verdict.ts';
import { pushScenario } from '../lessons/pull/paired-run.ts';
import { pullOutcome, type PullChoice } from '../lessons/pull/prediction.ts';
import type { LineOutcome } from '../lessons/pull/paired-run.ts';
import { createLaunchMonteCarlo, type LaunchStrategiesResult, type LaunchSummary } from '../sim/launch/monte-carlo.ts';
import type { PairedDifference } from '../sim/launch/paired.ts';
import { runMonteCarloSync } from '../sim/mc/runner.ts';
import { pairedOf } from '../lessons/launch/strategy-run.ts';
import { differenceOf, markAnswer, strategyOutcome, type NoisyComparison, type StrategyAnswer } from '../lessons/launch/strategy-compare.ts';
import { challengeBase } from './challenge.ts';
import { flowPreset, launchPreset } from './presets.ts';

const EPS = 1e-9;

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
      return { strategies: launchPreset(LAUNCH_QUESTION_PRESET) };
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
    case 'launch.loses-more':
      throw new Error(`${question} is graded on the run's paired differences: launchOutcome`);
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

/** Lesson 3's seed case: the scenario the lesson opens on and the room asks about. */
export const LAUNCH_QUESTION_PRESET = 'launch-ohno-question';

/** The room's choices of lesson 3 as the lesson's comparison reads them: pilot first, forecast second. */
const LAUNCH_ANSWERS: Readonly<Record<string, StrategyAnswer>> = { pilot: 'first', forecast: 'second', same: 'same' };

/** A strategies run with what the lesson grades on: every two strategies' paired difference. */
export interface LaunchRun {
  readonly results: LaunchStrategiesResult['results'];
  readonly replications: number;
  /** Every pair a < b: a − b (src/lessons/launch/strategy-run.ts `pairedOf`). */
  readonly paired: readonly PairedDifference[];
}

/** Runs a version-2 launch scenario on this thread as `genba run` does (same chunks, same markets), keeping the summary's paired sums. */
export function runLaunchStrategies(scenario: Scenario): LaunchRun {
  if (scenario.model !== 'launch' || !hasStrategies(scenario)) throw new Error('lesson 3’s question needs a launch scenario with strategies');
  const model = createLaunchMonteCarlo(scenario);
  const { result, summary } = runMonteCarloSync(
    { ...model, finalize: (s: LaunchSummary, n: number) => ({ result: model.finalize(s, n) as LaunchStrategiesResult, summary: s }) },
    scenario.replications,
  );
  return { results: result.results, replications: scenario.replications, paired: pairedOf(summary) };
}

/**
 * Lesson 3's question graded as the lesson grades it: the lesson's `strategyOutcome` on the
 * paired difference forecast − pilot, and `markAnswer` for each choice. `choice` is what the
 * run says ("same" inside the noise), `right` every choice the lesson marks right.
 */
export function launchOutcome(question: 'launch.earns-more' | 'launch.loses-more', run: LaunchRun): Outcome {
  const names = run.results.map((r) => r.strategy);
  const first = names.indexOf('pilot');
  const second = names.indexOf('forecast');
  if (first < 0 || second < 0) throw new Error('the launch scenario needs the strategies forecast and pilot');
  const d = differenceOf(run.paired, names.length, { first, second });
  if (d === null) throw new Error('the run kept no paired difference of forecast and pilot');
  const outcome = strategyOutcome(d);
  const c: NoisyComparison = question === 'launch.earns-more' ? outcome.earnsMore : outcome.losesMoreOften;
  const f = run.results[second] as LaunchStrategiesResult['results'][number];
  const p = run.results[first] as LaunchStrategiesResult['results'][number];
  const choice = c.withinNoise || c.leader === 'tie' ? 'same' : c.leader === 'second' ? 'forecast' : 'pilot';
  const right = Object.keys(LAUNCH_ANSWERS).filter((a) => markAnswer(LAUNCH_ANSWERS[a] as StrategyAnswer, c) === 'right');
  const [forecast, pilot] = question === 'launch.earns-more' ? [f.profit.mean, p.profit.mean] : [f.probLoss, p.probLoss];
  return {
    choice,
    ...(right.length > 1 ? { right } : {}),
    by: Math.abs(c.difference),
    unit: question === 'launch.earns-more' ? 'money' : 'share',
    figures: { forecast, pilot, halfWidth: c.halfWidth },
  };
}

const cache = new Map<QuestionId, Outcome>();

export function outcomeOf(question: QuestionId): Outcome {
  const known = cache.get(question);
  if (known) return known;
  let outcome: Outcome;
  const scenarios = outcomeScenarios(question);
  if (question === 'launch.earns-more' || question === 'launch.loses-more') {
    outcome = launchOutcome(question, runLaunchStrategies(launchPreset(LAUNCH_QUESTION_PRESET)));
  } else if (scenarios) {
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
