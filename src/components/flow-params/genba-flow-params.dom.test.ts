import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FlowLineScenario } from '../../scenario/index.ts';
import './genba-flow-params.ts';
import type { GenbaFlowParams } from './genba-flow-params.ts';

// Under happy-dom import.meta.url is not a file URL; Vitest runs from the project root.
const PRESET: unknown = JSON.parse(readFileSync(resolve(process.cwd(), 'public/scenarios/handling-makes-batches-slower.json'), 'utf8'));

/** The editor on the page, and every scenario it announced. */
interface Harness {
  readonly el: GenbaFlowParams;
  readonly events: FlowLineScenario[];
}

let harness: Harness;

async function settle(el: GenbaFlowParams): Promise<void> {
  await el.updateComplete;
  const inner = [...(el.shadowRoot?.querySelectorAll('genba-distribution-input') ?? [])];
  await Promise.all(inner.map((d) => d.updateComplete));
}

/** Every shadow root of the editor: its own and its distribution inputs'. */
function roots(el: GenbaFlowParams): ShadowRoot[] {
  const own = el.shadowRoot;
  if (own === null) throw new Error('no shadow root');
  const inner = [...own.querySelectorAll('genba-distribution-input')].map((d) => d.shadowRoot).filter((r): r is ShadowRoot => r !== null);
  return [own, ...inner];
}

/** The control whose id is the validator path `id`, wherever it is rendered. */
function control(id: string): HTMLInputElement | HTMLSelectElement {
  for (const root of roots(harness.el)) {
    const found = root.querySelector(`[id="${id}"]`);
    if (found instanceof HTMLInputElement || found instanceof HTMLSelectElement) return found;
  }
  throw new Error(`no control ${id}`);
}

function hasControl(id: string): boolean {
  return roots(harness.el).some((root) => root.querySelector(`[id="${id}"]`) !== null);
}

/** The text of the message a control points at with aria-describedby. */
function messageOf(c: Element): string | undefined {
  const ref = c.getAttribute('aria-describedby');
  if (ref === null) return undefined;
  const root = c.getRootNode();
  const msg = root instanceof ShadowRoot ? root.querySelector(`[id="${ref}"]`) : null;
  return msg?.textContent?.trim();
}

async function change(id: string, value: string): Promise<void> {
  const c = control(id);
  c.value = value;
  c.dispatchEvent(new Event('change'));
  await settle(harness.el);
}

function button(name: string): HTMLButtonElement {
  const found = [...(harness.el.shadowRoot?.querySelectorAll('button') ?? [])].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );
  if (found === undefined) throw new Error(`no button named ${name}`);
  return found;
}

async function click(name: string): Promise<void> {
  button(name).click();
  await settle(harness.el);
}

function status(): string {
  return harness.el.shadowRoot?.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function last(): FlowLineScenario {
  const scenario = harness.events[harness.events.length - 1];
  if (scenario === undefined) throw new Error('no event');
  return scenario;
}

beforeEach(async () => {
  const el = document.createElement('genba-flow-params');
  const events: FlowLineScenario[] = [];
  // Listening on the document checks that the event bubbles out of the shadow root.
  document.addEventListener('genba-scenario-change', (e) => events.push(e.detail.scenario));
  el.scenario = PRESET;
  document.body.append(el);
  harness = { el, events };
  await settle(el);
});

afterEach(() => {
  harness.el.remove();
});

describe('genba-flow-params', () => {
  it('shows the preset', () => {
    expect(control('name').value).toBe('Handling makes batches slower');
    expect(control('stations[1].name').value).toBe('Bend');
    expect(control('stations[1].processTime.dist').value).toBe('lognormal');
    expect(control('stations[1].processTime.cv').value).toBe('0.5');
    expect(control('stations[0].handlingTime.value').value).toBe('0.8');
    expect(control('transferBatch').value).toBe('10');
    expect(control('release.mode').value).toBe('flow');
    expect(control('release.interarrival.mean').value).toBe('4.2');
    expect(hasControl('release.quantity'), 'order-mode field hidden in flow mode').toBe(false);
    expect(status()).toContain('All fields are valid');
    expect(harness.events, 'loading announces nothing').toHaveLength(0);
  });

  it('announces the new valid scenario on change', async () => {
    await change('stations[2].processTime.mean', '2.5');
    expect(harness.events).toHaveLength(1);
    expect(last().stations[2]?.processTime).toEqual({ dist: 'exponential', mean: 2.5 });
    expect(last().transferBatch, 'everything else as before').toBe(10);

    await change('transferBatch', '1');
    expect(last().transferBatch).toBe(1);
    expect(hasControl('stations[0].handlingTime.value'), 'no handling at batch 1').toBe(false);
  });

  it('marks an invalid field, announces nothing, and clears the mark once fixed', async () => {
    await change('transferBatch', '0');
    expect(harness.events).toHaveLength(0);
    const batch = control('transferBatch');
    expect(batch.getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(batch)).toBe('Transfer batch: 0 is not allowed; it must be at least 1');
    expect(status()).toContain('1 field needs fixing');

    await change('stations[0].processTime.mean', '-2');
    const mean = control('stations[0].processTime.mean');
    expect(mean.getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(mean)).toBe('Station 1 · Cut · Process time · mean: -2 is not allowed; it must be more than 0');
    expect(status()).toContain('2 fields need fixing');
    expect(harness.events).toHaveLength(0);

    await change('transferBatch', '5');
    await change('stations[0].processTime.mean', '2');
    expect(control('transferBatch').hasAttribute('aria-invalid')).toBe(false);
    expect(control('transferBatch').hasAttribute('aria-describedby')).toBe(false);
    expect(harness.el.shadowRoot?.querySelector('.msg'), 'no message left').toBeNull();
    expect(status()).toContain('All fields are valid');
    expect(harness.events).toHaveLength(1);
    expect(last().transferBatch).toBe(5);
  });

  it("reports '' and '1e999' with the validator's message", async () => {
    await change('release.horizon', '');
    expect(messageOf(control('release.horizon'))).toBe('Horizon: "" is not allowed; it must be a number, more than 0 and at most 1,000,000,000');
    await change('replications', '1e999');
    expect(messageOf(control('replications'))).toBe('Replications: "1e999" is not allowed; it must be a whole number from 1 to 1000');
    expect(harness.events).toHaveLength(0);
  });

  it('shows a cross-field problem at the field to change', async () => {
    await change('release.warmup', '20000');
    expect(messageOf(control('release.warmup'))).toBe('Warm-up: 20000 is not allowed; it must be less than Horizon (10,000)');
  });

  it('shows a problem with a whole distribution at its select', async () => {
    await change('release.interarrival.dist', 'deterministic');
    expect(last().release).toMatchObject({ interarrival: { dist: 'deterministic', value: 4.2 } });
    await change('release.interarrival.value', '0');
    const select = control('release.interarrival.dist');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(select)).toBe(
      'Inter-arrival time: {"dist":"deterministic","value":0} is not allowed; its mean must be more than 0 (units cannot all arrive at the same instant)',
    );
  });

  it('switches distribution and release mode, showing only the fields that apply', async () => {
    await change('stations[0].setupTime.dist', 'uniform');
    expect(hasControl('stations[0].setupTime.min') && hasControl('stations[0].setupTime.max')).toBe(true);
    expect(hasControl('stations[0].setupTime.value')).toBe(false);
    expect(last().stations[0]?.setupTime).toEqual({ dist: 'uniform', min: 0, max: 0 });

    await change('release.mode', 'order');
    expect(hasControl('release.quantity')).toBe(true);
    expect(hasControl('release.horizon')).toBe(false);
    expect(last().release).toEqual({ mode: 'order', quantity: 100 });
  });

  it('adds, moves and removes stations', async () => {
    await click('Add station');
    expect(last().stations.map((s) => s.name)).toEqual(['Cut', 'Bend', 'Weld', 'Paint', 'Pack', 'Station 6']);
    expect(harness.el.shadowRoot?.activeElement?.id, 'focus on the new name').toBe('stations[5].name');

    await click('Move Cut down');
    expect(last().stations.map((s) => s.name).slice(0, 2)).toEqual(['Bend', 'Cut']);
    expect(harness.el.shadowRoot?.activeElement?.getAttribute('aria-label'), 'focus follows the station').toBe('Move Cut down');

    await click('Remove station Bend');
    expect(last().stations.map((s) => s.name)).toEqual(['Cut', 'Weld', 'Paint', 'Pack', 'Station 6']);
    expect(button('Move Cut up').disabled, 'first station').toBe(true);
    expect(button('Move Station 6 down').disabled, 'last station').toBe(true);
  });

  it('keeps at least one station', async () => {
    for (const name of ['Cut', 'Bend', 'Weld', 'Paint']) await click(`Remove station ${name}`);
    expect(last().stations.map((s) => s.name)).toEqual(['Pack']);
    expect(button('Remove station Pack').disabled).toBe(true);
    expect(hasControl('moveTime.dist'), 'no move time with one station').toBe(false);
  });

  it('shows a name typed by a user as text only', async () => {
    const name = '<img src=x onerror=alert(1)>';
    await change('stations[0].name', name);
    expect(last().stations[0]?.name).toBe(name);
    const root = harness.el.shadowRoot;
    expect(root?.querySelector('img'), 'no element made from the name').toBeNull();
    expect(root?.querySelector('fieldset.station legend')?.textContent).toContain(name);
    expect(button(`Remove station ${name}`).getAttribute('aria-label')).toBe(`Remove station ${name}`);
  });

  it('reports a duplicate name at the renamed station', async () => {
    await change('stations[3].name', 'Cut');
    expect(messageOf(control('stations[3].name'))).toBe('Station 4 · Cut · Name: "Cut" is not allowed; it must be unique: Station 1 · Cut has the same name');
  });

  it("resets to the lesson's scenario, announcing it", async () => {
    await change('transferBatch', '0');
    await change('stations[1].name', 'Press');
    await click("Reset to the lesson's scenario");
    expect(control('transferBatch').value).toBe('10');
    expect(control('stations[1].name').value).toBe('Bend');
    expect(control('transferBatch').hasAttribute('aria-invalid')).toBe(false);
    expect(last().transferBatch).toBe(10);
    expect(last().stations[1]?.name).toBe('Bend');
  });

  it('keeps the draft when the owner passes an announced scenario back', async () => {
    await change('stations[0].processTime.mean', '3');
    harness.el.scenario = last();
    await settle(harness.el);
    await click("Reset to the lesson's scenario");
    expect(last().stations[0]?.processTime, 'reset still goes to the lesson').toEqual({ dist: 'exponential', mean: 2 });
  });

  it('labels every control, in the same shadow root', () => {
    for (const root of roots(harness.el)) {
      for (const c of root.querySelectorAll('input, select')) {
        expect(root.querySelector(`label[for="${c.id}"]`), `label for ${c.id}`).not.toBeNull();
      }
    }
    const legends = [...(harness.el.shadowRoot?.querySelectorAll('fieldset.station legend') ?? [])].map((l) => l.textContent?.trim());
    expect(legends).toEqual(['Station 1: Cut', 'Station 2: Bend', 'Station 3: Weld', 'Station 4: Paint', 'Station 5: Pack']);
  });

  it('says why it cannot edit a launch scenario', async () => {
    harness.el.scenario = { version: 1, model: 'launch' };
    await settle(harness.el);
    expect(status()).toContain('cannot be edited');
  });
});
