/**
 * Seeded random streams. Every random draw in the core comes from a stream derived from
 * (scenario seed, replication index, stream name) and from nothing else, so a replication
 * gives the same numbers whichever worker runs it and in whatever order (QUALITY R2, R5).
 *
 * Engine 3.0.0 (docs/model.md, "Random streams"): the generator is Alea (seedrandom's, with
 * its state set directly, alea.ts). The seed and the name are hashed once into a 96-bit
 * key (`streamKeyOf`); each replication's state is then a cheap, exact integer mix of the
 * key and the replication index (`setStreamState`), instead of hashing a new key string
 * per replication as engine 2 did.
 */
import { Alea } from './alea.ts';

export { RNG_ALGORITHM } from './algorithm.ts';
export { Alea } from './alea.ts';

export type Seed = string | number;

/** A source of uniform doubles in [0, 1) with 53 bits of randomness. */
export interface RandomStream {
  /** The next uniform double in [0, 1). */
  next(): number;
}

/**
 * The text a stream's key is hashed from. JSON keeps the parts apart ("a", "bc" and "ab",
 * "c" differ, QUALITY R5). The seed counts by its written form, so 42 in a file and "42"
 * typed in a field or on the command line give the same streams.
 */
export function streamKey(seed: Seed, name: string): string {
  return JSON.stringify([String(seed), name]);
}

/** The 96-bit key of a (seed, name): three 32-bit words. */
export interface StreamKey {
  readonly k0: number;
  readonly k1: number;
  readonly k2: number;
}

/** MurmurHash3's 32-bit finalizer: a bijection on 32-bit words with full avalanche. */
export function fmix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * Hashes a text's UTF-16 code units into three 32-bit words: three lanes, each a
 * multiply-xorshift step per code unit (a bijection of the lane for each unit) with its own
 * start and multiplier, then the length and the lanes mixed into each other by `fmix32`.
 * Only Math.imul, xor and shifts: exact on every engine.
 */
export function hashText(text: string): StreamKey {
  let a = 0x243f6a88;
  let b = 0x85a308d3;
  let c = 0x13198a2e;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x9e3779b1);
    a ^= a >>> 15;
    b = Math.imul(b ^ ch, 0x85ebca77);
    b ^= b >>> 13;
    c = Math.imul(c ^ ch, 0xc2b2ae3d);
    c ^= c >>> 16;
  }
  a = fmix32(a ^ text.length);
  b = fmix32(b ^ a);
  c = fmix32(c ^ b);
  a = fmix32(a ^ c);
  return { k0: a, k1: b, k2: c };
}

/** The key of a (seed, name), hashed once and reused for every replication. */
export function streamKeyOf(seed: Seed, name: string): StreamKey {
  return hashText(streamKey(seed, name));
}

const GOLDEN_GAMMA = 0x9e3779b9; // 2^32 / φ, odd

/**
 * Sets `alea` to replication r's state of the stream with this key, SplitMix-style: the
 * counter r times the golden gamma (a bijection of r mod 2^32), xored with one key word per
 * state word, through `fmix32`. Each state word is thus a bijection of r: two replications
 * of one stream (r < 2^32) never share a state word. Exact 32-bit integer arithmetic, so
 * every engine gives the same state.
 */
export function setStreamState(alea: Alea, key: StreamKey, replication: number): void {
  const z = Math.imul(replication >>> 0, GOLDEN_GAMMA);
  alea.setState(fmix32(z ^ key.k0), fmix32((z ^ key.k1) + GOLDEN_GAMMA), fmix32((z ^ key.k2) + 2 * GOLDEN_GAMMA));
}

/** A reusable stream of one (seed, name): `at(r)` moves it to replication r's start. */
export class KeyedStream {
  readonly stream = new Alea();
  private readonly key: StreamKey;
  constructor(seed: Seed, name: string) {
    this.key = streamKeyOf(seed, name);
  }
  at(replication: number): Alea {
    setStreamState(this.stream, this.key, replication);
    return this.stream;
  }
}

/** The stream for one (seed, replication, name). */
export function createStream(seed: Seed, replication: number, name: string): RandomStream {
  const alea = new Alea();
  if (!Number.isInteger(replication) || replication < 0 || replication > 0xffffffff) {
    throw new RangeError(`random stream: replication must be an integer from 0 to 4,294,967,295, not ${replication}`);
  }
  setStreamState(alea, streamKeyOf(seed, name), replication);
  return alea;
}
