/**
 * How the launch lesson writes numbers: money and units rounded to whole numbers with
 * thousands separators (the model keeps units continuous and rounds only for display,
 * MODEL.md), shares as percentages, and short forms for axis ticks. In the language the
 * page shows (src/i18n; Intl writes the same digits for zh-CN as for English, so a
 * language switch never changes a figure), English until another one is chosen: the
 * tests and the CLI's JSON read the same.
 */
import { getLocale } from '../../i18n/locale.ts';
import { numberFormat } from '../../i18n/format.ts';

/** A whole number with separators: 1234567.8 → "1,234,568"; null → "–". −0 is written "0". */
export function formatWhole(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const text = numberFormat({ maximumFractionDigits: 0 }).format(value);
  return text === '-0' ? '0' : text;
}

/** Money in the scenario's currency, as a whole number: "−203,550" uses a true minus sign. */
export function formatMoney(value: number | null): string {
  return formatWhole(value).replace(/^-/, '−');
}

/** A share (0..1) as a percentage with one decimal: 0.4957 → "49.6%". */
export function formatShare(value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '–';
  // A tiny negative share rounds to "-0.0%": write it as "0.0%".
  const rounded = Number((value * 100).toFixed(digits)) / 100;
  return numberFormat({ style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(rounded === 0 ? 0 : rounded);
}

/**
 * A short form for axis ticks and bar labels: 2,300,000 → "2.3M", 250,000 → "250k",
 * −203,400 → "−203k", 950 → "950". At most three significant digits. In Chinese, the
 * language's own short forms (Intl's compact notation): 230万, 25万, −20.3万.
 */
export function formatCompact(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const sign = value < 0 ? '−' : '';
  const size = Math.abs(value);
  const locale = getLocale();
  if (locale !== 'en') return sign + numberFormat({ notation: 'compact', maximumSignificantDigits: 3 }, locale).format(size);
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [scale, suffix] of units) {
    // 999,950 rounds to "1,000k": write it as "1M" instead.
    if (size >= scale * 0.9995) return `${sign}${trimDigits(size / scale)}${suffix}`;
  }
  return `${sign}${trimDigits(size)}`;
}

/** Three significant digits without trailing zeros: 2.30 → "2.3", 250 → "250", 0.0123 → "0.0123". */
function trimDigits(x: number): string {
  if (x === 0) return '0';
  const digits = x >= 100 ? 0 : x >= 10 ? 1 : x >= 1 ? 2 : 3 + Math.max(0, -Math.floor(Math.log10(x)) - 1);
  return String(Number(x.toFixed(digits)));
}

/** "1 market" / "10,000 markets" (English words: for the CLI and tests; screens use their own messages). */
export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatWhole(n)} ${n === 1 ? singular : plural}`;
}
