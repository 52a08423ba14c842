/**
 * Room codes: 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S,
 * 8/B, U/V), drawn from a cryptographic source by rejection sampling so every character is
 * equally likely. DOM-free: the server and the client share it.
 */
export const CODE_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
export const CODE_LENGTH = 6;

/** The largest multiple of the alphabet's size below 256: bytes at or above it are redrawn. */
const LIMIT = 256 - (256 % CODE_ALPHABET.length);

/** A new code; `randomBytes(n)` must return n cryptographically random bytes. */
export function newRoomCode(randomBytes: (n: number) => Uint8Array): string {
  let code = '';
  while (code.length < CODE_LENGTH) {
    for (const b of randomBytes(CODE_LENGTH * 2)) {
      if (b < LIMIT && code.length < CODE_LENGTH) code += CODE_ALPHABET[b % CODE_ALPHABET.length];
    }
  }
  return code;
}

/** The code as typed by a person: upper-cased, spaces and dashes dropped; null when it cannot be one. */
export function normalizeRoomCode(text: string): string | null {
  const code = text.toUpperCase().replace(/[\s-]/g, '');
  return isRoomCode(code) ? code : null;
}

export function isRoomCode(text: string): boolean {
  if (text.length !== CODE_LENGTH) return false;
  for (const c of text) if (!CODE_ALPHABET.includes(c)) return false;
  return true;
}
