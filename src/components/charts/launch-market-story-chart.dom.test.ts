import { afterEach, describe, expect, it } from 'vitest';
import './launch-market-story-chart.ts';
import type { GenbaLaunchMarketStoryChart } from './launch-market-story-chart.ts';
import { findReplicationInState } from '../../sim/launch/monte-carlo.ts';
import { marketStory, storySummary } from '../../lessons/launch/market-story.ts';
import { seedCase } from '../../lessons/launch/test-fixtures.ts';
import { attr, caption, chartSvg, mount, svgSnapshot, tableRows } from './launch-chart-test-helpers.ts';

const scenario = seedCase({ replications: 100 });
const bad = findReplicationInState(scenario, 'bad') as number;
const stories = [marketStory(scenario, bad, 'launch', 30000), marketStory(scenario, bad, 'pilot', 500)];

afterEach(() => document.body.replaceChildren());

describe('genba-launch-market-story-chart', () => {
  it('tells a bad market month by month: the launch’s stock and both strategies’ cash', async () => {
    const el = document.createElement('genba-launch-market-story-chart') as GenbaLaunchMarketStoryChart;
    el.stories = stories;
    el.selected = 'launch';
    await mount(el);
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/launch-market-story.svg');
    expect(chartSvg(el).getAttribute('aria-label')).toBe(storySummary(stories));
    expect(caption(el)).toBe(storySummary(stories));
    // Units 0…29,500 niced to 0…30,000 over 220: stock after month 1 (29,500) at y 3.667.
    // Months: 12 bands over 544 with padding 0.2, step 544 / 12.2; month 1's centre at 0.6 steps = 26.754.
    const stock = [...el.shadowRoot!.querySelectorAll('g.series.stock path[transform]')].map((p) => p.getAttribute('transform'));
    expect(stock[0]).toBe('translate(26.754,3.667)');
    expect(el.shadowRoot!.querySelectorAll('rect.lost')).toHaveLength(0); // a bad market: the launch never runs short
    expect(attr(el, 'g.panel.units text.panel-title', 'x')).toBe('-68');
    const rows = tableRows(el);
    expect(rows[0]).toEqual(['1', '500', '500', '0', '0', '29,500', '−355,900', '4,000']);
    expect(rows[11]).toEqual(['12', '500', '500', '0', '0', '24,000', '−203,400', '48,000']);
  });

  it('shows the pilot’s units when asked: lost sales stacked on sales in a good market', async () => {
    const good = findReplicationInState(scenario, 'good') as number;
    const el = document.createElement('genba-launch-market-story-chart') as GenbaLaunchMarketStoryChart;
    el.stories = [marketStory(scenario, good, 'launch', 30000), marketStory(scenario, good, 'pilot', 500)];
    el.selected = 'pilot';
    await mount(el);
    const lost = el.shadowRoot!.querySelectorAll('rect.lost');
    expect(lost).toHaveLength(1); // month 1: 29,500 lost
    expect(el.shadowRoot!.querySelector('g.panel.units text.panel-title')?.textContent).toBe(`Units per month: Pilot 500 in market ${good + 1} (good)`);
  });
});
