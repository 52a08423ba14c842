/**
 * Lesson 4's prediction: which line delivers more (throughput) and which holds less work in
 * progress, pushed or pulled, or about the same. Two figures within 3% of each other count as
 * "about the same": one run's luck should not make a trainee wrong.
 */
import type { LineOutcome } from './paired-run.ts';

export type PullChoice = 'push' | 'pull' | 'same';

export interface PullPrediction {
  /** Which line delivers more units per hour (finishes the order first)? */
  readonly deliveries: PullChoice;
  /** Which line holds less work in progress? */
  readonly lessWip: PullChoice;
}

/** Relative difference under which two figures are "about the same". */
export const SAME_WITHIN = 0.03;

function compare(push: number, pull: number, higherWins: boolean): PullChoice {
  const top = Math.max(Math.abs(push), Math.abs(pull));
  if (top === 0 || Math.abs(push - pull) <= SAME_WITHIN * top) return 'same';
  return push > pull === higherWins ? 'push' : 'pull';
}

export function pullOutcome(push: LineOutcome, pull: LineOutcome): PullPrediction {
  return { deliveries: compare(push.throughput, pull.throughput, true), lessWip: compare(push.wip, pull.wip, false) };
}

const isChoice = (v: unknown): v is PullChoice => v === 'push' || v === 'pull' || v === 'same';

/** A prediction from untrusted data (a link), or null when it is not one. */
export function pullPredictionOf(value: unknown): PullPrediction | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined);
  const deliveries = own('deliveries');
  const lessWip = own('lessWip');
  return isChoice(deliveries) && isChoice(lessWip) ? { deliveries, lessWip } : null;
}
