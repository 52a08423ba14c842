import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventQueue } from './event-queue.ts';
import { EventLimitError, runEvents } from './run-events.ts';

function drain(q: EventQueue): [number, number][] {
  const out: [number, number][] = [];
  while (q.pop()) out.push([q.time, q.payload]);
  return out;
}

describe('EventQueue', () => {
  it('pops events in time order, ties in insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), (times) => {
        const q = new EventQueue(2);
        times.forEach((t, i) => q.push(t, 0, i));
        const expected = times.map((t, i) => [t, i] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(drain(q)).toEqual(expected);
      }),
    );
  });

  it('any insertion order of events with distinct times gives the same processing order (QUALITY R6)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 200 }).chain((ts) => fc.tuple(fc.constant(ts), fc.shuffledSubarray(ts, { minLength: ts.length, maxLength: ts.length }))), ([times, shuffled]) => {
        const a = new EventQueue();
        const b = new EventQueue();
        for (const t of times) a.push(t, 1, 0);
        for (const t of shuffled) b.push(t, 1, 0);
        expect(drain(a).map((e) => e[0])).toEqual(drain(b).map((e) => e[0]));
      }),
    );
  });

  it('keeps order when pushes and pops interleave', () => {
    const q = new EventQueue(1);
    q.push(5, 0, 1);
    q.push(1, 0, 2);
    expect(q.pop() && q.payload).toBe(2);
    q.push(5, 0, 3);
    q.push(3, 0, 4);
    expect(drain(q).map((e) => e[1])).toEqual([4, 1, 3]);
    expect(q.peekTime()).toBe(Infinity);
  });
});

describe('runEvents', () => {
  it('stops at the horizon and leaves later events queued', () => {
    const q = new EventQueue();
    [1, 2, 3, 4].forEach((t) => q.push(t, 0, t));
    const seen: number[] = [];
    expect(runEvents(q, (t) => void seen.push(t), { until: 3 })).toBe(3);
    expect(seen).toEqual([1, 2, 3]);
    expect(q.size).toBe(1);
  });

  it('ends a run that never stops with a clear error at the cap', () => {
    const q = new EventQueue();
    q.push(0, 0, 0);
    const forever = (t: number) => void q.push(t + 1, 0, 0);
    expect(() => runEvents(q, forever, { maxEvents: 1000 })).toThrow(EventLimitError);
    expect(() => runEvents(q, forever, { maxEvents: 1000 })).toThrow(/stopped after 1,000 events at simulated time/);
  });

  it('stops when the handler says so', () => {
    const q = new EventQueue();
    [1, 2, 3].forEach((t) => q.push(t, 0, t));
    expect(runEvents(q, (t) => t === 2)).toBe(2);
  });
});
