import { describe, expect, it } from 'vitest';
import { formatChange, formatRelativeChange, waterfallSteps, waterfallSummary, type WaterfallPoint } from './waterfall-summary.ts';

const start: WaterfallPoint = { label: 'Batch of 10', value: 112 };
const lead = { start, metric: 'Mean lead time', unit: 'min', better: 'lower' as const };

describe('waterfallSummary', () => {
  it('gives start, end, the change in percent and the step that did most', () => {
    // 112 → 95 → 57 → 41: −17, −38, −16; −71 / 112 = −63.4%.
    const steps = [
      { label: 'Transfer batch of 1', value: 95 },
      { label: 'Externalise die change at Weld', value: 57 },
      { label: 'Kanban between Cut and Weld', value: 41 },
    ];
    expect(waterfallSummary({ ...lead, steps })).toBe(
      "Mean lead time fell from 112 min to 41 min (−63%); most came from 'Externalise die change at Weld' (−38 min).",
    );
  });

  it('names a step that made it worse, and passes over one that changed nothing', () => {
    // 112 → 95 → 57 → 60 → 60 → 41: −17, −38, +3, 0, −19.
    const steps = [
      { label: 'Transfer batch of 1', value: 95 },
      { label: 'Externalise die change at Weld', value: 57 },
      { label: 'Add a final check at Pack', value: 60 },
      { label: '5S at Paint', value: 60 },
      { label: 'Kanban between Cut and Weld', value: 41 },
    ];
    expect(waterfallSummary({ ...lead, steps })).toBe(
      "Mean lead time fell from 112 min to 41 min (−63%); most came from 'Externalise die change at Weld' (−38 min); " +
        "'Add a final check at Pack' made it worse (+3 min).",
    );
  });

  it('counts several steps the other way, and says when the whole went the worse way', () => {
    // 100 → 90 → 95 → 97 → 60: −10, +5, +2, −37; −40%.
    const steps = [
      { label: 'A', value: 90 },
      { label: 'B', value: 95 },
      { label: 'C', value: 97 },
      { label: 'D', value: 60 },
    ];
    expect(waterfallSummary({ ...lead, start: { label: 'Now', value: 100 }, steps })).toBe(
      "Mean lead time fell from 100 min to 60 min (−40%); most came from 'D' (−37 min); 2 steps made it worse, most 'B' (+5 min).",
    );
    // 40 → 38 → 45: −2, +7; +5 / 40 = +12.5%, rounded to 13%.
    const worse = [
      { label: 'A', value: 38 },
      { label: 'B', value: 45 },
    ];
    expect(waterfallSummary({ ...lead, start: { label: 'Now', value: 40 }, steps: worse })).toBe(
      "Mean lead time rose from 40 min to 45 min (+13%, worse); most came from 'B' (+7 min); 'A' improved it (−2 min).",
    );
  });

  it('reads "higher is better" the other way round, and says "all of it" for a lone step', () => {
    expect(
      waterfallSummary({
        start: { label: 'Today', value: 12 },
        steps: [{ label: 'Level the mix', value: 15 }],
        metric: 'Throughput',
        unit: 'units/h',
        better: 'higher',
      }),
    ).toBe("Throughput rose from 12 units/h to 15 units/h (+25%); all of it came from 'Level the mix' (+3 units/h).");
    // From 0 there is no percentage.
    expect(waterfallSummary({ start: { label: 'Today', value: 0 }, steps: [{ label: 'X', value: 3 }], metric: 'Defects', unit: '', better: 'lower' })).toBe(
      "Defects rose from 0 to 3 (worse); all of it came from 'X' (+3).",
    );
  });

  it('handles no steps, steps that change nothing and a return to the start', () => {
    expect(waterfallSummary({ ...lead, steps: [] })).toBe('Mean lead time is 112 min (Batch of 10); no kaizen steps yet.');
    const wip = { start: { label: 'Now', value: 30 }, metric: 'WIP', unit: 'units', better: 'lower' as const };
    expect(waterfallSummary({ ...wip, steps: [{ label: 'A', value: 30 }] })).toBe('WIP stayed at 30 units; the step did not change it.');
    expect(waterfallSummary({ ...wip, steps: [{ label: 'A', value: 30 }, { label: 'B', value: 30 }] })).toBe(
      'WIP stayed at 30 units; none of the 2 steps changed it.',
    );
    expect(waterfallSummary({ ...wip, steps: [{ label: 'A', value: 25 }, { label: 'B', value: 30 }] })).toBe(
      "WIP ended where it started, at 30 units; the largest step was 'A' (−5 units).",
    );
  });
});

describe('waterfall helpers', () => {
  it('takes each step’s change from the value before it, without floating-point noise', () => {
    expect(waterfallSteps({ label: 's', value: 74.1 }, [{ label: 'a', value: 36.1 }, { label: 'b', value: 36.3 }])).toEqual([
      { label: 'a', value: 36.1, index: 0, from: 74.1, change: -38 },
      { label: 'b', value: 36.3, index: 1, from: 36.1, change: 0.2 },
    ]);
    expect(formatChange(-38, 'min')).toBe('−38 min');
    expect(formatChange(0.2)).toBe('+0.2');
    expect(formatChange(0, 'min')).toBe('0 min');
    expect(formatRelativeChange(112, 41)).toBe('−63%');
    expect(formatRelativeChange(0, 4)).toBe('');
  });
});
