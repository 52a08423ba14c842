/**
 * What the screen says while a run goes (QUALITY A8, W2): progress at coarse steps (every
 * quarter, at most once every 5 s), a guess of the time left, and the result in one sentence,
 * said once.
 */
import { msg, str } from '@lit/localize';
import { formatMoney, formatShare, formatWhole } from './format.ts';
import type { LessonResult } from './lesson-run.ts';
import { strategyLabel } from './strategies.ts';

/** Least time between two progress announcements, in ms. */
export const ANNOUNCE_INTERVAL_MS = 5000;

/** Decides which progress updates are announced: a new quarter reached, and 5 s since the last one. */
export class ProgressAnnouncer {
  private lastStep = 0;
  private lastAt = Number.NEGATIVE_INFINITY;

  /** The announcement for this update, or null to stay quiet. */
  update(fraction: number, now: number): string | null {
    const step = Math.min(3, Math.floor(fraction * 4));
    if (step <= this.lastStep || now - this.lastAt < ANNOUNCE_INTERVAL_MS) return null;
    this.lastStep = step;
    this.lastAt = now;
    const done = formatShare(step / 4, 0);
    return msg(str`Running: ${done} done.`);
  }

  /** Call when a run starts (counts from then). */
  start(now: number): void {
    this.lastStep = 0;
    this.lastAt = now;
  }
}

/** Seconds left at this pace, once the run is far enough along to guess (5% done and 1 s gone); else null. */
export function secondsLeft(elapsedMs: number, fraction: number): number | null {
  if (fraction < 0.05 || elapsedMs < 1000 || fraction >= 1) return null;
  return ((elapsedMs / fraction) * (1 - fraction)) / 1000;
}

/** The result in one sentence, in the page's language. */
export function resultAnnouncement(result: LessonResult): string {
  const { launch, pilot } = result.strategies;
  const part = (f: typeof launch) => {
    const strategy = strategyLabel(f.key, f.q0);
    const mean = formatMoney(f.result.profit.mean);
    const loss = formatShare(f.result.probLoss);
    return msg(str`${strategy} earns ${mean} on average and makes a loss in ${loss} of markets`);
  };
  const markets = formatWhole(result.output.replications);
  const first = part(launch);
  const second = part(pilot);
  return msg(str`Done: ${markets} markets. ${first}; ${second}.`);
}

/** A version-2 result in one sentence, for the two strategies compared (names as shown). */
export function strategiesAnnouncement(markets: number, compared: readonly { readonly name: string; readonly mean: number; readonly probLoss: number }[]): string {
  const parts = compared.map((c) => {
    const strategy = c.name;
    const mean = formatMoney(c.mean);
    const loss = formatShare(c.probLoss);
    return msg(str`${strategy} earns ${mean} on average and makes a loss in ${loss} of markets`);
  });
  const count = formatWhole(markets);
  const first = parts[0] ?? '';
  const second = parts[1] ?? '';
  return msg(str`Done: ${count} markets. ${first}; ${second}.`);
}
