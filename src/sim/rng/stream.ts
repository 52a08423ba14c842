/**
 * Seeded random streams. Every random draw in the core comes from a stream derived from
 * (scenario seed, replication index, stream name) and from nothing else, so a replication
 * gives the same numbers whichever worker runs it and in whatever order (QUALITY R2, R5).
 */
import seedrandom from 'seedrandom';

export { RNG_ALGORITHM } from './algorithm.ts';

export type Seed = string | number;

/** A source of uniform doubles in [0, 1) with 53 bits of randomness. */
export interface RandomStream {
  /** The next uniform double in [0, 1). */
  next(): number;
}

/**
 * The key a stream is seeded with. JSON keeps the parts apart ("a", "bc" and "ab", "c"
 * differ, QUALITY R5). The seed counts by its written form, so 42 in a file and "42"
 * typed in a field or on the command line give the same streams.
 */
export function streamKey(seed: Seed, replication: number, name: string): string {
  return JSON.stringify([String(seed), replication, name]);
}

/** The stream for one (seed, replication, name). */
export function createStream(seed: Seed, replication: number, name: string): RandomStream {
  const prng = seedrandom.alea(streamKey(seed, replication, name));
  // alea's double() joins two 32-bit draws into 53 bits: a 32-bit draw would cut the
  // exponential tail off at about 22 means (MODEL.md). It refers to its generator by
  // closure, not `this`, so it can be handed on as it is (no wrapper per stream).
  return { next: prng.double };
}
