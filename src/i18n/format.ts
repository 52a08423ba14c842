/**
 * Numbers written for the language the page shows, with `Intl.NumberFormat`: grouping and
 * decimal signs come from the locale, never from hand-written rules. (For zh-CN, Intl
 * writes the same digits as for English: 1,234.5 and 9%.)
 *
 * Every helper takes an optional locale; by default the current one.
 */
import { getLocale } from './locale.ts';

const formats = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` for the locale and options. */
export function numberFormat(options: Intl.NumberFormatOptions, locale: string = getLocale()): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/**
 * Makes the page's first number format. The first `Intl.NumberFormat` of a page loads the
 * number data of the browser's ICU library, about 20 ms (80 ms on a phone four times slower):
 * called in a task of its own while the page waits for the network, that time is not added
 * to the task that first renders a lesson.
 */
export function warmUpNumberFormat(): void {
  formatNumber(0, 1);
}

/** What a missing or non-finite figure shows. */
export const NO_VALUE = '–';

/** Exactly `digits` decimals, grouped: formatNumber(1234.5, 1) → "1,234.5"; NO_VALUE if not finite. */
export function formatNumber(value: number, digits = 0, locale?: string): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  return numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits }, locale).format(value);
}

/** At most `digits` decimals, no trailing zeros: formatDecimal(27.0, 2) → "27", (1.5, 2) → "1.5". */
export function formatDecimal(value: number, digits = 2, locale?: string): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  return numberFormat({ maximumFractionDigits: digits }, locale).format(value);
}

/** A fraction as a percentage: formatPercent(0.09) → "9%", formatPercent(0.125, 1) → "12.5%". */
export function formatPercent(fraction: number, digits = 0, locale?: string): string {
  if (!Number.isFinite(fraction)) return NO_VALUE;
  return numberFormat({ style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }, locale).format(fraction);
}
