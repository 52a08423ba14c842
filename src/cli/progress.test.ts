import { describe, expect, it } from 'vitest';
import { progressLine, progressReporter } from './progress.ts';

describe('CLI progress on a terminal', () => {
  it('says how far the run is, as a percentage of replications', () => {
    expect(progressLine({ done: 340, total: 1000 })).toBe('genba: 34% (340 of 1,000 replications)');
  });

  it('shows nothing in the first second, then at most every 250 ms, and wipes its line at the end', () => {
    let t = 0;
    const written: string[] = [];
    const p = progressReporter({ write: (s: string) => written.push(s) }, () => t);
    p.update({ done: 1, total: 10 });
    expect(written).toEqual([]);
    t = 1000;
    p.update({ done: 2, total: 10 });
    t = 1100;
    p.update({ done: 3, total: 10 });
    t = 1300;
    p.update({ done: 4, total: 10 });
    p.end();
    expect(written).toEqual(['\rgenba: 20% (2 of 10 replications)\u001b[K', '\rgenba: 40% (4 of 10 replications)\u001b[K', '\r\u001b[K']);
  });
});
