/**
 * zlib streams (RFC 1950: a 2-byte header, DEFLATE data, the Adler-32 of the unpacked
 * bytes) packed with fflate, and unpacked with a hard limit on the output so a small
 * hostile link cannot unpack into gigabytes (QUALITY S7, "zip bomb").
 *
 * Why zlib rather than raw DEFLATE: its 4-byte checksum turns a link that was cut short or
 * altered into a clear "damaged" answer instead of garbage for the validator to puzzle over.
 * It is also what `CompressionStream('deflate')` writes, so a later dependency-free version
 * could pack links natively and old links would still open.
 *
 * The limit: DEFLATE expands at most about 1,032 to 1, so the input is fed to fflate's
 * streaming inflater 1 KiB at a time and the output counted after each piece; once it
 * passes the limit, unpacking stops. Peak memory stays near limit + 1 MiB.
 */
import { msg, str } from '@lit/localize';
import { Inflate, zlibSync } from 'fflate';

/** Feed size for the inflater: ≤ ~1 MiB of output per step even for the worst input. */
const STEP = 1024;

export function packZlib(bytes: Uint8Array): Uint8Array {
  // Level 9 and the default window: deterministic, so the same input always gives the same link.
  return zlibSync(bytes, { level: 9 });
}

export type UnpackResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'too-large' | 'damaged'; readonly problem: string };

export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 bytes is the most that can be summed before b could pass 2^32 (zlib's NMAX).
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(i + 5552, bytes.length);
    for (; i < end; i++) {
      a += bytes[i] as number;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

class TooLarge {}

/** Unpacks a zlib stream whose output must be at most `limit` bytes. Never throws. */
export function unpackZlib(data: Uint8Array, limit: number): UnpackResult {
  const damaged = (problem: string): UnpackResult => ({ ok: false, reason: 'damaged', problem });
  if (data.length < 7) return damaged(msg('it is too short to hold any data (cut short?)'));
  const cmf = data[0] as number;
  const flg = data[1] as number;
  if ((cmf & 0x0f) !== 8 || cmf >> 4 > 7 || (cmf * 256 + flg) % 31 !== 0) return damaged(msg('it does not start as packed data does'));
  if (flg & 0x20) return damaged(msg('it asks for a preset dictionary, which links never use'));

  const pieces: Uint8Array[] = [];
  let total = 0;
  try {
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > limit) throw new TooLarge();
      pieces.push(chunk);
    });
    const body = data.subarray(2, data.length - 4);
    if (body.length === 0) inflater.push(body, true);
    for (let i = 0; i < body.length; i += STEP) inflater.push(body.subarray(i, i + STEP), i + STEP >= body.length);
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, reason: 'too-large', problem: msg(str`it unpacks to more than ${limit} bytes`) };
    return damaged(msg('its packed data is incomplete or altered (cut short?)'));
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.length;
  }
  const tail = data.subarray(data.length - 4);
  const expected = (((tail[0] as number) << 24) | ((tail[1] as number) << 16) | ((tail[2] as number) << 8) | (tail[3] as number)) >>> 0;
  if (adler32(bytes) !== expected) return damaged(msg('its checksum does not match its data (altered or cut short?)'));
  return { ok: true, bytes };
}
