import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../../scenario/index.ts';
import type { LaunchScenario } from '../../scenario/types.ts';
import {
  fieldId,
  formFromScenario,
  readNumber,
  readSeed,
  unplacedIssues,
  validateLaunchForm,
  type LaunchForm,
} from './launch-form.ts';

function preset(): LaunchScenario {
  const parsed = parseScenarioText(readFileSync('public/scenarios/launch-seed-case.json', 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'launch') throw new Error('seed case preset');
  return parsed.scenario;
}
const grid = { from: 0, to: 38000, step: 2000 };
const form = (): LaunchForm => formFromScenario(preset(), grid);
const messages = (f: LaunchForm) => {
  const v = validateLaunchForm(f);
  return v.ok ? [] : v.issues.map((i) => i.message);
};

describe('reading typed numbers', () => {
  it('reads plain, grouped and scientific numbers; leaves other text to the validator', () => {
    expect(['30000', ' 30,000 ', '1,234.5', '1e4', '-3', '.5', '+2'].map(readNumber)).toEqual([30000, 30000, 1234.5, 10000, -3, 0.5, 2]);
    expect(readNumber('')).toBeUndefined();
    expect(readNumber('3,00')).toBe('3,00');
    expect(readNumber('abc')).toBe('abc');
  });

  it('reads a seed as the CLI does', () => {
    expect(readSeed('42')).toBe(42);
    expect(readSeed('ohno')).toBe('ohno');
    expect(readSeed('4.2')).toBe('4.2');
  });
});

describe('the launch form', () => {
  it('gives back exactly the preset file, so the screen runs what `genba run` runs', () => {
    const v = validateLaunchForm(form());
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(JSON.stringify(v.scenario)).toBe(JSON.stringify(preset()));
    expect(v.quantities).toEqual({ pilot: 500, launch: 30000 });
    expect(v.sweepScenario.launchQuantities).toEqual([0, 500, ...Array.from({ length: 19 }, (_, k) => (k + 1) * 2000)]);
    expect({ ...v.sweepScenario, launchQuantities: undefined }).toEqual({ ...v.scenario, launchQuantities: undefined });
  });

  it('reports the validator’s messages at the fields’ paths, every one at once', () => {
    const f = { ...form(), salvage: '12', price: 'abc', replications: '2000000' };
    expect(messages(f)).toEqual([
      'replications: 2000000 is not allowed, must be ≤ 1,000,000',
      'economics.price: "abc" is not allowed, must be a number from 0 to 1,000,000,000,000',
      'economics.salvage: 12 is not allowed, must be < economics.cost (12)',
    ]);
    const salvageOnly = messages({ ...form(), salvage: '12' });
    expect(salvageOnly).toEqual(['economics.salvage: 12 is not allowed, must be < economics.cost (12)']);
  });

  it('refuses probabilities that do not add up to 1, at the list of states', () => {
    const f = form();
    const v = validateLaunchForm({ ...f, states: [{ ...f.states[0]!, probability: '0.6' }, f.states[1]!] });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.issues.map((i) => i.path)).toEqual(['market.states']);
    expect(unplacedIssues(f, v.issues)).toEqual([]);
  });

  it('wants the pilot smaller than the launch', () => {
    expect(messages({ ...form(), pilot: '40000' })).toEqual([
      'launchQuantities[0]: 40000 is not allowed, must be < launchQuantities[1] (30000): the pilot is the smaller batch',
    ]);
  });

  it('checks the sweep as the file format does, and keeps it to a chartable size', () => {
    expect(messages({ ...form(), sweepStep: '0' })).toEqual(['sweep.step: 0 is not allowed, must be > 0']);
    expect(messages({ ...form(), sweepTo: '-5' })[0]).toMatch(/^sweep\.to: -5 is not allowed/);
    expect(messages({ ...form(), sweepStep: '100' })).toEqual([
      "sweep.step: 100 is not allowed, must give at most 101 launch quantities with the strategies' (this gives 381)",
    ]);
  });

  it('refuses, with a message, a sweep that would run more markets × launch quantities than allowed', () => {
    expect(messages({ ...form(), replications: '1000000', sweepStep: '100' })).toEqual([
      'replications: 1000000 is not allowed, must be ≤ 262,467 with 381 launch quantities (at most 100,000,000 runs in all)',
    ]);
  });

  it('a missing required field is reported as missing; an empty optional one takes its default', () => {
    expect(messages({ ...form(), price: '' })).toEqual(['economics.price: missing, required']);
    const v = validateLaunchForm({ ...form(), rampUp: '' });
    expect(v.ok && v.scenario.rampUp).toBe(0);
  });

  it('names fields with DOM-safe ids', () => {
    expect(fieldId('market.states[0].level')).toBe('field-market-states-0-level');
    expect(fieldId('launchQuantities[1]')).toBe('field-launchQuantities-1');
  });
});

describe('editing the form', async () => {
  const { withField, withStateField, withStateAdded, withStateRemoved, isFormField, MAX_STATES } = await import('./launch-form.ts');

  it('changes one field, or one state’s field, leaving the rest', () => {
    const f = form();
    expect(withField(f, 'price', '25').price).toBe('25');
    expect(withField(f, 'price', '25').cost).toBe(f.cost);
    const g = withStateField(f, 1, 'level', '800');
    expect(g.states.map((s) => s.level)).toEqual(['30000', '800']);
    expect(f.states[1]!.level).toBe('500');
  });

  it('adds a state with share 0 (still valid), and removes any but the last', () => {
    const added = withStateAdded(form());
    expect(added.states.at(-1)).toEqual({ name: 'state 3', probability: '0', level: '0' });
    expect(validateLaunchForm(added).ok).toBe(true);
    expect(withStateRemoved(added, 0).states.map((s) => s.name)).toEqual(['bad', 'state 3']);
    const one = withStateRemoved(withStateRemoved(form(), 0), 0);
    expect(one.states).toHaveLength(1);
    let many = form();
    for (let i = 0; i < 30; i++) many = withStateAdded(many);
    expect(many.states).toHaveLength(MAX_STATES);
  });

  it('knows its fields', () => {
    expect(isFormField('price')).toBe(true);
    expect(isFormField('states')).toBe(false);
    expect(isFormField('toString')).toBe(false);
  });
});

describe('applying an edit', async () => {
  const { applyEdit } = await import('./launch-form.ts');
  it('does what each kind of edit says', () => {
    const f = form();
    expect(applyEdit(f, { kind: 'field', field: 'seed', value: 'x' }).seed).toBe('x');
    expect(applyEdit(f, { kind: 'state', index: 0, key: 'name', value: 'boom' }).states[0]!.name).toBe('boom');
    expect(applyEdit(f, { kind: 'add-state' }).states).toHaveLength(3);
    expect(applyEdit(f, { kind: 'remove-state', index: 1 }).states.map((s) => s.name)).toEqual(['good']);
  });
});
