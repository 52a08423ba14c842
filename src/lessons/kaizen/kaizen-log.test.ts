import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../../scenario/index.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { simulateFlowLine } from '../../sim/line/flow-line.ts';
import { pennyGame } from '../batching/test-fixtures.ts';
import { candidatesAt, changeKey } from './candidates.ts';
import { buildLog, directionOf, flowWins } from './kaizen-log.ts';
import { INTENDED_IMPROVEMENTS } from './it-failed-before.ts';
import { momentsAt } from './moments.ts';

const original = ((): FlowLineScenario => {
  const parsed = parseScenarioText(readFileSync('public/scenarios/it-failed-before.json', 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('it-failed-before.json is not a flow-line scenario');
  return { ...parsed.scenario, replications: 10 };
})();

describe('the kaizen log', () => {
  it('starts with one-piece flow losing, and after the intended steps it wins on lead time, WIP and scrap', () => {
    const none = buildLog(original, [], new Map());
    if (!none.ok) throw new Error(none.message);
    expect(flowWins(none.log.start, none.log.target).leadTime).toBe(false);
    const all = buildLog(original, INTENDED_IMPROVEMENTS, new Map([['press-quick-clamps', { direction: 'down', by: 20 }]]));
    if (!all.ok) throw new Error(all.message);
    expect(all.log.entries).toHaveLength(INTENDED_IMPROVEMENTS.length);
    const last = all.log.entries[all.log.entries.length - 1]!;
    expect(flowWins(last.after, all.log.target)).toEqual({ leadTime: true, wip: true, scrap: true, all: true });
    // Entries chain: each starts where the previous ended; the expectation is kept with its step.
    all.log.entries.forEach((e, i) => expect(e.before).toEqual(i === 0 ? all.log.start : all.log.entries[i - 1]!.after));
    expect(all.log.entries[0]?.expected).toEqual({ direction: 'down', by: 20 });
    expect(all.log.entries[1]?.expected).toBeNull();
    expect(all.line.transferBatch).toBe(1);
  });

  it('says which way lead time went (a change under 1% is the same)', () => {
    expect(directionOf(100, 80)).toBe('down');
    expect(directionOf(100, 99.5)).toBe('same');
    expect(directionOf(100, 103)).toBe('up');
    expect(directionOf(null, 3)).toBe('same');
  });

  it('explains an improvement that does not apply', () => {
    const bad = buildLog(original, [{ id: 'x', kind: 'remove-element', station: 'Press', element: 'no such step' }], new Map());
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('no such step');
  });
});

describe('candidates at a station', () => {
  it('offers SMED for each internal setup step, shortening and removal, moves to the neighbours and a check where it drifts', () => {
    const press = candidatesAt(original, 1).map((c) => c.improvement.id);
    expect(press).toContain('external:Press:fetch die from store');
    expect(press).toContain('check:Press');
    expect(press).toContain('move:press:Press:Cut');
    expect(press).toContain('move:press:Press:Weld');
    expect(new Set(press).size).toBe(press.length);
    expect(candidatesAt(original, 99)).toEqual([]);
  });

  it('offers every intended improvement at its station (same change, whatever the id)', () => {
    const offered = new Set(original.stations.flatMap((_, i) => candidatesAt(original, i).map((c) => changeKey(c.improvement))));
    for (const i of INTENDED_IMPROVEMENTS) expect(offered.has(changeKey(i)), i.id).toBe(true);
    expect(changeKey({ id: 'a', kind: 'shorten-element', station: 'Press', element: 'swap die', to: { share: 0.5 } })).not.toBe(
      changeKey({ id: 'b', kind: 'shorten-element', station: 'Press', element: 'swap die', to: { share: 0.1 } }),
    );
  });
});

describe('moments to replay', () => {
  it('penny game B = 5: the queue at the second flipper peaks when a batch of 5 arrives (4 left after the first is taken up)', () => {
    const scenario = pennyGame(5);
    const run = simulateFlowLine(scenario, scenario.seed, 0, { trace: true });
    expect(momentsAt(run.trace?.events ?? [], 1)).toEqual([{ t: 5, kind: 'queue-peak', value: 4 }]);
  });
});
