import { describe, expect, it } from 'vitest';
import { addToSketch, createQuantileSketch, EXACT_LIMIT, type QuantileSketch } from '../../sim/stats/quantile-sketch.ts';
import { binCounts, binIndex, forEachSketchValue, histogramEdges, sharedHistograms } from './profit-histogram.ts';

function sketchOf(values: Iterable<number>): QuantileSketch {
  const s = createQuantileSketch();
  for (const v of values) addToSketch(s, v);
  return s;
}

describe('profit histograms from quantile sketches', () => {
  it('makes nice edges covering the values, with 0 an edge when both signs occur', () => {
    expect(histogramEdges(-203_400, 2_880_000, 30)).toEqual(Array.from({ length: 33 }, (_, k) => -300_000 + k * 100_000));
    expect(histogramEdges(0, 10, 5)).toEqual([0, 2, 4, 6, 8, 10]);
    const single = histogramEdges(48_000, 48_000, 30);
    expect(single[0]).toBeLessThanOrEqual(48_000);
    expect(single.at(-1)).toBeGreaterThanOrEqual(48_000);
  });

  it('puts x in [edge j, edge j+1), the last bin closed', () => {
    const edges = [0, 10, 20, 30];
    expect([0, 9.99, 10, 29.9, 30, -1, 31].map((x) => binIndex(edges, x))).toEqual([0, 0, 1, 2, 2, -1, -1]);
  });

  it('counts exact values one by one', () => {
    const s = sketchOf([1, 2, 2, 3, 9, 10]);
    expect(binCounts([0, 5, 10], [s])).toEqual([4, 2]);
  });

  it('counts bucketed values within their bins: 1..25,000 in bins of 5,000 hold 5,000 each (±1 at edges)', () => {
    const n = EXACT_LIMIT + 5_000;
    const s = sketchOf(Array.from({ length: n }, (_, i) => i + 1));
    expect(s.values).toBeNull(); // bucketed
    let total = 0;
    forEachSketchValue(s, (_v, c) => (total += c));
    expect(total).toBe(n);
    const counts = binCounts([0, 5000, 10000, 15000, 20000, 25000], [s]);
    expect(counts.reduce((a, b) => a + b)).toBe(n);
    // Values 1..4,999 in the first bin, 5,000..9,999 in the second, …; a bucket straddling an
    // edge moves at most the values within 0.2% of it.
    counts.forEach((c, j) => expect(Math.abs(c - (j === 0 ? 4999 : j === 4 ? 5001 : 5000))).toBeLessThanOrEqual(12));
  });

  it('counts negative buckets and zeros on their side', () => {
    const s = sketchOf([...Array.from({ length: EXACT_LIMIT }, () => -100), 0, 0, 50]);
    expect(binCounts([-200, 0, 100], [s])).toEqual([EXACT_LIMIT, 3]);
  });

  it('shares bins between series and adds the states of a series', () => {
    const pilotGood = sketchOf([100, 200]);
    const pilotBad = sketchOf([10]);
    const launchBad = sketchOf([-50, -40]);
    const h = sharedHistograms([[pilotGood, pilotBad], [createQuantileSketch(), launchBad]], 3)!;
    expect(h.edges[0]).toBeLessThanOrEqual(-50);
    expect(h.edges.at(-1)).toBeGreaterThanOrEqual(200);
    expect(h.edges).toContain(0);
    expect(h.totals).toEqual([3, 2]);
    expect(sharedHistograms([[createQuantileSketch()]])).toBeNull();
  });
});

describe('the distribution in words', () => {
  it('gives the middle 90%, the median and the share of losses per strategy', async () => {
    const { distributionSummary } = await import('./distribution-summary.ts');
    expect(
      distributionSummary([
        { label: 'Launch 30,000', p5: -214437.45, p50: 1879652.1, p95: 2551401.02, probLoss: 0.4957 },
        { label: 'Pilot 500', p5: 34306.3, p50: 1643676, p95: 2315401, probLoss: 0 },
      ]),
    ).toBe(
      'Launch 30,000: 90% of markets make between −214,437 and 2,551,401 (median 1,879,652), and 49.6% make a loss. ' +
        'Pilot 500: 90% between 34,306 and 2,315,401 (median 1,643,676), and 0.0% make a loss.',
    );
  });
});
