/**
 * The share panel's words: how it speaks of saved work, the names it gives, dates and times
 * in the page's language. Messages are functions, so they are worded in the language shown.
 */
import { msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/locale.ts';
import type { Scenario } from '../../scenario/index.ts';
import { MAX_NAME, type SavedKind } from '../../storage/index.ts';

/** A message shown on screen: a function, so that it is worded in the language shown (and follows a switch). */
export type Text = () => string;

/** A message already worded (by the store, in the language shown when it answered), or none. */
export const textOf = (text: string | undefined): Text | null => (text ? () => text : null);

/** How the panel speaks of each kind of saved work, in the page's language. */
export function kindWords(kind: SavedKind): { readonly one: string; readonly many: string; readonly empty: string } {
  return kind === 'scenario'
    ? { one: msg('scenario'), many: msg('scenarios'), empty: msg('Nothing saved yet: change a parameter or open a file.') }
    : { one: msg('kaizen log'), many: msg('kaizen logs'), empty: msg('Nothing saved yet: apply an improvement or open a kaizen log file.') };
}

/** The name a saved entry gets when it has none (stored: English, like the names of files). */
export const UNTITLED: Record<SavedKind, string> = { scenario: 'Untitled scenario', 'kaizen-log': 'Untitled kaizen log' };

/** Words of a validator-style message (`model: … is not allowed here, …`): English, like the validator's (docs/i18n.md). */
export const MODEL_WORDS: Record<Scenario['model'], string> = { 'flow-line': 'a flow-line scenario', launch: 'a launch scenario' };

/** Why a name cannot be used, or null, in the page's language. The store checks again; this one answers at the field. */
export function renameProblem(name: string): string | null {
  if (name.trim() === '') return msg('The name must not be empty.');
  const length = name.length;
  const most = MAX_NAME;
  if (name.length > MAX_NAME) return msg(str`The name is ${length} characters long; at most ${most} are allowed.`);
  return null;
}

/** The saved entry's name for an edited scenario: "<name> (edited)", within the limit (stored: English, like file names). */
export function workingName(scenario: Scenario, edited: boolean): string {
  const base = (scenario.name ?? '').trim() || 'Untitled scenario';
  const suffix = edited ? ' (edited)' : '';
  const room = MAX_NAME - suffix.length;
  let cut = base.length > room ? base.slice(0, room) : base;
  const last = cut.charCodeAt(cut.length - 1);
  if (base.length > room && last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut + suffix;
}

/** The language dates are written in: British English for English (3 Jan 2025, 14:05), else the page's. */
const dateLocale = (): string => (getLocale() === 'en' ? 'en-GB' : getLocale());

/** When an entry was saved, in the page's language: "3 Jan 2025, 14:05" / "2025年1月3日 14:05". */
export const when = (ms: number): string =>
  new Date(ms).toLocaleString(dateLocale(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** A time of day, in the page's language: "14:05:09". */
export const timeOfDay = (ms: number): string => new Date(ms).toLocaleTimeString(dateLocale(), { hour: '2-digit', minute: '2-digit', second: '2-digit' });
