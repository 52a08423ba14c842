import { afterEach, describe, expect, it, vi } from 'vitest';
import { DROP_HINT_MS, FileDropController } from './file-drop-controller.ts';

/** A drag event carrying `types` and `files`, as the browser gives one. */
function drag(type: 'dragover' | 'drop', types: string[], files: File[] = []): Event {
  const event = new Event(type, { cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types, files, dropEffect: 'none' } });
  return event;
}

function host() {
  const controllers: { hostConnected?: () => void; hostDisconnected?: () => void }[] = [];
  return {
    controllers,
    addController: (c: (typeof controllers)[number]) => controllers.push(c),
    removeController: () => {},
    requestUpdate: vi.fn(),
    updateComplete: Promise.resolve(true),
  };
}

afterEach(() => vi.useRealTimers());

describe('FileDropController', () => {
  it('shows the hint while a file is dragged over the page, and hides it a moment after the last dragover', () => {
    vi.useFakeTimers();
    const h = host();
    const drop = new FileDropController(h, () => {});
    h.controllers[0]!.hostConnected!();
    const over = drag('dragover', ['Files']);
    window.dispatchEvent(over);
    expect(over.defaultPrevented, 'the browser must not open the file itself').toBe(true);
    expect(drop.hint).toBe(true);
    expect(h.requestUpdate).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(DROP_HINT_MS - 1);
    window.dispatchEvent(drag('dragover', ['Files']));
    vi.advanceTimersByTime(DROP_HINT_MS - 1);
    expect(drop.hint).toBe(true);
    vi.advanceTimersByTime(1);
    expect(drop.hint).toBe(false);
    expect(h.requestUpdate).toHaveBeenCalledTimes(2);
    h.controllers[0]!.hostDisconnected!();
  });

  it('hands a dropped file to open, and leaves drags of text alone', () => {
    const h = host();
    const open = vi.fn();
    const drop = new FileDropController(h, open);
    h.controllers[0]!.hostConnected!();
    const text = drag('dragover', ['text/plain']);
    window.dispatchEvent(text);
    expect(text.defaultPrevented).toBe(false);
    expect(drop.hint).toBe(false);
    const file = new File(['{}'], 'line.json', { type: 'application/json' });
    const dropped = drag('drop', ['Files'], [file]);
    window.dispatchEvent(dropped);
    expect(dropped.defaultPrevented).toBe(true);
    expect(open).toHaveBeenCalledWith(file);
    h.controllers[0]!.hostDisconnected!();
    window.dispatchEvent(drag('drop', ['Files'], [file]));
    expect(open, 'no longer listening once its screen left the page').toHaveBeenCalledTimes(1);
  });
});
