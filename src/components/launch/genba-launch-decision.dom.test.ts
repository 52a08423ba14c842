import { afterEach, describe, expect, it } from 'vitest';
import './genba-launch-decision.ts';
import { strategyWords, type GenbaLaunchDecision } from './genba-launch-decision.ts';
import { FORECAST, PILOT, SEED_SPEC, strategyScenario } from '../../sim/launch/test-fixtures.ts';

const scenario = strategyScenario({ ...SEED_SPEC, rampUp: 1 }, { strategies: [PILOT, { ...FORECAST, fixedCost: 500_000 }, { name: 'late', initial: 0, commit: { rate: 1000, periods: 2 }, rampUp: 3 }] });

afterEach(() => document.body.replaceChildren());

describe('the decision in a plant manager’s words', () => {
  it('says what each strategy builds, commits to, when it follows the market, and what its line costs', () => {
    expect(strategyWords(scenario, PILOT)).toBe('Builds 500 cars before month 1. From month 3 makes what the months so far have shown, less the cars in stock, up to 40,000 a month.');
    expect(strategyWords(scenario, scenario.strategies[1]!)).toBe(
      'Builds nothing before month 1. Commits the plant to 30,000 cars a month for months 1 to 3, whatever sells. From month 4 makes what the months so far have shown, less the cars in stock, up to 40,000 a month. Pays 500,000 for its own line before month 1.',
    );
    // Ramp-up 3 after a 2-month commitment: the rule starts at 2 + 3 = month 5 (model-launch.md).
    expect(strategyWords(scenario, scenario.strategies[2]!)).toContain('From month 5 makes');
  });

  it('lets the trainee pick the two compared when there are more than two; choosing the other one swaps them', async () => {
    const el = document.createElement('genba-launch-decision') as GenbaLaunchDecision;
    el.scenario = scenario;
    document.body.append(el);
    await el.updateComplete;
    const cards = [...el.shadowRoot!.querySelectorAll('.strategy')].map((c) => c.className);
    expect(cards).toEqual(['strategy pilot', 'strategy launch', 'strategy other']);
    const picked: unknown[] = [];
    el.addEventListener('launch-pair-change', (e) => picked.push((e as CustomEvent).detail));
    const second = el.shadowRoot!.querySelector<HTMLSelectElement>('#pair-second')!;
    second.value = '2';
    second.dispatchEvent(new Event('change'));
    const first = el.shadowRoot!.querySelector<HTMLSelectElement>('#pair-first')!;
    first.value = '1';
    first.dispatchEvent(new Event('change'));
    expect(picked).toEqual([
      { first: 0, second: 2 },
      { first: 1, second: 0 },
    ]);
  });

  it('offers no choice with two strategies', async () => {
    const el = document.createElement('genba-launch-decision') as GenbaLaunchDecision;
    el.scenario = strategyScenario(SEED_SPEC);
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#pair-first')).toBeNull();
  });
});
