import { afterEach, describe, expect, it } from 'vitest';
import './launch-like-hindsight-chart.ts';
import { likeRows, wrapLabel, type GenbaLaunchLikeHindsightChart } from './launch-like-hindsight-chart.ts';
import type { LikeHindsight } from '../../lessons/launch/strategy-compare.ts';
import { attr, caption, chartSvg, mount, svgSnapshot, tableRows } from './launch-chart-test-helpers.ts';

/** MODEL.md's worked case: the pilot misses 476,000 in a good market, the forecast loses 845,400 in a bad one. */
const WORKED: LikeHindsight = {
  goodState: 'good',
  goodMarkets: 100,
  otherMarkets: 100,
  good: { firstMissed: 476_000, secondExtra: 476_000 },
  other: { secondLost: 845_400, firstLost: 0 },
};
const names = { first: 'pilot', second: 'forecast', good: 'good' };

afterEach(() => document.body.replaceChildren());

async function chart(h: LikeHindsight): Promise<GenbaLaunchLikeHindsightChart> {
  const el = document.createElement('genba-launch-like-hindsight-chart');
  el.hindsight = h;
  el.names = names;
  return mount(el);
}

const num = (v: string | null) => Number(v);

describe('genba-launch-like-hindsight-chart', () => {
  it('sets like against like, in words, as bars and as a table', async () => {
    const el = await chart(WORKED);
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/launch-like-hindsight.svg');
    const summary =
      'Hindsight, like with like. In a good market pilot never earned 476,000 of margin, and forecast earned 476,000 more than pilot. In the other markets forecast lost 845,400 on cars nobody bought, their storage and its fixed cost; pilot lost 0.';
    expect(chartSvg(el).getAttribute('aria-label')).toBe(summary);
    expect(caption(el)).toBe(summary);
    expect(tableRows(el).map((r) => r[2])).toEqual(['476,000', '476,000', '845,400', '0']);
    expect(likeRows(WORKED, names).map((r) => [r.group, r.key, r.kind])).toEqual([
      ['good', 'pilot', 'opportunity'],
      ['good', 'launch', 'money'],
      ['other', 'launch', 'money'],
      ['other', 'pilot', 'money'],
    ]);
  });

  it('keeps every label left of the zero line and every value beyond its bar, away from zero, also for a negative bar', async () => {
    // The forecast earns less than the pilot in a good market here: its bar goes left of zero.
    const el = await chart({ ...WORKED, good: { firstMissed: 100_000, secondExtra: -300_000 } });
    const zero = num(attr(el, 'line.zero', 'x1'));
    const labels = [...el.shadowRoot!.querySelectorAll('text.bar-label')];
    expect(labels).toHaveLength(4);
    for (const l of labels) {
      expect(l.getAttribute('text-anchor')).toBe('end');
      expect(num(l.getAttribute('x'))).toBeLessThan(zero);
    }
    const negative = el.shadowRoot!.querySelector('g.row.good.launch')!;
    const bar = negative.querySelector('rect')!;
    const value = negative.querySelector('text.value-label')!;
    expect(num(bar.getAttribute('x')) + num(bar.getAttribute('width'))).toBeCloseTo(zero, 3);
    expect(value.getAttribute('text-anchor')).toBe('end');
    expect(num(value.getAttribute('x'))).toBeLessThan(num(bar.getAttribute('x')));
    // The bar's far end stays right of the label column.
    expect(num(bar.getAttribute('x'))).toBeGreaterThan(num(labels[0]!.getAttribute('x')));
    const positive = el.shadowRoot!.querySelector('g.row.other.launch')!;
    expect(positive.querySelector('text.value-label')!.getAttribute('text-anchor')).toBe('start');
  });

  it('wraps labels by words, and Chinese by characters at half the length', () => {
    expect(wrapLabel('forecast: lost on cars nobody bought, storage and fixed cost', 26)).toEqual(['forecast: lost on cars', 'nobody bought, storage and', 'fixed cost']);
    expect(wrapLabel('按预测：亏在没人买的车、仓储和固定成本上', 26)).toEqual(['按预测：亏在没人买的车、仓', '储和固定成本上']);
  });
});
