import { afterEach, describe, expect, it } from 'vitest';
import './genba-flow-prediction.ts';
import type { GenbaFlowPrediction } from './genba-flow-prediction.ts';
import type { Prediction } from '../../lessons/batching/prediction.ts';

async function mount() {
  const el = document.createElement('genba-flow-prediction') as GenbaFlowPrediction;
  el.unit = 'minutes';
  document.body.append(el);
  await el.updateComplete;
  const kept: Prediction[] = [];
  el.addEventListener('genba-predict', (e) => kept.push((e as CustomEvent<Prediction>).detail));
  const root = el.shadowRoot!;
  const choose = (name: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
    input.checked = true;
    input.dispatchEvent(new Event('change'));
  };
  const by = (text: string) => {
    const input = root.querySelector<HTMLInputElement>('#by')!;
    input.value = text;
    input.dispatchEvent(new Event('input'));
  };
  const keep = async () => {
    root.querySelector<HTMLButtonElement>('#keep')!.click();
    await el.updateComplete;
  };
  return { el, root, kept, choose, by, keep };
}

afterEach(() => document.body.replaceChildren());

describe('genba-flow-prediction', () => {
  it('asks for both answers before keeping, and says so', async () => {
    const { root, kept, keep, choose } = await mount();
    choose('first', 'flow');
    await keep();
    expect(kept).toEqual([]);
    expect(root.querySelector('#prediction-error')?.textContent).toBe('Choose an answer to both questions first.');
  });

  it('refuses a negative amount with the field, the value and what is allowed', async () => {
    const { root, kept, keep, choose, by } = await mount();
    choose('first', 'flow');
    choose('finish', 'batch');
    by('-3');
    await keep();
    expect(kept).toEqual([]);
    expect(root.querySelector('#prediction-error')?.textContent).toBe('"By how much": -3 is not allowed, must be a number of minutes ≥ 0.');
  });

  it('keeps the prediction, then shows it beside the outcome', async () => {
    const { el, root, kept, keep, choose, by } = await mount();
    choose('first', 'flow');
    choose('finish', 'flow');
    by('30');
    await keep();
    expect(kept).toEqual([{ first: 'flow', finish: 'flow', by: 30 }]);
    expect(root.querySelector('.kept')?.textContent?.replace(/\s+/g, ' ')).toContain('Your prediction: first good unit from one-piece flow');
    el.outcome = { first: 'flow', firstBy: 60.5, finish: 'flow', finishBy: 87.45 };
    await el.updateComplete;
    const items = [...root.querySelectorAll('.reveal li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items[0]).toBe('First good unit: you said one-piece flow; it was one-piece flow, by 60.5 minutes. Right.');
    expect(items[1]).toBe('Order finished: you said one-piece flow by 30 minutes; it was one-piece flow by 87.5 minutes. Right.');
  });

  it('restores a kept prediction from a link, and refuses anything that is not one', async () => {
    const { el, root, kept } = await mount();
    for (const bad of [null, 'flow', [], { first: 'flow', finish: 'flow' }, { first: 'flow', finish: 'x', by: 1 }, { first: 'flow', finish: 'flow', by: -1 }, { first: 'flow', finish: 'flow', by: Number.NaN }]) {
      expect(el.restore(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(el.prediction).toBeNull();
    expect(el.restore(JSON.parse('{"first":"batch","finish":"flow","by":12.5,"__proto__":{"x":1}}'))).toBe(true);
    await el.updateComplete;
    expect(el.prediction).toEqual({ first: 'batch', finish: 'flow', by: 12.5 });
    expect(root.querySelector('.kept')?.textContent?.replace(/\s+/g, ' ')).toContain('first good unit from the batch line');
    expect(kept, 'restoring is not predicting: no event').toEqual([]);
  });
});
