/**
 * How charts write numbers in text (summaries, tables, labels): in the language the page
 * shows (src/i18n: English until another is chosen, never the machine's locale, so
 * summaries and snapshots do not depend on the machine), one decimal for times, whole
 * numbers for counts, whole percentages for shares.
 */
import { msg, str } from '@lit/localize';
import { numberFormat } from '../../i18n/format.ts';
import { unitWords } from '../../i18n/units.ts';

/** The scenario's time unit, as the charts take it. */
export type TimeUnit = 'second' | 'minute' | 'hour';

/** What follows a time value and goes in an axis label: 's', 'min', 'h' (分钟 …). */
export function timeUnitSuffix(unit: TimeUnit): string {
  return unitWords(unit).short;
}

/**
 * A measured value: `digits` decimals (default 1), with thousands grouped; values below 1
 * in size keep two significant digits so that 0.042 h does not read as 0.0 h.
 */
export function formatNumber(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs > 0 && abs < 1 && digits < 2) {
    return numberFormat({ maximumSignificantDigits: 2 }).format(value);
  }
  return numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A time value with its unit, e.g. "96.0 min". */
export function formatTime(value: number, unit: TimeUnit): string {
  return `${formatNumber(value)} ${timeUnitSuffix(unit)}`;
}

/** A count: whole numbers without decimals ("50", "1,200"), anything else with one. */
export function formatCount(value: number): string {
  return Number.isInteger(value) ? numberFormat({ maximumFractionDigits: 0 }).format(value) : formatNumber(value);
}

/** A share in [0, 1] as a whole percentage; a share that is not zero never shows as "0%". */
export function formatPercent(share: number): string {
  const pct = share * 100;
  if (pct > 0 && pct < 0.5) return `<${numberFormat({ style: 'percent' }).format(0.01)}`;
  return numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(Math.round(pct) / 100);
}

/** "label (unit)", the form of every axis label ("标签（单位）" in Chinese). */
export function withUnit(label: string, unit: string): string {
  return unit ? msg(str`${label} (${unit})`) : label;
}
