/**
 * The two strategies of lesson 3: a full launch on the forecast, or a pilot batch and
 * scale-up. Each is a launch quantity Q0 of the same scenario; the policy after launch is the
 * same for both (MODEL.md), so only Q0 tells them apart.
 */
import { msg, str } from '@lit/localize';
import { formatWhole } from './format.ts';

export type StrategyKey = 'launch' | 'pilot';

/** In the order the screen shows them: the forecast's answer first, as Ohno posed it. */
export const STRATEGY_KEYS: readonly StrategyKey[] = ['launch', 'pilot'];

/** The launch quantities of the two strategies; the pilot is the smaller. */
export interface StrategyQuantities {
  readonly launch: number;
  readonly pilot: number;
}

/** "Launch 30,000" / "Pilot 500", in the page's language ("上市 30,000" / "试产 500"). */
export function strategyLabel(key: StrategyKey, q0: number): string {
  const quantity = formatWhole(q0);
  return key === 'launch' ? msg(str`Launch ${quantity}`) : msg(str`Pilot ${quantity}`);
}

const WHOLE_EN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "Launch 30,000" / "Pilot 500" in English whatever the page shows: for files (CSV), which stay English. */
export function strategyFileLabel(key: StrategyKey, q0: number): string {
  return `${key === 'launch' ? 'Launch' : 'Pilot'} ${WHOLE_EN.format(q0)}`;
}

/** The two quantities in the order a scenario lists them for the CLI: pilot, then launch. */
export function quantitiesInFileOrder(q: StrategyQuantities): [number, number] {
  return [q.pilot, q.launch];
}
