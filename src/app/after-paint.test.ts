import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, lazyModules } from './after-paint.ts';

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
