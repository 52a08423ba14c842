/**
 * What a screen uses to open in steps (Lighthouse's total blocking time; QUALITY W1): paint
 * its top first, then load and build the rest in later tasks.
 */
import { yieldToMain } from './yield-to-main.ts';

/** Resolves once `element` has rendered and the browser has had a frame to paint it, in a new task. */
export async function afterPaint(element: { readonly updateComplete: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await yieldToMain();
}

/**
 * A loader of modules (`load`: dynamic imports) that imports them the first time it is
 * called and gives the same promise after; a load that failed (the network, say) is tried
 * again on the next call.
 */
export function lazyModules(load: () => Promise<unknown>): () => Promise<unknown> {
  let loading: Promise<unknown> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

interface IdleWindow {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
}

/**
 * Runs `work` when the main thread is next idle (at the latest after `timeout` ms), in a task
 * of its own: for what no screen needs to open (the header's "Start a room" and the room's
 * client, say), so that it runs after the lesson has loaded rather than on its critical path.
 * Without `requestIdleCallback` (Safari), after `timeout` ms.
 */
export function whenIdle(work: () => void, timeout = 2000): void {
  const idle = (globalThis as IdleWindow).requestIdleCallback;
  if (typeof idle === 'function') idle(work, { timeout });
  else setTimeout(work, timeout);
}

/**
 * For a component's `scheduleUpdate()`: its first render runs in a task of its own, after
 * giving the main thread back (later renders as usual). A lesson's lower sections are defined
 * together when their modules arrive, and the browser upgrades every one of them at once;
 * rendering each in its own task keeps that from adding up to one long task.
 *
 *   protected override scheduleUpdate() { return firstUpdateInOwnTask(this, () => super.scheduleUpdate()); }
 */
export function firstUpdateInOwnTask(element: { readonly hasUpdated: boolean }, update: () => void | Promise<unknown>): void | Promise<unknown> {
  return element.hasUpdated ? update() : yieldToMain().then(update);
}
