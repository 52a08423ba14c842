import { afterEach, describe, expect, it } from 'vitest';
import './step-chart.ts';
import { GenbaStepChart, type StepSeries } from './step-chart.ts';
import { stepChartSummary } from './step-chart-summary.ts';
import { caption, chartSvg, mount, svgSnapshot, tableHead, tableRows } from './chart-test-helpers.ts';

// Plot area 552 × 228 (640 × 320 less margins 64 + 24 and 40 + 52).
const threeSteps: StepSeries = {
  key: 'flow',
  label: 'One-piece flow',
  points: [
    { t: 0, value: 0 },
    { t: 10, value: 1 },
    { t: 20, value: 2 },
  ],
};
const batch: StepSeries = {
  key: 'batch',
  label: 'Batch (B = 2)',
  points: [
    { t: 0, value: 0 },
    { t: 24, value: 2 },
  ],
};

function chart(): GenbaStepChart {
  const el = document.createElement('genba-step-chart');
  el.series = [batch, threeSteps];
  el.yLabel = 'Good units delivered';
  el.timeUnit = 'minute';
  el.end = 30;
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('genba-step-chart', () => {
  it('renders the series as step paths, the summary and the table', async () => {
    const el = await mount(chart());
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/step-chart.svg');

    const summary = stepChartSummary({ series: el.series, yLabel: el.yLabel, timeUnit: 'minute', end: 30 });
    expect(chartSvg(el).getAttribute('aria-label'), 'aria-label is the summary').toBe(summary);
    expect(caption(el), 'the summary is shown as the caption').toBe(summary);

    // x: 0…30 → 0…552 (18.4 per minute); y: 0…2 → 228…0 (114 per unit).
    const paths = el.shadowRoot!.querySelectorAll('path.step');
    // curveStepAfter draws each point as a horizontal then a vertical segment, so the point
    // added at the end (same value) closes with a zero-length vertical step.
    expect(paths[1]?.getAttribute('d'), 'flow steps up at 10 and 20 and runs on to the end').toBe(
      'M0,228L184,228L184,114L368,114L368,0L552,0L552,0',
    );
    expect(paths[0]?.getAttribute('stroke-dasharray'), 'batch is dashed').toBe('8 4');

    expect(tableHead(el)).toEqual(['Time (min)', 'Batch (B = 2)', 'One-piece flow']);
    expect(tableRows(el)).toEqual([
      ['0.0', '0', '0'],
      ['10.0', '0', '1'],
      ['20.0', '0', '2'],
      ['24.0', '2', '2'],
      ['30.0', '2', '2'],
    ]);
    const xLabel = el.shadowRoot!.querySelector('text.x-label')?.textContent;
    expect(xLabel, 'the time axis carries its unit').toBe('Time (min)');
  });

  it('moves only the cursor line when only the cursor changes', async () => {
    const el = await mount(chart());
    const path = el.shadowRoot!.querySelector('path.step');
    const d = path?.getAttribute('d');
    el.cursor = 15;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('line.cursor')?.getAttribute('x1'), 'x(15) = 276').toBe('276');
    expect(el.shadowRoot!.querySelector('path.step'), 'the same path element').toBe(path);
    expect(path?.getAttribute('d')).toBe(d);
  });

  it('draws the reference line and fits it into the y domain', async () => {
    const el = chart();
    el.reference = { value: 4, label: 'Order quantity' };
    await mount(el);
    const ref = el.shadowRoot!.querySelector('g.reference line');
    expect(ref?.getAttribute('y1'), 'y: 0…4 → 228…0, so 4 is at the top').toBe('0');
    expect(el.shadowRoot!.querySelector('g.reference text')?.textContent).toBe('Order quantity: 4');
  });

  it('lists at most 60 instants in the table', async () => {
    const el = chart();
    el.series = [{ key: 'wip', label: 'WIP', points: Array.from({ length: 500 }, (_, i) => ({ t: i, value: i % 7 })) }];
    el.end = undefined;
    await mount(el);
    expect(tableRows(el)).toHaveLength(60);
  });
});
