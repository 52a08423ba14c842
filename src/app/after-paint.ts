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
