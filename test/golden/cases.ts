/** The golden cases: the presets and the extra scenarios in test/golden/cases. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText } from '../../src/scenario/index.ts';
import { runScenarioSync } from '../../src/sim/run-scenario.ts';

export interface GoldenCase {
  readonly name: string;
  readonly text: string;
  readonly expectedPath: string;
}

export function goldenCases(): GoldenCase[] {
  const from = (dir: string, prefix: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== 'index.json')
      .sort()
      .map((f) => ({
        name: `${prefix}${f}`,
        text: readFileSync(join(dir, f), 'utf8'),
        expectedPath: join('test/golden/expected', `${prefix}${f}`),
      }));
  return [...from('public/scenarios', 'preset-'), ...from('test/golden/cases', '')];
}

export function goldenOutput(text: string): string {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return `${JSON.stringify(runScenarioSync(parsed.scenario), null, 2)}\n`;
}
