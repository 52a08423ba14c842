import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../share/link-codec.ts';
import { parseScenario } from './parse.ts';
import { presetFileFor, sameScenario } from './preset-match.ts';
import type { Scenario } from './types.ts';

const folder = new URL('../../public/scenarios/', import.meta.url);
const read = async (file: string): Promise<unknown> => JSON.parse(readFileSync(new URL(file, folder), 'utf8'));
const files = ['penny-game-batch-1.json', 'batching-illusion.json', 'it-failed-before.json'];

async function preset(file: string): Promise<Scenario> {
  const parsed = parseScenario(await read(file));
  if (!parsed.ok) throw new Error(file);
  return parsed.scenario;
}

describe('a scenario equal to a preset names the preset', () => {
  it('a link made from a preset opens as that preset', async () => {
    const scenario = await preset('batching-illusion.json');
    const link = encodeLink({ lesson: 'batching', scenario });
    if (!link.ok) throw new Error(link.message);
    const decoded = decodeLink(link.query);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(await presetFileFor(decoded.state.scenario, files, read)).toBe('batching-illusion.json');
  });

  it('a file that writes the defaults out, in another key order, is still the preset', async () => {
    const raw = (await read('penny-game-batch-1.json')) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(raw).reverse());
    const parsed = parseScenario({ ...reordered, moveTime: 0 });
    if (!parsed.ok) throw new Error('invalid');
    expect(sameScenario(parsed.scenario, await preset('penny-game-batch-1.json'))).toBe(true);
    expect(await presetFileFor(parsed.scenario, files, read)).toBe('penny-game-batch-1.json');
  });

  it('an edited preset, or one with another seed, is another scenario', async () => {
    const scenario = await preset('batching-illusion.json');
    expect(await presetFileFor({ ...scenario, seed: 'other' }, files, read)).toBeNull();
    if (scenario.model !== 'flow-line') throw new Error('flow-line expected');
    expect(await presetFileFor({ ...scenario, transferBatch: scenario.transferBatch + 1 }, files, read)).toBeNull();
  });

  it('skips a preset that cannot be read', async () => {
    const scenario = await preset('it-failed-before.json');
    const load = async (file: string): Promise<unknown> => {
      if (file !== 'it-failed-before.json') throw new Error('offline');
      return read(file);
    };
    expect(await presetFileFor(scenario, files, load)).toBe('it-failed-before.json');
  });
});
