/**
 * The language switch at run time (happy-dom): strings from the zh-CN module, `<html lang>`,
 * the choice remembered, components re-rendered in place and pure sentence functions
 * answering in the new language; then back to English.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LOCALE_STORAGE_KEY, getLocale, initialLocale, startLocalization, switchLocale } from './locale.ts';
import { formatDuration, unitWords } from './units.ts';
import { lineFigures } from '../lessons/batching/illusion.ts';
import '../components/playback/genba-playback-controls.ts';
import type { GenbaPlaybackControls } from '../components/playback/genba-playback-controls.ts';

async function controls(): Promise<GenbaPlaybackControls> {
  const el = document.createElement('genba-playback-controls');
  el.end = 100;
  el.t = 12.5;
  el.unit = unitWords('minute').short;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const text = (el: GenbaPlaybackControls, selector: string): string => el.shadowRoot!.querySelector(selector)!.textContent!.trim();

afterAll(async () => {
  await switchLocale('en');
  localStorage.clear();
});

describe('switching the language', () => {
  it('starts in English when nothing is stored and the browser prefers English', async () => {
    localStorage.clear();
    await startLocalization();
    expect(getLocale()).toBe('en');
  });

  it('switches to 简体中文 without reloading: the component renders again, <html lang> follows, the choice is kept', async () => {
    const el = await controls();
    expect(text(el, '#play')).toBe('▶ Play');
    await switchLocale('zh-CN');
    await el.updateComplete;
    expect(getLocale()).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
    expect(initialLocale()).toBe('zh-CN');
    expect(text(el, '#play')).toBe('▶ 播放');
    // The unit was given in English before the switch: the owner passes it again when it re-renders.
    expect(text(el, '#time')).toBe('12.5 / 100.0 min');
    el.remove();
  });

  it('answers in Chinese from pure functions too (msg() at call time)', () => {
    expect(unitWords('minute').short).toBe('分钟');
    expect(formatDuration(27, 'minute')).toBe('27 分钟');
    expect(lineFigures(12, 1, 50)).toBe('已交付 12/50 · 报废 1');
  });

  it('switches back to English', async () => {
    await switchLocale('en');
    expect(document.documentElement.lang).toBe('en');
    expect(lineFigures(12, 1, 50)).toBe('12 of 50 delivered · 1 scrapped');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
  });
});
