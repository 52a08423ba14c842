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

What limits the launch Monte Carlo now (CPU profile, 8 × 100,000 replications of the seed
case, 2026-12-07 22:30, shares of the simulation's own time, module loading left out):
drawing the market 40% (the alea steps, \`exp\` and Φ⁻¹ for 12 periods, Φ⁻¹'s tails with
their \`ln\`), the policy for two launch quantities 15%, garbage collection 12%, the exact
sums and each group's bookkeeping 12%, the quantile sketch 7% (its bucket index 4%), a
chunk's empty summary 3%. Against the profile before (market 34%, exact sums 20%, sketch
18%, policy 16%, GC 8%): the exact sums of a chunk now run in an \`ExactCascade\`
(src/sim/stats/exact-cascade.ts: two TwoSums per value into a pair of doubles per total,
the rare leftover into the expansion, flushed into the summary's exact sums at the chunk's
end: the same exact sums, so the same rounded means), the sketch's bucket index comes from
a table of bucket edges computed with the definition (src/sim/stats/bucket-index.ts: a log
only within 1e-12 of an edge), a store extended downwards is shifted in place instead of
copied (it made half the garbage), and \`exp\` reads its power of two from a table. Every
one is bit-identical by construction and tested (a million bucket indices with the edges and
their neighbouring doubles; the cascade against the expansion on adversarial and random
sums); the golden files did not change. Instruction counts (callgrind, bench/count.ts,
difference of 50,000 and 250,000 replications): see the issue 18 runs below. What is left is
mostly the model's own arithmetic: twelve \`exp\` and Φ⁻¹ per market, engine-independent by
rule (QUALITY R11), and the policy; the summaries are exact by design (QUALITY R2: the same
bytes for any chunking and any number of workers); numpy's figure, for comparison, keeps
all replications in memory and sums in floating point.`;
