/**
 * The generator behind every stream; results carry this name (QUALITY R12). On its own so
 * that files and links can name it without loading the generator (seedrandom) itself.
 */
export const RNG_ALGORITHM = 'seedrandom.alea';
