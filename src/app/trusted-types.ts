/**
 * The Trusted Types default policy (QUALITY S3). The production CSP requires Trusted Types
 * for script sinks and allows two policies: Lit's own `lit-html` (its templates) and this
 * `default`. The default policy is what the browser calls when a plain string reaches a
 * script-URL sink: `new Worker(url)` for the simulation workers and
 * `navigator.serviceWorker.register(url)`. It lets through same-origin URLs only, and has no
 * createHTML or createScript, so `el.innerHTML = '<b>'` and string eval still throw.
 *
 * main.ts imports this module first, before anything can reach a sink.
 */

/** The URL, resolved against `base`, if it is on `origin` over http(s); otherwise throws. */
export function sameOriginScriptUrl(input: string, base: string, origin: string): string {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    throw new TypeError(`Trusted Types: not a URL: ${input}`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== origin) {
    throw new TypeError(`Trusted Types: script URL from another origin refused: ${url.href}`);
  }
  return url.href;
}

interface PolicyOptions {
  createScriptURL?: (input: string) => string;
}
interface TrustedTypesLike {
  readonly defaultPolicy: unknown;
  createPolicy(name: string, options: PolicyOptions): { createScriptURL(input: string): unknown };
}

/** The policy's rules, for unit tests and for the browser. */
export const DEFAULT_POLICY_NAME = 'default';
export function defaultPolicyOptions(base: () => string, origin: () => string): PolicyOptions {
  return { createScriptURL: (input) => sameOriginScriptUrl(input, base(), origin()) };
}

/** Creates the default policy where the browser has Trusted Types and none exists yet. */
export function installDefaultPolicy(): void {
  const tt = (globalThis as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt || tt.defaultPolicy || typeof document === 'undefined') return;
  tt.createPolicy(
    DEFAULT_POLICY_NAME,
    defaultPolicyOptions(
      () => document.baseURI,
      () => location.origin,
    ),
  );
}

installDefaultPolicy();
