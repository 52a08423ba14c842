/**
 * Lesson 2's problems on screen (issue 16): a step that does not apply, and a kaizen log whose
 * scenario is not valid, are worded in the page's language with the fields named as the form
 * labels them (never `stations[0].processTime.mean`), while the English messages of files
 * and the CLI keep their paths.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLocale } from '../../i18n/locale.ts';
import { parseScenarioText } from '../../scenario/index.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { applyImprovements, type Improvement } from '../../lessons/kaizen/improvements.ts';
import { parseKaizenLog } from '../../lessons/kaizen/kaizen-log-file.ts';
import { logIssues, problemText, reasonText } from './kaizen-problems.ts';

const line = ((): FlowLineScenario => {
  const parsed = parseScenarioText(readFileSync('public/scenarios/it-failed-before.json', 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('it-failed-before.json is not a flow line');
  return parsed.scenario;
})();

/** Latin words left once the names the user gave are taken out. */
function latin(text: string, userWords: readonly string[] = []): string[] {
  let rest = text;
  for (const w of userWords) rest = rest.split(w).join(' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

/** Every way a step can fail to apply to the lesson's line, each with the reason the lesson gives. */
const REFUSED: readonly Improvement[] = [
  { id: 'a', kind: 'remove-element', station: 'Assemble', element: 'fasten' },
  { id: 'b', kind: 'remove-element', station: 'Press', element: 'swap die' },
  { id: 'c', kind: 'externalise-setup', station: 'Press', element: 'press' },
  { id: 'd', kind: 'externalise-setup', station: 'Press', element: 'no such step' },
  { id: 'e', kind: 'externalise-setup', station: 'Nowhere', element: 'swap die' },
  { id: 'f', kind: 'shorten-element', station: 'Press', element: 'press', to: { share: 0.5 } },
  { id: 'g', kind: 'shorten-element', station: 'Press', element: 'swap die', to: { share: 0.5 } },
  { id: 'h', kind: 'shorten-element', station: 'Press', element: 'press', to: { share: 1.5 }, basis: 'a faster press' },
  { id: 'i', kind: 'shorten-element', station: 'Press', element: 'press', to: { time: 1000 }, basis: 'a faster press' },
  { id: 'j', kind: 'move-element', element: 'box', from: 'Pack', to: 'Pack' },
  { id: 'k', kind: 'move-element', element: 'swap die', from: 'Press', to: 'Weld' },
  { id: 'l', kind: 'move-element', element: 'nothing', from: 'Press', to: 'Weld' },
  { id: 'm', kind: 'set-transfer-batch', batch: 0 },
  { id: 'n', kind: 'set-process-batch', batch: 0.5 },
];

function reasonsOf(list: readonly Improvement[]): string[] {
  return list.map((improvement) => {
    const applied = applyImprovements(line, [improvement]);
    if (applied.ok) throw new Error(`${improvement.id} applies`);
    const why = applied.problems[0]?.why;
    if (why === undefined) throw new Error(`${improvement.id} has no reason`);
    return why;
  });
}

afterEach(async () => {
  await switchLocale('en');
});

describe("lesson 2's problems, in English", () => {
  it('keeps the English reason whole, and the file message with its description', () => {
    const applied = applyImprovements(line, [REFUSED[0]!]);
    expect(applied.ok).toBe(false);
    const problem = !applied.ok ? applied.problems[0]! : null;
    expect(problem?.message).toBe('Assemble: remove "fasten": "fasten" is value-adding work, not marked as waste: it cannot simply be removed; shorten it with a named improvement that states its basis');
    expect(problemText(problem!, 'minute')).toBe(problem?.message);
  });

  it("words a kaizen log's invalid scenario as the form labels the field, numbered from 1; the file keeps the path", () => {
    const stations = line.stations.map((s, i) => (i === 0 ? { ...s, elements: (s.elements ?? []).map((e, j) => (j === 0 ? { ...e, time: -3 } : e)) } : s));
    const parsed = parseKaizenLog({ format: 'genba-kaizen-log', version: 1, scenario: { ...line, stations }, improvements: [] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.some((i) => i.startsWith('scenario.stations[0].'))).toBe(true);
    const shown = logIssues(parsed);
    expect(shown.length).toBe(parsed.issues.length);
    for (const text of shown) expect(text).not.toMatch(/stations\[|scenario\./);
    expect(shown[0]).toMatch(/^Station 1 · Cut · .+: -3 is not allowed; it must be/);
  });

  it('words an improved line that is not valid with its issues named as the form does', () => {
    const bad = { ...line, transferBatch: 0 };
    const parsed = parseScenarioText(JSON.stringify(bad));
    if (parsed.ok) throw new Error('a transfer batch of 0 is valid');
    const text = problemText({ id: 'x', index: 0, message: 'The improved line is not valid: …', issues: parsed.issues, input: bad }, 'minute');
    expect(text).toBe('The improved line is not valid: Transfer batch: 0 is not allowed; it must be at least 1');
  });
});

describe("lesson 2's problems, in 简体中文", () => {
  it('words every reason a step can be refused for, with no English but what the user typed', async () => {
    await switchLocale('zh-CN');
    const reasons = reasonsOf(REFUSED);
    for (const why of reasons) {
      const shown = reasonText(why);
      expect(shown, why).not.toBe(why);
      expect(latin(shown, ['no such step', 'Nowhere', 'nothing']), shown).toEqual([]);
    }
    expect(reasonText(reasons[0]!)).toBe('“紧固”是增值作业，没有标为浪费：不能直接去掉；请用写明依据的改善来缩短它');
  });

  it('the whole problem: the improvement and the reason, both in Chinese', async () => {
    await switchLocale('zh-CN');
    const applied = applyImprovements(line, [REFUSED[0]!]);
    if (applied.ok) throw new Error('removing fasten applies');
    const text = problemText(applied.problems[0]!, 'minute');
    expect(latin(text), text).toEqual([]);
  });

  it("a kaizen log's invalid scenario: the field named in Chinese, from 1", async () => {
    await switchLocale('zh-CN');
    const stations = line.stations.map((s, i) => (i === 0 ? { ...s, elements: (s.elements ?? []).map((e, j) => (j === 0 ? { ...e, time: -3 } : e)) } : s));
    const parsed = parseKaizenLog({ format: 'genba-kaizen-log', version: 1, scenario: { ...line, stations }, improvements: [] });
    if (parsed.ok) throw new Error('the log opened');
    const [first] = logIssues(parsed);
    // The names are shown as the editor's name fields show them (the data), as in the form.
    expect(first).toMatch(/^工位 1 · Cut · .+：-3 不可用；/);
    expect(latin(first ?? '', ['Cut', 'load bar'])).toEqual([]);
  });
});
