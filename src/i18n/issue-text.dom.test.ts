/**
 * Validation issues in 简体中文 (issue 16): every phrase the validator uses is worded, and
 * no English word is left in the message apart from what the user typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { switchLocale } from './locale.ts';
import { parseScenario, parseScenarioText } from '../scenario/index.ts';
import { flowLine, launch } from '../scenario/test-helpers.ts';
import { issueText } from './issue-text.ts';

beforeAll(async () => {
  await switchLocale('zh-CN');
});
afterAll(async () => {
  await switchLocale('en');
});

function shown(input: unknown): string[] {
  const result = parseScenario(input);
  return result.ok ? [] : result.issues.map((i) => issueText(i, input));
}

/** Latin words left once user data (station names, values) is taken out. */
function latin(text: string, userWords: readonly string[]): string[] {
  let rest = text;
  for (const w of userWords) rest = rest.split(w).join(' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

describe('validation issues in 简体中文', () => {
  it("the issue's example: the station's name as its name field shows it", () => {
    const input = { ...flowLine(), stations: [{ name: 'Cut', processTime: { dist: 'exponential', mean: -3 } }] };
    expect(shown(input)).toEqual(['工位 1 · Cut · 加工时间 · 均值：-3 不可用；必须大于 0']);
    const typed = { ...flowLine(), stations: [{ name: 'Saw 2', processTime: { dist: 'exponential', mean: -3 } }] };
    expect(shown(typed)).toEqual(['工位 1 · Saw 2 · 加工时间 · 均值：-3 不可用；必须大于 0']);
  });

  it('cross-field rules, sums, names, the work limit, files: no English left', () => {
    const cases: [unknown, string[]][] = [
      [{ ...launch(), market: { demandCV: 0.3, states: [{ name: 'good', probability: 0.5, level: 10 }, { name: 'bad', probability: 0.4, level: 1 }] } }, ['good', 'bad']],
      [{ ...launch(), economics: { price: 10, cost: 12, salvage: 1, holding: 0 } }, []],
      [{ ...flowLine(), stations: [{ name: 'A', processTime: 1 }, { name: 'A', processTime: 1 }] }, ['"A"', 'A']],
      [{ ...flowLine(), transferBatch: 1, stations: Array.from({ length: 20 }, (_, i) => ({ name: `S${i + 1}`, processTime: 1 })), release: { mode: 'order', quantity: 1_000_000 } }, []],
      [{ ...flowLine(), stations: [{ name: 'A', processTime: 1e-9 }] }, ['A', '1e-9']],
      [{ ...flowLine(), transferBatch: 0.5, release: { mode: 'flow', interarrival: 0, horizon: 10, warmup: 20 } }, []],
    ];
    for (const [input, user] of cases) {
      const texts = shown(input);
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(latin(text, user), text).toEqual([]);
    }
    const strategies = {
      ...launch(),
      launchQuantities: undefined,
      capacity: 35000,
      strategies: [
        { name: 'pilot', initial: 500, fixedCost: -1 },
        { name: 'pilot', initial: 0, commit: { rate: 40000, periods: 13 } },
      ],
      sweep: { strategy: 'pilot', field: 'commit.rate', from: 0, to: 10, step: 1 },
    };
    const strategyTexts = shown(strategies);
    expect(strategyTexts).toContain('策略 2 · pilot · 承诺产量（件/月）：40000 不可用；必须不超过工厂的产能 35,000');
    expect(strategyTexts.length).toBeGreaterThanOrEqual(4);
    for (const text of strategyTexts) expect(latin(text, ['"pilot"', 'pilot', '"commit.rate"']), text).toEqual([]);
    const salvage = shown({ ...launch(), economics: { price: 20, cost: 12, salvage: 12, holding: 0 } });
    // another field's name as the bound: no space before it in Chinese, one before a number
    expect(salvage.find((t) => t.includes('必须小于'))).toMatch(/：12 不可用；必须小于[^ ]/);
    const big = parseScenarioText(' '.repeat(1024 * 1024 + 1));
    expect(big.ok ? [] : big.issues.map((i) => issueText(i))).toEqual(['文件太大；不能超过 1 MiB（1,048,576 字节）']);
  });
});
