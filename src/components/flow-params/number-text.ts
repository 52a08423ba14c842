/**
 * Number fields as typed text. The editor keeps what the user typed and hands the validator
 * a number only when the text is a plain finite decimal; anything else ('', 'abc', '1e999',
 * '0x10') reaches the validator as text and comes back with the validator's own message,
 * rather than being silently read as 0, NaN or Infinity.
 */

/** A plain decimal as people type it: `2`, `-0`, `.5`, `2.50`, `1e3`. No hex, no `Infinity`. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * What a number field holds when the browser could not read its text: an
 * `<input type="number">` whose text is not a number reports `value === ''` and
 * `validity.badInput`, so the text itself is lost (Chromium does this for `1e999`, `1e`, `--1`).
 */
export const UNREADABLE_NUMBER = 'not a number';

/** The number the text stands for when it is a finite decimal, else the text unchanged. */
export function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return text;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : text;
}

/**
 * A list of numbers typed in one field, separated by commas, semicolons or spaces
 * (`1, 2.5 3`); items that are not numbers stay text so the validator names them.
 */
export function numberListOrText(text: string): (number | string)[] {
  return text
    .split(/[\s,;]+/)
    .filter((item) => item !== '')
    .map(numberOrText);
}

/** A number as the editor first shows it. */
export function numberText(n: number): string {
  return String(n);
}

/** A derived default (e.g. half a mean) rounded to 4 significant digits, as text. */
export function roundedText(n: number): string {
  return String(Number(n.toPrecision(4)));
}
