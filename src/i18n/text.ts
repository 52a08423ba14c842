/**
 * Putting translated pieces together: clauses, phrases and sentences, with the language's
 * own punctuation (English "a; b." is Chinese "a；b。"). Each joint is a catalogue entry,
 * so the translator decides it.
 */
import { msg, str } from '@lit/localize';

/** "a; b; c" / "a；b；c". */
export function joinClauses(parts: readonly string[]): string {
  return parts.length === 0 ? '' : parts.reduce((text, part) => msg(str`${text}; ${part}`));
}

/** "a, b, c" / "a，b，c" (phrases of one sentence; for a list of names use formatList). */
export function joinPhrases(parts: readonly string[]): string {
  return parts.length === 0 ? '' : parts.reduce((text, part) => msg(str`${text}, ${part}`));
}

/** "text." / "text。" */
export function sentence(text: string): string {
  return msg(str`${text}.`);
}

/** "label: text" / "label：text". */
export function labelled(label: string, text: string): string {
  return msg(str`${label}: ${text}`);
}
