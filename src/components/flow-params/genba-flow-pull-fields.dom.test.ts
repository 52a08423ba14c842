import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FlowLineScenario } from '../../scenario/index.ts';
import './genba-flow-params.ts';
import type { GenbaFlowParams } from './genba-flow-params.ts';

// The "handling makes batches slower" preset: five stations, transfer batch 10, flow release.
const PRESET: unknown = JSON.parse(readFileSync(resolve(process.cwd(), 'public/scenarios/handling-makes-batches-slower.json'), 'utf8'));

let el: GenbaFlowParams;
let events: FlowLineScenario[];
const listen = (e: CustomEvent<{ scenario: FlowLineScenario }>) => events.push(e.detail.scenario);

async function settle(): Promise<void> {
  await el.updateComplete;
  const pull = el.shadowRoot?.querySelector('genba-flow-pull-fields');
  if (pull) await pull.updateComplete;
}

function pullRoot(): ShadowRoot {
  const root = el.shadowRoot?.querySelector('genba-flow-pull-fields')?.shadowRoot;
  if (!root) throw new Error('no pull section');
  return root;
}

function input(id: string): HTMLInputElement {
  const found = pullRoot().querySelector(`[id="${id}"]`);
  if (!(found instanceof HTMLInputElement)) throw new Error(`no input ${id}`);
  return found;
}

async function change(id: string, value: string): Promise<void> {
  const c = input(id);
  c.value = value;
  c.dispatchEvent(new Event('change'));
  await settle();
}

/** The validator's message under the field (the first id in aria-describedby). */
function messageOf(id: string): string | undefined {
  const c = input(id);
  if (c.getAttribute('aria-invalid') !== 'true') return undefined;
  const ref = (c.getAttribute('aria-describedby') ?? '').split(' ')[0] ?? '';
  return pullRoot().querySelector(`[id="${ref}"]`)?.textContent?.trim();
}

function labelOf(id: string): string | undefined {
  return pullRoot().querySelector(`label[for="${id}"]`)?.textContent?.trim();
}

function last(): FlowLineScenario {
  const s = events[events.length - 1];
  if (s === undefined) throw new Error('no event');
  return s;
}

beforeEach(async () => {
  events = [];
  document.addEventListener('genba-scenario-change', listen);
  el = document.createElement('genba-flow-params');
  el.scenario = PRESET;
  document.body.append(el);
  await settle();
});

afterEach(() => {
  document.removeEventListener('genba-scenario-change', listen);
  el.remove();
});

describe('genba-flow-pull-fields in the lesson 1 editor', () => {
  it('shows the four levers empty (left out), each labelled, a buffer for stations 2…5 only', () => {
    for (const id of ['processBatch', 'unitValue', 'release.wipCap', 'stations[1].buffer', 'stations[4].buffer']) {
      expect(input(id).value, id).toBe('');
      expect(labelOf(id), id).toBeTruthy();
    }
    expect(labelOf('stations[1].buffer')).toBe('Buffer before station 2 · Bend');
    expect(pullRoot().querySelector('[id="stations[0].buffer"]'), 'no buffer before the first station').toBeNull();
  });

  it('each field set is carried by the announced scenario; emptied, it is left out again', async () => {
    await change('processBatch', '20');
    expect(last().processBatch).toBe(20);
    await change('unitValue', '12.5');
    expect(last().unitValue).toBe(12.5);
    await change('release.wipCap', '40');
    expect(last().release.wipCap).toBe(40);
    await change('stations[2].buffer', '30');
    expect(last().stations[2]?.buffer).toBe(30);
    expect(last().stations[1]?.buffer, 'other stations untouched').toBeUndefined();
    expect(last().transferBatch, 'everything else as before').toBe(10);
    expect(events).toHaveLength(4);

    await change('processBatch', '');
    expect(events).toHaveLength(5);
    expect(last().processBatch).toBeUndefined();
    expect(last().unitValue).toBe(12.5);
  });

  it('a WIP cap below the transfer batch is reported at its field, nothing announced', async () => {
    await change('release.wipCap', '5');
    expect(events).toHaveLength(0);
    const text = messageOf('release.wipCap');
    expect(text).toMatch(/^WIP cap \(CONWIP\): 5 /);
    expect(text).toContain('10');
  });

  it('a buffer below the transfer batch is reported at that station’s field, nothing announced', async () => {
    await change('stations[3].buffer', '4');
    expect(events).toHaveLength(0);
    const text = messageOf('stations[3].buffer');
    expect(text).toMatch(/^Station 4 · Paint · Buffer: 4 /);
    expect(text).toContain('10');
    expect(messageOf('stations[2].buffer')).toBeUndefined();
  });

  it('a process batch of 0 is reported at its field; fixing it announces the scenario', async () => {
    await change('processBatch', '0');
    expect(events).toHaveLength(0);
    expect(messageOf('processBatch')).toMatch(/^Process batch: 0 is not allowed/);
    expect(el.shadowRoot?.querySelector('[role="status"]')?.textContent).toContain('1 field needs fixing');
    await change('processBatch', '10');
    expect(messageOf('processBatch')).toBeUndefined();
    expect(events).toHaveLength(1);
    expect(last().processBatch).toBe(10);
  });
});
