/**
 * Shared histogram bins for several samples (so their shapes compare bin for bin) and the
 * outline of one sample's histogram as a list of corners, in proportions of its own size
 * (so samples of different sizes compare).
 */
import { bin } from 'd3-array';

export interface ShareBin {
  readonly x0: number;
  readonly x1: number;
  readonly count: number;
  /** count / sample size, in [0, 1]; 0 for an empty sample. */
  readonly share: number;
}

export interface SharedHistogram {
  readonly domain: readonly [number, number];
  /** One list of bins per sample, all with the same edges. */
  readonly bins: readonly (readonly ShareBin[])[];
}

/**
 * Bins every sample on the same edges: about `count` nice bins over all values together
 * (d3-array `bin().thresholds(count)` picks and nices them). A sample whose values are all
 * equal gets one bin of width 1 around them.
 */
export function sharedHistogram(samples: readonly (readonly number[])[], count = 20): SharedHistogram {
  const all = samples.flat().filter(Number.isFinite);
  if (all.length === 0) return { domain: [0, 1], bins: samples.map(() => []) };
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  let thresholds: number[];
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
    thresholds = [];
  } else {
    const edges = bin().thresholds(count)(all);
    lo = edges[0]?.x0 ?? lo;
    hi = edges.at(-1)?.x1 ?? hi;
    thresholds = edges.slice(1).map((b) => b.x0 as number);
  }
  const binner = bin().domain([lo, hi]).thresholds(thresholds);
  return {
    domain: [lo, hi],
    bins: samples.map((values) => {
      const finite = values.filter(Number.isFinite);
      return binner(finite).map((b) => ({
        x0: b.x0 as number,
        x1: b.x1 as number,
        count: b.length,
        share: finite.length > 0 ? b.length / finite.length : 0,
      }));
    }),
  };
}

export interface Corner {
  readonly x: number;
  readonly share: number;
}

/**
 * The corners of a histogram's outline, from the baseline at the first edge to the baseline
 * at the last: one horizontal run per stretch of equal share, one vertical per change.
 */
export function outlineCorners(bins: readonly ShareBin[]): Corner[] {
  const first = bins[0];
  const last = bins.at(-1);
  if (!first || !last) return [];
  const corners: Corner[] = [{ x: first.x0, share: 0 }];
  let share = 0;
  const push = (c: Corner): void => {
    const prev = corners.at(-1);
    if (!prev || prev.x !== c.x || prev.share !== c.share) corners.push(c);
  };
  for (const b of bins) {
    if (b.share !== share) {
      push({ x: b.x0, share });
      push({ x: b.x0, share: b.share });
      share = b.share;
    }
  }
  push({ x: last.x1, share });
  push({ x: last.x1, share: 0 });
  return corners;
}
