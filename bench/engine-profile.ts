/**
 * What limits the engine now, for the engine section of docs/benchmarks.md: written by hand
 * from the last profile (`node --cpu-prof --import tsx`, and callgrind instruction counts),
 * because a profile is read, not measured, by the benchmark.
 */
export const ENGINE_PROFILE = `What limits it: (profile pending).`;
