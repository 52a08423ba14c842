import { afterEach, describe, expect, it } from 'vitest';
import './genba-room-distribution.ts';
import type { StepView } from '../../room/protocol.ts';
import { chartSvg, mount, svgSnapshot } from '../charts/chart-test-helpers.ts';

afterEach(() => document.body.replaceChildren());

const step: StepView = {
  no: 1,
  kind: 'question',
  question: 'batching.finish',
  closed: true,
  revealed: true,
  distribution: { batch: 13, flow: 4, same: 1 },
  outcome: { choice: 'flow', by: 87.46, unit: 'minute' },
};

describe('genba-room-distribution', () => {
  it('draws one bar per answer, the engine’s marked, with the sentence and a table', async () => {
    const el = document.createElement('genba-room-distribution');
    el.question = 'batching.finish';
    el.step = step;
    el.total = 20;
    await mount(el);
    await expect(svgSnapshot(el)).toMatchFileSnapshot('./__snapshots__/room-distribution.svg');
    // Bars scale to the largest count: the plot is 640 − 170 − 120 = 350 wide, so 13 → 350, 4 → 107.69…, 1 → 26.92…
    const widths = [...el.shadowRoot!.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths[0]).toBe(350);
    expect(widths[1]).toBeCloseTo((350 * 4) / 13, 9);
    expect(widths[2]).toBeCloseTo(350 / 13, 9);
    const fills = [...el.shadowRoot!.querySelectorAll('rect')].map((r) => r.getAttribute('fill'));
    expect(fills, 'the engine’s answer in blue, the others grey').toEqual(['#999999', '#0072B2', '#999999']);
    const summary = '13 of 20 expected the batch line to finish first. 2 did not answer. The engine: one-piece flow, by 87.5 minutes.';
    expect(el.shadowRoot!.querySelector('.summary')?.textContent).toBe(summary);
    expect(chartSvg(el).getAttribute('aria-label')).toBe(`Which line finishes the whole order first? ${summary}`);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Batch line', '13', ''],
      ['One-piece flow', '4', '✔'],
      ['The same', '1', ''],
    ]);
  });
});
