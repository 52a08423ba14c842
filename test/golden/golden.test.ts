/**
 * Golden results (QUALITY R3): each scenario × seed gives exactly the committed JSON. A diff
 * here means the numbers changed: if that is intended, bump ENGINE_VERSION, add a line to
 * CHANGELOG.md and run `npx tsx scripts/write-golden.ts`.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { goldenCases, goldenOutput } from './cases.ts';

const cases = goldenCases();

describe('golden results', () => {
  it('there are at least 10 flow-line and 5 Monte Carlo cases', () => {
    const models = cases.map((c) => (JSON.parse(c.text) as { model: string }).model);
    expect(models.filter((m) => m === 'flow-line').length).toBeGreaterThanOrEqual(10);
    expect(models.filter((m) => m === 'launch').length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(existsSync(c.expectedPath), `${c.expectedPath} is committed`).toBe(true);
    expect(goldenOutput(c.text)).toBe(readFileSync(c.expectedPath, 'utf8'));
  });
});
