import { describe, it, expect } from 'vitest';
import { parseScenario } from './parse.ts';
import { DELETE, edit, flowLine, issuesOf, launch, messages, type Key } from './test-helpers.ts';
import type { FlowLineScenario, LaunchScenario } from './types.ts';

const det = (value: number) => ({ dist: 'deterministic' as const, value });

describe('parseScenario: valid files', () => {
  it('fills every flow-line default and turns plain numbers into deterministic distributions', () => {
    const result = parseScenario(flowLine());
    expect(result.ok, result.ok ? '' : messages(result.issues)).toBe(true);
    if (!result.ok) return;
    expect(result.scenario).toEqual({
      version: 1,
      model: 'flow-line',
      seed: 'test',
      replications: 1,
      timeUnit: 'minute',
      stations: [
        { name: 'Cut', processTime: det(1), setupTime: det(0), handlingTime: det(0), defectRate: 0 },
        { name: 'Bend', processTime: { dist: 'exponential', mean: 2 }, setupTime: det(0), handlingTime: det(0), defectRate: 0 },
        { name: 'Pack', processTime: det(1), setupTime: det(0), handlingTime: det(0), defectRate: 0 },
      ],
      transferBatch: 5,
      moveTime: det(0),
      release: { mode: 'order', quantity: 20 },
    } satisfies FlowLineScenario);
  });

  it('writes the fields in a fixed order and leaves absent optional text out', () => {
    const result = parseScenario(flowLine());
    if (!result.ok) throw new Error(messages(result.issues));
    expect(Object.keys(result.scenario)).toEqual(['version', 'model', 'seed', 'replications', 'timeUnit', 'stations', 'transferBatch', 'moveTime', 'release']);
    expect(result.scenario).not.toHaveProperty('name');
    expect(result.scenario).not.toHaveProperty('description');
  });

  it('keeps name and description when given', () => {
    const result = parseScenario(edit(flowLine(), [['name'], 'Line'], [['description'], 'A line.']));
    if (!result.ok) throw new Error(messages(result.issues));
    expect(result.scenario.name).toBe('Line');
    expect(result.scenario.description).toBe('A line.');
  });

  it('fills the flow-mode warmup with 0', () => {
    const result = parseScenario(edit(flowLine(), [['release'], { mode: 'flow', interarrival: { dist: 'exponential', mean: 3 }, horizon: 100 }]));
    if (!result.ok) throw new Error(messages(result.issues));
    expect(result.scenario.model === 'flow-line' && result.scenario.release).toEqual({
      mode: 'flow',
      interarrival: { dist: 'exponential', mean: 3 },
      horizon: 100,
      warmup: 0,
    });
  });

  it('fills every launch default', () => {
    const input = edit(launch(), [['replications'], DELETE], [['rampUp'], DELETE], [['patience'], DELETE]);
    const result = parseScenario(input);
    if (!result.ok) throw new Error(messages(result.issues));
    expect(result.scenario).toEqual({
      version: 1,
      model: 'launch',
      seed: 'ohno',
      replications: 10000,
      market: {
        states: [
          { name: 'good', probability: 0.5, level: 30000 },
          { name: 'bad', probability: 0.5, level: 500 },
        ],
        demandCV: 0.3,
      },
      economics: { price: 20, cost: 12, salvage: 4, holding: 0.2 },
      horizon: 12,
      rampUp: 0,
      capacity: 40000,
      patience: 0,
      launchQuantities: [500, 30000],
    } satisfies LaunchScenario);
  });

  it('accepts a sweep instead of a list of launch quantities', () => {
    const input = edit(launch(), [['launchQuantities'], DELETE], [['sweep'], { from: 0, to: 30000, step: 500 }]);
    const result = parseScenario(input);
    if (!result.ok) throw new Error(messages(result.issues));
    expect(result.scenario.model === 'launch' && result.scenario.sweep).toEqual({ from: 0, to: 30000, step: 500 });
    expect(result.scenario).not.toHaveProperty('launchQuantities');
  });

  it('accepts every distribution kind', () => {
    const kinds = [
      3,
      det(2),
      { dist: 'exponential', mean: 4 },
      { dist: 'uniform', min: 1, max: 2 },
      { dist: 'triangular', min: 1, mode: 1, max: 3 },
      { dist: 'normal', mean: 0, sd: 1 },
      { dist: 'lognormal', mean: 4, cv: 0.5 },
      { dist: 'gamma', mean: 4, cv: 10 },
      { dist: 'empirical', values: [0, 1, 2] },
    ];
    for (const kind of kinds) {
      const result = parseScenario(edit(flowLine(), [['stations', 0, 'processTime'], kind]));
      expect(result.ok, `${JSON.stringify(kind)}: ${result.ok ? '' : messages(result.issues)}`).toBe(true);
    }
  });

  it('returns fresh objects that share nothing with the input', () => {
    const input = edit(flowLine(), [['stations', 1, 'processTime'], { dist: 'empirical', values: [1, 2] }]);
    const result = parseScenario(input);
    if (!result.ok || result.scenario.model !== 'flow-line') throw new Error('expected a flow line');
    expect(result.scenario).not.toBe(input);
    expect(result.scenario.stations).not.toBe(input['stations']);
    const station = result.scenario.stations[1];
    expect(station?.processTime).toEqual({ dist: 'empirical', values: [1, 2] });
    expect(Object.getPrototypeOf(result.scenario)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(station)).toBe(Object.prototype);
  });

  it('turns -0 into 0 and keeps number and string seeds apart', () => {
    const result = parseScenario(edit(flowLine(), [['seed'], 42], [['stations', 0, 'processTime'], -0]));
    if (!result.ok || result.scenario.model !== 'flow-line') throw new Error('expected a flow line');
    expect(result.scenario.seed).toBe(42);
    expect(Object.is(result.scenario.stations[0]?.processTime.dist === 'deterministic' && result.scenario.stations[0].processTime.value, 0)).toBe(true);
  });

  it('re-parses its own output to the same scenario', () => {
    for (const input of [flowLine(), launch()]) {
      const first = parseScenario(input);
      if (!first.ok) throw new Error(messages(first.issues));
      const second = parseScenario(first.scenario);
      expect(second).toEqual(first);
    }
  });
});

describe('parseScenario: work elements, setup elements and poka-yoke', () => {
  const withElements = () =>
    edit(
      flowLine(),
      [['stations', 0, 'processTime'], DELETE],
      [['stations', 0, 'elements'], [{ name: 'reach', time: 0.3 }, { name: 'fit', time: { dist: 'exponential', mean: 0.5 } }]],
      [['stations', 0, 'setupElements'], [{ name: 'fetch die', time: 1.5, kind: 'external' }, { name: 'swap die', time: 0.5, kind: 'internal' }]],
      [['stations', 0, 'pokaYoke'], true],
      [['stations', 1, 'pokaYoke'], false],
    );

  it('keeps the elements, writes processTime and setupTime as 0 beside them, and pokaYoke only when true', () => {
    const result = parseScenario(withElements());
    if (!result.ok || result.scenario.model !== 'flow-line') throw new Error(result.ok ? 'not a flow line' : messages(result.issues));
    const [first, second] = result.scenario.stations;
    expect(first).toEqual({
      name: 'Cut',
      processTime: det(0),
      elements: [
        { name: 'reach', time: det(0.3) },
        { name: 'fit', time: { dist: 'exponential', mean: 0.5 } },
      ],
      setupTime: det(0),
      setupElements: [
        { name: 'fetch die', time: det(1.5), kind: 'external' },
        { name: 'swap die', time: det(0.5), kind: 'internal' },
      ],
      handlingTime: det(0),
      defectRate: 0,
      pokaYoke: true,
    });
    expect(Object.keys(first ?? {})).toEqual(['name', 'processTime', 'elements', 'setupTime', 'setupElements', 'handlingTime', 'defectRate', 'pokaYoke']);
    expect(second).toEqual({ name: 'Bend', processTime: { dist: 'exponential', mean: 2 }, setupTime: det(0), handlingTime: det(0), defectRate: 0 });
  });

  it('re-parses its own output to the same scenario', () => {
    const first = parseScenario(withElements());
    if (!first.ok) throw new Error(messages(first.issues));
    expect(parseScenario(JSON.parse(JSON.stringify(first.scenario)))).toEqual(first);
  });

  it('accepts a processTime or setupTime of 0 beside elements, in any form', () => {
    const input = edit(
      withElements(),
      [['stations', 0, 'processTime'], { dist: 'uniform', min: 0, max: 0 }],
      [['stations', 0, 'setupTime'], 0],
    );
    const result = parseScenario(input);
    expect(result.ok, result.ok ? '' : messages(result.issues)).toBe(true);
  });
});

/** A rule's case; `lead` replaces `<value> is not allowed` in the message (e.g. `unknown key`). */
type Case = readonly [title: string, input: Record<string, unknown>, path: string, value: string, allowed: string, lead?: string];

/** One case per rule: the input breaks only that rule. */
function change(base: () => Record<string, unknown>, path: readonly Key[], value: unknown): Record<string, unknown> {
  return edit(base(), [path, value]);
}

const flowCases: readonly Case[] = [
  ['version', change(flowLine, ['version'], 2), 'version', '2', 'must be 1'],
  ['model', change(flowLine, ['model'], 'line'), 'model', '"line"', 'must be "flow-line" or "launch"'],
  ['name type', change(flowLine, ['name'], 5), 'name', '5', 'must be text of at most 100 characters'],
  ['name length', change(flowLine, ['name'], 'n'.repeat(101)), 'name', `"${'n'.repeat(38)}…`, 'must be at most 100 characters long'],
  ['description length', change(flowLine, ['description'], 'd'.repeat(1001)), 'description', `"${'d'.repeat(38)}…`, 'must be at most 1000 characters long'],
  ['seed type', change(flowLine, ['seed'], true), 'seed', 'true', 'must be text of at most 200 characters or a number'],
  ['seed length', change(flowLine, ['seed'], 's'.repeat(201)), 'seed', `"${'s'.repeat(38)}…`, 'must be at most 200 characters long'],
  ['replications low', change(flowLine, ['replications'], 0), 'replications', '0', 'must be ≥ 1'],
  ['replications high', change(flowLine, ['replications'], 1001), 'replications', '1001', 'must be ≤ 1000'],
  ['replications whole', change(flowLine, ['replications'], 2.5), 'replications', '2.5', 'must be a whole number'],
  ['replications type', change(flowLine, ['replications'], '10'), 'replications', '"10"', 'must be a whole number from 1 to 1000'],
  ['timeUnit', change(flowLine, ['timeUnit'], 'day'), 'timeUnit', '"day"', 'must be "second", "minute" or "hour"'],
  ['stations empty', change(flowLine, ['stations'], []), 'stations', '0 items', 'must have 1 to 20 stations'],
  ['stations too many', change(flowLine, ['stations'], Array.from({ length: 21 }, (_, i) => ({ name: `S${i}`, processTime: 1 }))), 'stations', '21 items', 'must have 1 to 20 stations'],
  ['stations type', change(flowLine, ['stations'], { name: 'A' }), 'stations', '{"name":"A"}', 'must be a list […] of 1 to 20 stations'],
  ['station type', change(flowLine, ['stations', 0], 'Cut'), 'stations[0]', '"Cut"', 'must be an object {…}'],
  ['station as a list', change(flowLine, ['stations', 0], ['Cut', 1]), 'stations[0]', '["Cut",1]', 'must be an object {…}'],
  ['station name empty', change(flowLine, ['stations', 0, 'name'], ''), 'stations[0].name', '""', 'must not be empty or blank'],
  ['station name blank', change(flowLine, ['stations', 0, 'name'], '   '), 'stations[0].name', '"   "', 'must not be empty or blank'],
  ['station name length', change(flowLine, ['stations', 0, 'name'], 'x'.repeat(61)), 'stations[0].name', `"${'x'.repeat(38)}…`, 'must be at most 60 characters long'],
  ['station name unique', change(flowLine, ['stations', 2, 'name'], 'Cut'), 'stations[2].name', '"Cut"', 'must be unique (stations[0].name is the same)'],
  ['process time negative', change(flowLine, ['stations', 0, 'processTime'], -3), 'stations[0].processTime', '-3', 'must be ≥ 0'],
  ['process time too long', change(flowLine, ['stations', 0, 'processTime'], 2e9), 'stations[0].processTime', '2000000000', 'must be ≤ 1,000,000,000'],
  [
    'process time type',
    change(flowLine, ['stations', 0, 'processTime'], 'abc'),
    'stations[0].processTime',
    '"abc"',
    'must be a number ≥ 0 or a distribution such as {"dist":"exponential","mean":4} (a number ≥ 0 is shorthand for {"dist":"deterministic","value":n})',
  ],
  [
    'unknown distribution',
    change(flowLine, ['stations', 0, 'processTime'], { dist: 'weibull', shape: 2 }),
    'stations[0].processTime.dist',
    '"weibull"',
    'must be "deterministic", "exponential", "uniform", "triangular", "normal", "lognormal", "gamma" or "empirical"',
  ],
  ['deterministic negative', change(flowLine, ['stations', 0, 'processTime'], { dist: 'deterministic', value: -1 }), 'stations[0].processTime.value', '-1', 'must be ≥ 0'],
  ['exponential mean', change(flowLine, ['stations', 2, 'processTime'], { dist: 'exponential', mean: -3 }), 'stations[2].processTime.mean', '-3', 'must be > 0'],
  ['exponential mean 0', change(flowLine, ['stations', 2, 'processTime'], { dist: 'exponential', mean: 0 }), 'stations[2].processTime.mean', '0', 'must be > 0'],
  ['lognormal mean', change(flowLine, ['stations', 0, 'processTime'], { dist: 'lognormal', mean: 0, cv: 1 }), 'stations[0].processTime.mean', '0', 'must be > 0'],
  ['lognormal cv high', change(flowLine, ['stations', 0, 'processTime'], { dist: 'lognormal', mean: 1, cv: 11 }), 'stations[0].processTime.cv', '11', 'must be ≤ 10'],
  ['lognormal cv negative', change(flowLine, ['stations', 0, 'processTime'], { dist: 'lognormal', mean: 1, cv: -0.5 }), 'stations[0].processTime.cv', '-0.5', 'must be ≥ 0'],
  ['gamma mean', change(flowLine, ['stations', 0, 'processTime'], { dist: 'gamma', mean: -1, cv: 1 }), 'stations[0].processTime.mean', '-1', 'must be > 0'],
  ['gamma cv', change(flowLine, ['stations', 0, 'processTime'], { dist: 'gamma', mean: 1, cv: 10.5 }), 'stations[0].processTime.cv', '10.5', 'must be ≤ 10'],
  ['uniform order', change(flowLine, ['stations', 0, 'processTime'], { dist: 'uniform', min: 3, max: 2 }), 'stations[0].processTime.max', '2', 'must be ≥ min (3)'],
  ['uniform negative', change(flowLine, ['stations', 0, 'processTime'], { dist: 'uniform', min: -1, max: 2 }), 'stations[0].processTime.min', '-1', 'must be ≥ 0'],
  ['triangular mode < min', change(flowLine, ['stations', 0, 'processTime'], { dist: 'triangular', min: 2, mode: 1, max: 3 }), 'stations[0].processTime.mode', '1', 'must be ≥ min (2)'],
  ['triangular max < mode', change(flowLine, ['stations', 0, 'processTime'], { dist: 'triangular', min: 1, mode: 3, max: 2 }), 'stations[0].processTime.max', '2', 'must be ≥ mode (3)'],
  ['normal mean', change(flowLine, ['stations', 0, 'processTime'], { dist: 'normal', mean: -1, sd: 1 }), 'stations[0].processTime.mean', '-1', 'must be ≥ 0'],
  ['normal sd', change(flowLine, ['stations', 0, 'processTime'], { dist: 'normal', mean: 1, sd: -1 }), 'stations[0].processTime.sd', '-1', 'must be ≥ 0'],
  ['empirical empty', change(flowLine, ['stations', 0, 'processTime'], { dist: 'empirical', values: [] }), 'stations[0].processTime.values', '0 items', 'must have 1 to 10,000 values'],
  ['empirical negative', change(flowLine, ['stations', 0, 'processTime'], { dist: 'empirical', values: [1, -2] }), 'stations[0].processTime.values[1]', '-2', 'must be ≥ 0'],
  ['empirical type', change(flowLine, ['stations', 0, 'processTime'], { dist: 'empirical', values: 3 }), 'stations[0].processTime.values', '3', 'must be a list […] of 1 to 10,000 values'],
  [
    'distribution unknown key',
    change(flowLine, ['stations', 0, 'processTime'], { dist: 'exponential', mean: 1, sd: 2 }),
    'stations[0].processTime.sd',
    '2',
    'the key must be one of dist, mean',
    'unknown key',
  ],
  ['setup time', change(flowLine, ['stations', 0, 'setupTime'], -1), 'stations[0].setupTime', '-1', 'must be ≥ 0'],
  ['handling time', change(flowLine, ['stations', 0, 'handlingTime'], { dist: 'exponential', mean: -0.5 }), 'stations[0].handlingTime.mean', '-0.5', 'must be > 0'],
  ['defect rate 1', change(flowLine, ['stations', 1, 'defectRate'], 1), 'stations[1].defectRate', '1', 'must be < 1'],
  ['defect rate negative', change(flowLine, ['stations', 1, 'defectRate'], -0.1), 'stations[1].defectRate', '-0.1', 'must be ≥ 0'],
  [
    'elements with a process time',
    change(flowLine, ['stations', 0, 'elements'], [{ name: 'fit', time: 1 }]),
    'stations[0].processTime',
    '1',
    'must be left out (or 0) when elements are given',
  ],
  ['elements empty', edit(flowLine(), [['stations', 0, 'processTime'], DELETE], [['stations', 0, 'elements'], []]), 'stations[0].elements', '0 items', 'must have 1 to 20 elements'],
  [
    'elements too many',
    edit(flowLine(), [['stations', 0, 'processTime'], DELETE], [['stations', 0, 'elements'], Array.from({ length: 21 }, (_, i) => ({ name: `e${i}`, time: 1 }))]),
    'stations[0].elements',
    '21 items',
    'must have 1 to 20 elements',
  ],
  ['element time', edit(flowLine(), [['stations', 0, 'processTime'], DELETE], [['stations', 0, 'elements'], [{ name: 'fit', time: -1 }]]), 'stations[0].elements[0].time', '-1', 'must be ≥ 0'],
  ['element name blank', edit(flowLine(), [['stations', 0, 'processTime'], DELETE], [['stations', 0, 'elements'], [{ name: ' ', time: 1 }]]), 'stations[0].elements[0].name', '" "', 'must not be empty or blank'],
  [
    'element unknown key',
    edit(flowLine(), [['stations', 0, 'processTime'], DELETE], [['stations', 0, 'elements'], [{ name: 'fit', time: 1, kind: 'internal' }]]),
    'stations[0].elements[0].kind',
    '"internal"',
    'the key must be one of name, time, waste',
    'unknown key',
  ],
  [
    'element name unique within the station',
    edit(flowLine(), [['stations', 0, 'processTime'], DELETE], [['stations', 0, 'elements'], [{ name: 'fit', time: 1 }, { name: 'fit', time: 2 }]]),
    'stations[0].elements[1].name',
    '"fit"',
    'must be unique along the line (stations[0].elements[0].name is the same)',
  ],
  [
    'element name unique along the line',
    edit(
      flowLine(),
      [['stations', 0, 'processTime'], DELETE],
      [['stations', 0, 'elements'], [{ name: 'fit', time: 1 }]],
      [['stations', 2, 'processTime'], DELETE],
      [['stations', 2, 'elements'], [{ name: 'fasten', time: 1 }, { name: 'fit', time: 2 }]],
    ),
    'stations[2].elements[1].name',
    '"fit"',
    'must be unique along the line (stations[0].elements[0].name is the same)',
  ],
  [
    'setup elements with a setup time',
    edit(flowLine(), [['stations', 0, 'setupTime'], { dist: 'exponential', mean: 2 }], [['stations', 0, 'setupElements'], [{ name: 'die', time: 1, kind: 'internal' }]]),
    'stations[0].setupTime',
    '{"dist":"exponential","mean":2}',
    'must be left out (or 0) when setupElements are given',
  ],
  ['setup elements empty', change(flowLine, ['stations', 0, 'setupElements'], []), 'stations[0].setupElements', '0 items', 'must have 1 to 20 setup elements'],
  ['setup element kind', change(flowLine, ['stations', 0, 'setupElements'], [{ name: 'die', time: 1, kind: 'outside' }]), 'stations[0].setupElements[0].kind', '"outside"', 'must be "internal" or "external"'],
  ['setup element kind missing', change(flowLine, ['stations', 0, 'setupElements'], [{ name: 'die', time: 1 }]), 'stations[0].setupElements[0].kind', 'missing', 'required', 'missing'],
  [
    'setup element name unique',
    change(flowLine, ['stations', 0, 'setupElements'], [{ name: 'die', time: 1, kind: 'internal' }, { name: 'die', time: 2, kind: 'external' }]),
    'stations[0].setupElements[1].name',
    '"die"',
    'must be unique within the station (setupElements[0].name is the same)',
  ],
  [
    'setup element named like a work element',
    edit(
      flowLine(),
      [['stations', 0, 'processTime'], DELETE],
      [['stations', 0, 'elements'], [{ name: 'clean', time: 1 }]],
      [['stations', 0, 'setupElements'], [{ name: 'clean', time: 2, kind: 'internal' }]],
    ),
    'stations[0].setupElements[0].name',
    '"clean"',
    "must differ from the station's work elements (elements[0].name is the same)",
  ],
  ['poka-yoke type', change(flowLine, ['stations', 1, 'pokaYoke'], 'yes'), 'stations[1].pokaYoke', '"yes"', 'must be true or false'],
  ['transfer batch 0', change(flowLine, ['transferBatch'], 0), 'transferBatch', '0', 'must be ≥ 1'],
  ['transfer batch high', change(flowLine, ['transferBatch'], 10001), 'transferBatch', '10001', 'must be ≤ 10,000'],
  ['transfer batch whole', change(flowLine, ['transferBatch'], 0.5), 'transferBatch', '0.5', 'must be a whole number and ≥ 1'],
  ['move time', change(flowLine, ['moveTime'], -2), 'moveTime', '-2', 'must be ≥ 0'],
  ['release type', change(flowLine, ['release'], 'order'), 'release', '"order"', 'must be an object {…}'],
  ['release mode', change(flowLine, ['release', 'mode'], 'batch'), 'release.mode', '"batch"', 'must be "order" or "flow"'],
  ['order quantity 0', change(flowLine, ['release', 'quantity'], 0), 'release.quantity', '0', 'must be ≥ 1'],
  ['order quantity high', change(flowLine, ['release', 'quantity'], 1_000_001), 'release.quantity', '1000001', 'must be ≤ 1,000,000'],
  ['order quantity whole', change(flowLine, ['release', 'quantity'], 2.5), 'release.quantity', '2.5', 'must be a whole number'],
  [
    'release unknown key',
    change(flowLine, ['release', 'horizon'], 100),
    'release.horizon',
    '100',
    'the key must be one of mode, quantity, wipCap',
    'unknown key',
  ],
  [
    'root unknown key (a typo)',
    change(flowLine, ['transferBach'], 10),
    'transferBach',
    '10',
    'the key must be one of version, model, name, description, seed, replications, timeUnit, stations, transferBatch, moveTime, release, processBatch, unitValue',
    'unknown key',
  ],
];

const flowRelease = (fields: Record<string, unknown>) =>
  change(flowLine, ['release'], { mode: 'flow', interarrival: { dist: 'exponential', mean: 4 }, horizon: 1000, warmup: 100, ...fields });

const flowModeCases: readonly Case[] = [
  ['interarrival 0', flowRelease({ interarrival: 0 }), 'release.interarrival', '0', 'must have a mean > 0 (units cannot all arrive at the same instant)'],
  [
    'interarrival all zero',
    flowRelease({ interarrival: { dist: 'uniform', min: 0, max: 0 } }),
    'release.interarrival',
    '{"dist":"uniform","min":0,"max":0}',
    'must have a mean > 0 (units cannot all arrive at the same instant)',
  ],
  ['horizon 0', flowRelease({ horizon: 0 }), 'release.horizon', '0', 'must be > 0'],
  ['horizon high', flowRelease({ horizon: 2e9 }), 'release.horizon', '2000000000', 'must be ≤ 1,000,000,000'],
  ['warmup negative', flowRelease({ warmup: -1 }), 'release.warmup', '-1', 'must be ≥ 0'],
  ['warmup = horizon', flowRelease({ warmup: 1000 }), 'release.warmup', '1000', 'must be < release.horizon (1000)'],
  ['warmup > horizon', flowRelease({ warmup: 5000 }), 'release.warmup', '5000', 'must be < release.horizon (1000)'],
];

const sweep = (fields: Record<string, unknown>) => edit(launch(), [['launchQuantities'], DELETE], [['sweep'], { from: 0, to: 1000, step: 10, ...fields }]);

const launchCases: readonly Case[] = [
  ['replications 0', change(launch, ['replications'], 0), 'replications', '0', 'must be ≥ 1'],
  ['replications high', change(launch, ['replications'], 1_000_001), 'replications', '1000001', 'must be ≤ 1,000,000'],
  ['market type', change(launch, ['market'], []), 'market', '[]', 'must be an object {…}'],
  ['states empty', change(launch, ['market', 'states'], []), 'market.states', '0 items', 'must have 1 to 20 market states'],
  [
    'states too many',
    change(launch, ['market', 'states'], Array.from({ length: 21 }, (_, i) => ({ name: `s${i}`, probability: i === 0 ? 1 : 0, level: 1 }))),
    'market.states',
    '21 items',
    'must have 1 to 20 market states',
  ],
  ['state name empty', change(launch, ['market', 'states', 0, 'name'], ''), 'market.states[0].name', '""', 'must not be empty or blank'],
  ['state name unique', change(launch, ['market', 'states', 1, 'name'], 'good'), 'market.states[1].name', '"good"', 'must be unique (market.states[0].name is the same)'],
  ['probability high', change(launch, ['market', 'states', 0, 'probability'], 1.5), 'market.states[0].probability', '1.5', 'must be ≤ 1'],
  ['probability negative', change(launch, ['market', 'states', 0, 'probability'], -0.5), 'market.states[0].probability', '-0.5', 'must be ≥ 0'],
  ['probabilities sum', change(launch, ['market', 'states', 1, 'probability'], 0.4), 'market.states', 'probabilities summing to 0.9', 'must sum to 1 (within 1e-9)'],
  ['level negative', change(launch, ['market', 'states', 1, 'level'], -500), 'market.states[1].level', '-500', 'must be ≥ 0'],
  ['demand cv high', change(launch, ['market', 'demandCV'], 11), 'market.demandCV', '11', 'must be ≤ 10'],
  ['demand cv negative', change(launch, ['market', 'demandCV'], -0.1), 'market.demandCV', '-0.1', 'must be ≥ 0'],
  ['salvage = cost', change(launch, ['economics', 'salvage'], 12), 'economics.salvage', '12', 'must be < economics.cost (12)'],
  ['salvage negative', change(launch, ['economics', 'salvage'], -1), 'economics.salvage', '-1', 'must be ≥ 0'],
  ['cost > price', change(launch, ['economics', 'cost'], 25), 'economics.cost', '25', 'must be ≤ economics.price (20)'],
  ['price < cost', change(launch, ['economics', 'price'], 10), 'economics.cost', '12', 'must be ≤ economics.price (10)'],
  ['holding negative', change(launch, ['economics', 'holding'], -0.2), 'economics.holding', '-0.2', 'must be ≥ 0'],
  ['economics unknown key', change(launch, ['economics', 'tax'], 0.2), 'economics.tax', '0.2', 'the key must be one of price, cost, salvage, holding', 'unknown key'],
  ['horizon 0', change(launch, ['horizon'], 0), 'horizon', '0', 'must be ≥ 1'],
  ['horizon high', change(launch, ['horizon'], 121), 'horizon', '121', 'must be ≤ 120'],
  ['horizon whole', change(launch, ['horizon'], 1.5), 'horizon', '1.5', 'must be a whole number'],
  ['ramp-up negative', change(launch, ['rampUp'], -1), 'rampUp', '-1', 'must be ≥ 0'],
  ['ramp-up high', change(launch, ['rampUp'], 121), 'rampUp', '121', 'must be ≤ 120'],
  ['capacity negative', change(launch, ['capacity'], -1), 'capacity', '-1', 'must be ≥ 0'],
  ['capacity huge', change(launch, ['capacity'], 1e13), 'capacity', '10000000000000', 'must be ≤ 1,000,000,000,000'],
  ['patience high', change(launch, ['patience'], 1.1), 'patience', '1.1', 'must be ≤ 1'],
  ['patience negative', change(launch, ['patience'], -0.1), 'patience', '-0.1', 'must be ≥ 0'],
  ['launch quantities empty', change(launch, ['launchQuantities'], []), 'launchQuantities', '0 items', 'must have 1 to 1000 launch quantities'],
  ['launch quantities too many', change(launch, ['launchQuantities'], Array.from({ length: 1001 }, (_, i) => i)), 'launchQuantities', '1001 items', 'must have 1 to 1000 launch quantities'],
  ['launch quantity negative', change(launch, ['launchQuantities', 1], -5), 'launchQuantities[1]', '-5', 'must be ≥ 0'],
  [
    'both quantities and sweep',
    change(launch, ['sweep'], { from: 0, to: 100, step: 10 }),
    'sweep',
    '{"from":0,"to":100,"step":10}',
    'must not be given together with launchQuantities (give exactly one)',
  ],
  ['sweep to < from', sweep({ from: 500, to: 100 }), 'sweep.to', '100', 'must be ≥ sweep.from (500)'],
  ['sweep step 0', sweep({ step: 0 }), 'sweep.step', '0', 'must be > 0'],
  ['sweep from negative', sweep({ from: -10 }), 'sweep.from', '-10', 'must be ≥ 0'],
  ['sweep points', sweep({ to: 100000, step: 10 }), 'sweep.step', '10', 'must give at most 1000 points (this gives 10,001)'],
  ['sweep unknown key', sweep({ count: 5 }), 'sweep.count', '5', 'the key must be one of strategy, field, from, to, step', 'unknown key'],
  [
    'replications × quantities',
    edit(launch(), [['replications'], 1_000_000], [['launchQuantities'], Array.from({ length: 101 }, (_, i) => i * 100)]),
    'replications',
    '1000000',
    'must be ≤ 990,099 with 101 launch quantities (at most 100,000,000 runs in all)',
  ],
];

const prePassCases: readonly Case[] = [
  ['NaN', change(flowLine, ['stations', 1, 'processTime', 'mean'], Number.NaN), 'stations[1].processTime.mean', 'NaN', 'must be a finite number'],
  ['Infinity', change(flowLine, ['transferBatch'], Number.POSITIVE_INFINITY), 'transferBatch', 'Infinity', 'must be a finite number'],
  ['-Infinity', change(launch, ['capacity'], Number.NEGATIVE_INFINITY), 'capacity', '-Infinity', 'must be a finite number'],
  ['NaN seed', change(launch, ['seed'], Number.NaN), 'seed', 'NaN', 'must be a finite number'],
];

describe.each([
  ['flow line', flowCases],
  ['flow mode', flowModeCases],
  ['launch', launchCases],
  ['pre-pass', prePassCases],
])('parseScenario: each rule has its message (%s)', (_group, cases) => {
  it.each(cases)('%s', (_title, input, path, value, allowed, lead) => {
    const issues = issuesOf(input);
    const issue = issues.find((i) => i.path === path);
    const message = `${path}: ${lead ?? `${value} is not allowed`}, ${allowed}`;
    expect(issue, `no issue at ${path}; got:\n${messages(issues)}`).toEqual({ path, value, allowed, message });
    // The input breaks one rule, so nothing else may be reported.
    expect(issues, messages(issues)).toHaveLength(1);
  });
});

describe('parseScenario: missing fields', () => {
  const required: readonly (readonly [() => Record<string, unknown>, readonly Key[], string])[] = [
    [flowLine, ['version'], 'version'],
    [flowLine, ['seed'], 'seed'],
    [flowLine, ['stations'], 'stations'],
    [flowLine, ['transferBatch'], 'transferBatch'],
    [flowLine, ['release'], 'release'],
    [flowLine, ['stations', 0, 'name'], 'stations[0].name'],
    [flowLine, ['release', 'quantity'], 'release.quantity'],
    [launch, ['market'], 'market'],
    [launch, ['market', 'demandCV'], 'market.demandCV'],
    [launch, ['market', 'states', 0, 'level'], 'market.states[0].level'],
    [launch, ['economics'], 'economics'],
    [launch, ['economics', 'salvage'], 'economics.salvage'],
    [launch, ['horizon'], 'horizon'],
    [launch, ['capacity'], 'capacity'],
  ];
  it.each(required)('%#: reports the missing field', (base, path, text) => {
    const issues = issuesOf(edit(base(), [path, DELETE]));
    expect(issues, messages(issues)).toEqual([{ path: text, value: 'missing', allowed: 'required', message: `${text}: missing, required` }]);
  });

  it('asks for a process time or work elements', () => {
    const issues = issuesOf(edit(flowLine(), [['stations', 0, 'processTime'], DELETE]));
    expect(issues).toEqual([
      {
        path: 'stations[0].processTime',
        value: 'missing',
        allowed: 'required (or give elements instead)',
        message: 'stations[0].processTime: missing, required (or give elements instead)',
      },
    ]);
  });

  it('asks for launchQuantities or a sweep', () => {
    const issues = issuesOf(edit(launch(), [['launchQuantities'], DELETE]));
    expect(issues).toEqual([
      { path: 'launchQuantities', value: 'missing', allowed: 'required (or give a sweep or strategies instead)', message: 'launchQuantities: missing, required (or give a sweep or strategies instead)' },
    ]);
  });

  it('asks for a model, and for the kind of distribution', () => {
    expect(issuesOf(edit(flowLine(), [['model'], DELETE])).map((i) => i.message)).toEqual(['model: missing, must be "flow-line" or "launch"']);
    const issues = issuesOf(edit(flowLine(), [['stations', 0, 'processTime'], { mean: 3 }]));
    expect(issues.map((i) => i.message)).toEqual([
      'stations[0].processTime.dist: missing, must be "deterministic", "exponential", "uniform", "triangular", "normal", "lognormal", "gamma" or "empirical"',
    ]);
  });

  it('treats an undefined value like a missing field', () => {
    const issues = issuesOf(edit(flowLine(), [['transferBatch'], undefined]));
    expect(issues.map((i) => i.message)).toEqual(['transferBatch: missing, required']);
  });
});

describe('parseScenario: many problems at once', () => {
  it('reports every problem of a file in one go', () => {
    const input = edit(
      flowLine(),
      [['version'], 3],
      [['stations', 0, 'processTime'], -1],
      [['stations', 1, 'processTime', 'mean'], Number.NaN],
      [['stations', 2, 'name'], 'Cut'],
      [['stations', 2, 'procesTime'], 4],
      [['transferBatch'], 0],
      [['release', 'quantity'], DELETE],
      [['colour'], 'red'],
    );
    const issues = issuesOf(input);
    expect(issues.map((i) => i.message).sort()).toEqual(
      [
        'stations[1].processTime.mean: NaN is not allowed, must be a finite number',
        'version: 3 is not allowed, must be 1',
        'stations[0].processTime: -1 is not allowed, must be ≥ 0',
        'stations[2].procesTime: unknown key, the key must be one of name, processTime, elements, setupTime, setupElements, handlingTime, defectRate, pokaYoke, buffer',
        'stations[2].name: "Cut" is not allowed, must be unique (stations[0].name is the same)',
        'transferBatch: 0 is not allowed, must be ≥ 1',
        'release.quantity: missing, required',
        'colour: unknown key, the key must be one of version, model, name, description, seed, replications, timeUnit, stations, transferBatch, moveTime, release, processBatch, unitValue',
      ].sort(),
    );
  });

  it('reports cross-field problems beside type errors elsewhere', () => {
    const input = edit(launch(), [['horizon'], 'twelve'], [['economics', 'salvage'], 30], [['market', 'states', 1, 'name'], 'good']);
    expect(issuesOf(input).map((i) => i.message).sort()).toEqual(
      [
        'horizon: "twelve" is not allowed, must be a whole number from 1 to 120',
        'economics.salvage: 30 is not allowed, must be < economics.cost (12)',
        'market.states[1].name: "good" is not allowed, must be unique (market.states[0].name is the same)',
      ].sort(),
    );
  });

  it('names every unknown key, not only the first', () => {
    const issues = issuesOf(edit(launch(), [['a'], 1], [['b'], 2], [['market', 'c'], 3]));
    expect(issues.map((i) => i.path).sort()).toEqual(['a', 'b', 'market.c']);
    expect(issues.every((i) => i.message.includes('unknown key'))).toBe(true);
  });

  it('lets a pre-pass problem speak alone for its field, even thousands of them', () => {
    const values = Array.from({ length: 10_000 }, () => Number.NaN);
    const issues = issuesOf(edit(flowLine(), [['stations', 0, 'processTime'], { dist: 'empirical', values }]));
    expect(issues[0]?.message).toBe('stations[0].processTime.values[0]: NaN is not allowed, must be a finite number');
    expect(issues[100]?.message).toBe('(more): 9900 more problems not shown, fix the problems above first');
  });

  it('lists at most 100 issues and counts the rest', () => {
    const values = Array.from({ length: 500 }, () => -1);
    const issues = issuesOf(edit(flowLine(), [['stations', 0, 'processTime'], { dist: 'empirical', values }]));
    expect(issues).toHaveLength(101);
    expect(issues[100]).toEqual({
      path: '(more)',
      value: '400 more',
      allowed: 'fix the problems above first',
      message: '(more): 400 more problems not shown, fix the problems above first',
    });
  });
});

describe('parseScenario: inputs that are not scenarios', () => {
  it.each([
    [null, '(root): null is not allowed, must be an object {…} holding a scenario'],
    [42, '(root): 42 is not allowed, must be an object {…} holding a scenario'],
    ['flow-line', '(root): "flow-line" is not allowed, must be an object {…} holding a scenario'],
    [[], '(root): [] is not allowed, must be an object {…}'],
    [{}, 'model: missing, must be "flow-line" or "launch"'],
    [undefined, '(root): missing, must be an object {…} holding a scenario'],
  ])('%j', (input, message) => {
    expect(issuesOf(input).map((i) => i.message)).toEqual([message]);
  });

  it('refuses __proto__, constructor and prototype keys at any depth, without polluting anything', () => {
    const text = JSON.stringify(flowLine()).replace('{', '{"__proto__":{"polluted":"yes"},').replace('"name":"Cut"', '"name":"Cut","constructor":{"prototype":{"polluted":"yes"}}');
    const input: unknown = JSON.parse(text);
    const market = launch();
    Object.defineProperty(market['market'], 'prototype', { value: { polluted: 'yes' }, enumerable: true });
    expect(issuesOf(input).map((i) => i.message)).toEqual([
      '__proto__: reserved key, not allowed anywhere in a scenario',
      'stations[0].constructor: reserved key, not allowed anywhere in a scenario',
    ]);
    expect(issuesOf(market).map((i) => i.message)).toEqual(['market.prototype: reserved key, not allowed anywhere in a scenario']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses arrays and objects with more than 10,000 entries before validating them', () => {
    const values = Array.from({ length: 10_001 }, () => 1);
    const issues = issuesOf(edit(flowLine(), [['stations', 0, 'processTime'], { dist: 'empirical', values }]));
    expect(issues.map((i) => i.message)).toEqual(['stations[0].processTime.values: a list of 10,001 items, must have at most 10,000 items']);
    const wide = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`k${i}`, i]));
    expect(issuesOf(edit(flowLine(), [['release'], wide])).map((i) => i.message)).toEqual(['release: an object with 10,001 keys, must have at most 10,000 keys']);
  });

  it('refuses nesting deeper than 10 levels', () => {
    const issues = issuesOf(edit(flowLine(), [['stations', 0, 'processTime'], { dist: 'empirical', values: [[[[[[[[1]]]]]]]] }]));
    expect(issues.map((i) => i.message)).toContain(
      'stations[0].processTime.values[0][0][0][0][0][0]: [[1]] is not allowed, must be nested at most 10 levels of {…} and […] deep',
    );
  });

  it('survives very deep nesting without using the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    const issues = issuesOf(deep);
    expect(issues[0]?.message).toMatch(/^a\.a\.a\.a\.a\.a\.a\.a\.a\.a: \{"a":\{"a":.* is not allowed, must be nested at most 10 levels/);
  });

  it('handles cyclic and widely shared objects built in code', () => {
    const cyclic: Record<string, unknown> = flowLine();
    cyclic['description'] = cyclic;
    const cyclicIssues = issuesOf(cyclic);
    expect(cyclicIssues.map((i) => i.path)).toContain('description.description.description.description.description.description.description.description.description.release');
    expect(cyclicIssues.every((i) => i.allowed.startsWith('must be nested at most 10 levels') || i.path === 'description')).toBe(true);
    const shared = Array.from({ length: 10_000 }, () => 0);
    const wide = Array.from({ length: 10_000 }, () => shared);
    expect(issuesOf(edit(flowLine(), [['description'], wide])).map((i) => i.message)).toEqual(['(root): too large, must hold at most 1,048,576 values']);
  });

  it('reports a throwing getter or proxy instead of throwing', () => {
    const getter = Object.defineProperty(flowLine(), 'seed', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(issuesOf(getter).map((i) => i.message)).toEqual(['(root): could not be read, must be plain JSON data']);
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(issuesOf(proxy)).toHaveLength(1);
  });

  it('prints odd keys and values readably', () => {
    const issues = issuesOf(edit(flowLine(), [['a b'], 1n], [['stations', 0, 'x'], Symbol('s')]));
    expect(issues.map((i) => i.message)).toEqual([
      'stations[0].x: unknown key, the key must be one of name, processTime, elements, setupTime, setupElements, handlingTime, defectRate, pokaYoke, buffer',
      '["a b"]: unknown key, the key must be one of version, model, name, description, seed, replications, timeUnit, stations, transferBatch, moveTime, release, processBatch, unitValue',
    ]);
    expect(issues.map((i) => i.value)).toEqual(['a symbol', '1n']);
  });
});

describe('parseScenario: version-2 fields of the flow line (MODEL.md, "Model A, version 2")', () => {
  it('a file without them normalises without them (version 1 exactly)', () => {
    const result = parseScenario(flowLine());
    if (!result.ok) throw new Error('invalid');
    const s = result.scenario as FlowLineScenario;
    expect('processBatch' in s || 'unitValue' in s || 'wipCap' in s.release).toBe(false);
    expect(s.stations.some((st) => 'buffer' in st)).toBe(false);
  });

  it('accepts a process batch, a WIP cap and buffers at the transfer batch and above, and a unit value', () => {
    const input = edit(
      flowLine(),
      [['processBatch'], 10],
      [['unitValue'], 12.5],
      [['release', 'wipCap'], 5],
      [['stations', 1, 'buffer'], 5],
      [['stations', 2, 'buffer'], 8],
    );
    const result = parseScenario(input);
    if (!result.ok) throw new Error(messages(result.issues));
    const s = result.scenario as FlowLineScenario;
    expect(s.processBatch).toBe(10);
    expect(s.unitValue).toBe(12.5);
    expect(s.release.wipCap).toBe(5);
    expect(s.stations.map((st) => st.buffer)).toEqual([undefined, 5, 8]);
  });

  it('refuses, naming each field, what could stop the line: a cap or a buffer below the transfer batch, a buffer on station 1', () => {
    const issues = issuesOf(edit(flowLine(), [['release', 'wipCap'], 4], [['stations', 0, 'buffer'], 5], [['stations', 2, 'buffer'], 3]));
    expect(issues.map((i) => i.message)).toEqual([
      'release.wipCap: 4 is not allowed, must be ≥ transferBatch (5): under a smaller cap no transfer batch could ever form, and the line would stop',
      'stations[0].buffer: 5 is not allowed, must be left out: the first station takes raw material, with no buffer in front of it',
      'stations[2].buffer: 3 is not allowed, must be ≥ transferBatch (5): a smaller buffer could never take a whole transfer batch in, and the line would stop',
    ]);
  });

  it('the flow-mode cap follows the same rule', () => {
    const flow = edit(flowLine(), [['release'], { mode: 'flow', interarrival: 1, horizon: 100, wipCap: 2 }]);
    expect(messages(issuesOf(flow))).toContain('release.wipCap: 2 is not allowed, must be ≥ transferBatch (5)');
  });

  it.each([
    [['processBatch'], 0, 'processBatch: 0 is not allowed, must be ≥ 1'],
    [['processBatch'], 2.5, 'processBatch: 2.5 is not allowed, must be a whole number'],
    [['unitValue'], -1, 'unitValue: -1 is not allowed, must be ≥ 0'],
    [['unitValue'], 'ten', 'unitValue: "ten" is not allowed, must be a number from 0 to 1,000,000,000,000'],
    [['release', 'wipCap'], 0, 'release.wipCap: 0 is not allowed, must be ≥ 1'],
    [['stations', 1, 'buffer'], 1.5, 'stations[1].buffer: 1.5 is not allowed, must be a whole number'],
  ] as const)('%j = %j: %s', (path, value, message) => {
    expect(messages(issuesOf(edit(flowLine(), [path as readonly Key[], value])))).toContain(message);
  });
});
