/**
 * The replay's clock against what it shows (issue 16): after a pause the timeline shows the
 * clock's time as it is, and a step back moves exactly one event back from that time. Before
 * the fix the timeline had a step of 1/1000 of the run, which a browser snaps its value to
 * (`validity.stepMismatch` is what it snaps): a pause between two events showed a rounded
 * time, and a step back to an event inside the same step left the time shown where it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runPair } from '../../lessons/batching/paired-run.ts';
import { pairReplay } from '../../lessons/batching/replay.ts';
import { eventTimes, previousStop } from '../../lessons/batching/clock.ts';
import { flowScenario } from '../../lessons/batching/test-fixtures.ts';
import './genba-paired-replay.ts';
import type { GenbaPairedReplay } from './genba-paired-replay.ts';

/** Five stations with random times: events fall anywhere, many closer together than 1/1000 of the run. */
const scenario = flowScenario({
  version: 1,
  model: 'flow-line',
  seed: 'replay-clock',
  timeUnit: 'minute',
  stations: [1, 2, 3, 4, 5].map((i) => ({ name: `S${i}`, processTime: { dist: 'exponential', mean: 1 } })),
  transferBatch: 5,
  release: { mode: 'order', quantity: 40 },
});
const pair = runPair(scenario, 0);
const stops = eventTimes(pair.batch.run.trace?.events ?? [], pair.flow.run.trace?.events ?? []);

async function mount(): Promise<{ replay: GenbaPairedReplay; timeline: HTMLInputElement }> {
  const replay = document.createElement('genba-paired-replay');
  replay.pair = { batch: pair.batch, flow: pair.flow, replays: pairReplay(pair) };
  document.body.append(replay);
  await replay.updateComplete;
  const controls = replay.shadowRoot!.querySelector('genba-playback-controls')!;
  await controls.updateComplete;
  return { replay, timeline: controls.shadowRoot!.querySelector<HTMLInputElement>('#timeline')! };
}

/** The time the timeline shows once the controls have rendered. */
async function shown(replay: GenbaPairedReplay, timeline: HTMLInputElement): Promise<number> {
  await replay.shadowRoot!.querySelector('genba-playback-controls')!.updateComplete;
  return Number(timeline.value);
}

afterEach(() => document.body.replaceChildren());

describe('genba-paired-replay: the clock and the time shown', () => {
  it('has events closer together than a thousandth of the run (the case that went wrong)', () => {
    const end = pair.end;
    const close = stops.filter((t, i) => i > 0 && t - (stops[i - 1] as number) < end / 1000).length;
    expect(close).toBeGreaterThan(10);
  });

  it('after play and pause, shows the paused time as it is, and each step back moves one event back from it', async () => {
    const { replay, timeline } = await mount();
    replay.command({ type: 'speed', speed: 64 });
    replay.command({ type: 'play' });
    await new Promise((resolve) => setTimeout(resolve, 150));
    replay.command({ type: 'pause' });
    const paused = await shown(replay, timeline);
    expect(paused).toBeGreaterThan(0);
    expect(paused).toBe(replay.time);
    // A value with a step mismatch is one the browser would show rounded to the step.
    expect(timeline.validity.stepMismatch).toBe(false);
    let from = paused;
    for (let i = 0; i < 5; i++) {
      replay.command({ type: 'step-back' });
      const now = await shown(replay, timeline);
      expect(now).toBe(previousStop(stops, from));
      expect(now).toBeLessThan(from);
      expect(now).toBe(replay.time);
      expect(timeline.validity.stepMismatch).toBe(false);
      from = now;
    }
  });

  it('steps back one event from a time between two events that are closer than a thousandth of the run', async () => {
    const { replay, timeline } = await mount();
    const i = stops.findIndex((t, k) => k > 0 && t - (stops[k - 1] as number) < pair.end / 1000);
    const [before, after] = [stops[i - 1] as number, stops[i] as number];
    replay.seekTo((before + after) / 2);
    expect(await shown(replay, timeline)).toBe((before + after) / 2);
    replay.command({ type: 'step-back' });
    expect(await shown(replay, timeline)).toBe(before);
    expect(timeline.validity.stepMismatch).toBe(false);
    replay.command({ type: 'step-forward' });
    expect(await shown(replay, timeline)).toBe(after);
  });
});
