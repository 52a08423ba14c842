import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { parseScenarioText } from './parse.ts';
import { launchQuantitiesOf } from './sweep.ts';
import { launch } from './test-helpers.ts';

const folder = fileURLToPath(new URL('../../public/scenarios/', import.meta.url));
const presetFiles = readdirSync(folder)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .sort();

interface IndexEntry {
  readonly file: string;
  readonly name: string;
  readonly model: string;
  readonly description: string;
}

function read(file: string): string {
  return readFileSync(`${folder}${file}`, 'utf8');
}

function parsePreset(file: string) {
  const result = parseScenarioText(read(file));
  if (!result.ok) throw new Error(`${file}:\n${result.issues.map((i) => i.message).join('\n')}`);
  return result.scenario;
}

describe('preset scenarios (public/scenarios)', () => {
  it('are all there', () => {
    expect(presetFiles).toEqual(
      [
        'batching-illusion.json',
        'long-setups.json',
        'handling-makes-batches-slower.json',
        'it-failed-before.json',
        'launch-forecast-line-fixed-cost.json',
        'launch-forecast-wins.json',
        'launch-ohno-question.json',
        'launch-patient-customers.json',
        'launch-seed-case.json',
        'launch-slow-ramp-up.json',
        'launch-thin-margin.json',
        'penny-game-batch-1.json',
        'penny-game-batch-20.json',
        'penny-game-batch-5.json',
      ].sort(),
    );
  });

  it.each(presetFiles)('%s is valid, with a name and a one-sentence description', (file) => {
    const scenario = parsePreset(file);
    expect(scenario.name?.length).toBeGreaterThan(0);
    const description = scenario.description ?? '';
    expect(description).toMatch(/^[A-Z].*\.$/);
    expect(description.slice(0, -1)).not.toMatch(/[.!?] [A-Z]/);
  });

  it('are listed in index.json with their file, name, model and description', () => {
    const index = JSON.parse(read('index.json')) as IndexEntry[];
    expect(index.map((e) => e.file).sort()).toEqual(presetFiles);
    for (const entry of index) {
      const scenario = parsePreset(entry.file);
      expect(entry).toEqual({ file: entry.file, name: scenario.name, model: scenario.model, description: scenario.description });
    }
  });

  it.each([
    ['penny-game-batch-20.json', 20],
    ['penny-game-batch-5.json', 5],
    ['penny-game-batch-1.json', 1],
  ])('%s is the penny game: 4 stations, 1 s a flip, 20 coins, batch %i, nothing else', (file, batch) => {
    const scenario = parsePreset(file);
    if (scenario.model !== 'flow-line') throw new Error('expected a flow line');
    expect(scenario.timeUnit).toBe('second');
    expect(scenario.transferBatch).toBe(batch);
    expect(scenario.release).toEqual({ mode: 'order', quantity: 20 });
    expect(scenario.moveTime).toEqual({ dist: 'deterministic', value: 0 });
    expect(scenario.stations).toHaveLength(4);
    for (const station of scenario.stations) {
      expect(station).toEqual({
        name: station.name,
        processTime: { dist: 'deterministic', value: 1 },
        setupTime: { dist: 'deterministic', value: 0 },
        handlingTime: { dist: 'deterministic', value: 0 },
        defectRate: 0,
      });
    }
  });

  it('handling-makes-batches-slower.json: batch 10, handling 0.3–0.5 of the work, stable at ≤ 85% busy', () => {
    const scenario = parsePreset('handling-makes-batches-slower.json');
    if (scenario.model !== 'flow-line' || scenario.release.mode !== 'flow') throw new Error('expected a flow-mode line');
    expect(scenario.transferBatch).toBe(10);
    expect(scenario.release.horizon).toBe(10000);
    expect(scenario.release.warmup).toBe(1000);
    expect(scenario.stations.length).toBeGreaterThanOrEqual(4);
    expect(scenario.stations.length).toBeLessThanOrEqual(5);
    const interarrival = scenario.release.interarrival;
    if (interarrival.dist !== 'exponential') throw new Error('expected exponential arrivals');
    for (const station of scenario.stations) {
      const work = station.processTime;
      const handling = station.handlingTime;
      if ((work.dist !== 'exponential' && work.dist !== 'lognormal') || handling.dist !== 'deterministic') throw new Error(station.name);
      expect(handling.value / work.mean).toBeGreaterThanOrEqual(0.3);
      expect(handling.value / work.mean).toBeLessThanOrEqual(0.5);
      // Busy share of the operator per arrival, with handling (B = 10) and without (B = 1).
      expect((work.mean + handling.value) / interarrival.mean).toBeLessThanOrEqual(0.85);
    }
  });

  it('launch-seed-case.json is the issue’s example', () => {
    const scenario = parsePreset('launch-seed-case.json');
    const { name: _name, description: _description, ...rest } = scenario;
    expect(rest).toEqual(launch());
  });

  it.each([
    ['launch-patient-customers.json', { patience: 0.6 }],
    ['launch-slow-ramp-up.json', { rampUp: 4 }],
    ['launch-thin-margin.json', { economics: { price: 13, cost: 12, salvage: 4, holding: 0.2 } }],
  ])('%s differs from the seed case in one field', (file, change) => {
    const seedCase = parsePreset('launch-seed-case.json');
    const variant = parsePreset(file);
    if (variant.model !== 'launch') throw new Error('expected a launch scenario');
    const strip = (s: typeof seedCase) => ({ ...s, name: undefined, description: undefined });
    expect(strip(variant)).toEqual({ ...strip(seedCase), ...change });
    expect(launchQuantitiesOf(variant)).toEqual([500, 30000]);
  });
});
