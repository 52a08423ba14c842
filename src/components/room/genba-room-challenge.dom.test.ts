/**
 * The phone's challenge form: the parameters of the open challenge, a run off the main thread
 * (challenge-run.ts, replaced here by a controllable stand-in) with progress and Cancel, and
 * the submission carrying parameters only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChallengeFigures, ChallengeRequest } from '../../room/challenge-scenario.ts';
import type { StepView } from '../../room/protocol.ts';

const calls: { request: ChallengeRequest; signal: AbortSignal; onProgress: (f: number) => void; finish: (f: ChallengeFigures) => void }[] = [];
vi.mock('./challenge-run.ts', () => ({
  runChallengeInWorker: (request: ChallengeRequest, o: { signal: AbortSignal; onProgress: (f: number) => void }) =>
    new Promise<ChallengeFigures>((resolve, reject) => {
      o.signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
      calls.push({ request, signal: o.signal, onProgress: o.onProgress, finish: resolve });
    }),
}));

const { GenbaRoomChallenge } = await import('./genba-room-challenge.ts');
const { mount } = await import('../charts/chart-test-helpers.ts');

afterEach(() => {
  document.body.replaceChildren();
  calls.length = 0;
});

const pullStep: StepView = { no: 3, kind: 'challenge', challenge: 'pull', target: 0.8, closed: false, revealed: false };
const launchStep: StepView = { no: 4, kind: 'challenge', challenge: 'launch', target: 1_000_000, lossCap: 0.1, closed: false, revealed: false };

async function make(step: StepView): Promise<InstanceType<typeof GenbaRoomChallenge>> {
  const el = document.createElement('genba-room-challenge');
  el.step = step;
  await mount(el);
  return el;
}
const $ = (el: HTMLElement, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement & { value: string };
const type = async (el: InstanceType<typeof GenbaRoomChallenge>, sel: string, value: string) => {
  const input = $(el, sel);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
};

describe('genba-room-challenge', () => {
  it('runs lesson 4’s cap off the main thread with progress, and can cancel it', async () => {
    const el = await make(pullStep);
    expect($(el, 'h2').textContent).toBe('Challenge: the smallest WIP cap that still delivers 0.8 units/h or more');
    await type(el, '#cap', '6');
    $(el, '#run-here').click();
    await el.updateComplete;
    expect(calls[0]?.request).toEqual({ kind: 'pull', wipCap: 6 });
    calls[0]?.onProgress(0.25);
    await el.updateComplete;
    expect($(el, '#run-progress').textContent).toContain('Running on this phone: 25%');
    expect(($(el, '#run-here') as unknown as HTMLButtonElement).disabled, 'one run at a time').toBe(true);
    $(el, '#cancel-run').click();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(calls[0]?.signal.aborted).toBe(true);
    expect($(el, '#challenge-error').textContent).toBe('Run cancelled.');
    expect($(el, '#run-progress'), 'the progress is gone').toBeNull();
    expect($(el, '#own-run')).toBeNull();
  });

  it('shows its own run’s figures, and submits the parameters only', async () => {
    const el = await make(launchStep);
    await type(el, '#initial', '800');
    await type(el, '#rate', '1000');
    await type(el, '#periods', '2');
    $(el, '#run-here').click();
    await el.updateComplete;
    expect(calls[0]?.request).toEqual({ kind: 'launch', initial: 800, rate: 1000, periods: 2 });
    calls[0]?.finish({ kind: 'launch', meanProfit: 1_234_567, probLoss: 0.0525 });
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect($(el, '#own-run').textContent).toBe('On this phone: expected profit 1,234,567, a loss in 5.3% of markets.');
    const sent: unknown[] = [];
    el.addEventListener('genba-room-submit', (e) => sent.push(e.detail));
    $(el, '#submit').click();
    expect(sent).toEqual([{ launch: { initial: 800, rate: 1000, periods: 2 } }]);
  });

  it('names the field and the allowed values, and runs nothing, on bad input', async () => {
    const el = await make(launchStep);
    await type(el, '#periods', '13');
    $(el, '#run-here').click();
    await el.updateComplete;
    expect($(el, '#challenge-error').textContent).toBe('Committed months: 13 is not allowed, must be a whole number from 0 to 12.');
    expect(calls).toHaveLength(0);
    const sent: unknown[] = [];
    el.addEventListener('genba-room-submit', (e) => sent.push(e.detail));
    $(el, '#submit').click();
    expect(sent).toEqual([]);
  });
});
