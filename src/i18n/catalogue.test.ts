/**
 * The catalogue is complete: every `msg()` in the source (found the way `lit-localize
 * extract` finds them) has a non-empty Simplified Chinese translation in xliff/zh-CN.xlf
 * whose placeholders match, and the generated module src/i18n/generated/zh-CN.ts was
 * built from it (no message left to the English fallback). Run `npm run i18n:extract`,
 * translate, then `npm run i18n:build` when this fails (docs/i18n.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { Message } from '@lit/localize-tools/lib/messages.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import type { Config } from '@lit/localize-tools/lib/types/config.js';
import type { Locale } from '@lit/localize-tools/lib/types/locale.js';
import { templates } from './generated/zh-CN.ts';

/** The text of a message, placeholders left out. */
const textOf = (m: Message): string => m.contents.filter((c): c is string => typeof c === 'string').join('');

let source: Message[] = [];
let chinese = new Map<string, Message>();
let placeholderErrors: string[] = [];

beforeAll(() => {
  const config = readConfigFileAndWriteSchema('lit-localize.json') as Config & { output: RuntimeOutputConfig };
  const localizer = new RuntimeLitLocalizer(config);
  const extracted = localizer.extractSourceMessages();
  expect(extracted.errors, 'msg() calls the extractor cannot read').toEqual([]);
  source = extracted.messages;
  chinese = new Map((localizer.readTranslationsSync().translations.get('zh-CN' as Locale) ?? []).map((m) => [m.name, m]));
  placeholderErrors = localizer.validateTranslations().errors;
}, 120_000);

describe('the zh-CN catalogue', () => {
  it('finds the messages of the translated screens', () => {
    expect(source.length).toBeGreaterThan(300);
  });

  it('translates every message, none empty', () => {
    const missing = source.filter((m) => !chinese.has(m.name)).map((m) => `${m.name}: ${textOf(m)}`);
    const empty = source.filter((m) => chinese.has(m.name) && textOf(chinese.get(m.name)!).trim() === '' && textOf(m).trim() !== '');
    expect(missing, 'messages without a zh-CN translation').toEqual([]);
    expect(empty.map((m) => m.name), 'empty translations').toEqual([]);
  });

  it('keeps every placeholder of the English in the Chinese', () => {
    expect(placeholderErrors).toEqual([]);
  });

  it('is built into the generated module (rebuilt after the last translation)', () => {
    const built = templates as Record<string, unknown>;
    const stale = source.filter((m) => {
      const t = built[m.name];
      const zh = chinese.get(m.name);
      if (t === undefined || zh === undefined) return true;
      // The built text is the translation's (markup is a placeholder in the catalogue, text in the module).
      const text = typeof t === 'string' ? t : (t as { strings: readonly string[] }).strings.join('');
      // Whitespace aside: "${value} ${unit}" is one placeholder in the catalogue, two values and a space in the module.
      const bare = (s: string): string => s.replace(/\s+/g, '');
      return bare(text.replace(/<[^>]*>/g, '')) !== bare(textOf(zh));
    });
    expect(stale.map((m) => `${m.name}: ${textOf(m)}`)).toEqual([]);
  });
});
