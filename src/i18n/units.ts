/**
 * Words for the scenario's time unit and for counts, in the language the page shows.
 * Functions, never constants: a translated text is looked up when it is needed, so it
 * follows a language switch (docs/i18n.md).
 */
import { msg, str } from '@lit/localize';
import type { TimeUnit } from '../sim/line/types.ts';
import { formatDecimal } from './format.ts';
import { getLocale } from './locale.ts';

export interface UnitWords {
  /** 'minute' / '分钟' */
  readonly one: string;
  /** 'minutes' / '分钟' */
  readonly many: string;
  /** In tables, axes and readouts: 'min' / '分钟'. */
  readonly short: string;
}

export function unitWords(unit: TimeUnit): UnitWords {
  switch (unit) {
    case 'second':
      return { one: msg('second'), many: msg('seconds'), short: msg('s') };
    case 'minute':
      return { one: msg('minute'), many: msg('minutes'), short: msg('min') };
    case 'hour':
      return { one: msg('hour'), many: msg('hours'), short: msg('h') };
  }
}

/** A span of time in words, at most `digits` decimals: "27 minutes", "1 second", "1.5 小时". */
export function formatDuration(value: number, unit: TimeUnit, digits = 2): string {
  const n = formatDecimal(value, digits);
  const one = n === formatDecimal(1, 0);
  switch (unit) {
    case 'second':
      return one ? msg(str`${n} second`) : msg(str`${n} seconds`);
    case 'minute':
      return one ? msg(str`${n} minute`) : msg(str`${n} minutes`);
    case 'hour':
      return one ? msg(str`${n} hour`) : msg(str`${n} hours`);
  }
}

/** The word after a count of parts, for labels: 'units' / '件'. */
export function unitsWord(): string {
  return msg('units');
}

/** Throughput's unit: 'units/h' / '件/小时'. */
export function perHourWord(): string {
  return msg('units/h');
}

/** "a, b and c" / "a、b和c". */
export function formatList(items: readonly string[]): string {
  const locale = getLocale();
  return new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' }).format(items);
}
