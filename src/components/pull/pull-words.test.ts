import { describe, expect, it } from 'vitest';
import { littleSentence } from './pull-words.ts';

describe("lesson 4's Little's-law sentence", () => {
  it('reads units and rate as the time to get through (30 at 0.5 an hour: 60 hours)', () => {
    expect(littleSentence(30, 0.5, 'hour')).toBe('30 units in the line at 0.5 an hour means 60 hours to get through.');
  });

  it('at t = 0, with the line still empty, says so instead of "0 hours to get through"', () => {
    const s = littleSentence(0, 0.8, 'hour');
    expect(s).toBe('No unit is in the line at this moment: nothing is waiting, and there is no time to get through to read yet.');
    expect(s).not.toMatch(/\d/);
  });

  it('with no deliveries in the run, says there is no rate rather than dividing by zero', () => {
    const s = littleSentence(12, 0, 'minute');
    expect(s).toMatch(/^No unit was delivered in this run/);
    expect(s).not.toMatch(/Infinity|NaN/);
  });

  it('says nothing for a figure that is not finite', () => {
    expect(littleSentence(Number.NaN, 1, 'hour')).toBeNull();
    expect(littleSentence(3, Number.POSITIVE_INFINITY, 'hour')).toBeNull();
  });
});
