/**
 * The app's languages, with Lit's localisation library (`@lit/localize`, runtime mode):
 * English is the source language, written in the code; Simplified Chinese is loaded on
 * demand from the module `lit-localize build` generates from `xliff/zh-CN.xlf`
 * (docs/i18n.md). A lazily loaded locale is an ordinary same-origin chunk, so the strict
 * CSP and the service worker's precache cover it like any other.
 *
 * The chosen language is kept in localStorage and applied before anything asks for it;
 * without a choice, the browser's preferred languages decide (any `zh…` → 简体中文).
 * `<html lang>` always names the language the page shows (QUALITY A-checks: language of
 * the page), and changes only once that language's strings are ready.
 */
import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.ts';

export type Locale = (typeof allLocales)[number];

/** Each language named in itself, as the switch offers it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', 'zh-CN': '简体中文' };

export const LOCALES: readonly Locale[] = allLocales;

/** Where the choice is kept (outside the saved-work namespace `genba:v1:`). */
export const LOCALE_STORAGE_KEY = 'genba:locale';

const loaders: Readonly<Record<(typeof targetLocales)[number], () => Promise<{ templates: Record<string, unknown> }>>> = {
  'zh-CN': () => import('./generated/zh-CN.ts'),
};

const { getLocale: activeLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (allLocales as readonly string[]).includes(value);
}

/** The language the page shows now ('en' until another one has loaded). */
export function getLocale(): Locale {
  const locale = activeLocale();
  return isLocale(locale) ? locale : sourceLocale;
}

function storage(): Storage | undefined {
  try {
    return (globalThis as { localStorage?: Storage }).localStorage;
  } catch {
    return undefined; // A browser that refuses storage throws on access.
  }
}

/** The language chosen earlier in this browser, if any. */
export function storedLocale(): Locale | null {
  try {
    const value = storage()?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The best of our languages for a list like `navigator.languages`: the first `en…` or `zh…` one. */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return sourceLocale;
}

/** The language to start in: the stored choice, else the browser's preference. */
export function initialLocale(): Locale {
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
  return storedLocale() ?? matchLocale(nav?.languages ?? (nav?.language ? [nav.language] : []));
}

/**
 * Switches the language and remembers the choice. Resolves once the strings are loaded;
 * every `@localized()` component has then been asked to render again, so nothing reloads
 * and no state is lost.
 */
export async function switchLocale(locale: Locale): Promise<void> {
  try {
    storage()?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage full or refused: the switch still works for this visit.
  }
  await setLocale(locale);
}

/** `<html lang>` follows the language once its strings are ready. */
function followLanguage(event: Event): void {
  const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
  if (detail.status === 'ready' && detail.readyLocale && typeof document !== 'undefined') {
    document.documentElement.lang = detail.readyLocale;
  }
}

let started = false;

/** Starts in the stored (or preferred) language; call once, as early as possible. */
export function startLocalization(): Promise<void> {
  if (!started && typeof window !== 'undefined') {
    started = true;
    window.addEventListener(LOCALE_STATUS_EVENT, followLanguage);
  }
  const locale = initialLocale();
  return locale === getLocale() ? Promise.resolve() : setLocale(locale);
}
