import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH, isRoomCode, newRoomCode, normalizeRoomCode } from './code.ts';

describe('room codes', () => {
  it('use an alphabet without look-alikes', () => {
    for (const c of '0O1IL2Z5S8BUV') expect(CODE_ALPHABET.includes(c), `look-alike ${c}`).toBe(false);
    expect(new Set(CODE_ALPHABET).size, 'no repeated letter').toBe(CODE_ALPHABET.length);
  });

  it('are 6 characters of the alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = newRoomCode((n) => randomBytes(n));
      expect(code).toHaveLength(CODE_LENGTH);
      expect(isRoomCode(code), code).toBe(true);
    }
  });

  it('redraw bytes past the last whole multiple of the alphabet, so no character is favoured', () => {
    // 23 letters: 253 = 11 × 23, so bytes 253, 254 and 255 are redrawn.
    const bytes = [255, 254, 253, 0, 22, 23, 252, 1, 2, 3];
    let at = 0;
    const code = newRoomCode((n) => Uint8Array.from({ length: n }, () => bytes[at++ % bytes.length] ?? 0));
    expect(code).toBe(`${CODE_ALPHABET[0]}${CODE_ALPHABET[22]}${CODE_ALPHABET[0]}${CODE_ALPHABET[252 % 23]}${CODE_ALPHABET[1]}${CODE_ALPHABET[2]}`);
  });

  it('are read leniently from what a person types', () => {
    expect(normalizeRoomCode(' k7m-9qx ')).toBe('K7M9QX');
    expect(normalizeRoomCode('K7M0QX'), 'a zero is not in the alphabet').toBeNull();
    expect(normalizeRoomCode('K7M9Q')).toBeNull();
  });
});
