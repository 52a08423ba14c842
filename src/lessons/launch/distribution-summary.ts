/**
 * The profit histogram's text alternative, in the language the page shows. Apart from
 * profit-histogram.ts, which the launch worker runs: the worker needs no words (and no catalogue).
 */
import { msg, str } from '@lit/localize';
import { joinSentences } from '../../i18n/text.ts';
import { formatMoney, formatShare } from './format.ts';

/** What a strategy's profit distribution is summed up by (from its result, as the CLI reports it). */
export interface DistributionFigures {
  readonly label: string;
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  readonly probLoss: number;
}

/** One sentence per strategy for the histogram's text alternative. */
export function distributionSummary(series: readonly DistributionFigures[]): string {
  return joinSentences(
    series.map((s, i) => {
      const label = s.label;
      const [p5, p95, median] = [formatMoney(s.p5), formatMoney(s.p95), formatMoney(s.p50)];
      const loss = formatShare(s.probLoss);
      return i === 0
        ? msg(str`${label}: 90% of markets make between ${p5} and ${p95} (median ${median}), and ${loss} make a loss.`)
        : msg(str`${label}: 90% between ${p5} and ${p95} (median ${median}), and ${loss} make a loss.`);
    }),
  );
}
