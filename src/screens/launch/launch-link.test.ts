/** Lesson 3's links: the pair compared travels with a strategies case, the sweep with a version-1 case; untrusted parts are left out with a notice. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../share/index.ts';
import { parseScenarioText } from '../../scenario/index.ts';
import type { LaunchScenario, LaunchStrategyScenario } from '../../scenario/types.ts';
import { formFromScenario, validateLaunchForm } from '../../lessons/launch/launch-form.ts';
import { launchLinkState, pairFrom, predictionFrom, readLinkCase } from './launch-link.ts';

function preset(file: string): LaunchScenario {
  const parsed = parseScenarioText(readFileSync(`public/scenarios/${file}`, 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'launch') throw new Error(`${file} is not a launch scenario`);
  return parsed.scenario;
}

function query(state: Parameters<typeof encodeLink>[0]): string {
  const encoded = encodeLink(state, { includePredictions: true });
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.query;
}

describe('lesson 3 links', () => {
  it('round-trips a strategies case with its pair, market and prediction', () => {
    const ohno = preset('launch-ohno-question.json') as LaunchStrategyScenario;
    const scenario: LaunchStrategyScenario = { ...ohno, strategies: [...ohno.strategies, { name: 'half', initial: 0, commit: { rate: 15000, periods: 3 } }] };
    const v = validateLaunchForm(formFromScenario(scenario, { from: 0, to: 1, step: 1 }));
    if (!v.ok) throw new Error('invalid');
    const state = launchLinkState(v, 7, { earnsMore: 'pilot', losesMoreOften: 'same' }, { first: 2, second: 0 });
    expect(state.extra).toEqual({ pair: { first: 2, second: 0 } });
    const read = readLinkCase(query(state), decodeLink);
    expect(read.kind).toBe('open');
    if (read.kind !== 'open') return;
    expect(read.pair).toEqual({ first: 2, second: 0 });
    expect(read.replication).toBe(7);
    expect(read.prediction).toEqual({ earnsMore: 'pilot', losesMoreOften: 'same' });
    expect(read.notices).toEqual([]);
    const again = validateLaunchForm(read.form);
    expect(again.ok && again.scenario).toEqual(scenario);
  });

  it('falls back to the first two for a pair outside the strategies, and keeps a version-1 sweep', () => {
    const ohno = preset('launch-ohno-question.json');
    const read = readLinkCase(query({ lesson: 'launch', scenario: ohno, extra: { pair: { first: 0, second: 9 } } }), decodeLink);
    expect(read.kind === 'open' && read.pair).toEqual({ first: 0, second: 1 });
    const v1 = readLinkCase(query({ lesson: 'launch', scenario: preset('launch-seed-case.json'), extra: { sweep: { from: 0, to: 20000, step: 5000 } } }), decodeLink);
    expect(v1.kind).toBe('open');
    if (v1.kind !== 'open') return;
    expect([v1.form.sweepFrom, v1.form.sweepTo, v1.form.sweepStep]).toEqual(['0', '20000', '5000']);
    expect(v1.form.strategies).toBeUndefined();
  });

  it('leaves out what is not this lesson’s, and says why a link cannot open', () => {
    expect(predictionFrom({ earnsMore: 'maybe' })).toBeNull();
    expect(predictionFrom({ earnsMore: 'same', extra: 1 })).toBeNull();
    expect(pairFrom({ pair: { first: 1, second: 1 } })).toBeNull();
    expect(pairFrom({ pair: { first: 0.5, second: 1 } })).toBeNull();
    expect(readLinkCase('', decodeLink).kind).toBe('absent');
    const broken = readLinkCase('v=2&s=abc', decodeLink);
    expect(broken.kind === 'problem' && broken.problem()).toMatch(/^This link is damaged/);
    const v1 = readLinkCase(query({ lesson: 'launch', scenario: preset('launch-seed-case.json'), extra: { sweep: 'no' } }), decodeLink);
    expect(v1.kind === 'open' && v1.notices.map((n) => n())).toEqual(["The link's sweep was left out: it is not a sweep {from, to, step}."]);
  });
});
