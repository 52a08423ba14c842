import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../scenario/index.ts';
import { hasStrategies, type LaunchStrategyScenario } from '../../scenario/types.ts';
import { runScenarioSync } from '../../sim/run-scenario.ts';
import { FORECAST, PILOT, SEED_SPEC, strategyScenario } from '../../sim/launch/test-fixtures.ts';
import { coordinateRun, isFromCoordinator, type FromCoordinator } from './run-messages.ts';
import { commitmentScenario, runStrategyLesson, strategyRunFraction, type StrategyFiguresView } from './strategy-run.ts';

function ohnoQuestion(replications: number): LaunchStrategyScenario {
  const parsed = parseScenarioText(readFileSync('public/scenarios/launch-ohno-question.json', 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'launch' || !hasStrategies(parsed.scenario)) throw new Error('the seed case is not a strategies scenario');
  return { ...parsed.scenario, replications };
}

describe('a run of lesson 3 on strategies', () => {
  it('gives the CLI’s output, the paired differences and the commitment view on the same markets', async () => {
    const scenario = ohnoQuestion(500);
    const figures: StrategyFiguresView[] = [];
    const phases = new Set<string>();
    const result = await runStrategyLesson({ scenario, pair: { first: 0, second: 1 } }, {
      executorsFor: () => null,
      onFigures: (v) => figures.push(v),
      onProgress: (p) => phases.add(p.phase),
    });
    expect(JSON.stringify(result.output)).toBe(JSON.stringify(runScenarioSync(scenario)));
    expect(figures.at(-1)).toMatchObject({ done: 500, partial: false });
    expect([...phases]).toEqual(['strategies', 'commitment']);
    // Paired: the mean difference is the difference of the two means (pilot − forecast, stored a − b).
    const [pilot, forecast] = result.output.results;
    expect(result.paired).toHaveLength(1);
    expect(result.paired[0]?.meanProfit).toBeCloseTo(pilot!.profit.mean - forecast!.profit.mean, 6);
    expect(result.paired[0]?.lossShare).toBeCloseTo(pilot!.probLoss - forecast!.probLoss, 12);
    // The commitment view at the scenario's own 3 months is the forecast's figures: same markets, same plan.
    const c = result.commitment!;
    expect(c.points.map((p) => p.periods)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(c.points[2]).toEqual({ periods: 3, meanProfit: forecast!.profit.mean, probLoss: forecast!.probLoss });
    expect(c).toMatchObject({ first: 'pilot', second: 'forecast', periods: 3, firstMeanProfit: pilot!.profit.mean });
  });

  it('sweeps the commitment of a strategy that has one, over 1..horizon months, and of no other', () => {
    const scenario = strategyScenario(SEED_SPEC, { replications: 50, strategies: [PILOT, FORECAST] });
    const view = commitmentScenario(scenario, FORECAST);
    expect(view?.sweep).toEqual({ strategy: 'forecast', field: 'commit.periods', from: 1, to: 12, step: 1 });
    expect(commitmentScenario(scenario, PILOT)).toBeNull();
  });

  it('weighs progress by each phase’s cost: 2 strategies (3.5 per market) then 12 lengths (11 per market)', () => {
    expect(strategyRunFraction('strategies', 50, 100, 2, 12)).toBeCloseTo((3.5 * 50) / (14.5 * 100), 12);
    expect(strategyRunFraction('commitment', 0, 100, 2, 12)).toBeCloseTo(3.5 / 14.5, 12);
    expect(strategyRunFraction('commitment', 100, 100, 2, 12)).toBe(1);
    expect(strategyRunFraction('strategies', 100, 100, 2, 0)).toBe(1);
  });

  it('posts well-formed messages from the coordinator and refuses a message that is not a run', async () => {
    const posted: FromCoordinator[] = [];
    await coordinateRun({ type: 'run-strategies', scenario: ohnoQuestion(200), pair: { first: 1, second: 0 } }, () => null, (m) => posted.push(m));
    const done = posted.at(-1);
    expect(done?.type).toBe('done-strategies');
    expect(posted.every((m) => isFromCoordinator(JSON.parse(JSON.stringify(m))))).toBe(true);
    // The second compared is the pilot, which has no commitment: no commitment view.
    expect(done?.type === 'done-strategies' && done.result.commitment).toBeNull();
    const refused: FromCoordinator[] = [];
    await coordinateRun({ type: 'run-strategies', scenario: { model: 'launch' }, pair: { first: 0, second: 1 } }, () => null, (m) => refused.push(m));
    expect(refused).toEqual([{ type: 'error', message: 'the worker was sent something that is not a valid launch run' }]);
  });
});
