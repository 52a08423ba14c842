import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, type FlowLineScenario, type ValidationIssue } from '../../scenario/index.ts';
import { withParam } from './distribution-draft.ts';
import { draftFromScenario, withLine, withRelease, withStation } from './draft.ts';
import { tooMuchWork } from '../../scenario/work-estimate.ts';
import { checkDraft, fieldForIssue, fieldIdsOf, loadFlowScenario, placeIssues } from './fields.ts';

function preset(file: string): FlowLineScenario {
  const loaded = loadFlowScenario(JSON.parse(readFileSync(new URL(`../../../public/scenarios/${file}`, import.meta.url), 'utf8')));
  if (!loaded.ok) throw new Error(file);
  return loaded.scenario;
}

const handling = draftFromScenario(preset('handling-makes-batches-slower.json'));

function issue(path: string): ValidationIssue {
  return { path, value: 'x', allowed: 'must be y', message: `${path}: x is not allowed, must be y` };
}

describe('issue path → field id', () => {
  const ids = new Set(fieldIdsOf(handling));

  it('lists the fields shown, in order', () => {
    const list = fieldIdsOf(handling);
    expect(list.slice(0, 14)).toEqual([
      'name',
      'timeUnit',
      'seed',
      'replications',
      'transferBatch',
      'moveTime.dist',
      'moveTime.value',
      'release.mode',
      'release.interarrival.dist',
      'release.interarrival.mean',
      'release.horizon',
      'release.warmup',
      'stations[0].name',
      'stations[0].processTime.dist',
    ]);
    expect(list.slice(-11, -7)).toEqual(['stations[4].setupTime.value', 'stations[4].handlingTime.dist', 'stations[4].handlingTime.value', 'stations[4].defectRate']);
    // Then the pull section: the line's levers, and a buffer before each station but the first.
    expect(list.slice(-7)).toEqual(['processBatch', 'unitValue', 'release.wipCap', 'stations[1].buffer', 'stations[2].buffer', 'stations[3].buffer', 'stations[4].buffer']);
  });

  it('maps a parameter path to its own field', () => {
    expect(fieldForIssue('stations[2].processTime.mean', ids)).toBe('stations[2].processTime.mean');
    expect(fieldForIssue('stations[1].processTime.cv', ids)).toBe('stations[1].processTime.cv');
    expect(fieldForIssue('release.warmup', ids)).toBe('release.warmup');
    expect(fieldForIssue('transferBatch', ids)).toBe('transferBatch');
  });

  it('maps a whole distribution to its select', () => {
    expect(fieldForIssue('release.interarrival', ids)).toBe('release.interarrival.dist');
    expect(fieldForIssue('stations[0].handlingTime', ids)).toBe('stations[0].handlingTime.dist');
  });

  it('maps an item of a list to the list field', () => {
    const d = withStation(handling, 0, { processTime: { dist: 'empirical', params: { values: '1, x' } } });
    expect(fieldForIssue('stations[0].processTime.values[1]', new Set(fieldIdsOf(d)))).toBe('stations[0].processTime.values');
  });

  it('has no field for paths nothing shows', () => {
    for (const path of ['(root)', '(more)', 'stations', 'stations[7].name', 'description', 'release.quantity', 'version', 'stations[0].processTime.sd']) {
      expect(fieldForIssue(path, ids), path).toBeUndefined();
    }
  });

  it('hides handling times at batch 1 and the move time with one station', () => {
    const one = fieldIdsOf(withLine(handling, { transferBatch: '1' }));
    expect(one.some((id) => id.includes('handlingTime'))).toBe(false);
    const single = fieldIdsOf({ ...handling, stations: handling.stations.slice(0, 1) });
    expect(single.some((id) => id.startsWith('moveTime'))).toBe(false);
  });

  it('puts every issue somewhere: at a field or in the summary', () => {
    const placed = placeIssues([issue('transferBatch'), issue('(root)'), issue('stations[0].processTime.mean'), issue('transferBatch')], ids);
    expect([...placed.byField.keys()]).toEqual(['transferBatch', 'stations[0].processTime.mean']);
    expect(placed.byField.get('transferBatch')).toHaveLength(2);
    expect(placed.unplaced).toEqual(['(root): x is not allowed, must be y']);
  });
});

describe('checkDraft', () => {
  it('accepts the preset as it is', () => {
    const check = checkDraft(handling);
    expect(check.ok).toBe(true);
  });

  it('puts each validator message at its field', () => {
    const d = withRelease(withLine(withStation(handling, 2, { processTime: withParam(handling.stations[2]!.processTime, 'mean', '-3') }), { transferBatch: '0' }), { warmup: '20000' });
    const check = checkDraft(d);
    if (check.ok) throw new Error('should be invalid');
    expect(Object.fromEntries(check.byField)).toEqual({
      'stations[2].processTime.mean': ['Station 3 · Weld · Process time · mean: -3 is not allowed; it must be more than 0'],
      transferBatch: ['Transfer batch: 0 is not allowed; it must be at least 1'],
      'release.warmup': ['Warm-up: 20000 is not allowed; it must be less than Horizon (10,000)'],
    });
    expect(check.unplaced).toEqual([]);
  });

  it('reports a duplicate name at the second station', () => {
    const check = checkDraft(withStation(handling, 3, { name: 'Cut' }));
    if (check.ok) throw new Error('should be invalid');
    expect(check.byField.get('stations[3].name')).toEqual(['Station 4 · Cut · Name: "Cut" is not allowed; it must be unique: Station 1 · Cut has the same name']);
  });

  it('sends an issue about a hidden field to the summary', () => {
    // At batch 1 the handling times are hidden; a bad one must still be reported.
    const d = withLine(withStation(handling, 0, { handlingTime: { dist: 'deterministic', params: { value: '-1' } } }), { transferBatch: '1' });
    const check = checkDraft(d);
    if (check.ok) throw new Error('should be invalid');
    expect(check.byField.size).toBe(0);
    expect(check.unplaced).toEqual(['Station 1 · Cut · Handling time · value: -1 is not allowed; it must be at least 0']);
  });

  it('refuses an order that runs as batches but not as one-piece flow, the lesson\'s other line (issue 16)', () => {
    const illusion = preset('batching-illusion.json');
    const mode = illusion.release;
    if (mode.mode !== 'order') throw new Error('order mode expected');
    // The largest order the batch line can run alone, as the validator would say it.
    const alone = tooMuchWork({ ...illusion, release: { mode: 'order', quantity: 1_000_000 } });
    if (alone?.field !== 'quantity') throw new Error('quantity expected');
    const d = withRelease(draftFromScenario(illusion), { quantity: String(alone.largest) });
    const check = checkDraft(d);
    if (check.ok) throw new Error('should be invalid: one-piece flow pays a setup per part');
    const [message] = check.byField.get('release.quantity') ?? [];
    const largest = Number(/at most ([\d,]+) on this line/.exec(message ?? '')?.[1]?.replace(/,/g, ''));
    expect(largest).toBeLessThan(alone.largest);
    expect(checkDraft(withRelease(draftFromScenario(illusion), { quantity: String(largest) })).ok).toBe(true);
  });

  it('gives the parsed scenario when valid', () => {
    const check = checkDraft(withLine(handling, { transferBatch: '1' }));
    expect(check.ok && check.scenario.transferBatch).toBe(1);
  });
});

describe('loadFlowScenario', () => {
  it('takes a raw preset or a validated scenario', () => {
    const raw: unknown = JSON.parse(readFileSync(new URL('../../../public/scenarios/penny-game-batch-1.json', import.meta.url), 'utf8'));
    const loaded = loadFlowScenario(raw);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loadFlowScenario(loaded.scenario)).toEqual(loaded);
  });

  it('refuses a launch scenario and an invalid one, saying why', () => {
    const launch = parseScenario(JSON.parse(readFileSync(new URL('../../../public/scenarios/launch-seed-case.json', import.meta.url), 'utf8')));
    expect(launch.ok).toBe(true);
    const refused = loadFlowScenario(launch.ok ? launch.scenario : null);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.messages[0]).toBe('This editor edits flow lines only.');
    const broken = loadFlowScenario({ version: 1 });
    expect(broken.ok).toBe(false);
  });
});
