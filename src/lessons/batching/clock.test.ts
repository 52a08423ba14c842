import { describe, expect, it } from 'vitest';
import { advance, createClock, defaultSpeed, eventTimes, nextStop, pause, play, previousStop, reset, seek, withSpeed } from './clock.ts';

describe('the playback clock', () => {
  it('moves simulated time by real time × speed, whatever the frame rate', () => {
    const playing = play(createClock(100, 2));
    // One second in 60 frames or in 3 frames: the same place.
    let a = playing;
    for (let i = 0; i < 60; i++) a = advance(a, 1000 / 60);
    let b = playing;
    for (const ms of [500, 250, 250]) b = advance(b, ms);
    expect(a.t).toBeCloseTo(2, 9);
    expect(b.t).toBe(2);
  });
  it('stops at the end, and plays again from the start', () => {
    const c = advance(play(createClock(10, 4)), 5000);
    expect(c).toMatchObject({ t: 10, playing: false });
    expect(play(c).t).toBe(0);
  });
  it('does not move when paused; seek clamps; reset goes to 0 and pauses', () => {
    const c = pause(play(createClock(10, 1)));
    expect(advance(c, 1000).t).toBe(0);
    expect(seek(c, 50).t).toBe(10);
    expect(seek(c, -3).t).toBe(0);
    expect(seek(c, Number.NaN).t).toBe(0);
    expect(reset(advance(play(c), 3000))).toMatchObject({ t: 0, playing: false });
    expect(withSpeed(c, 64).speed).toBe(64);
  });
  it('picks a speed that plays the run in 40 s or less', () => {
    expect(defaultSpeed(23)).toBe(1);
    expect(defaultSpeed(132)).toBe(4);
    expect(defaultSpeed(10_000)).toBe(64);
  });
  it('steps between the distinct event times of both lines', () => {
    const times = eventTimes([{ t: 0 }, { t: 1 }, { t: 1 }, { t: 3 }], [{ t: 2 }, { t: 3 }]);
    expect([...times]).toEqual([0, 1, 2, 3]);
    expect(nextStop(times, 1, 10)).toBe(2);
    expect(nextStop(times, 1.5, 10)).toBe(2);
    expect(nextStop(times, 3, 10)).toBe(10);
    expect(previousStop(times, 2)).toBe(1);
    expect(previousStop(times, 0)).toBe(0);
  });
});
