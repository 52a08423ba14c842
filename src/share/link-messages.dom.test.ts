/**
 * The link codec's notices and refusals in both languages (issue 16): a link from an older
 * engine or an earlier link format, a part left out, a damaged, altered, too long or unknown
 * link, an invalid scenario. Worded when the link is read, in the page's language; in
 * 简体中文 no English word is left but the product's name, JSON and what the link carried.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { switchLocale } from '../i18n/locale.ts';
import { pennyGame } from '../lessons/batching/test-fixtures.ts';
import { decodeLink, encodeLink } from './link-codec.ts';
import { packZlib } from './zlib-frame.ts';
import { encodeBase64url } from './base64url.ts';
import { crc32Bytes } from './crc32.ts';

function rawLink(json: string, format = 2): string {
  const bytes = new TextEncoder().encode(json);
  const packed = packZlib(bytes);
  if (format === 1) return `v=1&s=${encodeBase64url(packed)}`;
  const data = new Uint8Array(packed.length + 4);
  data.set(packed);
  data.set(crc32Bytes(bytes), packed.length);
  return `v=2&s=${encodeBase64url(data)}`;
}

const envelope = (more: object) => JSON.stringify({ engineVersion: '0.9.0', rng: 'seedrandom.alea', lesson: 'batching', scenario: pennyGame(5), ...more });

/** Every notice and refusal of the cases below, as the page shows them now. */
function messages(): string[] {
  const shown: string[] = [];
  const old = decodeLink(rawLink(envelope({ replication: 3, t: -5, predictions: { a: [{ ['__proto__']: 1 }] } }), 1));
  if (old.ok) shown.push(...old.notices);
  const good = encodeLink({ lesson: 'batching', scenario: pennyGame(5) });
  if (!good.ok) throw new Error(good.message);
  const s = good.query.slice(good.query.indexOf('s='));
  const altered = `${good.query.slice(0, -3)}${good.query.endsWith('AAA') ? 'BBB' : 'AAA'}`;
  for (const query of [`v=3&${s}`, `v=0&${s}`, `v=one&${s}`, s, 'v=2&s=ab*cd', 'v=2&s=abcde', altered, `v=2&${'s'.repeat(40_000)}`, rawLink('[1]'), rawLink(envelope({ scenario: { ...pennyGame(5), transferBatch: -2 } }))]) {
    const result = decodeLink(query);
    if (!result.ok) shown.push(result.message);
  }
  return shown;
}

afterEach(async () => {
  await switchLocale('en');
});

describe("the link codec's words", () => {
  it('in English: the version notice, the parts left out and why a link cannot open', () => {
    const shown = messages();
    expect(shown).toContain('This link was made by an earlier Genba (link format 1, with a weaker check for damage): check that the scenario is the one you expected.');
    expect(shown).toContain('This link was made with engine 0.9.0; numbers may differ from the original.');
    expect(shown).toContain("The link's playback position was left out: -5 is not allowed; it must be a time of at least 0.");
    expect(shown).toContain('This link is damaged: in its data, character 3 ("*") is not allowed; a link holds only A–Z a–z 0–9 - _. Copy the whole link again.');
    expect(shown).toContain("This link's scenario is not valid: Transfer batch: -2 is not allowed; it must be at least 1");
    expect(shown.length).toBe(15);
  });

  it('in 简体中文: the same notices and refusals, with no English left', async () => {
    const english = messages();
    await switchLocale('zh-CN');
    const shown = messages();
    expect(shown.length).toBe(english.length);
    expect(shown).toContain('此链接由较早版本的 Genba 生成（链接格式 1，损坏检查较弱）：请确认场景是你预期的那个。');
    expect(shown).toContain('此链接由引擎 0.9.0 生成；数字可能与原来的不同。');
    expect(shown).toContain('此链接的场景无效：转运批量：-2 不可用；必须不小于 1');
    for (const [i, text] of shown.entries()) {
      expect(text, english[i]).not.toBe(english[i]);
      // What may stay: the product's name, a format, and what the link itself carried (a quoted value, a key, a path).
      const rest = text.replace(/Genba|JSON|MiB|"[^"]*"|__proto__|\b[a-z]+(\[\d+\])*\.?[a-z_]*(?=：)/g, ' ');
      expect(rest.match(/[A-Za-z]{2,}/g) ?? [], text).toEqual([]);
    }
  });
});
