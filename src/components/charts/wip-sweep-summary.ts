/**
 * The data of `genba-wip-sweep-chart` (lesson 4: throughput and flow time per WIP cap, each a
 * mean with its 95% CI, and the Hopp–Spearman reference curves) and its one-sentence text
 * summary: the critical WIP, where more WIP stops buying throughput (the knee: the smallest
 * cap with 95% of the highest mean throughput), and what the largest cap costs in flow time.
 */
import { msg, str } from '@lit/localize';
import { formatNumber, timeUnitSuffix, type TimeUnit } from './format.ts';
import type { WipSweep } from '../../lessons/pull/wip-sweep.ts';
import { criticalWip } from '../../lessons/pull/reference-curves.ts';
import { kneeCap } from '../../lessons/pull/wip-sweep.ts';

export type { WipSweep, WipSweepPoint } from '../../lessons/pull/wip-sweep.ts';

export interface WipSweepSummaryInput {
  readonly sweep: WipSweep;
  readonly timeUnit: TimeUnit;
}

/**
 * E.g. "WIP-cap sweep: critical WIP 4.0; throughput reaches 95% of its highest, 0.45 an hour, at a cap of 8
 * (flow time 17.9 h); at a cap of 12 it is 0.45 an hour with a flow time of 25.8 h."
 */
export function wipSweepSummary({ sweep, timeUnit }: WipSweepSummaryInput): string {
  const knee = kneeCap(sweep);
  const at = sweep.points.find((p) => p.cap === knee);
  const last = sweep.points.at(-1);
  if (!at || !last) return msg('WIP-cap sweep: no data.');
  const unit = timeUnitSuffix(timeUnit);
  const w0 = formatNumber(criticalWip(sweep.constants));
  const kneeTh = formatNumber(at.throughput.mean, 3);
  const kneeFt = formatNumber(at.flowTime.mean);
  const lastCap = last.cap;
  const lastTh = formatNumber(last.throughput.mean, 3);
  const lastFt = formatNumber(last.flowTime.mean);
  const kneeCapValue = at.cap;
  return msg(
    str`WIP-cap sweep: critical WIP ${w0}; throughput reaches 95% of its highest, ${kneeTh} per ${unit}, at a cap of ${kneeCapValue} (flow time ${kneeFt} ${unit}); at a cap of ${lastCap} it is ${lastTh} per ${unit} with a flow time of ${lastFt} ${unit}.`,
  );
}
