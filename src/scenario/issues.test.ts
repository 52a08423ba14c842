import { describe, it, expect } from 'vitest';
import { formatPath, printValue } from './issues.ts';
import { formatLimit } from './limits.ts';

describe('printValue', () => {
  it.each([
    [-3, '-3'],
    [-0, '-0'],
    [1e308, '1e+308'],
    [Number.NaN, 'NaN'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    ['abc', '"abc"'],
    [null, 'null'],
    [undefined, 'missing'],
    [true, 'true'],
    [[1, 'a', null], '[1,"a",null]'],
    [{ dist: 'exponential', mean: 4 }, '{"dist":"exponential","mean":4}'],
    [[undefined], '[undefined]'],
  ])('prints %j as %s', (value, printed) => {
    expect(printValue(value)).toBe(printed);
  });

  it('prints a bigint with its suffix', () => {
    expect(printValue(10n)).toBe('10n');
  });

  it('cuts long values to 40 characters', () => {
    expect(printValue('a'.repeat(1_000_000))).toBe(`"${'a'.repeat(38)}…`);
    expect(printValue({ dist: 'empirical', values: Array.from({ length: 10_000 }, (_, i) => i) })).toBe('{"dist":"empirical","values":[0,1,2,3,4…');
    expect(printValue('a'.repeat(100))).toHaveLength(40);
  });

  it('never splits a surrogate pair', () => {
    const printed = printValue(`${'a'.repeat(37)}😀😀`);
    expect(printed).toBe(`"${'a'.repeat(37)}…`);
  });

  it('prints cyclic values without looping', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(printValue(cyclic)).toBe(`${'['.repeat(39)}…`);
  });
});

describe('formatPath', () => {
  it.each([
    [[], '(root)'],
    [['stations', 2, 'processTime', 'mean'], 'stations[2].processTime.mean'],
    [['market', 'a b'], 'market["a b"]'],
    [['x'.repeat(50)], `["${'x'.repeat(38)}…]`],
    [['__proto__'], '__proto__'],
  ])('formats %j as %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('formatLimit', () => {
  it.each([
    [1, '1'],
    [1000, '1000'],
    [10000, '10,000'],
    [1e9, '1,000,000,000'],
    [-123456, '-123,456'],
    [0.5, '0.5'],
    [1e-9, '1e-9'],
    [1e21, '1e+21'],
  ])('formats %d as %s', (n, text) => {
    expect(formatLimit(n)).toBe(text);
  });
});
