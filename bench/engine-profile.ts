/**
 * What limits the engine now, for the engine section of docs/benchmarks.md: written by hand
 * from the last profile (`node --cpu-prof --import tsx bench/profile-flow-line.ts 1` and
 * `bench/profile-launch.ts`), because a profile is read, not measured, by the benchmark.
 */
export const ENGINE_PROFILE = `What limits the flow line now (CPU profile of six B = 1 runs, 2026-12-07,
shares of the simulation's own time, start-up left out): starting a unit 19% (its checks, the
process draw and the alea step inlined into it), the event loop and heap 18%, the
engine-independent \`ln\` 16% (six per unit, bit-identical on every engine, left as it is),
station dispatch 13% (the waiting batch, its next live member, the work list), sorting the
lead times for percentiles 8% (the reference does the same), garbage collection 7% (the
typed arrays growing as units are released), delivery 5%. The reference loop is about twice
as fast on the same draws because it has none of the engine's generality: six pending events
scanned instead of a heap, FIFO queues as counters (units keep their order on this line),
no per-unit or per-batch records (scrap, blocking, the trace and replacements need them in
the engine), no work list. Closing that gap means a specialised path for lines without
drift, buffers, caps or setups; it was not done in this round (issue 18, partial). The
changes made (event loop written out, a plain-station fast path in starting a unit, no call
for an always-zero handling draw, no modulo in the work list) left the golden files
byte-identical and moved the ratio within the noise of a loaded machine.

What limits the launch Monte Carlo now (CPU profile, 400,000 replications of the seed case,
shares of the simulation's own time): drawing the market 44% (the lognormal noise: Φ⁻¹ and
the engine-independent \`exp\` for 12 periods), the streaming summaries 21%, the policy for two
launch quantities 14%, garbage collection 11%. Setting up each replication's streams
(seedrandom's alea seeded by hashing the key string) costs about 2.2 µs of CPU per
replication: a derivation of the state from a key hashed once and the replication index
measured 0.14 µs, but it changes every stream (a new engine version and every golden file),
so it waits for its own change (issue 18, partial).`;
