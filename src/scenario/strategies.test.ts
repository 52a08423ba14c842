/** Model B version 2 in the file format: strategies, safetyFactor and the strategy sweep, each bad field named. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse.ts';
import { launch, issuesOf, messages } from './test-helpers.ts';

const PILOT = { name: 'pilot', initial: 500, rampUp: 1 };
const FORECAST = { name: 'forecast', initial: 0, commit: { rate: 30000, periods: 3 }, rampUp: 0, fixedCost: 0 };

/** The seed case with strategies instead of launch quantities. */
function withStrategies(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { launchQuantities: _q, ...rest } = launch();
  return { ...rest, strategies: [PILOT, FORECAST], ...extra };
}

describe('strategies: valid files', () => {
  it('keeps the strategies as written, defaults left to the core, and no safetyFactor unless given', () => {
    const result = parseScenario(withStrategies());
    if (!result.ok) throw new Error(messages(result.issues));
    expect(result.scenario).toMatchObject({ strategies: [PILOT, FORECAST] });
    expect('safetyFactor' in result.scenario).toBe(false);
    expect('launchQuantities' in result.scenario).toBe(false);
  });

  it('reads a safety factor and a sweep over one strategy field', () => {
    const result = parseScenario(withStrategies({ safetyFactor: 0.2, sweep: { strategy: 'forecast', field: 'commit.periods', from: 1, to: 6, step: 1 } }));
    if (!result.ok) throw new Error(messages(result.issues));
    expect(result.scenario).toMatchObject({ safetyFactor: 0.2, sweep: { strategy: 'forecast', field: 'commit.periods', from: 1, to: 6, step: 1 } });
  });
});

describe('strategies: every bad field named', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    [
      'negative safety factor, duplicate name, negative fixed cost, commit over capacity and past the horizon',
      withStrategies({
        safetyFactor: -1,
        strategies: [{ name: 'a', initial: 500 }, { name: 'a', initial: 0, commit: { rate: 50000, periods: 13 }, fixedCost: -5 }],
      }),
      [
        'safetyFactor: -1 is not allowed, must be ≥ 0',
        'strategies[1].fixedCost: -5 is not allowed, must be ≥ 0',
        'strategies[1].name: "a" is not allowed, must be unique (strategies[0].name is the same)',
        'strategies[1].commit.rate: 50000 is not allowed, must be ≤ capacity (40,000)',
        'strategies[1].commit.periods: 13 is not allowed, must be ≤ horizon (12)',
      ],
    ],
    ['no strategies', withStrategies({ strategies: [] }), ['strategies: 0 items is not allowed, must have 1 to 20 strategies']],
    [
      'more than 20 strategies',
      withStrategies({ strategies: Array.from({ length: 21 }, (_, i) => ({ name: `s${i}`, initial: i })) }),
      ['strategies: 21 items is not allowed, must have 1 to 20 strategies'],
    ],
    [
      'a rate over the strategy’s own capacity; a sweep of a strategy not listed',
      withStrategies({
        strategies: [{ name: 'a', initial: 1, capacity: 100, commit: { rate: 200, periods: 1 } }],
        sweep: { strategy: 'b', field: 'commit.rate', from: 0, to: 10, step: 1 },
      }),
      ['strategies[0].commit.rate: 200 is not allowed, must be ≤ strategies[0].capacity (100)', 'sweep.strategy: "b" is not allowed, must name one of the strategies ("a")'],
    ],
    [
      'sweeping a commit field of a strategy with no commit',
      withStrategies({ strategies: [{ name: 'a', initial: 1 }], sweep: { strategy: 'a', field: 'commit.rate', from: 0, to: 10, step: 1 } }),
      ['sweep.field: "commit.rate" is not allowed, must be "initial": strategies[0] ("a") has no commit'],
    ],
    [
      'commit.periods swept over fractions and past the horizon',
      withStrategies({ sweep: { strategy: 'forecast', field: 'commit.periods', from: 0.5, to: 13, step: 1.5 } }),
      [
        'sweep.from: 0.5 is not allowed, must be a whole number ≥ 1 when sweeping commit.periods',
        'sweep.step: 1.5 is not allowed, must be a whole number when sweeping commit.periods',
        'sweep.to: 13 is not allowed, must be ≤ horizon (12) when sweeping commit.periods',
      ],
    ],
    [
      'commit.rate swept past the capacity',
      withStrategies({ sweep: { strategy: 'forecast', field: 'commit.rate', from: 0, to: 50000, step: 10000 } }),
      ['sweep.to: 50000 is not allowed, must be ≤ the capacity of "forecast" (40,000) when sweeping commit.rate'],
    ],
    [
      'a sweep with strategies but no strategy or field',
      withStrategies({ sweep: { from: 0, to: 10, step: 1 } }),
      [
        'sweep.strategy: missing, required with strategies (the name of the strategy to sweep)',
        'sweep.field: missing, required with strategies ("initial", "commit.rate" or "commit.periods")',
      ],
    ],
    [
      'strategies beside launch quantities',
      { ...withStrategies(), launchQuantities: [1] },
      ['strategies: [{"name":"pilot","initial":500,"rampUp"… is not allowed, must not be given together with launchQuantities (give exactly one)'],
    ],
    [
      'a strategy sweep without strategies',
      { ...launch(), launchQuantities: undefined, sweep: { strategy: 'a', field: 'initial', from: 0, to: 10, step: 1 } },
      [
        'sweep.strategy: "a" is not allowed, must be left out without strategies (it names a strategy field to sweep)',
        'sweep.field: "initial" is not allowed, must be left out without strategies (it names a strategy field to sweep)',
      ],
    ],
    [
      'a commit without periods and an unknown key',
      withStrategies({ strategies: [{ name: 'a', initial: 1, commit: { rate: 5 }, bogus: 1 }] }),
      [
        'strategies[0].commit.periods: missing, required',
        'strategies[0].bogus: unknown key, the key must be one of name, initial, commit, rampUp, capacity, fixedCost',
      ],
    ],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    const json = JSON.parse(JSON.stringify(input)) as unknown; // drops undefined keys, as a file would
    expect(issuesOf(json).map((i) => i.message)).toEqual(expected);
  });
});

describe('strategy presets (public/scenarios)', () => {
  const read = (file: string) => {
    const result = parseScenario(JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')));
    if (!result.ok) throw new Error(messages(result.issues));
    return result.scenario as unknown as Record<string, unknown>;
  };

  it('launch-ohno-question.json is the seed case with MODEL.md’s two strategies', () => {
    const { name: _n, description: _d, strategies, ...rest } = read('launch-ohno-question.json');
    const { launchQuantities: _q, name: _sn, description: _sd, ...seed } = read('launch-seed-case.json');
    expect(rest).toEqual(seed);
    expect(strategies).toEqual([PILOT, FORECAST]);
  });

  it('the forecast-wins and fixed-cost presets differ from it only where their names say', () => {
    const base = read('launch-ohno-question.json');
    const strip = (s: Record<string, unknown>) => ({ ...s, name: undefined, description: undefined });
    const goodOdds = {
      states: [
        { name: 'good', probability: 0.8, level: 30000 },
        { name: 'bad', probability: 0.2, level: 500 },
      ],
      demandCV: 0.3,
    };
    expect(strip(read('launch-forecast-wins.json'))).toEqual({
      ...strip(base),
      market: goodOdds,
      economics: { price: 30, cost: 12, salvage: 4, holding: 0.2 },
    });
    expect(strip(read('launch-forecast-line-fixed-cost.json'))).toEqual({
      ...strip(base),
      market: goodOdds,
      strategies: [PILOT, { ...FORECAST, fixedCost: 500_000 }],
    });
  });
});
