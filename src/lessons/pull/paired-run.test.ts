import { describe, expect, it } from 'vitest';
import { lineOutcome, pulls, pushPullRatios, pushScenario, runPushPull } from './paired-run.ts';
import { pennyFab, preset } from './test-fixtures.ts';

describe('push against pull on the same random numbers', () => {
  it('the pushed line is the scenario without cap and buffers', () => {
    const kanban = preset('kanban-one-square-short.json');
    expect(pulls(kanban)).toBe(true);
    const push = pushScenario(kanban);
    expect(pulls(push)).toBe(false);
    expect(push.release).toEqual({ mode: 'order', quantity: 60 });
    expect(push.stations.map((s) => s.name)).toEqual(kanban.stations.map((s) => s.name));
    expect(push.stations.every((s) => s.buffer === undefined)).toBe(true);
  });

  it('a cap that never binds (W = Q) gives the pushed line exactly: the same random numbers', () => {
    const s = pennyFab({ dist: 'exponential', mean: 2 }, 30, 30);
    const pair = runPushPull(s, 3);
    expect(pair.flow.run.throughput).toBe(pair.batch.run.throughput);
    expect(pair.flow.run.makespan).toBe(pair.batch.run.makespan);
    expect(pair.flow.run.leadTime).toEqual(pair.batch.run.leadTime);
  });

  it('deterministic Penny Fab, order of 20, cap 4: push holds 20 at t = 0, pull never more than 4, and both finish at 8 + 19·2 = 46 h', () => {
    const pair = runPushPull(pennyFab(2, 20, 4));
    expect(pair.batch.run.makespan).toBe(46);
    expect(pair.flow.run.makespan).toBe(46);
    expect(pair.batch.run.wip.max).toBe(20);
    expect(pair.flow.run.wip.max).toBe(4);
    // Pulled: the first four are released together and wait 0, 2, 4, 6 h at the first station;
    // every later penny is released as one is delivered and goes straight through in T0 = 8 h.
    // Mean flow time (20 · 8 + 2 + 4 + 6) / 20 = 8.6 h; WIP integral 20 · 8.6 = 172 over 46 h.
    expect(pair.flow.run.flowTime?.mean).toBeCloseTo(8.6, 12);
    expect(pair.flow.run.wip.mean).toBeCloseTo(172 / 46, 12);
    // Pushed, penny j (1-based) is delivered at 8 + 2(j − 1): mean lead time 8 + 19 = 27 h.
    expect(pair.batch.run.leadTime?.mean).toBe(27);
  });

  it('outcome and ratios, worked by hand', () => {
    const push = { throughput: 0.5, wip: 30, flowTime: 60, leadTime: 60, cash: 3000, delivered: 20 };
    const pull = { throughput: 0.5, wip: 6, flowTime: 12, leadTime: 61, cash: 600, delivered: 20 };
    expect(pushPullRatios(push, pull)).toEqual({ throughput: 1, wip: 0.2, flowTime: 0.2 });
    expect(pushPullRatios({ ...push, throughput: 0 }, pull)).toBeNull();
    const run = runPushPull(pennyFab(2, 20, 4)).flow.run;
    expect(lineOutcome(run, 100).cash).toBeCloseTo((172 / 46) * 100, 9);
    expect(lineOutcome(run, undefined).cash).toBeNull();
    expect(lineOutcome(run, undefined).flowTime).toBeCloseTo(8.6, 12);
  });
});
