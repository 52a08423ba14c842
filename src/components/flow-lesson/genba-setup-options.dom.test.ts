import { afterEach, describe, expect, it } from 'vitest';
import './genba-setup-options.ts';
import type { GenbaSetupOptions } from './genba-setup-options.ts';
import { optionFigures, setupOptions } from '../../lessons/batching/setup-options.ts';
import { pennyGame } from '../../lessons/batching/test-fixtures.ts';
import { formatNumber } from '../../i18n/format.ts';

/** The penny game with a 2-second setup per batch: 88, 69 and 31 s by hand (setup-options.test.ts). */
const game = pennyGame(20, { stations: [1, 2, 3, 4].map((i) => ({ name: `P${i}`, processTime: 1, setupTime: 2 })) });

async function mount(): Promise<GenbaSetupOptions> {
  const el = document.createElement('genba-setup-options') as GenbaSetupOptions;
  el.scenario = game;
  document.body.append(el);
  await settled(el);
  return el;
}

/** Waits until the three options have run (one per task). */
async function settled(el: GenbaSetupOptions): Promise<void> {
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('#setup-options-table'); i++) {
    await new Promise((r) => setTimeout(r, 5));
    await el.updateComplete;
  }
}

const rows = (el: GenbaSetupOptions) =>
  [...el.shadowRoot!.querySelectorAll('#setup-options-table tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim()));

afterEach(() => document.body.replaceChildren());

describe('genba-setup-options', () => {
  it('shows the three options side by side with the core’s figures, the best one marked, and its assumptions', async () => {
    const el = await mount();
    const expected = setupOptions(game).map((o) => optionFigures(o));
    expect(rows(el).map((r) => r[4])).toEqual(['88.0', '69.0', '31.0']);
    expect(rows(el).map((r) => r[1])).toEqual(expected.map((f) => formatNumber(f.leadTime as number, 1)));
    expect(rows(el).map((r) => r[0])).toEqual(['Batches of 20: set up for 20, move 20 at a time', 'One piece at a time, with a setup for every piece', 'Set up once for 20, move them one at a time']);
    expect(el.shadowRoot!.querySelector('tr.best')?.getAttribute('data-option')).toBe('lot-splitting');
    expect(el.shadowRoot!.querySelector('#setup-assumptions')?.textContent).toContain('all the raw material is there at the start');
  });

  it('a switch takes handling out, runs the options again and says what is left', async () => {
    const el = await mount();
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('#count-handling')!;
    expect(box.checked).toBe(true);
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await settled(el);
    expect(el.shadowRoot!.querySelector('#no-handling-note')?.textContent).toContain('every part waits for the rest of its batch');
    expect(rows(el)).toHaveLength(3);
  });
});
