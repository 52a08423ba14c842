/**
 * CRC-32 (ISO-HDLC: the polynomial of zlib, gzip and PNG, reflected 0xEDB88320, initial and
 * final XOR 0xFFFFFFFF), synchronous and dependency-free, so links check the same way in
 * Node and in any browser. It finds every change of up to 32 bits in a row, and any other
 * change with probability 1 − 2⁻³², where zlib's own Adler-32 misses compensating changes
 * such as −1, +2, −1 across three bytes.
 */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = (TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The four bytes of a CRC-32, most significant first. */
export function crc32Bytes(bytes: Uint8Array): Uint8Array {
  const c = crc32(bytes);
  return new Uint8Array([c >>> 24, (c >>> 16) & 0xff, (c >>> 8) & 0xff, c & 0xff]);
}
