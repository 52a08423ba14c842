/**
 * Offline: registers the service worker written by scripts/vite-precache-sw.ts (production
 * builds only), and tells the page when a new version is ready (QUALITY W10–W11).
 *
 * A new version never takes over on its own: its worker installs and waits. `updates` then
 * becomes `ready`, and <genba-update-notice> offers a reload. Only when the user asks does
 * `updates.apply()` tell the waiting worker to take over and reload the page once it
 * controls it. Before that it fires `genba:before-update` on window, so anything that keeps
 * state can save it.
 */

export type UpdateState = 'none' | 'ready' | 'applying';

export const BEFORE_UPDATE_EVENT = 'genba:before-update';

export class ServiceWorkerUpdates extends EventTarget {
  #state: UpdateState = 'none';
  #waiting: ServiceWorker | null = null;
  #reload: () => void;
  /** Whether the page was controlled when it loaded (a first visit's clients.claim() is no update). */
  hadController = false;

  constructor(reload: () => void = () => location.reload()) {
    super();
    this.#reload = reload;
  }

  get state(): UpdateState {
    return this.#state;
  }

  /** A new version is installed (`waiting`), or already took over from another tab (null). */
  announce(waiting: ServiceWorker | null): void {
    if (this.#state === 'applying') return;
    this.#waiting = waiting;
    this.#set('ready');
  }

  /** The user's consent: save, let the new version take over, then reload once. */
  apply(): void {
    if (this.#state !== 'ready') return;
    this.#set('applying');
    window.dispatchEvent(new Event(BEFORE_UPDATE_EVENT));
    if (this.#waiting && this.#waiting.state !== 'redundant' && this.#waiting.state !== 'activated') {
      this.#waiting.postMessage({ type: 'SKIP_WAITING' });
    } else {
      this.#reload();
    }
  }

  /** The page's controller changed: reload if (and only if) the user asked for the update. */
  controllerChanged(): void {
    if (this.#state === 'applying') this.#reload();
    else if (this.#state === 'none' && this.hadController) this.announce(null);
  }

  #set(state: UpdateState): void {
    this.#state = state;
    this.dispatchEvent(new Event('change'));
  }
}

export const updates = new ServiceWorkerUpdates();

async function register(): Promise<void> {
  const container = navigator.serviceWorker;
  updates.hadController = container.controller !== null;
  container.addEventListener('controllerchange', () => updates.controllerChanged());
  const registration = await container.register(new URL('sw.js', document.baseURI).href);
  const watch = (worker: ServiceWorker): void => {
    const check = (): void => {
      // Installed while another version controls the page: that is an update, and it waits.
      if (worker.state === 'installed' && container.controller) updates.announce(worker);
    };
    worker.addEventListener('statechange', check);
    check();
  };
  if (registration.waiting) watch(registration.waiting);
  if (registration.installing) watch(registration.installing);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) watch(registration.installing);
  });
}

/** Registers the service worker after the page has loaded, in production builds only. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const go = (): void => {
    register().catch((error: unknown) => console.warn('Genba: offline mode is not available:', error));
  };
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}
