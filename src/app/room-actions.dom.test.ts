import { afterEach, describe, expect, it } from 'vitest';
import { deepQueryAll, pressRoomAction, roomActions } from './room-actions.ts';
import { focusAfterPrediction } from './focus-next.ts';

afterEach(() => document.body.replaceChildren());

/** A screen with buttons inside nested shadow roots, as the lessons have them. */
function screen(): HTMLElement {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<button id="reveal">Show the results now</button><div id="inner"></div><button id="other">Other</button>`;
  const inner = root.querySelector('#inner')!.attachShadow({ mode: 'open' });
  inner.innerHTML = `<button id="run-many" disabled>Run 30 replications</button><button id="keep">  Keep my
    prediction </button>`;
  document.body.append(host);
  return host;
}

describe("the room's buttons, for the presenter's window", () => {
  it('finds the offered buttons through shadow roots, in lesson order, with their labels and state', () => {
    const host = screen();
    expect(deepQueryAll(host.shadowRoot!, 'button')).toHaveLength(4);
    expect(roomActions(host.shadowRoot!)).toEqual([
      { id: 'keep', label: 'Keep my prediction', disabled: false },
      { id: 'reveal', label: 'Show the results now', disabled: false },
      { id: 'run-many', label: 'Run 30 replications', disabled: true },
    ]);
  });

  it('presses an offered, enabled button only', () => {
    const host = screen();
    const clicks: string[] = [];
    for (const b of deepQueryAll(host.shadowRoot!, 'button')) b.addEventListener('click', () => clicks.push(b.id));
    expect(pressRoomAction(host.shadowRoot!, 'reveal')).toBe(true);
    expect(pressRoomAction(host.shadowRoot!, 'run-many'), 'disabled').toBe(false);
    expect(pressRoomAction(host.shadowRoot!, 'other'), 'not offered').toBe(false);
    expect(clicks).toEqual(['reveal']);
  });

  it('moves focus after a kept prediction to Play, else to the kept sentence', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<p class="kept">Your prediction…</p><genba-playback-controls></genba-playback-controls>`;
    document.body.append(host);
    const controls = root.querySelector('genba-playback-controls')!.attachShadow({ mode: 'open' });
    controls.innerHTML = `<button id="play">Play</button>`;
    expect(focusAfterPrediction(root)).toBe(true);
    expect(controls.activeElement?.id).toBe('play');
    controls.innerHTML = '';
    expect(focusAfterPrediction(root)).toBe(true);
    expect(root.activeElement?.className).toBe('kept');
    expect(root.querySelector('.kept')?.getAttribute('tabindex')).toBe('-1');
  });
});
