/**
 * How charts write numbers in text (summaries, tables, labels): one locale (en-US, so
 * summaries and snapshots do not depend on the machine), one decimal for times, whole
 * numbers for counts, whole percentages for shares.
 */

/** The scenario's time unit, as the charts take it. */
export type TimeUnit = 'second' | 'minute' | 'hour';

/** What follows a time value and goes in an axis label: 's', 'min', 'h'. */
export const TIME_UNIT_SUFFIX: Readonly<Record<TimeUnit, string>> = { second: 's', minute: 'min', hour: 'h' };

/**
 * A measured value: `digits` decimals (default 1), with thousands grouped; values below 1
 * in size keep two significant digits so that 0.042 h does not read as 0.0 h.
 */
export function formatNumber(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs > 0 && abs < 1 && digits < 2) {
    return value.toLocaleString('en-US', { maximumSignificantDigits: 2 });
  }
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A time value with its unit, e.g. "96.0 min". */
export function formatTime(value: number, unit: TimeUnit): string {
  return `${formatNumber(value)} ${TIME_UNIT_SUFFIX[unit]}`;
}

/** A count: whole numbers without decimals ("50", "1,200"), anything else with one. */
export function formatCount(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : formatNumber(value);
}

/** A share in [0, 1] as a whole percentage; a share that is not zero never shows as "0%". */
export function formatPercent(share: number): string {
  const pct = share * 100;
  if (pct > 0 && pct < 0.5) return '<1%';
  return `${Math.round(pct)}%`;
}

/** "label (unit)", the form of every axis label. */
export function withUnit(label: string, unit: string): string {
  return unit ? `${label} (${unit})` : label;
}
