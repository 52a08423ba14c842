/**
 * Reads a scenario file or standard input for the CLI, never holding more than the limit
 * (LIMITS.maxTextBytes) plus one chunk: a regular file is refused on its size before any
 * byte is read, and a stream (stdin, a pipe, /dev/zero) stops being read one byte past the
 * limit, so the validator refuses it with its plain "too large" message.
 */
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { MAX_SCENARIO_BYTES } from '../scenario/index.ts';

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly tooLarge: true };

/** Reads `source` until its end or one byte past `limit`. */
export async function readCapped(source: AsyncIterable<Buffer> | Readable, limit: number = MAX_SCENARIO_BYTES): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > limit) return { ok: false, tooLarge: true };
  }
  return { ok: true, text: Buffer.concat(chunks, size).toString('utf8') };
}

/** The file at `path` (or standard input for `-`), within the limit. */
export async function readScenarioInput(path: string, limit: number = MAX_SCENARIO_BYTES): Promise<ReadResult> {
  if (path === '-') return readCapped(process.stdin, limit);
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    // A regular file says its size: refuse before reading. Devices and pipes say 0, so they stream.
    if (info.isFile() && info.size > limit) return { ok: false, tooLarge: true };
    return await readCapped(handle.createReadStream({ highWaterMark: 64 * 1024, autoClose: false }), limit);
  } finally {
    await handle.close();
  }
}
