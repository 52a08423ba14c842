import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../scenario/index.ts';
import { numberListOrText, numberOrText, roundedText } from './number-text.ts';

/** The validator's message for `transferBatch` holding `value`. */
function batchMessage(value: unknown): string | undefined {
  const result = parseScenario({
    version: 1,
    model: 'flow-line',
    seed: 's',
    stations: [{ name: 'A', processTime: 1 }],
    transferBatch: value,
    release: { mode: 'order', quantity: 5 },
  });
  return result.ok ? undefined : result.issues.find((i) => i.path === 'transferBatch')?.message;
}

describe('numberOrText', () => {
  it('reads plain decimals as numbers', () => {
    expect(numberOrText('2.5'), '2.5').toBe(2.5);
    expect(numberOrText(' 10 '), 'spaces around').toBe(10);
    expect(numberOrText('.5'), 'leading dot').toBe(0.5);
    expect(numberOrText('1e3'), 'exponent').toBe(1000);
    expect(Object.is(numberOrText('-0'), -0), '-0 stays a number for the validator to judge').toBe(true);
  });

  it('keeps anything else as the text typed', () => {
    for (const text of ['', 'abc', '1e999', '-1e999', '0x10', 'Infinity', 'NaN', '1,5', '2.5.1', ' ']) {
      expect(numberOrText(text), JSON.stringify(text)).toBe(text);
    }
  });

  it("lets the validator word the message: '' / 'abc' / '1e999'", () => {
    expect(batchMessage(numberOrText(''))).toBe('transferBatch: "" is not allowed, must be a whole number from 1 to 10,000');
    expect(batchMessage(numberOrText('abc'))).toBe('transferBatch: "abc" is not allowed, must be a whole number from 1 to 10,000');
    expect(batchMessage(numberOrText('1e999'))).toBe('transferBatch: "1e999" is not allowed, must be a whole number from 1 to 10,000');
    expect(batchMessage(numberOrText('-0')), 'the validator reads -0 as 0').toBe('transferBatch: 0 is not allowed, must be ≥ 1');
    expect(batchMessage(numberOrText('2.5'))).toBe('transferBatch: 2.5 is not allowed, must be a whole number');
    expect(batchMessage(numberOrText('3')), 'a valid batch has no message').toBeUndefined();
  });
});

describe('numberListOrText', () => {
  it('splits on commas, semicolons and spaces', () => {
    expect(numberListOrText('1, 2.5;3  4')).toEqual([1, 2.5, 3, 4]);
    expect(numberListOrText('  ')).toEqual([]);
    expect(numberListOrText('1, x, 1e999')).toEqual([1, 'x', '1e999']);
  });
});

describe('roundedText', () => {
  it('rounds to 4 significant digits', () => {
    expect(roundedText(2.75)).toBe('2.75');
    expect(roundedText(1 / 3)).toBe('0.3333');
    expect(roundedText(12345.6)).toBe('12350');
  });
});
