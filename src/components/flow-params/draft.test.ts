import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, type FlowLineScenario } from '../../scenario/index.ts';
import {
  addStation,
  candidateOf,
  draftFromScenario,
  handlingApplies,
  moveApplies,
  moveStation,
  removeStation,
  withLine,
  withRelease,
  withStation,
  type FlowDraft,
} from './draft.ts';

const PRESETS = new URL('../../../public/scenarios/', import.meta.url);

function preset(file: string): FlowLineScenario {
  const result = parseScenario(JSON.parse(readFileSync(new URL(file, PRESETS), 'utf8')));
  if (!result.ok || result.scenario.model !== 'flow-line') throw new Error(`${file} is not a valid flow-line preset`);
  return result.scenario;
}

function parsed(d: FlowDraft): FlowLineScenario {
  const result = parseScenario(candidateOf(d));
  if (!result.ok || result.scenario.model !== 'flow-line') throw new Error(JSON.stringify(result));
  return result.scenario;
}

const flowPresets = readdirSync(PRESETS).filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.startsWith('launch'));

describe('draft → candidate scenario', () => {
  it.each(flowPresets)('gives back the scenario it came from: %s', (file) => {
    const scenario = preset(file);
    expect(parsed(draftFromScenario(scenario))).toEqual(scenario);
  });

  it('writes every distribution as an object and every number field as a number', () => {
    const c = candidateOf(draftFromScenario(preset('penny-game-batch-5.json')));
    expect(c['transferBatch']).toBe(5);
    expect(c['release']).toEqual({ mode: 'order', quantity: 20 });
    expect((c['stations'] as unknown[])[0]).toEqual({
      name: 'Flipper 1',
      processTime: { dist: 'deterministic', value: 1 },
      setupTime: { dist: 'deterministic', value: 0 },
      handlingTime: { dist: 'deterministic', value: 0 },
      defectRate: 0,
    });
  });

  it('applies typed text: 2.5 is the number 2.5', () => {
    const d = withStation(draftFromScenario(preset('penny-game-batch-5.json')), 1, { defectRate: '0.25' });
    expect(parsed(d).stations[1]?.defectRate).toBe(0.25);
  });

  it('keeps a numeric seed a number while its text is unchanged, and text once edited', () => {
    const d = draftFromScenario({ ...preset('penny-game-batch-5.json'), seed: 42 });
    expect(candidateOf(d)['seed']).toBe(42);
    expect(candidateOf(withLine(d, { seedText: '43' }))['seed']).toBe('43');
    expect(candidateOf(withLine(d, { seedText: '42' }))['seed']).toBe(42);
  });

  it('leaves an empty name out', () => {
    const d = withLine(draftFromScenario(preset('penny-game-batch-5.json')), { name: '' });
    expect('name' in candidateOf(d)).toBe(false);
  });

  it('keeps both release modes, so switching back restores what was typed', () => {
    const flow = draftFromScenario(preset('handling-makes-batches-slower.json'));
    const order = withRelease(flow, { mode: 'order', quantity: '50' });
    expect(parsed(order).release).toEqual({ mode: 'order', quantity: 50 });
    expect(parsed(withRelease(order, { mode: 'flow' })).release).toEqual(preset('handling-makes-batches-slower.json').release);
  });

  it('offers valid flow-mode fields for an order-mode lesson', () => {
    const d = withRelease(draftFromScenario(preset('penny-game-batch-5.json')), { mode: 'flow' });
    expect(parsed(d).release).toEqual({ mode: 'flow', interarrival: { dist: 'exponential', mean: 1.25 }, horizon: 1250, warmup: 125 });
  });

  it('says where handling and move times apply', () => {
    const d = draftFromScenario(preset('penny-game-batch-5.json'));
    expect(handlingApplies(d)).toBe(true);
    expect(handlingApplies(withLine(d, { transferBatch: '1' }))).toBe(false);
    expect(handlingApplies(withLine(d, { transferBatch: 'abc' })), 'an unreadable batch hides nothing').toBe(true);
    expect(moveApplies(d)).toBe(true);
    expect(moveApplies({ ...d, stations: d.stations.slice(0, 1) })).toBe(false);
  });
});

describe('station list', () => {
  const base = draftFromScenario(preset('handling-makes-batches-slower.json'));
  const names = (d: FlowDraft): string[] => d.stations.map((s) => s.name);

  it('adds a station like the last one, with a fresh name and key', () => {
    const d = addStation(base);
    expect(names(d)).toEqual(['Cut', 'Bend', 'Weld', 'Paint', 'Pack', 'Station 6']);
    const added = d.stations[5];
    expect(added?.processTime).toEqual(base.stations[4]?.processTime);
    expect(added?.defectRate).toBe('0');
    expect(new Set(d.stations.map((s) => s.key)).size).toBe(6);
    expect(parsed(d).stations).toHaveLength(6);
  });

  it('never reuses a name already taken', () => {
    const d = addStation(withStation(base, 0, { name: 'Station 6' }));
    expect(d.stations[5]?.name).toBe('Station 7');
  });

  it('adds up to 20 stations and no more', () => {
    let d = base;
    for (let i = 0; i < 30; i++) d = addStation(d);
    expect(d.stations).toHaveLength(20);
    expect(parsed(d).stations).toHaveLength(20);
  });

  it('removes a station but keeps at least one', () => {
    expect(names(removeStation(base, 1))).toEqual(['Cut', 'Weld', 'Paint', 'Pack']);
    let d = base;
    for (let i = 0; i < 10; i++) d = removeStation(d, 0);
    expect(names(d)).toEqual(['Pack']);
    expect(removeStation(base, 9), 'out of range: unchanged').toBe(base);
  });

  it('moves a station up and down within the line', () => {
    expect(names(moveStation(base, 1, -1))).toEqual(['Bend', 'Cut', 'Weld', 'Paint', 'Pack']);
    expect(names(moveStation(base, 3, 1))).toEqual(['Cut', 'Bend', 'Weld', 'Pack', 'Paint']);
    expect(moveStation(base, 0, -1), 'first cannot go up').toBe(base);
    expect(moveStation(base, 4, 1), 'last cannot go down').toBe(base);
    expect(parsed(moveStation(base, 0, 1)).stations[1]?.name).toBe('Cut');
  });

  it('leaves the draft it was given alone', () => {
    const before = JSON.stringify(base);
    addStation(base);
    removeStation(base, 0);
    moveStation(base, 0, 1);
    withStation(base, 0, { name: 'X' });
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe('version-2 fields in the draft (issue 14)', () => {
  const withV2 = (): FlowLineScenario => {
    const base = preset('long-setups.json');
    return {
      ...base,
      processBatch: 10,
      unitValue: 12.5,
      release: { mode: 'order', quantity: 60, wipCap: 20 },
      stations: base.stations.map((s, i) => (i === 2 ? { ...s, buffer: 10 } : s)),
    };
  };

  it('a scenario with a process batch, a cap, a buffer and a unit value goes through the draft unchanged', () => {
    const s = withV2();
    expect(parsed(draftFromScenario(s))).toEqual(s);
  });

  it('blank fields are left out; a preset without them gets none', () => {
    const d = draftFromScenario(preset('long-setups.json'));
    expect([d.processBatch, d.unitValue, d.release.wipCap, ...d.stations.map((s) => s.buffer)].every((t) => t === '')).toBe(true);
    const c = candidateOf(d);
    expect('processBatch' in c || 'unitValue' in c).toBe(false);
    expect(parsed(d)).toEqual(preset('long-setups.json'));
  });

  it('typed values reach the validator, which names the field of a bad one', () => {
    let d = draftFromScenario(preset('long-setups.json'));
    d = withLine(d, { processBatch: '5' });
    d = withRelease(d, { wipCap: '4' });
    d = withStation(d, 1, { buffer: '3' });
    const result = parseScenario(candidateOf(d));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['release.wipCap', 'stations[1].buffer']);
    expect(parsed(withStation(withRelease(d, { wipCap: '30' }), 1, { buffer: '10' }))).toMatchObject({ processBatch: 5, release: { wipCap: 30 } });
  });
});
