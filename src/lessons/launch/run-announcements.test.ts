import { describe, expect, it } from 'vitest';
import { ProgressAnnouncer, resultAnnouncement, secondsLeft } from './run-announcements.ts';
import type { LessonResult } from './lesson-run.ts';

describe('what a run announces', () => {
  it('announces each new quarter, but not twice within 5 s', () => {
    const a = new ProgressAnnouncer();
    a.start(0);
    expect(a.update(0.1, 1000)).toBeNull(); // no new quarter
    expect(a.update(0.3, 2000)).toBeNull(); // a quarter, but only 2 s after the start
    expect(a.update(0.3, 5000)).toBe('Running: 25% done.');
    expect(a.update(0.55, 6000)).toBeNull(); // too soon
    expect(a.update(0.8, 10_000)).toBe('Running: 75% done.');
    expect(a.update(1, 20_000)).toBeNull(); // the end is the result's to say
  });

  it('guesses the time left from the pace so far', () => {
    expect(secondsLeft(2000, 0.25)).toBe(6);
    expect(secondsLeft(500, 0.5)).toBeNull();
    expect(secondsLeft(5000, 0.01)).toBeNull();
  });

  it('says the result in one sentence', () => {
    const figures = (key: 'launch' | 'pilot', q0: number, mean: number, probLoss: number) => ({ key, q0, counts: [], result: { profit: { mean }, probLoss } });
    const result = {
      output: { replications: 10000 },
      strategies: { launch: figures('launch', 30000, 1059364.1, 0.4957), pilot: figures('pilot', 500, 1060527.4, 0) },
    } as unknown as LessonResult;
    expect(resultAnnouncement(result)).toBe(
      'Done: 10,000 markets. Launch 30,000 earns 1,059,364 on average and makes a loss in 49.6% of markets; Pilot 500 earns 1,060,527 on average and makes a loss in 0.0% of markets.',
    );
  });
});
