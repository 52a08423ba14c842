/**
 * base64url (RFC 4648 §5) without padding: the alphabet A–Z a–z 0–9 - _, safe in a URL
 * fragment with no escaping. Written out rather than built on atob/btoa, which take
 * "binary strings", accept padding and whitespace, and throw on bad input: here a bad
 * character is an answer naming where it is, never an exception.
 */
import { msg, str } from '@lit/localize';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

export type Base64urlResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  /** `at` is the 0-based position of the first bad character, or -1 when the length is impossible. */
  | { readonly ok: false; readonly at: number; readonly problem: string };

export function decodeBase64url(text: string): Base64urlResult {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || VALUE[c] === -1) {
      const shown = JSON.stringify(text.slice(i, i + 1));
      const position = i + 1;
      return { ok: false, at: i, problem: msg(str`character ${position} (${shown}) is not allowed; a link holds only A–Z a–z 0–9 - _`) };
    }
  }
  // 4 characters carry 3 bytes; a lone character after a full group carries 6 bits: no byte.
  if (text.length % 4 === 1) {
    const length = text.length;
    return { ok: false, at: -1, problem: msg(str`a length of ${length} characters is impossible for this encoding`) };
  }
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  let i = 0;
  const at = (k: number): number => VALUE[text.charCodeAt(k)] as number;
  for (; i + 3 < text.length; i += 4) {
    const n = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6) | at(i + 3);
    bytes[o++] = (n >> 16) & 255;
    bytes[o++] = (n >> 8) & 255;
    bytes[o++] = n & 255;
  }
  const rest = text.length - i;
  if (rest === 2) {
    const n = (at(i) << 18) | (at(i + 1) << 12);
    bytes[o++] = (n >> 16) & 255;
  } else if (rest === 3) {
    const n = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6);
    bytes[o++] = (n >> 16) & 255;
    bytes[o++] = (n >> 8) & 255;
  }
  return { ok: true, bytes };
}
