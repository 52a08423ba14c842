/**
 * The finite check runs on every lesson's figures before they are drawn (issue 16): it must
 * pass on every preset as it is (replay material may keep Infinity as a sentinel; the
 * figures shown may not).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../scenario/index.ts';
import type { FlowLineScenario } from '../scenario/types.ts';
import { doLessonWork } from './lesson-work.ts';
import { INTENDED_IMPROVEMENTS } from './kaizen/it-failed-before.ts';
import { findNonFinite } from '../sim/finite-results.ts';
import { runLesson } from './launch/lesson-run.ts';
import { formFromScenario, validateLaunchForm } from './launch/launch-form.ts';
import { seedCase } from './launch/test-fixtures.ts';

const folder = 'public/scenarios/';
const flowPresets = readdirSync(folder)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => ({ file: f, parsed: parseScenarioText(readFileSync(`${folder}${f}`, 'utf8')) }))
  .flatMap(({ file, parsed }) => (parsed.ok && parsed.scenario.model === 'flow-line' ? [{ file, scenario: parsed.scenario }] : []));

describe('lesson figures are checked finite, and every preset passes', { timeout: 120_000 }, () => {
  it.each(flowPresets.map((p) => [p.file, p.scenario] as const))('lesson 1 on %s', (_file, scenario) => {
    expect(() => doLessonWork({ kind: 'paired-run', scenario, replication: 0 })).not.toThrow();
  });

  it('lesson 2 with the intended improvements', () => {
    const original = flowPresets.find((p) => p.file === 'it-failed-before.json')?.scenario as FlowLineScenario;
    const result = doLessonWork({ kind: 'kaizen', original: { ...original, replications: 2 }, improvements: INTENDED_IMPROVEMENTS, expectations: new Map(), withBatchLine: true });
    expect(result.built.ok).toBe(true);
  });

  it('lesson 3: the result it posts holds only finite numbers', async () => {
    const scenario = seedCase({ replications: 300, seed: 'finite' });
    const v = validateLaunchForm(formFromScenario(scenario, { from: 0, to: 40000, step: 10000 }));
    if (!v.ok) throw new Error(v.issues.map((i) => i.message).join('\n'));
    const result = await runLesson(v, { executorsFor: () => null });
    expect(findNonFinite(result)).toBeNull();
  });
});
