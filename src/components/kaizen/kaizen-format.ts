/** Lesson 2's figures as written in its log and reveals: one decimal by default, "–" for a figure there is none of. */
import { formatNumber } from '../../i18n/format.ts';

export const fmt = (v: number | null, digits = 1): string => (v === null ? '–' : formatNumber(v, digits));
