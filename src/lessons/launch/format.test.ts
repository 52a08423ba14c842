import { describe, expect, it } from 'vitest';
import { formatCompact, formatCount, formatMoney, formatShare, formatWhole } from './format.ts';

describe('number formats of the launch lesson', () => {
  it('writes whole numbers with separators, rounding half away from zero', () => {
    expect(formatWhole(1060527.4997336466)).toBe('1,060,527');
    expect(formatWhole(2.5)).toBe('3');
    expect(formatWhole(-0.4)).toBe('0');
    expect(formatWhole(null)).toBe('–');
  });

  it('writes money with a true minus sign', () => {
    expect(formatMoney(-203549.49989833575)).toBe('−203,549');
    expect(formatMoney(1059364.102701213)).toBe('1,059,364');
  });

  it('writes shares as percentages', () => {
    expect(formatShare(0.4957)).toBe('49.6%');
    expect(formatShare(0)).toBe('0.0%');
    expect(formatShare(1, 0)).toBe('100%');
    expect(formatShare(-0.00001)).toBe('0.0%');
    expect(formatShare(null)).toBe('–');
  });

  it('writes compact tick labels', () => {
    expect(formatCompact(2_300_000)).toBe('2.3M');
    expect(formatCompact(250_000)).toBe('250k');
    expect(formatCompact(-203_400)).toBe('−203k');
    expect(formatCompact(999_999)).toBe('1M');
    expect(formatCompact(950)).toBe('950');
    expect(formatCompact(0)).toBe('0');
    expect(formatCompact(1500)).toBe('1.5k');
    expect(formatCompact(0.5)).toBe('0.5');
  });

  it('counts with a plural', () => {
    expect(formatCount(1, 'market')).toBe('1 market');
    expect(formatCount(10000, 'market')).toBe('10,000 markets');
  });
});
