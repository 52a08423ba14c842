/**
 * "The fish that got away always looks big." After a good market, the pilot's missed sales
 * look large; before the decision, they are worth only what a full launch would have earned
 * in that market, weighed by its chance, less what the full launch loses in the other
 * markets, weighed by theirs. This module computes both views from the two strategies'
 * results, by linearity of the mean over the market states:
 *
 *   E[launch − pilot] = Σ_s share_s × (mean_s(launch) − mean_s(pilot))
 *                     = share_good × gapGood − Σ_{s ≠ good} share_s × (mean_s(pilot) − mean_s(launch)).
 *
 * Shares are the observed shares of the run, so the identity holds for the figures shown
 * (up to rounding).
 */
import { msg, str } from '@lit/localize';
import type { LaunchQuantityResult, LaunchStateResult } from '../../sim/launch/monte-carlo.ts';
import type { MarketState } from '../../sim/launch/types.ts';
import { formatMoney, formatShare } from './format.ts';
import { strategyLabel } from './strategies.ts';

export interface Hindsight {
  /** The state with the highest demand level (the first listed, on a tie). */
  readonly goodState: string;
  /** Its observed share of markets. */
  readonly goodShare: number;
  /** The pilot's mean lost opportunity in a good market: how big the fish looks afterwards. */
  readonly missedInGood: number;
  /** Mean profit of the launch minus that of the pilot, in a good market: what launching would really have added. */
  readonly gapInGood: number;
  /** goodShare × gapInGood: that gap, weighed by the chance of a good market. */
  readonly expectedGainInGood: number;
  /** Σ over the other states of share × (pilot − launch mean profit): what launching costs elsewhere, weighed. */
  readonly expectedLossElsewhere: number;
  /** Mean profit of the launch minus that of the pilot over all markets: the expected cost of piloting, before deciding (negative: the pilot earns more). */
  readonly expectedGap: number;
  /** The pilot's mean lost opportunity over all markets. */
  readonly expectedMissed: number;
}

function stateOf(result: LaunchQuantityResult, name: string): LaunchStateResult | undefined {
  return Object.hasOwn(result.byState, name) ? result.byState[name] : undefined;
}

/** The state a forecast calls good: the highest level, the first listed on a tie. */
export function goodStateOf(states: readonly MarketState[]): MarketState | null {
  let best: MarketState | null = null;
  for (const s of states) if (best === null || s.level > best.level) best = s;
  return best;
}

/**
 * Both views of the missed sales, or null when no replication met the good market (there is
 * then nothing seen after the fact).
 */
export function hindsightOf(
  states: readonly MarketState[],
  launch: LaunchQuantityResult,
  pilot: LaunchQuantityResult,
): Hindsight | null {
  const good = goodStateOf(states);
  if (good === null) return null;
  const launchGood = stateOf(launch, good.name);
  const pilotGood = stateOf(pilot, good.name);
  if (!launchGood || !pilotGood || launchGood.replications === 0) return null;
  const gapInGood = (launchGood.profit.mean as number) - (pilotGood.profit.mean as number);
  let expectedLossElsewhere = 0;
  for (const s of states) {
    if (s.name === good.name) continue;
    const l = stateOf(launch, s.name);
    const p = stateOf(pilot, s.name);
    if (!l || !p || l.replications === 0) continue;
    expectedLossElsewhere += l.probability * ((p.profit.mean as number) - (l.profit.mean as number));
  }
  return {
    goodState: good.name,
    goodShare: launchGood.probability,
    missedInGood: pilotGood.lostOpportunity.mean as number,
    gapInGood,
    expectedGainInGood: launchGood.probability * gapInGood,
    expectedLossElsewhere,
    expectedGap: launch.profit.mean - pilot.profit.mean,
    expectedMissed: pilot.lostOpportunity.mean,
  };
}

/** One sentence for the hindsight chart's text alternative. */
export function hindsightSummary(h: Hindsight, launchQ0: number, pilotQ0: number): string {
  const pilot = strategyLabel('pilot', pilotQ0);
  const launch = strategyLabel('launch', launchQ0);
  const good = h.goodState;
  const missed = formatMoney(h.missedInGood);
  const gap = formatMoney(h.gapInGood);
  const share = formatShare(h.goodShare);
  const gain = formatMoney(h.expectedGainInGood);
  const loss = formatMoney(h.expectedLossElsewhere);
  const cost = formatMoney(h.expectedGap);
  const earns = formatMoney(-h.expectedGap);
  return h.expectedGap > 0
    ? msg(
        str`After a ${good} market, ${pilot} has missed ${missed} of margin, of which ${launch} would have earned ${gap} more; weighed by the chance of a ${good} market (${share}) that is ${gain}, against ${loss} that launching loses in the other markets, weighed by theirs, so before deciding, piloting is expected to cost ${cost}.`,
      )
    : msg(
        str`After a ${good} market, ${pilot} has missed ${missed} of margin, of which ${launch} would have earned ${gap} more; weighed by the chance of a ${good} market (${share}) that is ${gain}, against ${loss} that launching loses in the other markets, weighed by theirs, so before deciding, piloting is expected to cost nothing: it earns ${earns} more on average.`,
      );
}

/** A bar of the hindsight chart: from what the fish looks like to what it was worth. */
export interface HindsightRow {
  readonly key: 'missed' | 'gap' | 'weighedGain' | 'lossElsewhere' | 'expected';
  readonly label: string;
  /** Money; negative where it counts against launching. */
  readonly value: number;
  /** 'opportunity': margin not earned (no cash); 'cash': real loss; 'net': the expectation. */
  readonly kind: 'opportunity' | 'cash' | 'net';
}

/** The hindsight chart's rows, top to bottom: after the fact, then weighed, then the expectation. */
export function hindsightRows(h: Hindsight, launchQ0: number, pilotQ0: number): HindsightRow[] {
  const pilot = strategyLabel('pilot', pilotQ0);
  const launch = strategyLabel('launch', launchQ0);
  const good = h.goodState;
  const share = formatShare(h.goodShare);
  return [
    { key: 'missed', label: msg(str`After a ${good} market: margin ${pilot} never earned`), value: h.missedInGood, kind: 'opportunity' },
    { key: 'gap', label: msg(str`… of which ${launch} would have earned there`), value: h.gapInGood, kind: 'opportunity' },
    { key: 'weighedGain', label: msg(str`× the chance of a ${good} market (${share})`), value: h.expectedGainInGood, kind: 'opportunity' },
    { key: 'lossElsewhere', label: msg(str`− what ${launch} loses in the other markets, × their chance`), value: -h.expectedLossElsewhere, kind: 'cash' },
    { key: 'expected', label: msg('= expected cost of piloting, before deciding'), value: h.expectedGap, kind: 'net' },
  ];
}
