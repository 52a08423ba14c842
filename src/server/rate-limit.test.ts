import { describe, expect, it } from 'vitest';
import { KeyedLimiter, TokenBucket } from './rate-limit.ts';

describe('rate limits', () => {
  it('a bucket allows its burst, then its rate', () => {
    const b = new TokenBucket(20, 40, 0);
    let taken = 0;
    for (let i = 0; i < 100; i++) if (b.take(0)) taken++;
    expect(taken, 'burst of 40 at one instant').toBe(40);
    // 0.5 s later: 20/s × 0.5 s = 10 tokens.
    let later = 0;
    for (let i = 0; i < 100; i++) if (b.take(500)) later++;
    expect(later).toBe(10);
  });

  it('joins are counted per address', () => {
    const l = new KeyedLimiter(60, 3);
    expect([l.take('a', 0), l.take('a', 0), l.take('a', 0), l.take('a', 0)]).toEqual([true, true, true, false]);
    expect(l.take('b', 0), 'another address has its own bucket').toBe(true);
    expect(l.take('a', 1000), '60 per minute: one more after a second').toBe(true);
    expect(l.take('a', 1000)).toBe(false);
  });
});
