import { describe, expect, it, vi } from 'vitest';
import { BEFORE_UPDATE_EVENT, ServiceWorkerUpdates } from '../../app/service-worker.ts';
import './genba-update-notice.ts';

const fakeWorker = () => ({ state: 'installed', postMessage: vi.fn() }) as unknown as ServiceWorker & { postMessage: ReturnType<typeof vi.fn> };

describe('update signal (QUALITY W11)', () => {
  it('a first visit taking control is no update, and nothing reloads on its own', () => {
    const reload = vi.fn();
    const updates = new ServiceWorkerUpdates(reload);
    updates.controllerChanged(); // clients.claim() on the first visit
    expect(updates.state).toBe('none');
    expect(reload).not.toHaveBeenCalled();
  });

  it('waits for consent, tells the waiting worker to take over, then reloads once it controls', () => {
    const reload = vi.fn();
    const updates = new ServiceWorkerUpdates(reload);
    updates.hadController = true;
    const worker = fakeWorker();
    const saved = vi.fn();
    window.addEventListener(BEFORE_UPDATE_EVENT, saved);
    updates.announce(worker);
    expect(updates.state).toBe('ready');
    expect(worker.postMessage).not.toHaveBeenCalled();
    updates.apply();
    expect(saved).toHaveBeenCalledOnce();
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    updates.controllerChanged();
    expect(reload).toHaveBeenCalledOnce();
    window.removeEventListener(BEFORE_UPDATE_EVENT, saved);
  });

  it('announces a version another tab already applied', () => {
    const reload = vi.fn();
    const updates = new ServiceWorkerUpdates(reload);
    updates.hadController = true;
    updates.controllerChanged();
    expect(updates.state).toBe('ready');
    expect(reload).not.toHaveBeenCalled();
    updates.apply();
    expect(reload).toHaveBeenCalledOnce();
  });
});

describe('<genba-update-notice>', () => {
  it('keeps an empty live region until an update is ready, then offers the reload', async () => {
    const reload = vi.fn();
    const updates = new ServiceWorkerUpdates(reload);
    const el = document.createElement('genba-update-notice');
    el.source = updates;
    document.body.append(el);
    await el.updateComplete;
    const status = el.shadowRoot?.querySelector('[role="status"]');
    expect(status?.textContent?.trim()).toBe('');
    updates.announce(null);
    await el.updateComplete;
    expect(status?.textContent).toContain('A new version of Genba is ready.');
    const button = el.shadowRoot?.querySelector('button') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe("Reload when you're ready");
    button.click();
    expect(reload).toHaveBeenCalledOnce();
    el.remove();
  });
});
