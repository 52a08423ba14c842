import { describe, expect, it } from 'vitest';
import { mergeForDrawing, stateTotals, type TimelineInterval } from './timeline-data.ts';

describe('stateTotals', () => {
  it('sums time per state within [0, end]', () => {
    const { totals, total } = stateTotals(
      [
        { state: 'setup', from: 0, to: 5 },
        { state: 'working', from: 5, to: 25 },
        { state: 'starved', from: 25, to: 40 },
      ],
      30,
    );
    expect(totals).toEqual({ working: 20, setup: 5, handling: 0, starved: 5, blocked: 0 });
    expect(total).toBe(30);
  });
});

describe('mergeForDrawing', () => {
  it('keeps wide intervals as they are', () => {
    const ivs: TimelineInterval[] = [
      { state: 'setup', from: 0, to: 10 },
      { state: 'working', from: 10, to: 20 },
    ];
    expect(mergeForDrawing(ivs, 20, 1)).toEqual(ivs);
  });

  it('merges a run of sub-pixel intervals into mixed columns of at most 2 px with their shares', () => {
    // 1 px per unit: 10 px working, then 100 pieces of 0.1 px (handling, handling, handling, working, …), then working again.
    const tiny: TimelineInterval[] = Array.from({ length: 100 }, (_, i) => ({
      state: i % 4 === 3 ? 'working' : 'handling',
      from: 10 + i / 10,
      to: 10 + (i + 1) / 10,
    }));
    const ivs: TimelineInterval[] = [{ state: 'working', from: 0, to: 10 }, ...tiny, { state: 'working', from: 20, to: 30 }];
    const segs = mergeForDrawing(ivs, 30, 1);
    expect(segs[0]).toEqual({ state: 'working', from: 0, to: 10 });
    expect(segs.at(-1)).toEqual({ state: 'working', from: 20, to: 30 });
    const mixed = segs.slice(1, -1);
    expect(mixed).toHaveLength(5);
    for (const [i, s] of mixed.entries()) {
      expect(s.from).toBeCloseTo(10 + 2 * i, 9);
      expect(s.to).toBeCloseTo(12 + 2 * i, 9);
      expect(s.state).toBe('handling');
      expect(s.mix?.map((m) => m.state)).toEqual(['working', 'handling']);
      expect(s.mix?.[1]?.share).toBeCloseTo(0.75, 9);
    }
  });

  it('draws a run of narrow intervals of one state as a plain segment', () => {
    // Six pieces of 0.125 px with gaps of 0.125 px (too small to show).
    const ivs: TimelineInterval[] = Array.from({ length: 6 }, (_, i) => ({ state: 'setup', from: i / 4, to: i / 4 + 1 / 8 }));
    expect(mergeForDrawing(ivs, 10, 1)).toEqual([{ state: 'setup', from: 0, to: 1.375 }]);
  });

  it('lets a lone narrow interval join the wide one after it', () => {
    const segs = mergeForDrawing(
      [
        { state: 'setup', from: 0, to: 0.2 },
        { state: 'working', from: 0.2, to: 10 },
      ],
      10,
      1,
    );
    expect(segs).toEqual([{ state: 'working', from: 0, to: 10 }]);
  });

  it('clips to [0, end] and does not bridge a visible gap', () => {
    const segs = mergeForDrawing(
      [
        { state: 'working', from: -5, to: 5 },
        { state: 'working', from: 7, to: 50 },
      ],
      20,
      1,
    );
    expect(segs).toEqual([
      { state: 'working', from: 0, to: 5 },
      { state: 'working', from: 7, to: 20 },
    ]);
  });
});
