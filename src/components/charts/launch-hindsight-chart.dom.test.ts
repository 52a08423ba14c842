import { afterEach, describe, expect, it } from 'vitest';
import './launch-hindsight-chart.ts';
import type { GenbaLaunchHindsightChart } from './launch-hindsight-chart.ts';
import { hindsightOf, hindsightSummary } from '../../lessons/launch/hindsight.ts';
import { HAND, handResult } from '../../lessons/launch/test-fixtures.ts';
import { SEED_STATES } from '../../sim/launch/test-fixtures.ts';
import { caption, chartSvg, mount, svgSnapshot, tableRows } from './launch-chart-test-helpers.ts';

const half = (key: 'launch' | 'pilot', q0: number) =>
  handResult(q0, { good: { share: 0.5, ...HAND[key].good }, bad: { share: 0.5, ...HAND[key].bad } });
const hindsight = hindsightOf(SEED_STATES, half('launch', 30000), half('pilot', 500))!;

afterEach(() => document.body.replaceChildren());

describe('genba-launch-hindsight-chart', () => {
  it('shows the fish after the fact against its expected cost before the decision', async () => {
    const el = document.createElement('genba-launch-hindsight-chart');
    el.hindsight = hindsight;
    el.launchQ0 = 30000;
    el.pilotQ0 = 500;
    await mount(el);
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/launch-hindsight.svg');
    const summary = hindsightSummary(hindsight, 30000, 500);
    expect(chartSvg(el).getAttribute('aria-label')).toBe(summary);
    expect(caption(el)).toBe(summary);
    // x: −125,700…236,000 niced to −150,000…250,000 over 640 − 112 = 528 units: 1.32e-3 per unit, 0 at 198.
    const bars = [...el.shadowRoot!.querySelectorAll('rect.bar')].map((r) => [r.getAttribute('x'), r.getAttribute('width')]);
    expect(bars).toEqual([
      ['198', '311.52'],
      ['198', '311.52'],
      ['198', '155.76'],
      ['32.076', '165.924'],
      ['187.836', '10.164'],
    ]);
    expect(el.shadowRoot!.querySelector('rect.bar.cash')?.getAttribute('fill')).toBe('#D55E00');
    expect(tableRows(el).at(-1)).toEqual(['= expected cost of piloting, before deciding', '−7,700']);
  });

  it('draws nothing without a good market to look back on', async () => {
    const el = await mount(document.createElement('genba-launch-hindsight-chart'));
    expect(el.shadowRoot!.querySelector('svg')).toBeNull();
  });
});
