/**
 * The "long setups" preset's three options (issue 14): batching wins a little over one piece
 * with a setup per piece; a process batch of 10 moved one at a time wins clearly; without
 * handling, waiting for the batch alone still makes the batches slower.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, type FlowLineScenario } from '../../scenario/index.ts';
import { hasLongSetups, optionFigures, setupOptions } from './setup-options.ts';
import { pennyGame } from './test-fixtures.ts';

function preset(name: string): FlowLineScenario {
  const parsed = parseScenarioText(readFileSync(`public/scenarios/${name}`, 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error(`${name} is not a flow-line scenario`);
  return parsed.scenario;
}

describe('three ways to run long setups', () => {
  const longSetups = preset('long-setups.json');

  it('are the batches as run, one piece with a setup per piece, and a process batch of B moved one at a time', () => {
    const options = setupOptions(longSetups);
    expect(options.map((o) => [o.key, o.scenario.transferBatch, o.scenario.processBatch])).toEqual([
      ['batches', 10, undefined],
      ['one-piece', 1, undefined],
      ['lot-splitting', 1, 10],
    ]);
    expect(options[0]?.scenario).toEqual(longSetups);
  });

  it('only the "long setups" preset among the lesson-1 presets has long setups', () => {
    expect(hasLongSetups(longSetups)).toBe(true);
    for (const name of ['batching-illusion.json', 'handling-makes-batches-slower.json', 'penny-game-batch-20.json']) expect(hasLongSetups(preset(name)), name).toBe(false);
    expect(hasLongSetups({ ...longSetups, transferBatch: 1 })).toBe(false);
  });

  it.each(['shingo', 'seed-1', 'seed-2', 'seed-3', 'seed-4'])('seed %s: batching beats one piece a little; lot splitting beats both clearly', (seed) => {
    const [batches, onePiece, lotSplitting] = setupOptions({ ...longSetups, seed }).map((o) => optionFigures(o));
    const lt = (f: typeof batches) => f!.leadTime as number;
    expect(lt(batches)).toBeLessThan(lt(onePiece));
    expect(lt(batches)).toBeGreaterThan(lt(onePiece) * 0.85);
    expect(lt(lotSplitting)).toBeLessThan(lt(batches) * 0.65);
    expect(lotSplitting!.throughput).toBeGreaterThan(batches!.throughput);
  });

  it('with handling switched off, waiting for the batch alone still makes the batches slower than lot splitting', () => {
    const [batches, onePiece, lotSplitting] = setupOptions(longSetups, false).map((o) => optionFigures(o));
    expect(lotSplitting!.leadTime!).toBeLessThan(batches!.leadTime! * 0.65);
    // Handling is paid only with B > 1: one piece at a time does not change.
    expect(onePiece).toEqual(optionFigures(setupOptions(longSetups, true)[1]!));
    expect(batches!.leadTime!).toBeLessThan(optionFigures(setupOptions(longSetups, true)[0]!).leadTime!);
  });

  it('by hand, the penny game with a setup of 2 s a batch (4 stations, 20 coins, 1 s a flip): 88, 69 and 31 s', () => {
    // B = P = 20: one batch of 20 passes the 4 stations one after the other: 4 × (2 + 20) = 88 s.
    // B = P = 1: every coin pays 2 + 1 at every station: 20 × 3 + 3 × 3 = 69 s.
    // B = 1, P = 20: each station sets up once (2 s) when its first coin arrives (no setup in
    // anticipation), then flips one a second: coin k leaves station j at 2j + j − 1 + k, so the
    // last coin leaves station 4 at 8 + 3 + 20 = 31 s.
    const game = pennyGame(20, { stations: [1, 2, 3, 4].map((i) => ({ name: `P${i}`, processTime: 1, setupTime: 2 })) });
    const [batches, onePiece, lotSplitting] = setupOptions(game).map((o) => optionFigures(o));
    expect(batches?.makespan).toBe(88);
    expect(onePiece?.makespan).toBe(69);
    expect(lotSplitting?.makespan).toBe(31);
  });
});
