/**
 * Putting translated pieces together: clauses, phrases and sentences, with the language's
 * own punctuation (English "a; b." is Chinese "a；b。"). Each joint is a catalogue entry,
 * so the translator decides it.
 */
import { msg, str } from '@lit/localize';
import { getLocale } from './locale.ts';

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

/**
 * Sentences one after another: "A. B." / "A。B。" — English puts a space between sentences,
 * Chinese, whose full stop takes a whole character, none. (A catalogue entry cannot hold
 * the joint: `${a} ${b}` is one placeholder to the extractor.)
 */
export function joinSentences(parts: readonly string[]): string {
  return parts.join(sentenceGap());
}

/** What goes between two sentences (or sentence-like parts) in markup: ' ' in English, '' in Chinese. */
export function sentenceGap(): string {
  return getLocale() === 'en' ? ' ' : '';
}

/** "label: text" / "label：text". */
export function labelled(label: string, text: string): string {
  return msg(str`${label}: ${text}`);
}
