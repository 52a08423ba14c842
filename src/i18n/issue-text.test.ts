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

describe('strategies (Model B version 2) as lesson 3’s editor labels them', () => {
  const strategies = () => ({
    ...launch(),
    launchQuantities: undefined,
    strategies: [
      { name: 'pilot', initial: 500, rampUp: 1 },
      { name: 'forecast', initial: 0, commit: { rate: 30000, periods: 3 }, rampUp: 0 },
    ],
  });

  it('numbers strategies from 1 and names them as typed; a commitment’s fields without a group label', () => {
    const input = strategies();
    expect(fieldLabel('strategies[1].commit.rate', input)).toBe('Strategy 2 · forecast · Commitment rate (units per month)');
    expect(fieldLabel('strategies[1].commit', input)).toBe('Strategy 2 · forecast · Commitment');
    expect(fieldLabel('strategies[0].fixedCost', input)).toBe('Strategy 1 · pilot · Fixed cost');
    expect(fieldLabel('strategies[0]')).toBe('Strategy 1');
    expect(fieldLabel('safetyFactor')).toBe('Safety factor');
    // The sweep varies a strategy field, not Q0, when there are strategies.
    expect(fieldLabel('sweep.from', input)).toBe('From');
    expect(fieldLabel('sweep.from', launch())).toBe('From Q0');
    expect(fieldLabel('sweep.step', input)).toBe('Step');
  });

  it('issue 16’s example: a commitment rate over the capacity', () => {
    const input = { ...strategies(), capacity: 35000, strategies: [strategies().strategies[0], { name: 'forecast', initial: 0, commit: { rate: 40000, periods: 3 } }] };
    expect(shown(input)).toEqual(["Strategy 2 · forecast · Commitment rate (units per month): 40000 is not allowed; it must be at most the plant's capacity, 35,000"]);
  });

  it('the strategy sweep’s rules, with no path or field key left', () => {
    const base = strategies();
    const cases: [Record<string, unknown>, string][] = [
      [{ sweep: { strategy: 'pilot', field: 'commit.rate', from: 0, to: 10, step: 1 } }, 'Field swept: "commit.rate" is not allowed; only the initial batch can be swept: Strategy 1 · pilot has no commitment'],
      [{ sweep: { strategy: 'nope', field: 'initial', from: 0, to: 10, step: 1 } }, 'Strategy swept: "nope" is not allowed; it must name one of the strategies ("pilot" or "forecast")'],
      [{ sweep: { from: 0, to: 10, step: 1 } }, 'Strategy swept: missing; choose the strategy to sweep'],
      [{ sweep: { strategy: 'forecast', field: 'commit.periods', from: 0, to: 6, step: 1 } }, 'From: 0 is not allowed; the committed months swept must be a whole number, at least 1'],
      [{ sweep: { strategy: 'forecast', field: 'commit.rate', from: 0, to: 50000, step: 10000 } }, 'To: 50000 is not allowed; the commitment rate swept must be at most the capacity of forecast, 40,000'],
      [{ replications: 1_000_000, sweep: { strategy: 'pilot', field: 'initial', from: 0, to: 999, step: 1 } }, 'Replications: 1000000 is not allowed; it must be at most 99,900 with 1001 strategies and sweep points (at most 100,000,000 runs in all)'],
    ];
    for (const [change, text] of cases) {
      const texts = shown({ ...base, ...change });
      expect(texts[0], JSON.stringify(change)).toBe(text);
      // The value given is shown as given (quoted); the rest has no path or field key.
      for (const t of texts) expect(t.replace(/"[^"]*"/g, '""')).not.toMatch(/\[\d+\]|commit\.|strategies[.[]|sweep\./);
    }
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

  it('a number JavaScript writes in e-notation is said in words, not as 3e-10', () => {
    const tiny = shown({ ...flowLine(), stations: [{ name: 'Cut', processTime: 3e-10 }] });
    expect(tiny[0]).toMatch(/^Station 1 · Cut · Process time: a number too close to 0 to write out is not allowed; /);
    const huge = shown({ ...flowLine(), stations: [{ name: 'Cut', processTime: 1e300 }] });
    expect(huge[0]).toMatch(/^Station 1 · Cut · Process time: a number too large to write out is not allowed; /);
    for (const text of [...tiny, ...huge]) expect(text).not.toMatch(/\de[-+]?\d/);
  });

  it('the work limit and the smallest time', () => {
    const stations = Array.from({ length: 20 }, (_, i) => ({ name: `S${i + 1}`, processTime: 1 }));
    expect(shown({ ...flowLine(), stations, transferBatch: 1, release: { mode: 'order', quantity: 1_000_000 } })).toEqual([
      'Quantity: 1000000 is not allowed; it must be at most 250,000 on this line: a run would take about 20,000,000 simulation events, and at most 5,000,000 can run',
    ]);
    expect(shown({ ...flowLine(), stations: [{ name: 'A', processTime: 1e-9 }] })).toEqual(['Station 1 · A · Process time: a number too close to 0 to write out is not allowed; it must be 0 or at least 0.000001']);
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
      // Launch strategies and their sweep (Model B version 2), and lesson 3's pilot rule.
      'must be ≤ capacity (40,000)', 'must be ≤ strategies[0].capacity (100)', 'must be ≤ horizon (12) when sweeping commit.periods',
      'must be a whole number ≥ 1 when sweeping commit.periods', 'must be a whole number when sweeping commit.periods',
      'must be ≤ the capacity of "forecast" (40,000) when sweeping commit.rate', 'must be "initial": strategies[0] ("a") has no commit',
      'required with strategies (the name of the strategy to sweep)', 'required with strategies ("initial", "commit.rate" or "commit.periods")',
      'must name one of the strategies ("a")', 'must be left out without strategies (it names a strategy field to sweep)',
      'must give at most 101 values of the swept field (this gives 401)', 'required (or give a sweep or strategies instead)',
      'must be ≤ 100 with 1,000 launches (at most 100,000,000 runs in all)', 'must be < launchQuantities[1] (30000): the pilot is the smaller batch',
      // Names (the hostile-input pass): control and text-direction characters.
      'must not contain control or text-direction characters',
    ];
    for (const p of phrases) expect(isWorded(p), p).toBe(true);
    expect(allowedText('must be ≥ sweep.from (5)')).toBe('it must be at least From Q0 (5)');
  });
});
