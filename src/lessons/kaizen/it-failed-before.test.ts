/**
 * The lesson scenario "It failed before" (public/scenarios/it-failed-before.json): as the
 * team runs it, one-piece flow loses to batches of 10 on lead time; after the intended
 * improvements it beats the ORIGINAL batch line on lead time, WIP and scrap. Both facts for
 * the shipped seed and over 100 seeds; and each step of the lesson helps.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, type FlowLineScenario } from '../../scenario/index.ts';
import { simulateFlowLine } from '../../sim/line/flow-line.ts';
import { kaizenFigures, type KaizenFigures } from './figures.ts';
import { applyImprovements, type Improvement } from './improvements.ts';
import { CLUES, INTENDED_IMPROVEMENTS, IT_FAILED_BEFORE_FILE, ONE_PIECE_FLOW, SMED_AT_THE_PRESS, improvedOnePieceFlow } from './it-failed-before.ts';

function preset(): FlowLineScenario {
  const parsed = parseScenarioText(readFileSync(new URL(`../../../public/scenarios/${IT_FAILED_BEFORE_FILE}`, import.meta.url), 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('the preset is not a valid flow-line scenario');
  return parsed.scenario;
}

function applied(original: FlowLineScenario, list: readonly Improvement[]): FlowLineScenario {
  const result = applyImprovements(original, list);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.scenario;
}

const onePiece = (s: FlowLineScenario): FlowLineScenario => ({ ...s, transferBatch: 1 });
const lt = (f: KaizenFigures): number => f.leadTime ?? Infinity;

/** The lesson's three lines for a seed: batches of 10 as the team runs them, one-piece flow as tried, one-piece flow improved. */
function lines(seed: string | number = preset().seed) {
  const original = { ...preset(), seed };
  return { batches: original, tried: onePiece(original), improved: applied(original, [...INTENDED_IMPROVEMENTS, ONE_PIECE_FLOW]) };
}

describe('the preset', () => {
  it('is a mixed-model line as the issue describes it', () => {
    const s = preset();
    expect(s.stations).toHaveLength(5);
    expect(s.transferBatch).toBe(10);
    expect(s.release).toEqual({ mode: 'order', quantity: 60 });
    expect(s.replications).toBe(30);
    expect(s.stations.every((st) => (st.elements?.length ?? 0) >= 2 && st.handlingTime.dist === 'deterministic' && st.handlingTime.value > 0)).toBe(true);
    // A changeover before every batch at the cut, the press and the weld; one drifting station.
    expect(s.stations.filter((st) => st.setupElements?.some((e) => e.kind === 'internal')).map((st) => st.name)).toEqual(['Cut', 'Press', 'Weld']);
    expect(s.stations.filter((st) => st.defectRate > 0).map((st) => st.name)).toEqual(['Press']);
  });

  it('the intended improvements all apply, in order, each with a clue; one-piece flow is the last change', () => {
    const result = improvedOnePieceFlow(preset(), INTENDED_IMPROVEMENTS);
    expect(result.ok && result.applied.map((a) => a.description)).toEqual([
      'Press: shorten "swap die" to 10% of its time (basis: quick-change tooling: quick-release clamps and locating pins instead of bolts)',
      'Set up once for every 10 parts (process batch)',
      'Press: check at the source (poka-yoke)',
      'Assemble: remove "walk to parts rack"',
      'Move "fit label" from Assemble to Pack (line balancing)',
      'Pass parts on one at a time (one-piece flow)',
    ]);
    expect(Object.keys(CLUES)).toEqual(INTENDED_IMPROVEMENTS.map((i) => i.id));
  });
});

describe('the shipped seed', () => {
  it('replication 0: one-piece flow as tried loses on lead time; improved, it wins on lead time, WIP and scrap', () => {
    const { batches, tried, improved } = lines();
    const b = simulateFlowLine(batches, batches.seed, 0);
    const t = simulateFlowLine(tried, tried.seed, 0);
    const i = simulateFlowLine(improved, improved.seed, 0);
    expect(t.leadTime!.mean).toBeGreaterThan(b.leadTime!.mean);
    expect(i.leadTime!.mean).toBeLessThan(b.leadTime!.mean);
    expect(i.wip.mean).toBeLessThan(b.wip.mean);
    expect(i.scrapped).toBeLessThan(b.scrapped);
  });

  it('mean over the 30 replications: the same two facts', () => {
    const { batches, tried, improved } = lines();
    const b = kaizenFigures(batches);
    const t = kaizenFigures(tried);
    const i = kaizenFigures(improved);
    expect(b.replications).toBe(30);
    expect(lt(t)).toBeGreaterThan(lt(b) * 1.5);
    expect(lt(i)).toBeLessThan(lt(b) / 2);
    expect(i.wip).toBeLessThan(b.wip);
    expect(i.scrapped).toBeLessThan(b.scrapped / 3);
  });
});

describe('the lesson, step by step (means over the 30 replications, same random numbers)', () => {
  const base = preset();
  const batchFigures = kaizenFigures(base);
  /** One-piece flow after the first k intended improvements. */
  const afterSteps = (k: number) => kaizenFigures(onePiece(applied(base, INTENDED_IMPROVEMENTS.slice(0, k))));
  const steps = Array.from({ length: INTENDED_IMPROVEMENTS.length + 1 }, (_, k) => afterSteps(k));
  const step = (k: number) => steps[k] as KaizenFigures;

  it('SMED alone at the press saves almost nothing: in one-piece flow its operator has no idle time to do the external work in', () => {
    const smed = kaizenFigures(onePiece(applied(base, SMED_AT_THE_PRESS)));
    expect(lt(smed)).toBeLessThan(lt(step(0)));
    expect(lt(smed)).toBeGreaterThan(lt(step(0)) * 0.98);
  });

  it('step 1 (quick-change tooling, basis stated): lead time falls by over 40%, but still loses to the batches; WIP and scrap win', () => {
    expect(lt(step(1))).toBeLessThan(lt(step(0)) * 0.6);
    expect(lt(step(1))).toBeGreaterThan(lt(batchFigures));
    expect(step(1).wip).toBeLessThan(batchFigures.wip);
    expect(step(1).scrapped).toBeLessThan(batchFigures.scrapped);
  });

  it('step 2 (set up once for ten, pass on one at a time) halves the lead time again, and brings out scrap: the queue before the weld hides the press’s drift', () => {
    expect(lt(step(2))).toBeLessThan(lt(step(1)) * 0.6);
    expect(lt(step(2))).toBeLessThan(lt(batchFigures) * 0.6);
    expect(step(2).scrapped).toBeGreaterThan(3 * step(1).scrapped);
  });

  it('step 3 (the check at the press) takes scrap back to one part per drift; one-piece flow wins on all three', () => {
    expect(step(3).scrapped).toBeLessThan(step(2).scrapped / 3);
    expect(lt(step(3))).toBeLessThan(lt(batchFigures));
    expect(step(3).wip).toBeLessThan(batchFigures.wip);
    expect(step(3).scrapped).toBeLessThan(batchFigures.scrapped);
  });

  it.each([4, 5])('step %i (assembly: waste removed, then balancing) lowers the lead time by at least 10%', (k) => {
    expect(lt(step(k))).toBeLessThan(lt(step(k - 1)) * 0.9);
  });
});

describe('over 100 seeds', () => {
  // The scenario as the lesson runs it, for each seed: the mean over its 30 replications.
  // Replication 0 alone is held to lead time only: about one run in twenty has no drift at
  // all (0.95^60), and then both lines scrap nothing; WIP and scrap are compared on means.
  it('before: one-piece flow loses on lead time; after the intended improvements it wins on lead time, WIP and scrap', () => {
    const failures: string[] = [];
    for (let k = 0; k < 100; k++) {
      const seed = `seed-${k}`;
      const { batches, tried, improved } = lines(seed);
      const b = kaizenFigures(batches);
      const t = kaizenFigures(tried);
      const i = kaizenFigures(improved);
      if (!(lt(t) > lt(b))) failures.push(`${seed}: tried ${lt(t)} vs batches ${lt(b)}`);
      if (!(lt(i) < lt(b) && i.wip < b.wip && i.scrapped < b.scrapped)) failures.push(`${seed}: improved ${JSON.stringify(i)} vs batches ${JSON.stringify(b)}`);
      const b0 = simulateFlowLine(batches, seed, 0);
      const t0 = simulateFlowLine(tried, seed, 0);
      const i0 = simulateFlowLine(improved, seed, 0);
      if (!(t0.leadTime!.mean > b0.leadTime!.mean && i0.leadTime!.mean < b0.leadTime!.mean)) failures.push(`${seed}: replication 0 lead times`);
    }
    expect(failures).toEqual([]);
  }, 120_000); // 100 seeds × 3 lines × 30 replications: seconds, more on a loaded machine
});
