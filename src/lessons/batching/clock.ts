/**
 * The playback clock: simulated time as a function of real time, never of the frame rate.
 * At speed 1× one simulated time unit (second, minute or hour, as the scenario says) passes
 * per real second; speeds go from 0.25× to 64×. The clock is a pure value: `advance` gives
 * the clock after `realMs` milliseconds, however many frames they were drawn in.
 */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64] as const;
export type Speed = (typeof SPEEDS)[number];

export interface Clock {
  readonly t: number;
  readonly end: number;
  readonly playing: boolean;
  readonly speed: Speed;
}

export function createClock(end: number, speed: Speed = defaultSpeed(end)): Clock {
  return { t: 0, end, playing: false, speed };
}

/** The speed at which the whole run plays in about 20 to 40 seconds (capped to the list). */
export function defaultSpeed(end: number): Speed {
  for (const s of SPEEDS) if (end / s <= 40) return s;
  return 64;
}

export function advance(clock: Clock, realMs: number): Clock {
  if (!clock.playing || realMs <= 0) return clock;
  const t = clock.t + (realMs / 1000) * clock.speed;
  return t >= clock.end ? { ...clock, t: clock.end, playing: false } : { ...clock, t };
}

export function play(clock: Clock): Clock {
  // Playing from the end starts again from the beginning.
  return { ...clock, playing: true, t: clock.t >= clock.end ? 0 : clock.t };
}

export function pause(clock: Clock): Clock {
  return { ...clock, playing: false };
}

export function seek(clock: Clock, t: number): Clock {
  return { ...clock, t: Math.min(clock.end, Math.max(0, Number.isFinite(t) ? t : 0)) };
}

export function reset(clock: Clock): Clock {
  return { ...clock, t: 0, playing: false };
}

export function withSpeed(clock: Clock, speed: Speed): Clock {
  return { ...clock, speed };
}

/**
 * The times at which anything happens on either line, sorted and without repeats: the
 * stops of "step forward" and "step back".
 */
export function eventTimes(...traces: readonly (readonly { t: number }[])[]): Float64Array<ArrayBuffer> {
  const all: number[] = [];
  for (const tr of traces) for (const e of tr) all.push(e.t);
  const sorted = Float64Array.from(all).sort();
  let k = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || (sorted[i] as number) !== (sorted[k - 1] as number)) sorted[k++] = sorted[i] as number;
  return sorted.slice(0, k) as Float64Array<ArrayBuffer>;
}

/** The first event time strictly after t (or `end`). */
export function nextStop(times: Float64Array, t: number, end: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo < times.length ? Math.min(times[lo] as number, end) : end;
}

/** The last event time strictly before t (or 0). */
export function previousStop(times: Float64Array, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (times[lo - 1] as number) : 0;
}
