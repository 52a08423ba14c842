/**
 * The app's languages (docs/i18n.md). Mark text with `msg()` / `msg(str`…`)` imported
 * from '@lit/localize' itself (the extractor recognises those); take numbers, units and
 * the language switch from here.
 */
export { LOCALES, LOCALE_NAMES, getLocale, initialLocale, isLocale, matchLocale, startLocalization, storedLocale, switchLocale, type Locale } from './locale.ts';
export { NO_VALUE, formatDecimal, formatNumber, formatPercent, numberFormat } from './format.ts';
export { joinClauses, joinPhrases, joinSentences, labelled, sentenceGap, sentence } from './text.ts';
export { formatDuration, formatList, perHourWord, unitWords, unitsWord, type UnitWords } from './units.ts';
