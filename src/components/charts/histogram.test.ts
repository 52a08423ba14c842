import { describe, expect, it } from 'vitest';
import { outlineCorners, sharedHistogram } from './histogram.ts';

describe('sharedHistogram', () => {
  it('puts every sample on the same 20 unit-wide bins over 0…20', () => {
    const h = sharedHistogram([
      [0, 1, 1, 3],
      [1, 2, 19, 19, 19],
    ]);
    expect(h.domain).toEqual([0, 20]);
    expect(h.bins[0]).toHaveLength(20);
    expect(h.bins[1]).toHaveLength(20);
    expect(h.bins[0]!.map((b) => b.x0)).toEqual(h.bins[1]!.map((b) => b.x0));
    // Shares of each sample's own size: 1/4, 2/4, 0, 1/4 and 0, 1/5, 1/5, …, 3/5 in [19, 20].
    expect(h.bins[0]!.slice(0, 4).map((b) => b.share)).toEqual([0.25, 0.5, 0, 0.25]);
    expect(h.bins[1]!.map((b) => b.count)).toEqual([0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
    expect(h.bins[1]![19]!.share).toBe(0.6);
  });

  it('gives equal values one bin of width 1, and an empty sample empty shares', () => {
    const h = sharedHistogram([[35, 35, 35], []]);
    expect(h.domain).toEqual([34.5, 35.5]);
    expect(h.bins[0]).toEqual([{ x0: 34.5, x1: 35.5, count: 3, share: 1 }]);
    expect(h.bins[1]).toEqual([{ x0: 34.5, x1: 35.5, count: 0, share: 0 }]);
  });
});

describe('outlineCorners', () => {
  it('traces the outline from baseline to baseline with one corner per change', () => {
    const bins = [
      { x0: 0, x1: 1, count: 1, share: 0.25 },
      { x0: 1, x1: 2, count: 2, share: 0.5 },
      { x0: 2, x1: 3, count: 0, share: 0 },
      { x0: 3, x1: 4, count: 1, share: 0.25 },
      { x0: 4, x1: 5, count: 0, share: 0 },
    ];
    expect(outlineCorners(bins)).toEqual([
      { x: 0, share: 0 },
      { x: 0, share: 0.25 },
      { x: 1, share: 0.25 },
      { x: 1, share: 0.5 },
      { x: 2, share: 0.5 },
      { x: 2, share: 0 },
      { x: 3, share: 0 },
      { x: 3, share: 0.25 },
      { x: 4, share: 0.25 },
      { x: 4, share: 0 },
      { x: 5, share: 0 },
    ]);
    expect(outlineCorners([])).toEqual([]);
  });
});
