import { describe, expect, it } from 'vitest';
import { parseScenario, type FlowLineScenario } from '../../scenario/index.ts';
import { simulateFlowLine } from '../../sim/line/flow-line.ts';
import type { Distribution } from '../../sim/rng/distribution.ts';
import { applyImprovements, describeImprovement, improvementLabel, scaleDistribution, withoutImprovement, type Improvement } from './improvements.ts';

const det = (value: number): Distribution => ({ dist: 'deterministic', value });

/** A small line with every kind of part an improvement can touch. */
function line(): FlowLineScenario {
  const parsed = parseScenario({
    version: 1,
    model: 'flow-line',
    seed: 'kaizen',
    replications: 3,
    stations: [
      {
        name: 'Press',
        elements: [
          { name: 'load', time: 0.2 },
          { name: 'press', time: { dist: 'exponential', mean: 0.5 } },
        ],
        setupElements: [
          { name: 'fetch die', time: 1.5, kind: 'internal', waste: true },
          { name: 'swap die', time: { dist: 'lognormal', mean: 1, cv: 0.2 }, kind: 'internal' },
        ],
        defectRate: 0.05,
      },
      {
        name: 'Assemble',
        elements: [
          { name: 'fit', time: 0.6 },
          { name: 'walk', time: 0.4, waste: true },
          { name: 'label', time: 0.3 },
        ],
      },
      { name: 'Pack', elements: [{ name: 'box', time: 0.3 }] },
      { name: 'Ship', processTime: 0.2 },
    ],
    transferBatch: 5,
    release: { mode: 'order', quantity: 20 },
  });
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('test line is invalid');
  return parsed.scenario;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function applied(original: FlowLineScenario, list: readonly Improvement[]): FlowLineScenario {
  const result = applyImprovements(original, list);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.scenario;
}

function problems(original: FlowLineScenario, list: readonly Improvement[]): string[] {
  const result = applyImprovements(original, list);
  return result.ok ? [] : result.problems.map((p) => p.message);
}

const station = (s: FlowLineScenario, name: string) => s.stations.find((x) => x.name === name);

describe('applyImprovements: each kind', () => {
  it('externalise-setup turns an internal setup element external (SMED)', () => {
    const s = applied(line(), [{ id: 'a', kind: 'externalise-setup', station: 'Press', element: 'fetch die' }]);
    expect(station(s, 'Press')?.setupElements).toEqual([
      { name: 'fetch die', time: det(1.5), kind: 'external', waste: true },
      { name: 'swap die', time: { dist: 'lognormal', mean: 1, cv: 0.2 }, kind: 'internal' },
    ]);
  });

  it('shorten-element scales a work or setup element to a share or to a mean time, keeping its shape', () => {
    const s = applied(line(), [
      { id: 'a', kind: 'shorten-element', station: 'Press', element: 'press', to: { share: 0.5 }, basis: 'a faster press, measured' },
      { id: 'b', kind: 'shorten-element', station: 'Press', element: 'swap die', to: { time: 0.25 }, basis: 'quick-release clamps' },
      { id: 'c', kind: 'shorten-element', station: 'Assemble', element: 'fit', to: { time: 0.45 }, basis: 'a fixture that holds the bracket' },
      { id: 'd', kind: 'shorten-element', station: 'Assemble', element: 'walk', to: { share: 0.5 } },
    ]);
    expect(station(s, 'Assemble')?.elements?.[1]).toEqual({ name: 'walk', time: det(0.2), waste: true });
    expect(station(s, 'Press')?.elements?.[1]).toEqual({ name: 'press', time: { dist: 'exponential', mean: 0.25 } });
    expect(station(s, 'Press')?.setupElements?.[1]).toEqual({ name: 'swap die', time: { dist: 'lognormal', mean: 0.25, cv: 0.2 }, kind: 'internal' });
    expect(station(s, 'Assemble')?.elements?.[0]?.time).toEqual(det(0.45));
  });

  it('scaleDistribution multiplies every draw: means scale, cv stays', () => {
    expect(scaleDistribution({ dist: 'uniform', min: 1, max: 3 }, 0.5)).toEqual({ dist: 'uniform', min: 0.5, max: 1.5 });
    expect(scaleDistribution({ dist: 'triangular', min: 1, mode: 2, max: 4 }, 0.5)).toEqual({ dist: 'triangular', min: 0.5, mode: 1, max: 2 });
    expect(scaleDistribution({ dist: 'normal', mean: 2, sd: 1 }, 0.5)).toEqual({ dist: 'normal', mean: 1, sd: 0.5 });
    expect(scaleDistribution({ dist: 'gamma', mean: 2, cv: 0.3 }, 0.5)).toEqual({ dist: 'gamma', mean: 1, cv: 0.3 });
    expect(scaleDistribution({ dist: 'empirical', values: [1, 2] }, 0.5)).toEqual({ dist: 'empirical', values: [0.5, 1] });
  });

  it('remove-element drops a work or setup element marked as waste', () => {
    const s = applied(line(), [
      { id: 'a', kind: 'remove-element', station: 'Assemble', element: 'walk' },
      { id: 'b', kind: 'remove-element', station: 'Press', element: 'fetch die' },
    ]);
    expect(station(s, 'Assemble')?.elements?.map((e) => e.name)).toEqual(['fit', 'label']);
    expect(station(s, 'Press')?.setupElements?.map((e) => e.name)).toEqual(['swap die']);
  });

  it('set-process-batch sets up once for every P parts; the line keeps its transfer batch', () => {
    const s = applied(line(), [{ id: 'a', kind: 'set-process-batch', batch: 10 }]);
    expect(s.processBatch).toBe(10);
    expect(s.transferBatch).toBe(5);
    expect(applied(s, [{ id: 'b', kind: 'set-process-batch', batch: 2 }]).processBatch).toBe(2);
  });

  it('move-element takes a work element to another station, last there, with its own distribution', () => {
    const s = applied(line(), [{ id: 'a', kind: 'move-element', element: 'label', from: 'Assemble', to: 'Pack' }]);
    expect(station(s, 'Assemble')?.elements?.map((e) => e.name)).toEqual(['fit', 'walk']);
    expect(station(s, 'Pack')?.elements).toEqual([
      { name: 'box', time: det(0.3) },
      { name: 'label', time: det(0.3) },
    ]);
  });

  it('add-check sets pokaYoke; set-transfer-batch sets the batch', () => {
    const s = applied(line(), [
      { id: 'a', kind: 'add-check', station: 'Press' },
      { id: 'b', kind: 'set-transfer-batch', batch: 1 },
    ]);
    expect(station(s, 'Press')?.pokaYoke).toBe(true);
    expect(s.transferBatch).toBe(1);
  });

  it('applies in order: a moved element is shortened at its new station', () => {
    const s = applied(line(), [
      { id: 'a', kind: 'move-element', element: 'label', from: 'Assemble', to: 'Pack' },
      { id: 'b', kind: 'shorten-element', station: 'Pack', element: 'label', to: { share: 0.5 }, basis: 'labels on a reel' },
    ]);
    expect(station(s, 'Pack')?.elements?.[1]).toEqual({ name: 'label', time: det(0.15) });
    expect(problems(line(), [{ id: 'b', kind: 'shorten-element', station: 'Pack', element: 'label', to: { share: 0.5 } }])).toEqual([
      'Pack: shorten "label" to 50% of its time: Pack has no element "label" (it has "box")',
    ]);
  });

  it('returns a valid scenario that parses to itself, and an empty list gives the original back', () => {
    const s = applied(line(), [
      { id: 'a', kind: 'externalise-setup', station: 'Press', element: 'fetch die' },
      { id: 'b', kind: 'move-element', element: 'label', from: 'Assemble', to: 'Pack' },
    ]);
    expect(parseScenario(JSON.parse(JSON.stringify(s)))).toEqual({ ok: true, scenario: s });
    expect(applied(line(), [])).toEqual(line());
  });
});

describe('applyImprovements: a copy, reversible', () => {
  const all: Improvement[] = [
    { id: 'smed', kind: 'externalise-setup', station: 'Press', element: 'fetch die' },
    { id: 'quick', kind: 'shorten-element', station: 'Press', element: 'swap die', to: { share: 0.2 }, basis: 'quick-release clamps' },
    { id: 'walk', kind: 'remove-element', station: 'Assemble', element: 'walk' },
    { id: 'label', kind: 'move-element', element: 'label', from: 'Assemble', to: 'Pack' },
    { id: 'check', kind: 'add-check', station: 'Press' },
    { id: 'flow', kind: 'set-transfer-batch', batch: 1 },
  ];

  it('never changes the original (deeply frozen, and the same JSON after)', () => {
    const original = deepFreeze(line());
    const before = JSON.stringify(original);
    const s = applied(original, all);
    expect(JSON.stringify(original)).toBe(before);
    expect(s).not.toBe(original);
    expect(s.stations[0]).not.toBe(original.stations[0]);
    // Nothing shared: the untouched station is a fresh object too.
    expect(s.stations[3]).not.toBe(original.stations[3]);
    expect(s.stations[3]).toEqual(original.stations[3]);
  });

  it('undo is the list without the step: the same as never having taken it', () => {
    for (const step of all) {
      const undone = applied(line(), withoutImprovement(all, step.id));
      expect(undone).toEqual(applied(line(), all.filter((i) => i !== step)));
    }
    expect(applied(line(), withoutImprovement([all[0] as Improvement], 'smed'))).toEqual(line());
  });

  it('a changed line meets the same random numbers wherever it was not changed (common random numbers)', () => {
    // Externalising the press's fetch die leaves every element's stream alone: with
    // transferBatch 1 and no drift, Assemble's units take exactly the same work times.
    const noDrift = { ...line(), stations: line().stations.map((s) => ({ ...s, defectRate: 0 })), transferBatch: 1 };
    const after = applied(noDrift, [all[0] as Improvement]);
    const starts = (s: FlowLineScenario, k: number) =>
      (simulateFlowLine(s, s.seed, 0, { trace: true }).trace?.events ?? []).filter((e) => e.kind === 'start' && e.station === k).map((e) => e.duration);
    expect(starts(after, 0)).toEqual(starts(noDrift, 0));
    expect(starts(after, 1)).toEqual(starts(noDrift, 1));
  });
});

describe('describeImprovement', () => {
  it.each<[Improvement, string]>([
    [{ id: 'a', kind: 'externalise-setup', station: 'Weld', element: 'fetch die' }, 'Weld: make "fetch die" external (SMED)'],
    [{ id: 'a', kind: 'shorten-element', station: 'Press', element: 'swap die', to: { share: 0.25 } }, 'Press: shorten "swap die" to 25% of its time'],
    [{ id: 'a', kind: 'shorten-element', station: 'Press', element: 'swap die', to: { time: 0.3 } }, 'Press: shorten "swap die" to 0.3 min'],
    [{ id: 'a', kind: 'remove-element', station: 'Assemble', element: 'walk' }, 'Assemble: remove "walk"'],
    [{ id: 'a', kind: 'move-element', element: 'label', from: 'Assemble', to: 'Pack' }, 'Move "label" from Assemble to Pack (line balancing)'],
    [{ id: 'a', kind: 'add-check', station: 'Press' }, 'Press: check at the source (poka-yoke)'],
    [{ id: 'a', kind: 'set-transfer-batch', batch: 1 }, 'Pass parts on one at a time (one-piece flow)'],
    [{ id: 'a', kind: 'set-transfer-batch', batch: 10 }, 'Pass parts on in batches of 10'],
    [{ id: 'a', kind: 'set-process-batch', batch: 10 }, 'Set up once for every 10 parts (process batch)'],
    [{ id: 'a', kind: 'set-process-batch', batch: 1 }, 'Set up for every part'],
    [
      { id: 'a', kind: 'shorten-element', station: 'Press', element: 'swap die', to: { share: 0.1 }, basis: 'quick-release clamps, trial of 20 changes' },
      'Press: shorten "swap die" to 10% of its time (basis: quick-release clamps, trial of 20 changes)',
    ],
  ])('%j → %s', (improvement, text) => {
    expect(describeImprovement(improvement)).toBe(text);
    // The screen's label (in the page's language) says exactly the same in English.
    expect(improvementLabel(improvement)).toBe(text);
  });

  it('uses the scenario’s time unit and is returned for every step applied', () => {
    expect(describeImprovement({ id: 'a', kind: 'shorten-element', station: 'S', element: 'e', to: { time: 5 } }, 'second')).toBe('S: shorten "e" to 5 s');
    expect(improvementLabel({ id: 'a', kind: 'shorten-element', station: 'S', element: 'e', to: { time: 5 } }, 'second')).toBe('S: shorten "e" to 5 s');
    const result = applyImprovements(line(), [{ id: 'x', kind: 'add-check', station: 'Press' }]);
    expect(result.ok && result.applied).toEqual([{ id: 'x', description: 'Press: check at the source (poka-yoke)' }]);
  });
});

describe('applyImprovements: clear messages when a step does not apply', () => {
  it.each<[Improvement, string]>([
    [{ id: 'a', kind: 'externalise-setup', station: 'Weld', element: 'fetch die' }, 'Weld: make "fetch die" external (SMED): there is no station "Weld" (stations: Press, Assemble, Pack, Ship)'],
    [{ id: 'a', kind: 'externalise-setup', station: 'Press', element: 'fetch tools' }, 'Press: make "fetch tools" external (SMED): Press has no setup element "fetch tools" (it has "load", "press", "fetch die", "swap die")'],
    [{ id: 'a', kind: 'externalise-setup', station: 'Press', element: 'load' }, 'Press: make "load" external (SMED): "load" is work on every unit, not a setup element'],
    [{ id: 'a', kind: 'remove-element', station: 'Pack', element: 'box' }, 'Pack: remove "box": "box" is value-adding work, not marked as waste: it cannot simply be removed; shorten it with a named improvement that states its basis'],
    [{ id: 'a', kind: 'remove-element', station: 'Assemble', element: 'fit' }, 'Assemble: remove "fit": "fit" is value-adding work, not marked as waste: it cannot simply be removed; shorten it with a named improvement that states its basis'],
    [
      { id: 'a', kind: 'remove-element', station: 'Press', element: 'swap die' },
      'Press: remove "swap die": "swap die" is a necessary step of the changeover, not marked as waste: make it external (SMED) or shorten it with a stated basis, but it cannot simply be removed',
    ],
    [
      { id: 'a', kind: 'shorten-element', station: 'Assemble', element: 'fit', to: { share: 0.5 } },
      'Assemble: shorten "fit" to 50% of its time: "fit" is value-adding work, not marked as waste: shortening it needs a stated basis (what makes it faster)',
    ],
    [
      { id: 'a', kind: 'shorten-element', station: 'Press', element: 'swap die', to: { share: 0.5 }, basis: ' ' },
      'Press: shorten "swap die" to 50% of its time (basis:  ): "swap die" is a necessary step of the changeover, not marked as waste: shortening it needs a stated basis (what makes it faster)',
    ],
    [{ id: 'a', kind: 'set-process-batch', batch: 0 }, 'Set up once for every 0 parts (process batch): the process batch must be a whole number from 1 to 1000000 (it is 0)'],
    [{ id: 'a', kind: 'remove-element', station: 'Ship', element: 'box' }, 'Ship: remove "box": Ship has no element "box" (it has none)'],
    [{ id: 'a', kind: 'shorten-element', station: 'Assemble', element: 'walk', to: { share: 1.5 } }, 'Assemble: shorten "walk" to 150% of its time: the share must be more than 0 and less than 1 (it is 1.5)'],
    [{ id: 'a', kind: 'shorten-element', station: 'Assemble', element: 'walk', to: { time: 2 } }, 'Assemble: shorten "walk" to 2 min: the new time must be more than 0 and less than the element\'s mean time 0.4 (it is 2)'],
    [{ id: 'a', kind: 'move-element', element: 'box', from: 'Pack', to: 'Assemble' }, 'Move "box" from Pack to Assemble (line balancing): "box" is the only work element of Pack; a station keeps at least one'],
    [{ id: 'a', kind: 'move-element', element: 'fit', from: 'Assemble', to: 'Ship' }, 'Move "fit" from Assemble to Ship (line balancing): Ship has no work elements to add to (its work is one processTime)'],
    [{ id: 'a', kind: 'move-element', element: 'fetch die', from: 'Press', to: 'Pack' }, 'Move "fetch die" from Press to Pack (line balancing): "fetch die" is part of Press\'s changeover; only work elements move'],
    [{ id: 'a', kind: 'move-element', element: 'fit', from: 'Assemble', to: 'Assemble' }, 'Move "fit" from Assemble to Assemble (line balancing): "fit" is already at Assemble'],
    [{ id: 'a', kind: 'set-transfer-batch', batch: 0 }, 'Pass parts on in batches of 0: the transfer batch must be a whole number from 1 to 10000 (it is 0)'],
  ])('%j', (improvement, message) => {
    expect(problems(line(), [improvement])).toEqual([message]);
  });

  it('reports a step taken twice, a repeated id, and every failing step at once', () => {
    const check: Improvement = { id: 'check', kind: 'add-check', station: 'Press' };
    expect(problems(line(), [check, { ...check, id: 'again' }, check, { id: 'x', kind: 'remove-element', station: 'Nowhere', element: 'e' }])).toEqual([
      'Press: check at the source (poka-yoke): Press already checks at the source',
      'Press: check at the source (poka-yoke): the id "check" is used twice; each improvement needs its own',
      'Nowhere: remove "e": there is no station "Nowhere" (stations: Press, Assemble, Pack, Ship)',
    ]);
    const result = applyImprovements(line(), [check, check]);
    expect(!result.ok && result.problems.map((p) => [p.id, p.index])).toEqual([['check', 1]]);
  });

  it('a second externalising of the same element says it is already external', () => {
    const smed: Improvement = { id: 'a', kind: 'externalise-setup', station: 'Press', element: 'fetch die' };
    expect(problems(line(), [smed, { ...smed, id: 'b' }])).toEqual(['Press: make "fetch die" external (SMED): "fetch die" is already external']);
  });
});
