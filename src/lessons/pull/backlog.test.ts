import { describe, expect, it } from 'vitest';
import { orderBacklogOverTime } from './backlog.ts';
import { runPushPull } from './paired-run.ts';
import { pennyFab } from './test-fixtures.ts';

describe('the order waiting before release', () => {
  it('deterministic Penny Fab, order of 20, cap 4: 16 wait at t = 0, one leaves at each delivery 8, 10, …, 38', () => {
    const pair = runPushPull(pennyFab(2, 20, 4));
    const pulled = orderBacklogOverTime(pair.flow.run.trace?.events ?? [], 20);
    expect(pulled[0]).toEqual({ t: 0, value: 16 });
    expect(pulled.slice(1)).toEqual(Array.from({ length: 16 }, (_, i) => ({ t: 8 + 2 * i, value: 15 - i })));
    // Pushed, the whole order is in the line at once.
    expect(orderBacklogOverTime(pair.batch.run.trace?.events ?? [], 20)).toEqual([{ t: 0, value: 0 }]);
  });
});
