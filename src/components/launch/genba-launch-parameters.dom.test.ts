/**
 * Lesson 3's parameter editor with strategies (Model B version 2) in happy-dom: every field
 * emits its edit, an invalid value shows its message at the field (aria-invalid,
 * aria-describedby), strategies are added, removed and renamed, the commitment is switched
 * off and on, and the sweep's strategy and field are chosen. A small loop plays the screen's
 * part (applyEdit, validateLaunchForm), as genba-launch-screen does.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../scenario/index.ts';
import { applyEdit, formFromScenario, validateLaunchForm, type FormEdit, type LaunchForm } from '../../lessons/launch/launch-form.ts';
import type { ValidationIssue } from '../../scenario/types.ts';
import './genba-launch-parameters.ts';
import type { GenbaLaunchParameters } from './genba-launch-parameters.ts';

function preset(file: string): LaunchForm {
  // Under happy-dom import.meta.url is not a file URL; Vitest runs from the project root.
  const parsed = parseScenarioText(readFileSync(resolve(process.cwd(), 'public/scenarios', file), 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'launch') throw new Error(file);
  return formFromScenario(parsed.scenario, { from: 0, to: 38000, step: 2000 });
}

/** The editor, and the screen's part: every edit applied, the form validated again. */
interface Harness {
  readonly el: GenbaLaunchParameters;
  readonly edits: FormEdit[];
  form: LaunchForm;
  issues: readonly ValidationIssue[];
  /** The last valid scenario (what the screen would run). */
  valid: ReturnType<typeof validateLaunchForm> | null;
}

let h: Harness;
let listener: (e: GlobalEventHandlersEventMap['launch-form-edit']) => void;

async function show(form: LaunchForm): Promise<void> {
  const v = validateLaunchForm(form);
  h.form = form;
  h.issues = v.ok ? [] : v.issues;
  if (v.ok) h.valid = v;
  h.el.form = form;
  h.el.issues = h.issues;
  await h.el.updateComplete;
}

beforeEach(async () => {
  const el = document.createElement('genba-launch-parameters');
  document.body.append(el);
  h = { el, edits: [], form: preset('launch-ohno-question.json'), issues: [], valid: null };
  // Listening on the document checks the event leaves the shadow root (bubbles, composed).
  listener = (e) => {
    h.edits.push(e.detail);
    void show(applyEdit(h.form, e.detail));
  };
  document.addEventListener('launch-form-edit', listener);
  await show(h.form);
});

afterEach(() => {
  document.removeEventListener('launch-form-edit', listener);
  h.el.remove();
});

const root = (): ShadowRoot => {
  const r = h.el.shadowRoot;
  if (r === null) throw new Error('no shadow root');
  return r;
};

function control<T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(path: string): T {
  const found = root().querySelector(`[data-path="${path}"]`);
  if (found === null) throw new Error(`no control for ${path}`);
  return found as T;
}

const has = (path: string): boolean => root().querySelector(`[data-path="${path}"]`) !== null;

/** The accessible name of a control: its label's text. */
function labelOf(c: Element): string {
  return root().querySelector(`label[for="${c.id}"]`)?.textContent?.trim() ?? '';
}

/** The texts a control points at with aria-describedby. */
function describedBy(c: Element): string[] {
  const ids = c.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => root().querySelector(`[id="${id}"]`)?.textContent?.trim() ?? `(missing #${id})`);
}

async function type(path: string, value: string): Promise<void> {
  const c = control(path);
  c.value = value;
  c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle();
}

async function choose(path: string, value: string): Promise<void> {
  const c = control<HTMLSelectElement>(path);
  c.value = value;
  c.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle();
}

async function settle(): Promise<void> {
  await h.el.updateComplete;
  await h.el.updateComplete;
}

function button(name: string): HTMLButtonElement {
  const found = [...root().querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (found === undefined) throw new Error(`no button named ${name}`);
  return found;
}

const legends = (): string[] => [...root().querySelectorAll('fieldset.strategy > legend')].map((l) => l.textContent?.trim() ?? '');

describe('genba-launch-parameters with strategies', () => {
  it('shows a fieldset per strategy, every field labelled, and no launch quantities', () => {
    expect(legends()).toEqual(['Strategy 1 · pilot', 'Strategy 2 · forecast']);
    expect(has('launchQuantities[0]')).toBe(false);
    expect(control('strategies[0].initial').value).toBe('500');
    expect(control('strategies[1].commit.rate').value).toBe('30000');
    expect(control('strategies[1].commit.periods').value).toBe('3');
    expect(control('strategies[1].fixedCost').value).toBe('0');
    expect(control('strategies[0].capacity').value).toBe('');
    expect(control('safetyFactor').value).toBe('');
    // The pilot commits to nothing: its plan's fields are not shown, its switch is off.
    expect(control('strategies[0].commit').checked).toBe(false);
    expect(has('strategies[0].commit.rate')).toBe(false);
    expect(control('strategies[1].commit').checked).toBe(true);
    for (const c of root().querySelectorAll('input, select')) expect(labelOf(c), c.id).not.toBe('');
    expect(labelOf(control('strategies[1].commit.rate'))).toBe('Commitment rate (units per month)');
    expect(describedBy(control('strategies[0].capacity'))).toEqual(["Empty: the plant's (40,000)"]);
    expect(h.edits).toEqual([]);
  });

  it('emits the edit of each field, as typed', async () => {
    await type('strategies[1].commit.rate', '25,000');
    await type('strategies[0].rampUp', '2');
    await type('strategies[1].fixedCost', '100000');
    await type('safetyFactor', '0.2');
    expect(h.edits).toEqual([
      { kind: 'strategy', index: 1, key: 'commitRate', value: '25,000' },
      { kind: 'strategy', index: 0, key: 'rampUp', value: '2' },
      { kind: 'strategy', index: 1, key: 'fixedCost', value: '100000' },
      { kind: 'field', field: 'safetyFactor', value: '0.2' },
    ]);
    expect(h.issues).toEqual([]);
    const v = validateLaunchForm(h.form);
    expect(v.ok && v.scenario.strategies?.[1]).toMatchObject({ commit: { rate: 25000, periods: 3 }, fixedCost: 100000 });
  });

  it('shows an invalid value’s message at its field, tied with aria-invalid and aria-describedby, and clears it once fixed', async () => {
    await type('capacity', '35000');
    await type('strategies[1].commit.rate', '40000');
    const rate = control('strategies[1].commit.rate');
    expect(rate.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(rate)).toEqual([
      "Strategy 2 · forecast · Commitment rate (units per month): 40000 is not allowed; it must be at most the plant's capacity, 35,000",
      'Made every committed month, whatever the market',
    ]);
    await type('strategies[1].fixedCost', '-5');
    expect(describedBy(control('strategies[1].fixedCost'))[0]).toBe('Strategy 2 · forecast · Fixed cost: -5 is not allowed; it must be at least 0');
    await type('strategies[0].initial', 'many');
    expect(describedBy(control('strategies[0].initial'))[0]).toBe(
      'Strategy 1 · pilot · Initial batch (units): "many" is not allowed; it must be a number from 0 to 1,000,000,000,000',
    );
    expect(root().querySelector('.unplaced'), 'every problem at a field').toBeNull();
    // A polite live region says how many fields need fixing (screen readers hear the refusal).
    const status = root().querySelector('[role="status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent?.trim()).toBe('3 fields need fixing. The last valid scenario stays in use.');

    await type('strategies[1].commit.rate', '30000');
    await type('strategies[1].fixedCost', '0');
    await type('strategies[0].initial', '500');
    expect(rate.getAttribute('aria-invalid')).toBe('false');
    expect(describedBy(rate)).toEqual(['Made every committed month, whatever the market']);
    expect(root().querySelectorAll('.error')).toHaveLength(0);
    expect(root().querySelector('[role="status"]')?.textContent?.trim()).toBe('');
  });

  it('names a duplicate and an empty name at the name field', async () => {
    await type('strategies[1].name', 'pilot');
    const name = control('strategies[1].name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(name)).toEqual(['Strategy 2 · pilot · Name: "pilot" is not allowed; it must be unique: Strategy 1 · pilot has the same name']);
    await type('strategies[1].name', '');
    expect(describedBy(name)).toEqual(['Strategy 2 · Name: "" is not allowed; it must not be empty']);
    expect(legends()[1]).toBe('Strategy 2');
  });

  it('renames a strategy: its legend, its remove button and the sweep’s choice follow', async () => {
    await type('strategies[1].name', 'bet on 30k');
    expect(h.edits).toEqual([{ kind: 'strategy', index: 1, key: 'name', value: 'bet on 30k' }]);
    expect(legends()).toEqual(['Strategy 1 · pilot', 'Strategy 2 · bet on 30k']);
    expect(button('Remove strategy 2 (bet on 30k)')).toBeDefined();
    const options = [...control<HTMLSelectElement>('sweep.strategy').options].map((o) => o.textContent?.trim());
    expect(options).toEqual(['Strategy 1 · pilot', 'Strategy 2 · bet on 30k']);
  });

  it('adds a strategy (focus on its name), removes one (focus on Add), never the last, at most 20', async () => {
    button('Add a strategy').click();
    await settle();
    expect(h.edits).toEqual([{ kind: 'add-strategy' }]);
    expect(legends()).toEqual(['Strategy 1 · pilot', 'Strategy 2 · forecast', 'Strategy 3 · forecast 2']);
    expect(root().activeElement?.id).toBe('field-strategies-2-name');

    button('Remove strategy 1 (pilot)').click();
    await settle();
    expect(h.edits.at(-1)).toEqual({ kind: 'remove-strategy', index: 0 });
    expect(legends()).toEqual(['Strategy 1 · forecast', 'Strategy 2 · forecast 2']);
    expect(root().activeElement?.id).toBe('add-strategy');

    button('Remove strategy 2 (forecast 2)').click();
    await settle();
    expect(legends()).toEqual(['Strategy 1 · forecast']);
    expect(button('Remove strategy 1 (forecast)').disabled).toBe(true);

    for (let i = 0; i < 19; i++) {
      button('Add a strategy').click();
      await settle();
    }
    expect(legends()).toHaveLength(20);
    expect(button('Add a strategy').disabled).toBe(true);
  });

  it('switches a commitment off (its fields hidden, left out of the scenario) and on again (as typed)', async () => {
    const box = control('strategies[1].commit');
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle();
    expect(h.edits).toEqual([{ kind: 'strategy-commit', index: 1, on: false }]);
    expect(has('strategies[1].commit.rate')).toBe(false);
    const v = validateLaunchForm(h.form);
    expect(v.ok && v.scenario.strategies?.[1]?.commit).toBeUndefined();
    const again = control('strategies[1].commit');
    again.checked = true;
    again.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle();
    expect(control('strategies[1].commit.rate').value).toBe('30000');
  });

  it('chooses the sweep’s strategy and field; a strategy without a commitment offers only its initial batch', async () => {
    expect(root().querySelector('fieldset.sweep > legend')?.textContent?.trim()).toBe('Sweep of one strategy field');
    expect(labelOf(control('sweep.from'))).toBe('From');
    const field = control<HTMLSelectElement>('sweep.field');
    expect([...field.options].map((o) => [o.value, o.disabled])).toEqual([
      ['initial', false],
      ['commit.rate', true],
      ['commit.periods', true],
    ]);
    await choose('sweep.strategy', '1');
    expect(h.edits.at(-1)).toEqual({ kind: 'sweep-target', strategy: 1, field: 'initial' });
    await choose('sweep.field', 'commit.periods');
    expect(h.edits.at(-1)).toEqual({ kind: 'sweep-target', strategy: 1, field: 'commit.periods' });
    expect([control('sweep.from').value, control('sweep.to').value, control('sweep.step').value]).toEqual(['1', '12', '1']);
    await type('sweep.to', '14');
    const to = control('sweep.to');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(to)).toEqual(['To: 14 is not allowed; the committed months swept must be at most the months sold over, 12']);
  });
});

describe('genba-launch-parameters with launch quantities (version 1)', () => {
  it('still shows the two launch quantities, and no strategies', async () => {
    await show(preset('launch-seed-case.json'));
    expect(control('launchQuantities[0]').value).toBe('500');
    expect(control('launchQuantities[1]').value).toBe('30000');
    expect(root().querySelector('fieldset.strategy')).toBeNull();
    expect(labelOf(control('sweep.from'))).toBe('From Q0');
    await type('launchQuantities[0]', '40000');
    expect(describedBy(control('launchQuantities[0]'))[0]).toBe('Launch quantity 1: 40000 is not allowed; it must be less than Launch quantity 2 (30000): the pilot is the smaller batch');
  });
});
