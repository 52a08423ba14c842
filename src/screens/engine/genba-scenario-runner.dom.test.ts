/**
 * The engine check names a scenario's problems as the form labels the fields (issue 16), in
 * English and 简体中文, and its presets by their names in the page's language; the CLI keeps
 * the validator's paths (`stations[0].processTime.mean`).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { switchLocale } from '../../i18n/locale.ts';
import { parseScenarioText } from '../../scenario/index.ts';
import './genba-scenario-runner.ts';
import type { GenbaScenarioRunner } from './genba-scenario-runner.ts';

const broken = {
  version: 1,
  model: 'flow-line',
  name: 'The batching illusion',
  seed: 1,
  stations: [{ name: 'Saw 2', processTime: { dist: 'exponential', mean: -3 } }],
  transferBatch: 1,
  release: { mode: 'order', quantity: 5 },
};
const index = [{ file: 'batching-illusion.json', name: 'The batching illusion', model: 'flow-line', description: 'An order of 50 parts goes through five stations that each pay a short setup before every batch and, in containers of 10, take every part out and put it back, so batching feels faster at every station while the customer waits far longer.' }];

beforeAll(() => {
  vi.stubGlobal('fetch', async (url: URL | string) => {
    const path = String(url);
    const body = path.endsWith('index.json') ? index : broken;
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
});
afterAll(() => vi.unstubAllGlobals());
afterEach(async () => {
  document.body.innerHTML = '';
  await switchLocale('en');
});

async function runner(): Promise<GenbaScenarioRunner> {
  const el = document.createElement('genba-scenario-runner');
  document.body.append(el);
  await vi.waitFor(() => expect(el.shadowRoot?.querySelectorAll('option').length).toBe(1));
  return el;
}

async function issuesAfterRun(el: GenbaScenarioRunner): Promise<string[]> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('#run')!.click();
  await vi.waitFor(() => expect(el.shadowRoot?.querySelector('#issues')).not.toBeNull());
  return [...el.shadowRoot!.querySelectorAll('#issues li')].map((li) => li.textContent ?? '');
}

describe('the engine check', () => {
  it('names the field as the form labels it, numbered from 1 (the CLI keeps the path)', async () => {
    const cli = parseScenarioText(JSON.stringify(broken));
    expect(!cli.ok && cli.issues[0]?.message).toBe('stations[0].processTime.mean: -3 is not allowed, must be > 0');
    const el = await runner();
    expect(await issuesAfterRun(el)).toEqual(['Station 1 · Saw 2 · Process time · mean: -3 is not allowed; it must be more than 0']);
  });

  it('in 简体中文: the field, the preset and its description in Chinese; the typed name as typed', async () => {
    await switchLocale('zh-CN');
    const el = await runner();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('option')?.textContent).toBe('批量的错觉');
    expect(el.shadowRoot!.querySelector('p.description')?.textContent).not.toMatch(/[A-Za-z]{2,}/);
    expect(await issuesAfterRun(el)).toEqual(['工位 1 · Saw 2 · 加工时间 · 均值：-3 不可用；必须大于 0']);
  });
});
