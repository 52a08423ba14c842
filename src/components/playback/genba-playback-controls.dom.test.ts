import { afterEach, describe, expect, it } from 'vitest';
import './genba-playback-controls.ts';
import type { GenbaPlaybackControls, PlaybackCommand } from './genba-playback-controls.ts';

async function mount(props: Partial<GenbaPlaybackControls> = {}) {
  const el = document.createElement('genba-playback-controls');
  Object.assign(el, { t: 12.5, end: 100, speed: 4, unit: 'min', ...props });
  document.body.append(el);
  await el.updateComplete;
  const sent: PlaybackCommand[] = [];
  el.addEventListener('genba-playback', (e) => sent.push((e as CustomEvent<PlaybackCommand>).detail));
  const $ = <T extends Element>(sel: string) => el.shadowRoot!.querySelector(sel) as T;
  return { el, sent, $ };
}

afterEach(() => document.body.replaceChildren());

describe('genba-playback-controls', () => {
  it('sends play, then pause once playing, step, reset and speed commands', async () => {
    const { el, sent, $ } = await mount();
    $<HTMLButtonElement>('#play').click();
    el.playing = true;
    await el.updateComplete;
    expect($<HTMLButtonElement>('#play').textContent).toContain('Pause');
    $<HTMLButtonElement>('#play').click();
    $<HTMLButtonElement>('#step-back').click();
    $<HTMLButtonElement>('#step-forward').click();
    $<HTMLButtonElement>('#reset').click();
    const speed = $<HTMLSelectElement>('#speed');
    speed.value = '64';
    speed.dispatchEvent(new Event('change'));
    expect(sent).toEqual([{ type: 'play' }, { type: 'pause' }, { type: 'step-back' }, { type: 'step-forward' }, { type: 'reset' }, { type: 'speed', speed: 64 }]);
  });

  it('seeks when the timeline is moved, and Space on it toggles play', async () => {
    const { sent, $ } = await mount();
    const range = $<HTMLInputElement>('#timeline');
    range.value = '40';
    range.dispatchEvent(new Event('input'));
    range.dispatchEvent(new KeyboardEvent('keydown', { key: ' ' }));
    expect(sent).toEqual([{ type: 'seek', t: 40 }, { type: 'play' }]);
  });

  it('offers every speed from 0.25× to 64× and reads out the time with its unit', async () => {
    const { $ } = await mount();
    expect([...$<HTMLSelectElement>('#speed').options].map((o) => o.textContent)).toEqual(['0.25×', '0.5×', '1×', '2×', '4×', '8×', '16×', '32×', '64×']);
    expect([...$<HTMLSelectElement>('#speed').options].filter((o) => o.hasAttribute('selected')).map((o) => o.value)).toEqual(['4']);
    expect($('#time').textContent?.trim()).toBe('12.5 / 100.0 min');
    expect($('#timeline').getAttribute('aria-valuetext')).toBe('12.5 of 100.0 min');
  });
});
