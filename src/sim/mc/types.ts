/**
 * The contract between a model and the Monte Carlo runner. A model computes a summary of
 * any range of replications; summaries merge exactly (associative and commutative to the
 * bit), so the result does not depend on chunk sizes, worker counts or the order chunks
 * finish in (QUALITY R2). Summaries are plain data (objects, arrays, numbers, typed
 * arrays) so they cross worker boundaries by structured clone.
 */
export interface MonteCarloModel<Summary, Result> {
  /** Summary of replications `from` (inclusive) to `to` (exclusive); a pure function of the range. */
  runChunk(from: number, to: number): Summary;
  /** A summary of no replications. */
  empty(): Summary;
  /** Merges b into a and returns a; exact, so merge order never shows in the result. */
  merge(a: Summary, b: Summary): Summary;
  /** The reported result of a summary of all replications. */
  finalize(summary: Summary, replications: number): Result;
}
