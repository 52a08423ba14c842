/**
 * What limits the engine now, for the engine section of docs/benchmarks.md: written by hand
 * from the last profile (`node --cpu-prof --import tsx bench/profile-flow-line.ts 1` and
 * `bench/profile-launch.ts`), because a profile is read, not measured, by the benchmark.
 */
export const ENGINE_PROFILE = `What limits the flow line now (CPU profiles of twelve runs at B = 1 and at B = 10, engine
3.0.0, 2026-12-07, shares of the simulation's own time, module loading left out). The
benchmark's line takes the engine's **fast path for plain lines** (\`FlowLineEngine.runPlain\`:
flow mode, no WIP cap, trace off, no moves, and at every station no changeover, no handling
drawn, no defects, no process batch, no buffer). There a station's queue is a count (units
keep their order), the pending events (the next arrival and each busy station's end) sit in
typed arrays and the earliest is found by a scan, and nothing is recorded per unit but its
release time; each event still carries the sequence number the heap would have given it, so
simultaneous events come out in the general loop's order, and the run is the general loop's
to the bit (src/sim/line/flow-line-plain.test.ts, 300 random plain lines with ties and event
caps; the golden files did not change). At B = 1: the loop itself 48% (the scan, the
bookkeeping, the process draws with the alea step inlined), \`ln\` 29% (six per unit),
sorting the lead times for percentiles 15%, garbage collection 5%; at B = 10 the same
within 5 points. \`ln\` and \`exp\` are now stdlib's fdlibm code written out in one function
each (src/sim/math/ln.ts, exp.ts: one typed-array view instead of calls into four small
modules), bit for bit stdlib's on a million inputs each, so no number changed. What is left
is what the reference loop pays too (\`ln\`, the sort, the generator); the rest of the gap is
the engine's statistics (the time-average of WIP with its window, units finished per
station in the window, the heap's tie order), which the reference leaves out or keeps
simpler. A line with setups, moves, defects, caps or buffers, or with the trace on, runs the
general loop (the version-2 rows above).

What limits the launch Monte Carlo now (CPU profile, 5 × 100,000 replications of the seed
case after a warm-up, shares of the simulation's own time): drawing the market 34% (the
alea steps and \`exp\` 21%, Φ⁻¹ 13%, for 12 periods), the streaming summaries 39% (the exact
sums of 12 totals and Σ profit² per launch quantity 20%, the quantile sketch's buckets
— a log and a bucket per value once the run passes 20,000 values per group — 18%), the
policy for two launch quantities 16%, garbage collection 8%. Setting up a replication's
stream now costs three \`fmix32\` and four stores (engine 3.0.0, decision 0004) instead of
about 2.2 µs of hashing. The summaries are exact by design (QUALITY R2: the same bytes for
any chunking and any number of workers), which is what they cost; numpy's figure, for
comparison, keeps all replications in memory and sums in floating point.`;
