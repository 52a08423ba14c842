/**
 * A kaizen log's own fields on screen (issue 16): every problem the log format's reader can
 * find is worded with the field as the trainee sees it ("Improvement 1 · kind"), in both
 * languages, with no path (`improvements[0]`, `a.b`), no JavaScript word (`undefined`,
 * `object`, `NaN`, `Infinity`) and no number like `1e-9`; the file's and the CLI's messages keep
 * their paths.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLocale } from '../../i18n/locale.ts';
import { parseImprovements, parseKaizenLog, parseKaizenLogText, type KaizenParse } from '../../lessons/kaizen/kaizen-log-file.ts';
import { logIssues } from './kaizen-problems.ts';
import { logFieldLabel, shownValue } from './kaizen-log-words.ts';

const scenario = JSON.parse(readFileSync('public/scenarios/it-failed-before.json', 'utf8')) as unknown;
const log = (fields: Record<string, unknown>): unknown => ({ format: 'genba-kaizen-log', version: 1, scenario, improvements: [], ...fields });
const step = (fields: Record<string, unknown>): unknown => log({ improvements: [{ id: 'a', ...fields }] });

/** Files with one wrong field each, and the start of the English message the screen shows. */
const CASES: readonly (readonly [unknown, string])[] = [
  [step({ kind: 'walk' }), 'Improvement 1 · kind: "walk" is not allowed; it must be one of "externalise-setup", '],
  [step({}), 'Improvement 1 · kind: missing; it must be one of '],
  [log({ improvements: [{ id: 'a', kind: 'add-check', station: 'Press' }, { id: 'b', kind: 'add-check' }] }), "Improvement 2 · station: missing; it must be a station's name (1 to "],
  [step({ kind: 'add-check', station: 'Press', colour: 'red' }), 'Improvement 1 · "colour": this field is unknown; the fields allowed here are "id", "kind" and "station"'],
  [step({ kind: 'set-transfer-batch', batch: 0.5 }), 'Improvement 1 · batch size: 0.5 is not allowed; it must be a whole number from 1 to '],
  [step({ kind: 'shorten-element', station: 'Press', element: 'press', to: { share: 0 }, basis: 'x' }), 'Improvement 1 · shortened to · share of its time: 0 is not allowed; it must be more than 0 and less than 1'],
  [step({ kind: 'shorten-element', station: 'Press', element: 'press', to: { time: -3 }, basis: 'x' }), 'Improvement 1 · shortened to · new time: -3 is not allowed; it must be more than 0 and at most '],
  [step({ kind: 'shorten-element', station: 'Press', element: 'press', to: {}, basis: 'x' }), 'Improvement 1 · shortened to: a group of fields {…} is not allowed; it must give exactly one of the two'],
  [step({ kind: 'move-element', element: 'box', from: 'Pack', to: null }), 'Improvement 1 · to station: an empty value is not allowed; it must be the name of the station the step moves to'],
  [step({ id: '', kind: 'add-check', station: 'Press' }), 'Improvement 1 · id: "" is not allowed; it must be a text of 1 to 200 characters'],
  [log({ improvements: {} }), 'Improvements: a group of fields {…} is not allowed; it must be a list of improvements'],
  [log({ improvements: Array.from({ length: 51 }, (_, i) => ({ id: `s${i}`, kind: 'add-check', station: 'Press' })) }), 'Improvements: 51 is too many; there must be at most 50'],
  [log({ improvements: [{ id: 'a', kind: 'add-check', station: 'Press' }], expectations: { a: { direction: 'sideways', by: 1 } } }), 'Expectation for "a" · direction: "sideways" is not allowed; it must be "down", "same" or "up"'],
  [log({ improvements: [{ id: 'a', kind: 'add-check', station: 'Press' }], expectations: { b: { direction: 'down', by: 1 } } }), 'Expectation for "b": no improvement in the list has this id'],
  [log({ improvements: [{ id: 'a', kind: 'add-check', station: 'Press' }], expectations: { a: { direction: 'down', by: true } } }), 'Expectation for "a" · by how much: a yes/no value is not allowed; it must be a number from 0 to '],
  [log({ version: 2 }), 'File version: 2 is not allowed; it must be 1: a newer Genba made this file'],
  [log({ format: 'other' }), 'File format: "other" is not allowed; it must be "genba-kaizen-log"'],
  [log({ engineVersion: 7 }), 'Engine version: 7 is not allowed; it must be the version of the engine'],
  [log({ improvements: [{ id: 'a', kind: 'add-check', station: 'Press', constructor: 1 }] }), 'Improvement 1 · "constructor": this field name is not allowed anywhere'],
  [[1, 2], 'This is not a kaizen log: it must be a kaizen log file'],
  [log({ improvements: [{ id: 'a', kind: 'add-check', station: 'x'.repeat(300_000) }] }), 'Improvement 1 · station: a text of 300,000 characters is not allowed; it must be at most '],
];

/** What must never reach the screen: paths, JavaScript words, numbers in e-notation. */
const FORBIDDEN = [/\[\d+\]/, /\b[a-z]+\.[a-z]+\b/i, /\b(undefined|object|NaN|Infinity|null|true|false)\b/, /\d(\.\d+)?e[-+]?\d/i];

function shown(parse: KaizenParse<unknown>): string[] {
  if (parse.ok) throw new Error('the file was accepted');
  return logIssues(parse);
}

function clean(text: string): void {
  const quotedValues = text.replace(/"[^"]*"/g, '""');
  for (const pattern of FORBIDDEN) expect(quotedValues, text).not.toMatch(pattern);
}

afterEach(async () => {
  await switchLocale('en');
});

describe("a kaizen log's own fields on screen", () => {
  it('names each field as the trainee sees it, in English, while the file keeps its path', () => {
    for (const [data, start] of CASES) {
      const parse = parseKaizenLog(data);
      const [first] = shown(parse);
      expect(first, start).toContain(start);
      clean(first ?? '');
      // The CLI and the file keep the paths.
      if (!parse.ok && start.startsWith('Improvement 1 · kind')) expect(parse.issues[0]).toMatch(/^improvements\[0\]\.kind: /);
    }
  });

  it('words every one in Chinese too, with no path and no English word but the file’s own values', async () => {
    await switchLocale('zh-CN');
    for (const [data] of CASES) {
      const [first] = shown(parseKaizenLog(data));
      clean(first ?? '');
      const outsideQuotes = (first ?? '').replace(/"[^"]*"/g, '').replace(/\{…\}/g, '').replace(/\bMiB\b|\bJSON\b|\bGenba\b/g, '');
      expect(outsideQuotes.match(/[A-Za-z]{2,}/g) ?? [], first).toEqual([]);
    }
    expect(logFieldLabel(['improvements', 0, 'kind'])).toBe('改善 1 · 类型');
  });

  it('words a file that is not JSON, a link’s steps and values a person would not write', () => {
    const [notJson] = shown(parseKaizenLogText('{"format": '));
    expect(notJson).toBe('The file is not valid JSON: it must be a kaizen log file (JSON).');
    const [infinite] = shown(parseKaizenLogText('{"format": "genba-kaizen-log", "version": 1e999}'));
    expect(infinite).toBe('File version: a number too large to read is not allowed; it must be a finite number');
    const [fromLink] = shown(parseImprovements([{ id: 'a', kind: 'add-check', station: 3 }]));
    expect(fromLink).toBe("Improvement 1 · station: 3 is not allowed; it must be a station's name (1 to 60 characters)");
    expect([shownValue(1e-9), shownValue(1e300), shownValue(Infinity), shownValue(undefined), shownValue([1, 2])]).toEqual([
      'a number too close to 0 to write out',
      'a number too large to write out',
      'a number too large to read',
      'a value that is not plain JSON data',
      'a list of 2 items',
    ]);
  });
});
