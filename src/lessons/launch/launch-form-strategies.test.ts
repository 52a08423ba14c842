/** Lesson 3's parameter form with strategies (Model B version 2): round trips, edits, field-level problems. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenario, parseScenarioText } from '../../scenario/index.ts';
import { hasStrategies, type LaunchScenario } from '../../scenario/types.ts';
import { issueText } from '../../i18n/issue-text.ts';
import {
  applyEdit,
  fieldId,
  formFromScenario,
  formPaths,
  isStrategyForm,
  rawScenarioOf,
  unplacedIssues,
  validateLaunchForm,
  type FormEdit,
  type LaunchForm,
} from './launch-form.ts';
import { freeName, MAX_STRATEGIES, strategyPath } from './strategy-form.ts';
import { runMonteCarloSync } from '../../sim/mc/runner.ts';
import { createLaunchMonteCarlo, type LaunchStrategiesResult } from '../../sim/launch/monte-carlo.ts';

const grid = { from: 0, to: 38000, step: 2000 };

function presetScenario(file: string): LaunchScenario {
  const parsed = parseScenarioText(readFileSync(`public/scenarios/${file}`, 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'launch') throw new Error(file);
  return parsed.scenario;
}

const launchPresets = (JSON.parse(readFileSync('public/scenarios/index.json', 'utf8')) as { file: string; model: string }[])
  .filter((e) => e.model === 'launch')
  .map((e) => e.file);
const strategyPresets = launchPresets.filter((file) => hasStrategies(presetScenario(file)));

const ohno = (): LaunchForm => formFromScenario(presetScenario('launch-ohno-question.json'), grid);

function edits(form: LaunchForm, ...list: FormEdit[]): LaunchForm {
  return list.reduce(applyEdit, form);
}

/** The problems of a form, as the CLI words them (path first). */
function messages(form: LaunchForm): string[] {
  const v = validateLaunchForm(form);
  return v.ok ? [] : v.issues.map((i) => i.message);
}

/** The problems of a form, as the screen words them (the field as the form labels it). */
function shown(form: LaunchForm): string[] {
  const v = validateLaunchForm(form);
  return v.ok ? [] : v.issues.map((i) => issueText(i, rawScenarioOf(form)));
}

describe('a strategies scenario through the form', () => {
  it('the index lists the strategy presets the issue asks for (Ohno’s question, the forecast winning, a fixed cost)', () => {
    expect(strategyPresets).toEqual(['launch-ohno-question.json', 'launch-forecast-wins.json', 'launch-forecast-line-fixed-cost.json']);
  });

  it.each(launchPresets)('%s comes back equal from its form (every launch preset, both versions)', (file) => {
    const scenario = presetScenario(file);
    const form = formFromScenario(scenario, grid);
    expect(isStrategyForm(form)).toBe(hasStrategies(scenario));
    const v = validateLaunchForm(form);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.scenario).toEqual(scenario);
    // What the form writes is itself a valid file that reads back the same.
    const again = parseScenario(JSON.parse(JSON.stringify(v.scenario)));
    expect(again.ok && again.scenario).toEqual(scenario);
  });

  it('holds every field as text; optional fields left out are empty, and stay left out', () => {
    const form = ohno();
    expect(form.strategies).toEqual([
      { name: 'pilot', initial: '500', commit: false, commitRate: '', commitPeriods: '', rampUp: '1', capacity: '', fixedCost: '' },
      { name: 'forecast', initial: '0', commit: true, commitRate: '30000', commitPeriods: '3', rampUp: '0', capacity: '', fixedCost: '0' },
    ]);
    expect(form.safetyFactor).toBe('');
    expect(form.pilot).toBe('');
    const raw = rawScenarioOf(form);
    expect(raw['launchQuantities']).toBeUndefined();
    expect(raw['safetyFactor']).toBeUndefined();
    expect(raw['strategies']).toEqual([
      { name: 'pilot', initial: 500, rampUp: 1 },
      { name: 'forecast', initial: 0, commit: { rate: 30000, periods: 3 }, rampUp: 0, fixedCost: 0 },
    ]);
  });

  it('sweeps the first strategy’s initial batch over the grid given, as one scenario with the others run once', () => {
    const v = validateLaunchForm(ohno());
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.grid).toEqual(grid);
    expect(v.sweepScenario.sweep).toEqual({ strategy: 'pilot', field: 'initial', ...grid });
    expect({ ...v.sweepScenario, sweep: undefined }).toEqual({ ...v.scenario, sweep: undefined });
    // Only so version-1 code keeps compiling: the smallest and largest initial batch.
    expect(v.quantities).toEqual({ pilot: 0, launch: 500 });
  });

  it('a scenario with its own strategy sweep keeps it: strategy, field and grid', () => {
    const base = presetScenario('launch-forecast-wins.json');
    const parsed = parseScenario({ ...base, safetyFactor: 0.25, sweep: { strategy: 'forecast', field: 'commit.periods', from: 1, to: 6, step: 1 } });
    if (!parsed.ok || parsed.scenario.model !== 'launch') throw new Error('sweep scenario');
    const form = formFromScenario(parsed.scenario, grid);
    expect([form.sweepStrategy, form.sweepField, form.sweepFrom, form.sweepTo, form.sweepStep, form.safetyFactor]).toEqual([1, 'commit.periods', '1', '6', '1', '0.25']);
    const v = validateLaunchForm(form);
    expect(v.ok && v.sweepScenario).toEqual(parsed.scenario);
    expect(v.ok && v.scenario).toEqual({ ...parsed.scenario, sweep: undefined });
  });
});

describe('editing strategies', () => {
  it('adds a copy of the last strategy under a new unique name, up to 20', () => {
    const added = applyEdit(ohno(), { kind: 'add-strategy' });
    expect(added.strategies?.map((s) => s.name)).toEqual(['pilot', 'forecast', 'forecast 2']);
    expect(added.strategies?.[2]).toEqual({ ...ohno().strategies?.[1], name: 'forecast 2' });
    const v = validateLaunchForm(added);
    expect(v.ok && v.scenario.strategies?.length).toBe(3);
    expect(applyEdit(added, { kind: 'add-strategy' }).strategies?.at(-1)?.name).toBe('forecast 2 2');
    let many = ohno();
    for (let i = 0; i < 30; i++) many = applyEdit(many, { kind: 'add-strategy' });
    expect(many.strategies).toHaveLength(MAX_STRATEGIES);
    expect(new Set(many.strategies?.map((s) => s.name)).size).toBe(MAX_STRATEGIES);
    expect(validateLaunchForm(many).ok).toBe(true);
  });

  it('a new name is never longer than a name may be', () => {
    const long = 'x'.repeat(60);
    expect(freeName(long, new Set([long]))).toBe('strategy 2');
    expect(freeName('a', new Set(['a', 'a 2']))).toBe('a 3');
  });

  it('removes any strategy but the last one left', () => {
    const form = ohno();
    expect(applyEdit(form, { kind: 'remove-strategy', index: 0 }).strategies?.map((s) => s.name)).toEqual(['forecast']);
    const one = edits(form, { kind: 'remove-strategy', index: 0 }, { kind: 'remove-strategy', index: 0 });
    expect(one.strategies?.map((s) => s.name)).toEqual(['forecast']);
    expect(validateLaunchForm(one).ok).toBe(true);
  });

  it('renames, and changes each field, leaving the others', () => {
    const form = edits(
      ohno(),
      { kind: 'strategy', index: 1, key: 'name', value: 'commit 30k' },
      { kind: 'strategy', index: 1, key: 'initial', value: '1,000' },
      { kind: 'strategy', index: 1, key: 'commitRate', value: '25000' },
      { kind: 'strategy', index: 1, key: 'commitPeriods', value: '4' },
      { kind: 'strategy', index: 1, key: 'rampUp', value: '2' },
      { kind: 'strategy', index: 1, key: 'capacity', value: '36000' },
      { kind: 'strategy', index: 1, key: 'fixedCost', value: '250000' },
      { kind: 'field', field: 'safetyFactor', value: '0.1' },
    );
    const v = validateLaunchForm(form);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.scenario.safetyFactor).toBe(0.1);
    expect(v.scenario.strategies).toEqual([
      { name: 'pilot', initial: 500, rampUp: 1 },
      { name: 'commit 30k', initial: 1000, commit: { rate: 25000, periods: 4 }, rampUp: 2, capacity: 36000, fixedCost: 250000 },
    ]);
  });

  it('switches a commitment off (the typed plan is kept for switching it back on) and on (a first plan when none was typed)', () => {
    const off = applyEdit(ohno(), { kind: 'strategy-commit', index: 1, on: false });
    const v = validateLaunchForm(off);
    expect(v.ok && v.scenario.strategies?.[1]).toEqual({ name: 'forecast', initial: 0, rampUp: 0, fixedCost: 0 });
    const back = applyEdit(off, { kind: 'strategy-commit', index: 1, on: true });
    expect(back).toEqual(ohno());
    // The pilot had no plan: it starts from the largest demand level for 3 months.
    const pilot = applyEdit(ohno(), { kind: 'strategy-commit', index: 0, on: true });
    expect(pilot.strategies?.[0]).toMatchObject({ commit: true, commitRate: '30000', commitPeriods: '3' });
    expect(validateLaunchForm(pilot).ok).toBe(true);
  });

  it('chooses what the sweep varies, each from a valid first grid', () => {
    const periods = applyEdit(ohno(), { kind: 'sweep-target', strategy: 1, field: 'commit.periods' });
    expect([periods.sweepFrom, periods.sweepTo, periods.sweepStep]).toEqual(['1', '12', '1']);
    const rate = applyEdit(ohno(), { kind: 'sweep-target', strategy: 1, field: 'commit.rate' });
    // From 0 to the strategy's capacity (the plant's 40,000 here), never over it.
    expect([rate.sweepFrom, rate.sweepTo, rate.sweepStep]).toEqual(['0', '40000', '2000']);
    const own = edits(ohno(), { kind: 'strategy', index: 1, key: 'capacity', value: '35000' }, { kind: 'sweep-target', strategy: 1, field: 'commit.rate' });
    expect([own.sweepTo, own.sweepStep]).toEqual(['34000', '2000']);
    for (const form of [periods, rate, own]) {
      const v = validateLaunchForm(form);
      expect(v.ok && v.sweepScenario.sweep).toMatchObject({ strategy: 'forecast' });
    }
    // The pilot has no commitment: only its initial batch can be swept.
    const pilot = applyEdit(ohno(), { kind: 'sweep-target', strategy: 0, field: 'commit.rate' });
    expect(pilot.sweepField).toBe('initial');
  });

  it('keeps the sweep on its strategy through renames and removals, and off a commitment switched off', () => {
    const swept = applyEdit(ohno(), { kind: 'sweep-target', strategy: 1, field: 'commit.rate' });
    const renamed = applyEdit(swept, { kind: 'strategy', index: 1, key: 'name', value: 'bet' });
    const v = validateLaunchForm(renamed);
    expect(v.ok && v.sweepScenario.sweep).toMatchObject({ strategy: 'bet' });
    expect(applyEdit(swept, { kind: 'remove-strategy', index: 0 }).sweepStrategy).toBe(0);
    const gone = applyEdit(swept, { kind: 'remove-strategy', index: 1 });
    expect([gone.sweepStrategy, gone.sweepField, gone.sweepTo]).toEqual([0, 'initial', '38000']);
    const off = applyEdit(swept, { kind: 'strategy-commit', index: 1, on: false });
    expect(off.sweepField).toBe('initial');
    expect(validateLaunchForm(off).ok).toBe(true);
  });

  it('leaves a version-1 form alone under strategy edits', () => {
    const v1 = formFromScenario(presetScenario('launch-seed-case.json'), grid);
    for (const edit of [
      { kind: 'add-strategy' },
      { kind: 'remove-strategy', index: 0 },
      { kind: 'strategy', index: 0, key: 'name', value: 'x' },
      { kind: 'strategy-commit', index: 0, on: true },
      { kind: 'sweep-target', strategy: 0, field: 'commit.rate' },
    ] as const) {
      expect(applyEdit(v1, edit)).toBe(v1);
    }
  });
});

describe('problems at their fields, worded as the form labels them', () => {
  it('a commitment over the capacity (the plant’s, or the strategy’s own)', () => {
    const plant = edits(ohno(), { kind: 'field', field: 'capacity', value: '35000' }, { kind: 'strategy', index: 1, key: 'commitRate', value: '40000' });
    expect(messages(plant)).toEqual(['strategies[1].commit.rate: 40000 is not allowed, must be ≤ capacity (35,000)']);
    expect(shown(plant)).toEqual(["Strategy 2 · forecast · Commitment rate (units per month): 40000 is not allowed; it must be at most the plant's capacity, 35,000"]);
    const own = applyEdit(ohno(), { kind: 'strategy', index: 1, key: 'capacity', value: '20000' });
    expect(shown(own)).toEqual(["Strategy 2 · forecast · Commitment rate (units per month): 30000 is not allowed; it must be at most the strategy's own capacity, 20,000"]);
  });

  it('a negative fixed cost, a duplicate name, an empty name, a non-number, a missing month count', () => {
    const form = edits(
      ohno(),
      { kind: 'add-strategy' },
      { kind: 'strategy', index: 1, key: 'fixedCost', value: '-5' },
      { kind: 'strategy', index: 2, key: 'name', value: 'pilot' },
      { kind: 'strategy', index: 0, key: 'initial', value: 'lots' },
      { kind: 'strategy', index: 2, key: 'commitPeriods', value: '' },
    );
    expect(messages(form)).toEqual([
      'strategies[0].initial: "lots" is not allowed, must be a number from 0 to 1,000,000,000,000',
      'strategies[1].fixedCost: -5 is not allowed, must be ≥ 0',
      'strategies[2].commit.periods: missing, required',
      'strategies[2].name: "pilot" is not allowed, must be unique (strategies[0].name is the same)',
    ]);
    expect(shown(form)).toEqual([
      'Strategy 1 · pilot · Initial batch (units): "lots" is not allowed; it must be a number from 0 to 1,000,000,000,000',
      'Strategy 2 · forecast · Fixed cost: -5 is not allowed; it must be at least 0',
      'Strategy 3 · pilot · Committed months: missing; it must be given',
      'Strategy 3 · pilot · Name: "pilot" is not allowed; it must be unique: Strategy 1 · pilot has the same name',
    ]);
    const blank = applyEdit(ohno(), { kind: 'strategy', index: 0, key: 'name', value: ' ' });
    // The blank name is shown once, at its field (not again at the sweep, which names that strategy).
    expect(shown(blank)).toEqual(['Strategy 1 · Name: " " is not allowed; it must not be empty']);
    const v = validateLaunchForm(blank);
    expect(v.ok ? [] : unplacedIssues(blank, v.issues)).toEqual([]);
  });

  it('months committed beyond the horizon, a negative safety factor', () => {
    const form = edits(ohno(), { kind: 'strategy', index: 1, key: 'commitPeriods', value: '13' }, { kind: 'field', field: 'safetyFactor', value: '-1' });
    expect(shown(form)).toEqual([
      'Safety factor: -1 is not allowed; it must be at least 0',
      'Strategy 2 · forecast · Committed months: 13 is not allowed; it must be at most Months sold over (12)',
    ]);
  });

  it('the sweep of a strategy field, in the words of the sweep’s own fields', () => {
    const periods = applyEdit(ohno(), { kind: 'sweep-target', strategy: 1, field: 'commit.periods' });
    expect(shown({ ...periods, sweepTo: '14', sweepStep: '1.5' })).toEqual([
      'Step: 1.5 is not allowed; the committed months swept go up by whole months',
      'To: 14 is not allowed; the committed months swept must be at most the months sold over, 12',
    ]);
    const rate = applyEdit(ohno(), { kind: 'sweep-target', strategy: 1, field: 'commit.rate' });
    expect(shown({ ...rate, sweepTo: '50000' })).toEqual(['To: 50000 is not allowed; the commitment rate swept must be at most the capacity of forecast, 40,000']);
    expect(shown({ ...rate, sweepStep: '100' })).toEqual(['Step: 100 is not allowed; it must give at most 101 values of the swept field (this gives 401)']);
  });

  it('more markets than the sweep may run: refused at the replications, though the strategies alone could run', () => {
    const form = { ...ohno(), replications: '1000000', sweepFrom: '0', sweepTo: '100000', sweepStep: '1000' };
    expect(shown(form)).toEqual([
      'Replications: 1000000 is not allowed; it must be at most 980,392 with 102 strategies and sweep points (at most 100,000,000 runs in all)',
    ]);
    expect(validateLaunchForm({ ...form, replications: '980392' }).ok).toBe(true);
  });

  it('every problem has a field on the form', () => {
    const form = edits(
      ohno(),
      { kind: 'strategy', index: 1, key: 'commitRate', value: 'x' },
      { kind: 'strategy', index: 0, key: 'rampUp', value: '1.5' },
      { kind: 'strategy', index: 0, key: 'capacity', value: '-1' },
      { kind: 'field', field: 'safetyFactor', value: '11' },
    );
    const v = validateLaunchForm(form);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.issues.map((i) => i.path)).toEqual(['safetyFactor', 'strategies[0].rampUp', 'strategies[0].capacity', 'strategies[1].commit.rate']);
    expect(unplacedIssues(form, v.issues)).toEqual([]);
    expect(formPaths(form).has(strategyPath(1, 'commitRate'))).toBe(true);
    expect(fieldId(strategyPath(1, 'commitRate'))).toBe('field-strategies-1-commit-rate');
  });
});

describe('the form’s strategy sweep runs as `genba run` runs the file', () => {
  it('one result per grid point, named by it, on MODEL.md’s worked case (demand noise 0)', () => {
    const form = edits(
      ohno(),
      { kind: 'field', field: 'demandCV', value: '0' },
      { kind: 'field', field: 'replications', value: '200' },
      { kind: 'sweep-target', strategy: 1, field: 'commit.periods' },
    );
    const v = validateLaunchForm({ ...form, sweepTo: '3' });
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const result = runMonteCarloSync(createLaunchMonteCarlo(v.sweepScenario), 200) as LaunchStrategiesResult;
    expect(result.results.map((r) => [r.strategy, r.point])).toEqual([
      ['pilot', undefined],
      ['forecast [commit.periods = 1]', { field: 'commit.periods', value: 1 }],
      ['forecast [commit.periods = 2]', { field: 'commit.periods', value: 2 }],
      ['forecast [commit.periods = 3]', { field: 'commit.periods', value: 3 }],
    ]);
    const byState = (i: number, state: string) => result.results[i]?.byState[state]?.profit.mean;
    // MODEL.md's table: pilot 2,404,000 / 44,000; forecast (3 months) 2,880,000 / −797,400.
    expect([byState(0, 'good'), byState(0, 'bad'), byState(3, 'good')]).toEqual([2_404_000, 44_000, 2_880_000]);
    expect(Math.round(byState(3, 'bad') as number)).toBe(-797_400);
    // One month committed, bad market, by hand: 30,000 made, 500 sold a month (6,000 at 20), 24,000 salvaged at 4,
    // stock carried at the end of months 1–11 is 30,000 − 500k (297,000 unit-months at 0.2): 120,000 + 96,000 − 360,000 − 59,400.
    expect(Math.round(byState(1, 'bad') as number)).toBe(-203_400);
    expect(byState(1, 'good')).toBe(2_880_000);
  });
});

describe('any sequence of edits (property)', () => {
  const texts = ['', '0', '1', '3', '12', '500', '30000', '40000', '-5', 'abc', '1.5', '1e13', ' ', 'pilot', 'forecast', '30,000'];
  const index = fc.integer({ min: -1, max: 21 });
  const text = fc.constantFrom(...texts);
  const edit: fc.Arbitrary<FormEdit> = fc.oneof(
    fc.record({ kind: fc.constant('strategy' as const), index, key: fc.constantFrom(...(['name', 'initial', 'commitRate', 'commitPeriods', 'rampUp', 'capacity', 'fixedCost'] as const)), value: text }),
    fc.record({ kind: fc.constant('strategy-commit' as const), index, on: fc.boolean() }),
    fc.constant({ kind: 'add-strategy' as const }),
    fc.record({ kind: fc.constant('remove-strategy' as const), index }),
    fc.record({ kind: fc.constant('sweep-target' as const), strategy: index, field: fc.constantFrom(...(['initial', 'commit.rate', 'commit.periods'] as const)) }),
    fc.record({ kind: fc.constant('field' as const), field: fc.constantFrom(...(['capacity', 'horizon', 'rampUp', 'safetyFactor', 'sweepFrom', 'sweepTo', 'sweepStep', 'replications'] as const)), value: text }),
    fc.constant({ kind: 'field' as const, field: 'replications' as const, value: '1000000' }),
  );

  it('never throws, keeps 1 to 20 strategies, places every problem at a field, and a valid form reads back the same', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (list) => {
        const form = edits(ohno(), ...list);
        const n = form.strategies?.length ?? 0;
        expect(n >= 1 && n <= MAX_STRATEGIES).toBe(true);
        expect(form.sweepStrategy !== undefined && form.sweepStrategy >= 0 && form.sweepStrategy < n).toBe(true);
        const v = validateLaunchForm(form);
        if (!v.ok) {
          expect(v.issues.length).toBeGreaterThan(0);
          expect(unplacedIssues(form, v.issues)).toEqual([]);
          return;
        }
        // The valid scenario, through the form again (with its sweep): the same scenario and sweep.
        const again = validateLaunchForm(formFromScenario(v.sweepScenario, v.grid));
        expect(again.ok).toBe(true);
        if (!again.ok) return;
        expect(again.scenario).toEqual(v.scenario);
        expect(again.sweepScenario).toEqual(v.sweepScenario);
      }),
      { numRuns: 300 },
    );
  });
});
