import { describe, expect, it } from 'vitest';
import { kaizenHeadline, losingMeasures } from './headline.ts';
import { flowWins } from './verdict.ts';
import type { KaizenFigures } from './figures.ts';

const figures = (leadTime: number, wip: number, scrapped: number): KaizenFigures => ({ leadTime, wip, scrapped, throughput: 0.3, replications: 30 });
const format = (x: number | null) => (x === null ? '–' : String(Math.round(x * 10) / 10));
const batches = figures(118.7, 41.4, 21);

function headline(flow: KaizenFigures, steps = 2): string {
  return kaizenHeadline({ verdict: flowWins(flow, batches), flow, batches, steps, transferBatch: 10, unit: 'min', format });
}

describe('lesson 2’s headline names the measure still losing', () => {
  it('lead time wins, scrap still worse: the issue’s example', () => {
    expect(headline(figures(60.1, 32.6, 29))).toBe('Lead time and WIP win; scrap is still worse: 29 against 21.');
  });

  it('lead time still worse, WIP and scrap win (after quick-change tooling alone)', () => {
    expect(headline(figures(119.1, 31.3, 2.9))).toBe('WIP and scrap win; lead time is still worse: 119.1 min against 118.7.');
  });

  it('every measure losing', () => {
    expect(headline(figures(220, 50, 30))).toBe('Not yet: lead time is still worse: 220 min against 118.7; WIP is still higher: 50 against 41.4; scrap is still worse: 30 against 21.');
  });

  it('a win on all three, and the start, keep their own sentences', () => {
    expect(headline(figures(40.7, 33.9, 2.9))).toBe('One-piece flow now beats the batches: 40.7 min of mean lead time against 118.7.');
    expect(headline(figures(220.2, 31, 2.9), 0)).toBe(
      'They are right: one-piece flow, switched on as the line stands, keeps a part 220.2 min on average against 118.7 with batches of 10.',
    );
  });

  it('losingMeasures lists them in the order lead time, WIP, scrap', () => {
    expect(losingMeasures({ leadTime: false, wip: true, scrap: false, all: false })).toEqual(['leadTime', 'scrap']);
    expect(losingMeasures({ leadTime: true, wip: true, scrap: true, all: true })).toEqual([]);
  });
});
