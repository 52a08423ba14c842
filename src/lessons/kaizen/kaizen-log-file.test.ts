/**
 * Kaizen log files read back as untrusted input (QUALITY P2, P4, S6, S7, S9): a downloaded
 * log opens again with the same steps and numbers; anything else is refused with messages
 * naming the field, and never throws or pollutes a prototype.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../scenario/index.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { pennyGame } from '../batching/test-fixtures.ts';
import { INTENDED_IMPROVEMENTS } from './it-failed-before.ts';
import { buildLog, type Expectation } from './kaizen-log.ts';
import {
  KAIZEN_LOG_FORMAT,
  kaizenLogFile,
  MAX_IMPROVEMENTS,
  parseExpectations,
  parseImprovements,
  parseKaizenLog,
  parseKaizenLogText,
  readKaizenLogFile,
  type KaizenWork,
} from './kaizen-log-file.ts';

const original = ((): FlowLineScenario => {
  const parsed = parseScenarioText(readFileSync('public/scenarios/it-failed-before.json', 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('it-failed-before.json is not a flow-line scenario');
  return { ...parsed.scenario, replications: 3 };
})();

const steps = INTENDED_IMPROVEMENTS.slice(0, 3);
const expectations = new Map<string, Expectation>([['press-quick-clamps', { direction: 'down', by: 12.5 }]]);
const work: KaizenWork = { scenario: original, improvements: steps, expectations };

function fileText(w: KaizenWork = work): string {
  const built = buildLog(w.scenario, w.improvements, w.expectations);
  if (!built.ok) throw new Error(built.message);
  return JSON.stringify(kaizenLogFile(w, built.log), null, 2);
}

afterEach(() => {
  expect(({} as Record<string, unknown>)['polluted'], 'Object.prototype stays clean').toBeUndefined();
});

describe('a kaizen log file', () => {
  it('opens again with the same scenario, steps and expectations (and so the same numbers)', () => {
    const text = fileText();
    const parsed = parseKaizenLogText(text);
    if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
    expect(parsed.value.scenario).toEqual(original);
    expect(parsed.value.improvements).toEqual(steps);
    expect([...parsed.value.expectations]).toEqual([...expectations]);
    expect(parsed.notices).toEqual([]);
    const again = buildLog(parsed.value.scenario, parsed.value.improvements, parsed.value.expectations);
    const first = buildLog(original, steps, expectations);
    expect(again.ok && first.ok && again.log).toEqual(first.ok && first.log);
  });

  it('recomputes the figures, and says so when another engine made the file', () => {
    const data = JSON.parse(fileText()) as Record<string, unknown>;
    const parsed = parseKaizenLog({ ...data, engineVersion: '0.9.0', log: 'anything: it is recomputed' });
    expect(parsed.ok && parsed.notices).toEqual([
      expect.stringContaining('This kaizen log was made with engine 0.9.0; its figures were run again with engine'),
    ]);
    // A hand-written file may leave out the log and the expectations.
    const { log: _log, expectations: _e, ...bare } = data;
    const minimal = parseKaizenLog(bare);
    expect(minimal.ok && minimal.value.improvements).toEqual(steps);
    expect(minimal.ok && minimal.value.expectations.size).toBe(0);
  });

  it('refuses what is not a kaizen log, naming the field', () => {
    const data = JSON.parse(fileText()) as Record<string, unknown>;
    const issues = (value: unknown) => {
      const parsed = parseKaizenLog(value);
      return parsed.ok ? ['opened'] : parsed.issues;
    };
    expect(issues(JSON.parse(readFileSync('public/scenarios/it-failed-before.json', 'utf8')))).toEqual([
      'format: missing, must be "genba-kaizen-log" (a kaizen log file downloaded from lesson 2)',
    ]);
    expect(issues([1, 2])).toEqual(['(root): [1,2] is not allowed, must be a kaizen log {"format": "genba-kaizen-log", …}']);
    expect(issues({ ...data, version: 2 })).toEqual(['version: 2 is not allowed, must be 1: a newer Genba made this file']);
    expect(issues({ ...data, extra: 1 })).toEqual([
      'extra: unknown key, must be one of format, version, engineVersion, scenario, improvements, expectations, log',
    ]);
    expect(issues({ ...data, scenario: { ...original, transferBatch: 0 } })).toEqual(['scenario.transferBatch: 0 is not allowed, must be ≥ 1']);
    expect(issues({ ...data, scenario: JSON.parse(readFileSync('public/scenarios/launch-seed-case.json', 'utf8')) })).toEqual([
      'scenario.model: "launch" is not allowed, must be "flow-line": lesson 2 improves a flow line',
    ]);
    const withSteps = (improvements: unknown, extra: Record<string, unknown> = {}) => issues({ ...data, expectations: {}, improvements, ...extra });
    expect(withSteps([{ id: 'x', kind: 'add-check' }])).toEqual(["improvements[0].station: missing, must be a station's name (1 to 60 characters)"]);
    expect(withSteps([{ id: 'x', kind: 'teleport', station: 'Press' }])).toEqual([
      'improvements[0].kind: "teleport" is not allowed, must be one of "externalise-setup", "shorten-element", "remove-element", "move-element", "add-check", "set-transfer-batch", "set-process-batch"',
    ]);
    expect(withSteps([{ id: 'x', kind: 'shorten-element', station: 'Press', element: 'swap die', to: { share: 1.5 } }])).toEqual([
      'improvements[0].to.share: 1.5 is not allowed, must be a number > 0 and < 1',
    ]);
    expect(withSteps([{ id: 'x', kind: 'add-check', station: 'Press', colour: 'red' }])).toEqual(['improvements[0].colour: unknown key, must be one of id, kind, station']);
    expect(withSteps('all of them')).toEqual(['improvements: "all of them" is not allowed, must be a list [ … ] of improvements']);
    expect(withSteps(Array.from({ length: MAX_IMPROVEMENTS + 1 }, (_, i) => ({ id: `c${i}`, kind: 'add-check', station: 'Press' })))).toEqual([
      `improvements: ${MAX_IMPROVEMENTS + 1} items is not allowed, must be at most ${MAX_IMPROVEMENTS} improvements`,
    ]);
    // Well formed, but not applicable to this line: named by its place in the list.
    expect(withSteps([INTENDED_IMPROVEMENTS[0], { id: 'ghost', kind: 'add-check', station: 'Paint' }])).toEqual([
      'improvements[1]: Paint: check at the source (poka-yoke): there is no station "Paint" (stations: Cut, Press, Weld, Assemble, Pack)',
    ]);
    expect(withSteps(steps, { expectations: { nobody: { direction: 'down', by: 1 } } })).toEqual([
      'expectations.nobody: no improvement in the list has this id, must be the id of one of the improvements',
    ]);
    expect(withSteps(steps, { expectations: { 'press-quick-clamps': { direction: 'sideways', by: -1 } } })).toEqual([
      'expectations["press-quick-clamps"].direction: "sideways" is not allowed, must be "down", "same" or "up"',
      'expectations["press-quick-clamps"].by: -1 is not allowed, must be a number from 0 to 1,000,000,000',
    ]);
  });

  it('refuses __proto__, constructor and prototype at any depth without polluting anything (P4, S6)', () => {
    const text = fileText();
    const polluted = [
      text.replace('{', '{"__proto__":{"polluted":1},'),
      text.replace('"improvements": [', '"improvements": [{"constructor":{"prototype":{"polluted":1}}},'),
      text.replace('"release": {', '"release": {"__proto__":{"polluted":1},'),
    ];
    expect(polluted.map((t) => (parseKaizenLogText(t) as { issues?: string[] }).issues)).toEqual([
      ['__proto__: reserved key, not allowed anywhere'],
      ['improvements[0].constructor: reserved key, not allowed anywhere'],
      ['scenario.release.__proto__: reserved key, not allowed anywhere'],
    ]);
  });

  it('refuses a file over 1 MiB from its size, and text that is not JSON', async () => {
    const big = new Blob([new Uint8Array(1024 * 1024 + 1)]);
    expect(await readKaizenLogFile(big)).toEqual({
      ok: false,
      issues: ['(file): 1,048,577 bytes is too large, must be at most 1 MiB (1,048,576 bytes)'],
      logIssues: [{ path: [], missing: false, rule: { kind: 'file-too-large', bytes: 1048577 } }],
    });
    const bad = await readKaizenLogFile(new Blob(['{"format": ']));
    expect(bad.ok === false && bad.issues[0]).toMatch(/^\(file\): not valid JSON, must be a kaizen log file \(/);
    const good = await readKaizenLogFile(new Blob([fileText()]));
    expect(good.ok).toBe(true);
  });

  it('never throws on anything (P2)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.record({ format: fc.constant(KAIZEN_LOG_FORMAT), version: fc.constant(1), scenario: fc.constant(pennyGame(5)), improvements: fc.jsonValue() })), (value) => {
        const parsed = parseKaizenLog(value);
        expect(typeof parsed.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof parseKaizenLogText(text).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('the parts a link carries', () => {
  it('reads improvements and expectations on their own', () => {
    expect(parseImprovements(JSON.parse(JSON.stringify(INTENDED_IMPROVEMENTS)))).toEqual({ ok: true, value: INTENDED_IMPROVEMENTS, notices: [] });
    const parsed = parseExpectations({ 'press-check': { direction: 'same', by: 0 } }, INTENDED_IMPROVEMENTS);
    expect(parsed.ok && [...parsed.value]).toEqual([['press-check', { direction: 'same', by: 0 }]]);
    expect(parseImprovements([{ __proto__: null, id: 'a', kind: 'add-check', station: 'Press' }]).ok).toBe(true);
  });
});

describe('improvements in a file: version-2 kinds', () => {
  it('reads a process batch and a shortening with its basis, and refuses a bad basis naming the field', () => {
    const list = [
      { id: 'p', kind: 'set-process-batch', batch: 10 },
      { id: 's', kind: 'shorten-element', station: 'Press', element: 'swap die', to: { share: 0.1 }, basis: 'quick-release clamps' },
    ];
    expect(parseImprovements(list)).toEqual({ ok: true, value: list, notices: [] });
    const bad = parseImprovements([{ id: 's', kind: 'shorten-element', station: 'Press', element: 'swap die', to: { share: 0.1 }, basis: '' }]);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues).toEqual(['improvements[0].basis: "" is not allowed, must be a text of 1 to 200 characters: what makes the step faster']);
  });
});
