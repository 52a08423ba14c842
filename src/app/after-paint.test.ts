import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, firstUpdateInOwnTask, lazyModules, whenIdle } from './after-paint.ts';

afterEach(() => vi.unstubAllGlobals());

describe('lazyModules', () => {
  it('loads once and gives the same promise after', async () => {
    const load = vi.fn(() => Promise.resolve('modules'));
    const loader = lazyModules(load);
    const first = loader();
    expect(loader()).toBe(first);
    await expect(first).resolves.toBe('modules');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('modules');
    const loader = lazyModules(load);
    await expect(loader()).rejects.toThrow('offline');
    await expect(loader()).resolves.toBe('modules');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('afterPaint', () => {
  it('waits for the render, then a frame, then a new task', async () => {
    const order: string[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: (t: number) => void) => setTimeout(() => (order.push('frame'), callback(0)), 0));
    let rendered!: () => void;
    const element = { updateComplete: new Promise<void>((resolve) => (rendered = resolve)).then(() => order.push('rendered')) };
    const done = afterPaint(element).then(() => order.push('after paint'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual([]);
    rendered();
    await done;
    expect(order).toEqual(['rendered', 'frame', 'after paint']);
  });
});

describe('whenIdle', () => {
  it('waits for the idle callback, with the time limit it is given', () => {
    const calls: { timeout: number }[] = [];
    let idle!: () => void;
    vi.stubGlobal('requestIdleCallback', (callback: () => void, options: { timeout: number }) => ((idle = callback), calls.push(options), 1));
    const work = vi.fn();
    whenIdle(work, 1500);
    expect(work).not.toHaveBeenCalled();
    expect(calls).toEqual([{ timeout: 1500 }]);
    idle();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timer of that length without requestIdleCallback', () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('requestIdleCallback', undefined);
      const work = vi.fn();
      whenIdle(work, 1500);
      vi.advanceTimersByTime(1499);
      expect(work).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(work).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('firstUpdateInOwnTask', () => {
  it('runs the first update after a yield to the main thread, later ones at once', async () => {
    vi.stubGlobal('scheduler', undefined);
    vi.useFakeTimers();
    try {
      const update = vi.fn(() => Promise.resolve('updated'));
      const element = { hasUpdated: false };
      const first = firstUpdateInOwnTask(element, update) as Promise<unknown>;
      await Promise.resolve();
      expect(update).not.toHaveBeenCalled();
      vi.advanceTimersByTime(0);
      await expect(first).resolves.toBe('updated');
      element.hasUpdated = true;
      await expect(firstUpdateInOwnTask(element, update)).resolves.toBe('updated');
      expect(update).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
