/** Lesson 2's challenge: the fixes a trainee ticks, as the server runs them and as the board's link opens them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../scenario/index.ts';
import type { FlowLineScenario } from '../scenario/types.ts';
import { decodeLink, encodeLink } from '../share/index.ts';
import { applyImprovements } from '../lessons/kaizen/improvements.ts';
import { parseImprovements } from '../lessons/kaizen/kaizen-log-file.ts';
import { ONE_PIECE_FLOW } from '../lessons/kaizen/it-failed-before.ts';
import { KAIZEN_FIXES, kaizenScenario, kaizenSteps } from './kaizen-fixes.ts';

function lessonLine(): FlowLineScenario {
  const parsed = parseScenarioText(readFileSync('public/scenarios/it-failed-before.json', 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('it-failed-before is not a flow line');
  return parsed.scenario;
}

describe('kaizenSteps', () => {
  it('takes the fixes in the lesson’s order, each once, then one-piece flow', () => {
    expect(kaizenSteps(['check', 'process-batch', 'check'])).toEqual([...KAIZEN_FIXES['process-batch'], ...KAIZEN_FIXES.check, ONE_PIECE_FLOW]);
    expect(kaizenSteps([])).toEqual([ONE_PIECE_FLOW]);
  });

  it('opened from the board’s link, gives lesson 2 the line the server ran', () => {
    const base = lessonLine();
    const fixes = ['process-batch', 'check'];
    const encoded = encodeLink({ lesson: 'kaizen', scenario: base, extra: { improvements: kaizenSteps(fixes) } });
    if (!encoded.ok) throw new Error(encoded.message);
    const decoded = decodeLink(encoded.query);
    if (!decoded.ok) throw new Error(decoded.message);
    const steps = parseImprovements((decoded.state.extra as { improvements: unknown }).improvements);
    if (!steps.ok) throw new Error('the link’s steps do not parse');
    const applied = applyImprovements(decoded.state.scenario as FlowLineScenario, steps.value);
    if (!applied.ok) throw new Error('the link’s steps do not apply');
    const { name: _a, ...ran } = kaizenScenario(base, fixes);
    const { name: _b, ...opened } = applied.scenario;
    expect(opened).toEqual(ran);
  });
});
