import { describe, expect, it } from 'vitest';
import {
  DISTRIBUTION_NAMES,
  PARAMS_OF,
  distributionCandidate,
  distributionDraftOf,
  draftMean,
  switchDistribution,
  withParam,
  type Distribution,
  type DistributionDraft,
} from './distribution-draft.ts';

describe('distribution drafts', () => {
  it('round-trips every distribution through its draft', () => {
    const all: Distribution[] = [
      { dist: 'deterministic', value: 0.8 },
      { dist: 'exponential', mean: 2 },
      { dist: 'uniform', min: 1, max: 3 },
      { dist: 'triangular', min: 1, mode: 2, max: 4 },
      { dist: 'normal', mean: 2, sd: 0.5 },
      { dist: 'lognormal', mean: 2.4, cv: 0.5 },
      { dist: 'gamma', mean: 3, cv: 1 },
      { dist: 'empirical', values: [1, 2.5, 3] },
    ];
    for (const d of all) expect(distributionCandidate(distributionDraftOf(d)), d.dist).toEqual(d);
  });

  it('shows an empirical list as one text', () => {
    expect(distributionDraftOf({ dist: 'empirical', values: [1, 2.5] }).params.values).toBe('1, 2.5');
  });

  it('sends text it cannot read as a number, so the validator names it', () => {
    const d = withParam({ dist: 'exponential', params: { mean: '2' } }, 'mean', 'abc');
    expect(distributionCandidate(d)).toEqual({ dist: 'exponential', mean: 'abc' });
    expect(distributionCandidate({ dist: 'empirical', params: { values: '1, x' } })).toEqual({ dist: 'empirical', values: [1, 'x'] });
  });

  it('computes the mean of a readable draft', () => {
    expect(draftMean({ dist: 'triangular', params: { min: '1', mode: '2', max: '6' } })).toBe(3);
    expect(draftMean({ dist: 'empirical', params: { values: '1 2 3' } })).toBe(2);
    expect(draftMean({ dist: 'uniform', params: { min: '1', max: 'x' } })).toBeUndefined();
  });

  it('switches distribution keeping the mean and shared parameters', () => {
    const exp: DistributionDraft = { dist: 'exponential', params: { mean: '2' } };
    expect(switchDistribution(exp, 'lognormal')).toEqual({ dist: 'lognormal', params: { mean: '2', cv: '0.5' } });
    expect(switchDistribution(exp, 'uniform')).toEqual({ dist: 'uniform', params: { min: '1', max: '3' } });
    expect(switchDistribution(exp, 'triangular')).toEqual({ dist: 'triangular', params: { min: '1', mode: '2', max: '3' } });
    expect(switchDistribution(exp, 'deterministic')).toEqual({ dist: 'deterministic', params: { value: '2' } });
    const zero: DistributionDraft = { dist: 'deterministic', params: { value: '0' } };
    expect(switchDistribution(zero, 'exponential'), 'a mean that must be > 0 is not 0').toEqual({ dist: 'exponential', params: { mean: '1' } });
    expect(switchDistribution(exp, 'exponential'), 'same distribution: unchanged').toBe(exp);
  });

  it('gives every distribution exactly its parameters after a switch', () => {
    const start: DistributionDraft = { dist: 'normal', params: { mean: '4', sd: '1' } };
    for (const name of DISTRIBUTION_NAMES) {
      const switched = switchDistribution(start, name);
      expect(Object.keys(switched.params).sort(), name).toEqual([...PARAMS_OF[name]].sort());
    }
  });
});
