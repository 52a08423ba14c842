/**
 * The engine's version. It changes whenever the same scenario and seed would give
 * different numbers (a model rule, a sampler, the generator), so that results, exports
 * and links say which engine made them (QUALITY R3, R12). See CHANGELOG.md.
 */
export const ENGINE_VERSION = '3.0.0';
