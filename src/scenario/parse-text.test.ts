import { describe, it, expect } from 'vitest';
import { MAX_SCENARIO_BYTES } from './index.ts';
import { parseScenarioText } from './parse.ts';
import { flowLine, launch, messages } from './test-helpers.ts';

describe('parseScenarioText', () => {
  it('parses the text of a valid file', () => {
    const result = parseScenarioText(JSON.stringify(launch(), null, 2));
    expect(result.ok, result.ok ? '' : messages(result.issues)).toBe(true);
  });

  it('ignores a byte order mark', () => {
    expect(parseScenarioText(`\uFEFF${JSON.stringify(flowLine())}`).ok).toBe(true);
  });

  it('reports a JSON syntax error at (file) with its line and column', () => {
    const text = '{\n  "version": 1,\n  "model": "flow-line",\n}';
    const result = parseScenarioText(text);
    if (result.ok) throw new Error('expected a syntax error');
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue?.path).toBe('(file)');
    // The text from just before the error, on one line.
    expect(issue?.value).toBe('ow-line", }');
    expect(issue?.allowed).toMatch(/^must be valid JSON \(.+\)$/);
    expect(issue?.message).toMatch(/^\(file\): not valid JSON at line 4, column 1, must be valid JSON \(/);
  });

  it('reports empty text', () => {
    const result = parseScenarioText('');
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['(file)']);
  });

  it('refuses text over 1 MiB before parsing it, counting UTF-8 bytes', () => {
    const padding = (n: number) => `{"description":"${'x'.repeat(n)}"}`;
    const justUnder = padding(MAX_SCENARIO_BYTES - padding(0).length);
    expect(justUnder.length).toBe(MAX_SCENARIO_BYTES);
    const under = parseScenarioText(justUnder);
    expect(!under.ok && under.issues.some((i) => i.path === '(file)')).toBe(false);

    const tooBig = parseScenarioText(padding(MAX_SCENARIO_BYTES));
    expect(!tooBig.ok && tooBig.issues).toEqual([
      {
        path: '(file)',
        value: 'more than 1,048,576 bytes',
        allowed: 'must be at most 1 MiB (1,048,576 bytes)',
        message: '(file): too large, must be at most 1 MiB (1,048,576 bytes)',
      },
    ]);
    // 600,000 characters of two UTF-8 bytes each: short in UTF-16, too big on disk.
    const wide = parseScenarioText(`"${'é'.repeat(600_000)}"`);
    expect(!wide.ok && wide.issues.map((i) => i.message)).toEqual(['(file): too large, must be at most 1 MiB (1,048,576 bytes)']);
  });

  it('refuses __proto__ in the text without polluting Object.prototype', () => {
    const text = JSON.stringify(flowLine()).replace('"release":{', '"release":{"__proto__":{"polluted":"yes"},');
    const result = parseScenarioText(text);
    expect(!result.ok && result.issues.map((i) => i.message)).toEqual(['release.__proto__: reserved key, not allowed anywhere in a scenario']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports problems in a syntactically valid file at their fields', () => {
    const result = parseScenarioText('{"version":1,"model":"launch"}');
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['seed', 'market', 'economics', 'horizon', 'capacity', 'launchQuantities']);
  });
});
