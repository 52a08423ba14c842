import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../scenario/index.ts';
import { formFromScenario, validateLaunchForm } from './launch-form.ts';

describe('the form carries a strategies scenario through unchanged', () => {
  it('gives back the seed case’s strategies and safety factor, and the file `genba run` takes', () => {
    const text = readFileSync('public/scenarios/launch-ohno-question.json', 'utf8');
    const parsed = parseScenarioText(text);
    if (!parsed.ok || parsed.scenario.model !== 'launch') throw new Error('not a launch scenario');
    const v = validateLaunchForm(formFromScenario({ ...parsed.scenario, safetyFactor: 0.1 }, { from: 0, to: 1, step: 1 }));
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.scenario).toEqual({ ...parsed.scenario, safetyFactor: 0.1 });
  });
});
