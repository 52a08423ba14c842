import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPresetName, presetDescription, shownName } from './preset-names.ts';

const folder = 'public/scenarios/';

/** Every name a preset file or the index holds. */
function presetNames(): string[] {
  const names: string[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'index.json')) {
    const d = JSON.parse(readFileSync(`${folder}${file}`, 'utf8')) as Record<string, any>;
    if (typeof d.name === 'string') names.push(d.name);
    for (const s of d.stations ?? []) {
      names.push(s.name);
      for (const e of [...(s.elements ?? []), ...(s.setupElements ?? [])]) names.push(e.name);
    }
    for (const st of d.market?.states ?? []) names.push(st.name);
    for (const strategy of d.strategies ?? []) names.push(strategy.name);
  }
  for (const e of JSON.parse(readFileSync(`${folder}index.json`, 'utf8')) as { name: string }[]) names.push(e.name);
  return names;
}

describe('the built-in presets carry names in both languages', () => {
  it('every preset name (title, station, work element, setup step, market state) has a catalogue entry', () => {
    const missing = presetNames().filter((n) => !isPresetName(n));
    expect(missing).toEqual([]);
  });

  it('every preset in the index has a description in the catalogue, equal in English to the index', () => {
    for (const e of JSON.parse(readFileSync(`${folder}index.json`, 'utf8')) as { file: string; description: string }[]) {
      expect(presetDescription(e.file, '(none)'), e.file).toBe(e.description);
    }
  });

  it('shows a preset name from the catalogue (English here) and a name the user typed as typed', () => {
    expect(shownName('Weld')).toBe('Weld');
    expect(shownName('My own station')).toBe('My own station');
    expect(shownName('constructor')).toBe('constructor');
  });
});
