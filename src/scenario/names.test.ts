/**
 * Names a trainee reads (stations, work elements, market states, strategies): two names that
 * look the same, a name that shows nothing, and characters that reorder or break the text on
 * screen are refused, each naming the field (found by the hostile-input pass on version-2
 * launch scenarios: "pilot" and "pilot" + a zero-width space both ran, as two strategies the
 * ledger shows with the same name).
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse.ts';
import { flowLine, issuesOf, launch } from './test-helpers.ts';

function strategies(...names: string[]): Record<string, unknown> {
  const { launchQuantities: _q, ...rest } = launch();
  return { ...rest, strategies: names.map((name, i) => ({ name, initial: 100 * i })) };
}

describe('strategy names', () => {
  it.each([
    ['a zero-width space', 'pilot', 'pilot\u200b'],
    ['composed and decomposed é', '\u00e9tude', 'e\u0301tude'],
    ['a word joiner', 'forecast', 'fore\u2060cast'],
  ])('two names that differ only by %s are one name', (_why, a, b) => {
    const issues = issuesOf(strategies(a, b));
    expect(issues.map((i) => i.path)).toEqual(['strategies[1].name']);
    expect(issues[0]?.message).toContain('must be unique (strategies[0].name is the same)');
  });

  it.each([
    ['only a zero-width space', '\u200b'],
    ['only a byte-order mark and a soft hyphen', '\ufeff\u00ad'],
  ])('a name of %s shows nothing: refused', (_why, name) => {
    const issues = issuesOf(strategies('pilot', name));
    expect(issues.map((i) => i.path)).toEqual(['strategies[1].name']);
    expect(issues[0]?.message).toContain('must not be empty or blank');
  });

  it.each([
    ['a NUL', 'pi\u0000lot'],
    ['a line break', 'pi\nlot'],
    ['a right-to-left override', '\u202epilot'],
    ['a directional isolate', 'pilot\u2066'],
    ['a C1 control', 'pilot\u0085'],
  ])('a name with %s is refused', (_why, name) => {
    const issues = issuesOf(strategies('pilot', name));
    expect(issues.map((i) => i.path)).toEqual(['strategies[1].name']);
    expect(issues[0]?.message).toContain('must not contain control or text-direction characters');
  });

  it('keeps what a trainee may type: accents, CJK, emoji with joiners, case, inner spaces', () => {
    const result = parseScenario(strategies('Pilot', 'pilot', '试产', 'scale up', '👩‍🔧 plan', 'étude'));
    expect(result.ok).toBe(true);
  });
});

describe('the same rules for stations and market states', () => {
  it('stations: a zero-width twin is a duplicate', () => {
    const s = flowLine();
    const stations = s['stations'] as Record<string, unknown>[];
    const issues = issuesOf({ ...s, stations: [stations[0], { ...stations[0], name: `${String(stations[0]?.['name'])}\u200b` }] });
    expect(issues.map((i) => i.path)).toEqual(['stations[1].name']);
  });

  it('market states: a bidi override is refused', () => {
    const s = launch();
    const market = s['market'] as { states: Record<string, unknown>[] };
    const issues = issuesOf({ ...s, market: { ...market, states: [{ ...market.states[0], name: '\u202egood' }, market.states[1]] } });
    expect(issues.map((i) => i.path)).toEqual(['market.states[0].name']);
  });
});
