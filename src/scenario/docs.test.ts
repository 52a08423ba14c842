/** The examples in docs/scenarios.md are what the code does (QUALITY R3). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { parseScenario, parseScenarioText } from './parse.ts';
import { DELETE, edit, flowLine, launch } from './test-helpers.ts';

const doc = readFileSync(fileURLToPath(new URL('../../docs/scenarios.md', import.meta.url)), 'utf8');

function blocks(language: string): string[] {
  const fence = '```';
  return doc.split(`${fence}${language}\n`).slice(1).map((rest) => rest.slice(0, rest.indexOf(fence)));
}

/** Inputs that produce each documented message. */
const inputs: readonly unknown[] = [
  edit(flowLine(), [['stations', 2, 'processTime'], { dist: 'exponential', mean: -3 }]),
  edit(launch(), [['economics', 'salvage'], 12]),
  edit(flowLine(), [['release'], { mode: 'flow', interarrival: 4, horizon: 1000, warmup: 5000 }]),
  edit(launch(), [['market', 'states', 1, 'probability'], 0.4]),
  edit(flowLine(), [['stations', 0, 'processTime'], DELETE]),
  edit(flowLine(), [['stations', 1, 'processTime'], 2], [['stations', 1, 'elements'], [{ name: 'bend', time: 1 }]]),
  edit(
    flowLine(),
    [['stations', 1, 'processTime'], DELETE],
    [['stations', 1, 'elements'], [{ name: 'fit', time: 1 }]],
    [['stations', 2, 'processTime'], DELETE],
    [['stations', 2, 'elements'], [{ name: 'fit', time: 2 }]],
  ),
  edit(flowLine(), [['model'], DELETE]),
  edit(flowLine(), [['stations', 0, 'procesTime'], 2]),
  JSON.parse(JSON.stringify(flowLine()).replace('"release":{', '"release":{"__proto__":{},')),
];

describe('docs/scenarios.md', () => {
  it('has a valid JSON example', () => {
    const examples = blocks('json');
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const result = parseScenarioText(example);
      expect(result.ok, result.ok ? '' : result.issues.map((i) => i.message).join('\n')).toBe(true);
    }
  });

  it('shows messages the validator really gives', () => {
    const produced = inputs.flatMap((input) => {
      const result = parseScenario(input);
      return result.ok ? [] : result.issues.map((i) => i.message);
    });
    const documented = (blocks('text')[0] ?? '').split('\n').filter((line) => line !== '');
    expect(documented.length).toBeGreaterThan(5);
    for (const line of documented) {
      // JSON syntax errors are worded by the engine; only their shape is ours.
      if (line.startsWith('(file): ')) {
        const result = parseScenarioText('{\n  "version": 1,\n  "model": "flow-line",\n}');
        expect(!result.ok && result.issues[0]?.message).toMatch(/^\(file\): not valid JSON at line 4, column 1, must be valid JSON \(/);
      } else expect(produced).toContain(line);
    }
  });
});
