import { describe, expect, it } from 'vitest';
import { formatDecimal, formatNumber, formatPercent, NO_VALUE } from './format.ts';
import { getLocale, matchLocale } from './locale.ts';
import { formatDuration, formatList, unitWords } from './units.ts';

describe('numbers for the locale', () => {
  it('starts in English, the source language', () => {
    expect(getLocale()).toBe('en');
  });

  it('groups thousands and fixes the decimals, in English and in Chinese (Intl writes the same digits)', () => {
    expect(formatNumber(1234.5, 1, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 1, 'zh-CN')).toBe('1,234.5');
    expect(formatNumber(1234.5)).toBe('1,235');
    expect(formatNumber(0.5, 2, 'zh-CN')).toBe('0.50');
    expect(formatNumber(Number.NaN, 2)).toBe(NO_VALUE);
  });

  it('drops trailing zeros when asked for at most some decimals', () => {
    expect(formatDecimal(27, 2, 'en')).toBe('27');
    expect(formatDecimal(1.5, 2, 'zh-CN')).toBe('1.5');
    expect(formatDecimal(2.256, 2)).toBe('2.26');
  });

  it('writes fractions as percentages', () => {
    expect(formatPercent(0.09, 0, 'en')).toBe('9%');
    expect(formatPercent(0.09, 0, 'zh-CN')).toBe('9%');
    expect(formatPercent(0.125, 1, 'zh-CN')).toBe('12.5%');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe(NO_VALUE);
  });
});

describe('unit words (English, the default)', () => {
  it('names the time units', () => {
    expect(unitWords('minute')).toEqual({ one: 'minute', many: 'minutes', short: 'min' });
    expect(unitWords('second').short).toBe('s');
    expect(unitWords('hour').many).toBe('hours');
  });

  it('writes durations with the singular only for exactly 1', () => {
    expect(formatDuration(27, 'minute')).toBe('27 minutes');
    expect(formatDuration(1, 'second')).toBe('1 second');
    expect(formatDuration(1.004, 'hour')).toBe('1 hour');
    expect(formatDuration(1.5, 'hour')).toBe('1.5 hours');
  });

  it('lists without the serial comma', () => {
    expect(formatList(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('the browser language picks the start language', () => {
  it('takes the first English or Chinese tag', () => {
    expect(matchLocale(['zh-CN', 'en'])).toBe('zh-CN');
    expect(matchLocale(['zh-Hans-CN'])).toBe('zh-CN');
    expect(matchLocale(['zh'])).toBe('zh-CN');
    expect(matchLocale(['de-DE', 'en-GB', 'zh-CN'])).toBe('en');
    expect(matchLocale(['fr'])).toBe('en');
    expect(matchLocale([])).toBe('en');
  });
});
