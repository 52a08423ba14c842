import { describe, expect, it } from 'vitest';
import { memoLast, memoPerObject } from './memo.ts';

describe('memoLast', () => {
  it('calls through only when an argument changes identity', () => {
    let calls = 0;
    const f = memoLast((xs: readonly number[], k: number) => {
      calls++;
      return xs.length * k;
    });
    const xs = [1, 2, 3];
    expect(f(xs, 2)).toBe(6);
    expect(f(xs, 2)).toBe(6);
    expect(calls, 'same array, same number: cached').toBe(1);
    expect(f([1, 2, 3], 2)).toBe(6);
    expect(calls, 'an equal but new array recomputes').toBe(2);
    f([1], 3);
    expect(calls).toBe(3);
  });
});

describe('memoPerObject', () => {
  it('keeps one result per key object', () => {
    let calls = 0;
    const f = memoPerObject((xs: readonly number[], k: number) => {
      calls++;
      return xs.length * k;
    });
    const a = [1, 2];
    const b = [1, 2, 3];
    expect([f(a, 2), f(b, 2), f(a, 2), f(b, 2)]).toEqual([4, 6, 4, 6]);
    expect(calls, 'each key computed once').toBe(2);
    f(a, 3);
    expect(calls, 'another argument recomputes').toBe(3);
  });
});
