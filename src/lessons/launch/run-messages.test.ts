import { describe, expect, it } from 'vitest';
import { formFromScenario, validateLaunchForm } from './launch-form.ts';
import { coordinateRun, isFromCoordinator, readRunMessage, type FromCoordinator } from './run-messages.ts';
import { seedCase } from './test-fixtures.ts';

function runMessage(replications = 200) {
  const v = validateLaunchForm(formFromScenario(seedCase({ replications }), { from: 0, to: 30000, step: 10000 }));
  if (!v.ok) throw new Error('invalid');
  return { type: 'run', scenario: v.scenario, sweepScenario: v.sweepScenario, quantities: v.quantities };
}

describe('messages between the launch screen and its worker', () => {
  it('the worker runs a valid request and posts well-formed messages ending with the result', async () => {
    const posted: FromCoordinator[] = [];
    await coordinateRun(runMessage(), () => null, (m) => posted.push(structuredClone(m)));
    expect(posted.length).toBeGreaterThan(2);
    expect(posted.every(isFromCoordinator)).toBe(true);
    const last = posted.at(-1)!;
    expect(last.type).toBe('done');
    if (last.type === 'done') expect(last.result.output.replications).toBe(200);
  });

  it('the worker refuses a request whose scenario is not valid, with no run', async () => {
    const bad = { ...runMessage(), scenario: { ...runMessage().scenario, horizon: -1 } };
    expect(readRunMessage(bad)).toBeNull();
    const posted: FromCoordinator[] = [];
    await coordinateRun(bad, () => null, (m) => posted.push(m));
    expect(posted).toEqual([{ type: 'error', message: 'the worker was sent something that is not a valid launch run' }]);
  });

  it('the screen refuses malformed messages', () => {
    expect(isFromCoordinator(null)).toBe(false);
    expect(isFromCoordinator({ type: 'progress', progress: { phase: 'strategies', done: '1', total: 2, fraction: 0 } })).toBe(false);
    expect(isFromCoordinator({ type: 'progress', progress: { phase: 'sweep', done: 1, total: 2, fraction: 0.5 } })).toBe(true);
    expect(isFromCoordinator({ type: 'sweep', view: { done: 1, total: 2, newsvendorQ: 3, best: null, points: [{ q0: 1, meanProfit: 2, probLoss: 0, cvar5: 'x' }] } })).toBe(false);
    expect(isFromCoordinator({ type: 'error', message: 'boom' })).toBe(true);
    expect(isFromCoordinator({ type: 'done', result: {} })).toBe(false);
    expect(isFromCoordinator({ type: 'other' })).toBe(false);
  });
});
