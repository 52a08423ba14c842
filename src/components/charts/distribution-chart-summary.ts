/**
 * The data of `genba-distribution-chart`, its per-series statistics (n, mean ± CI, p50,
 * p90) and its one-sentence text summary, which also says which series has the lowest
 * mean and by how much.
 */
import { mean as d3mean, quantile } from 'd3-array';
import { msg, str } from '@lit/localize';
import { joinClauses } from '../../i18n/text.ts';
import { formatCount, formatNumber, formatPercent, formatTime, timeUnitSuffix, type TimeUnit } from './format.ts';
import type { SeriesKey } from './palette.ts';

export interface DistributionSeries {
  /** 'batch' and 'flow' take their palette colour, dash and marker; any other key a grey. */
  readonly key: SeriesKey | (string & {});
  readonly label: string;
  /** E.g. the lead time of each unit of one run, or one mean per replication. */
  readonly values: readonly number[];
  /** The mean to mark, e.g. one the Monte Carlo pooled exactly; default: the values' mean. */
  readonly mean?: number;
  /** Half-width of the 95% confidence interval of the mean; drawn as a bar when given. */
  readonly ci95?: number;
}

export interface DistributionFacts {
  readonly n: number;
  readonly mean: number;
  readonly ci95: number | undefined;
  /** Quantiles as d3-array's `quantile` (R-7, linear between order statistics). */
  readonly p50: number;
  readonly p90: number;
}

/** Statistics of one series; null when it has no finite values. */
export function distributionFacts(series: DistributionSeries): DistributionFacts | null {
  const values = series.values.filter(Number.isFinite);
  if (values.length === 0) return null;
  return {
    n: values.length,
    mean: series.mean ?? (d3mean(values) as number),
    ci95: series.ci95,
    p50: quantile(values, 0.5) as number,
    p90: quantile(values, 0.9) as number,
  };
}

export interface DistributionSummaryInput {
  readonly series: readonly DistributionSeries[];
  /** What the values are, e.g. 'Lead time per unit'. */
  readonly xLabel: string;
  readonly timeUnit: TimeUnit;
}

/**
 * E.g. "Lead time: Batch (n = 50) mean 42.1 ± 3.2 min, p50 40.0 min, p90 55.3 min;
 * One-piece flow (n = 50) … ; One-piece flow has the lower mean, 21.6 min (51%) below Batch."
 */
export function distributionChartSummary({ series, xLabel, timeUnit }: DistributionSummaryInput): string {
  if (series.length === 0) return msg(str`${xLabel}: no data.`);
  const t = (v: number): string => formatTime(v, timeUnit);
  const facts = series.map((s) => ({ label: s.label, f: distributionFacts(s) }));
  const parts = facts.map(({ label, f }) => {
    if (f === null) return msg(str`${label} has no values`);
    const unit = timeUnitSuffix(timeUnit);
    const value = formatNumber(f.mean);
    const mean = f.ci95 === undefined ? msg(str`${value} ${unit}`) : msg(str`${value} ± ${formatNumber(f.ci95)} ${unit}`);
    const n = formatCount(f.n);
    const p50 = t(f.p50);
    const p90 = t(f.p90);
    return msg(str`${label} (n = ${n}) mean ${mean}, p50 ${p50}, p90 ${p90}`);
  });
  const ranked = facts.flatMap(({ label, f }) => (f === null ? [] : [{ label, mean: f.mean }])).sort((a, b) => a.mean - b.mean);
  const [low, next] = ranked;
  if (low && next) {
    const lowLabel = low.label;
    const nextLabel = next.label;
    if (low.mean === next.mean) {
      parts.push(ranked.length === 2 ? msg('the means are equal') : msg(str`${lowLabel} and ${nextLabel} share the lowest mean`));
    } else {
      const diff = t(next.mean - low.mean);
      if (next.mean !== 0) {
        const rel = formatPercent((next.mean - low.mean) / Math.abs(next.mean));
        parts.push(
          ranked.length === 2
            ? msg(str`${lowLabel} has the lower mean, ${diff} (${rel}) below ${nextLabel}`)
            : msg(str`${lowLabel} has the lowest mean, ${diff} (${rel}) below ${nextLabel}`),
        );
      } else {
        parts.push(
          ranked.length === 2
            ? msg(str`${lowLabel} has the lower mean, ${diff} below ${nextLabel}`)
            : msg(str`${lowLabel} has the lowest mean, ${diff} below ${nextLabel}`),
        );
      }
    }
  }
  const all = joinClauses(parts);
  return msg(str`${xLabel}: ${all}.`);
}
