import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber, formatPercent, formatTime, withUnit } from './format.ts';

describe('chart number formats', () => {
  it('writes times with one decimal and their unit', () => {
    expect(formatTime(96, 'minute')).toBe('96.0 min');
    expect(formatTime(31.25, 'second')).toBe('31.3 s');
    expect(formatTime(1234.56, 'hour')).toBe('1,234.6 h');
  });
  it('keeps two significant digits below 1', () => {
    expect(formatNumber(0.042)).toBe('0.042');
    expect(formatNumber(0)).toBe('0.0');
  });
  it('writes counts whole when they are whole', () => {
    expect(formatCount(50)).toBe('50');
    expect(formatCount(1200)).toBe('1,200');
    expect(formatCount(2.25)).toBe('2.3');
  });
  it('writes shares as whole percentages, never a false 0%', () => {
    expect(formatPercent(0.456)).toBe('46%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.004)).toBe('<1%');
  });
  it('puts the unit in brackets', () => {
    expect(withUnit('Time', 'min')).toBe('Time (min)');
    expect(withUnit('Units', '')).toBe('Units');
  });
});
