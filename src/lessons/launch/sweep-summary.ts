/**
 * The sweep chart's text alternative, in the language the page shows. Apart from
 * sweep-series.ts, which the launch worker runs: the worker needs no words (and no catalogue).
 */
import { msg, str } from '@lit/localize';
import { formatMoney, formatShare, formatWhole } from './format.ts';
import type { SweepPoint, SweepView } from './sweep-series.ts';

/** One sentence for the sweep chart's text alternative. */
export function sweepSummary(view: SweepView): string {
  const points = view.points;
  if (points.length === 0) return msg('No launch quantity has been evaluated yet.');
  const from = formatWhole((points[0] as SweepPoint).q0);
  const to = formatWhole((points[points.length - 1] as SweepPoint).q0);
  const riskAt = (q0: number) => points.find((p) => p.q0 === q0);
  if (view.best === null) {
    const top = points.reduce((a, b) => (b.meanProfit > a.meanProfit ? b : a));
    const done = formatWhole(view.done);
    const total = formatWhole(view.total);
    const q0 = formatWhole(top.q0);
    const profit = formatMoney(top.meanProfit);
    const loss = formatShare(top.probLoss);
    return msg(
      str`From Q0 ${from} to ${to} (partial, ${done} of ${total} markets): expected profit is highest so far at Q0 ${q0} (${profit}), with a loss in ${loss} of markets.`,
    );
  }
  const byMean = riskAt(view.best.byExpectedProfit) as SweepPoint;
  const byCvar = riskAt(view.best.byCvar5) as SweepPoint;
  const meanQ0 = formatWhole(byMean.q0);
  const profit = formatMoney(byMean.meanProfit);
  const loss = formatShare(byMean.probLoss);
  const cvarQ0 = formatWhole(byCvar.q0);
  const cvar = formatMoney(byCvar.cvar5);
  const newsvendor = formatWhole(view.newsvendorQ);
  return msg(
    str`From Q0 ${from} to ${to}: expected profit is highest at Q0 ${meanQ0} (${profit}, a loss in ${loss} of markets); the worst 5% of markets are least bad at Q0 ${cvarQ0} (CVaR 5% ${cvar}); the single-period newsvendor quantity is ${newsvendor}.`,
  );
}
