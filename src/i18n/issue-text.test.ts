import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from '../scenario/index.ts';
import { flowLine, launch } from '../scenario/test-helpers.ts';
import { fieldLabel, parsePath } from './field-labels.ts';
import { allowedText, isWorded, issueText } from './issue-text.ts';

function shown(input: unknown): string[] {
  const result = parseScenario(input);
  return result.ok ? [] : result.issues.map((i) => issueText(i, input));
}

describe('field labels: paths as the form labels them', () => {
  it('reads paths', () => {
    expect(parsePath('stations[2].processTime.mean')).toEqual(['stations', 2, 'processTime', 'mean']);
    expect(parsePath('market["a b"].x')).toEqual(['market', 'a b', 'x']);
    expect(parsePath('a..b')).toEqual([]);
  });

  it('numbers from 1 and names what the user typed', () => {
    const input = { stations: [{ name: 'Cut' }, { name: '  ' }] };
    expect(fieldLabel('stations[0].processTime.mean', input)).toBe('Station 1 · Cut · Process time · mean');
    expect(fieldLabel('stations[1].defectRate', input)).toBe('Station 2 · Defect rate');
    expect(fieldLabel('release.quantity')).toBe('Quantity');
    expect(fieldLabel('stations[0].elements[1].time.values[2]', { stations: [{ name: 'A', elements: [{ name: 'x' }, { name: 'fit' }] }] })).toBe(
      'Station 1 · A · Work element 2 · fit · Time · value 3',
    );
    expect(fieldLabel('launchQuantities[0]')).toBe('Launch quantity 1');
    expect(fieldLabel('market.states[1].probability', { market: { states: [{ name: 'good' }, { name: 'bad' }] } })).toBe('Market state 2 · bad · Probability');
    expect(fieldLabel('(file)')).toBe('The file');
    // Keys that objects inherit are keys like any other.
    expect(fieldLabel('constructor.toString')).toBe('constructor · toString');
  });
});

describe('issues on screen (issue 16)', () => {
  it('the issue\'s example: a negative mean, with the station named and no path', () => {
    const input = { ...flowLine(), stations: [{ name: 'Cut', processTime: { dist: 'exponential', mean: -3 } }] };
    expect(shown(input)).toEqual(['Station 1 · Cut · Process time · mean: -3 is not allowed; it must be more than 0']);
  });

  it('no internal paths, no 1e-9, for cross-field rules and sums', () => {
    const states = { ...launch(), market: { demandCV: 0.3, states: [{ name: 'good', probability: 0.5, level: 10 }, { name: 'bad', probability: 0.4, level: 1 }] } };
    const texts = shown(states);
    expect(texts).toEqual(['Market states (one is drawn per market): the probabilities add up to 0.9; they must add up to 1']);
    const economics = shown({ ...launch(), economics: { price: 10, cost: 12, salvage: 1, holding: 0 } });
    expect(economics).toEqual(['Production cost: 12 is not allowed; it must be at most Price (10)']);
    const names = shown({ ...flowLine(), stations: [{ name: 'A', processTime: 1 }, { name: 'A', processTime: 1 }] });
    expect(names).toEqual(['Station 2 · A · Name: "A" is not allowed; it must be unique: Station 1 · A has the same name']);
    for (const text of [...texts, ...economics, ...names]) expect(text).not.toMatch(/\[\d+\]|1e-9|stations\.|economics\./);
  });

  it('the work limit and the smallest time', () => {
    const stations = Array.from({ length: 20 }, (_, i) => ({ name: `S${i + 1}`, processTime: 1 }));
    expect(shown({ ...flowLine(), stations, transferBatch: 1, release: { mode: 'order', quantity: 1_000_000 } })).toEqual([
      'Quantity: 1000000 is not allowed; it must be at most 250,000 on this line: a run would take about 20,000,000 simulation events, and at most 5,000,000 can run',
    ]);
    expect(shown({ ...flowLine(), stations: [{ name: 'A', processTime: 1e-9 }] })).toEqual(['Station 1 · A · Process time: 1e-9 is not allowed; it must be 0 or at least 0.000001']);
  });

  it('a file too large or not JSON', () => {
    const big = parseScenarioText(' '.repeat(1024 * 1024 + 1));
    expect(big.ok ? [] : big.issues.map((i) => issueText(i))).toEqual(['The file is too large; it must be at most 1 MiB (1,048,576 bytes)']);
    const bad = parseScenarioText('{"version": 1,\n');
    expect(bad.ok ? '' : issueText(bad.issues[0]!)).toMatch(/^The file is not valid JSON at line \d+, column \d+; it must be a valid JSON file$/);
  });

  it('words every phrase the validator uses (none left as the validator wrote it)', () => {
    const phrases = [
      'must be > 0', 'must be ≥ 1', 'must be < 1', 'must be ≤ 1,000', 'must be a whole number from 1 to 1,000', 'must be a number > 0 and ≤ 1,000,000,000',
      'must be a whole number', 'must be a whole number and ≥ 1', 'must be 0 or at least 0.000001', 'must be at least 0.000001', 'must be < release.horizon (1,000)',
      'must be ≥ sweep.from (5)', 'must be unique (stations[0].name is the same)', 'must be unique along the line (stations[1].elements[0].name is the same)',
      'must be unique within the station (setupElements[0].name is the same)', "must differ from the station's work elements (elements[0].name is the same)",
      'must sum to 1 (within 1e-9)', 'required', 'required (or give elements instead)', 'required (or give a sweep instead)', 'must be left out (or 0) when elements are given',
      'must be left out (or 0) when setupElements are given', 'must have a mean > 0 (units cannot all arrive at the same instant)', 'must not be empty or blank',
      'must be non-empty text of at most 60 characters', 'must be at most 60 characters long', 'must have 1 to 20 stations', 'must be true or false', 'must be a finite number',
      'must give at most 1,000 points (this gives 10,001)', 'must be ≤ 100 with 1,000 launch quantities (at most 100,000,000 runs in all)',
      'must not be given together with launchQuantities (give exactly one)', 'must be "second", "minute" or "hour"', 'must be at most 1 MiB (1,048,576 bytes)',
      'must be ≤ 250,000 on this line (a run would take about 20,000,000 events; at most 5,000,000 can run)',
    ];
    for (const p of phrases) expect(isWorded(p), p).toBe(true);
    expect(allowedText('must be ≥ sweep.from (5)')).toBe('it must be at least From Q0 (5)');
  });
});
