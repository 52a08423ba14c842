/**
 * The bounds a scenario file must stay within (docs/scenarios.md, QUALITY S7). They are
 * checked before any expensive work, so a hostile or broken file costs little to refuse,
 * and everything the validator accepts gives finite numbers in every result (QUALITY P3).
 */
export const LIMITS = {
  /** Largest scenario text accepted, in UTF-8 bytes (1 MiB). */
  maxTextBytes: 1024 * 1024,
  /** Deepest nesting of objects and arrays; real scenarios need 5. */
  maxDepth: 10,
  /** Most items in any array, and most keys in any object. */
  maxItems: 10_000,
  /**
   * Most values (objects, arrays, strings, numbers...) looked at in one input: a 1 MiB JSON
   * text holds fewer, and it bounds the work on shared or cyclic objects handed in from code.
   */
  maxNodes: 1024 * 1024,
  /** Most issues listed; the rest are counted in one closing issue. */
  maxIssues: 100,
  /** Longest printed value in a message. */
  maxPrintedValue: 40,

  /** Largest time parameter (process, setup, handling, move, inter-arrival), in the scenario's time unit. */
  maxTime: 1e9,
  /**
   * Smallest time parameter other than 0, in the scenario's time unit: a time is 0 or at
   * least this. Below it, sums and ratios of times (throughput = units / makespan) can
   * leave the finite numbers (1e-320 minutes gives an infinite throughput).
   */
  minPositiveTime: 1e-6,
  /** Largest flow-mode horizon, in the scenario's time unit. */
  maxHorizon: 1e9,
  /** Largest amount in a launch scenario (levels, capacity, launch quantities, prices). */
  maxAmount: 1e12,

  maxStations: 20,
  maxStationName: 60,
  /** Most work elements, and most setup elements, of one station. */
  maxElements: 20,
  maxName: 100,
  maxDescription: 1000,
  maxSeedLength: 200,
  maxTransferBatch: 10_000,
  maxOrderQuantity: 1_000_000,
  /** Largest process batch, WIP cap and kanban buffer (units). */
  maxProcessBatch: 1_000_000,
  maxWipCap: 1_000_000,
  maxBuffer: 1_000_000,
  maxFlowReplications: 1000,
  maxLaunchReplications: 1_000_000,
  maxEmpiricalValues: 10_000,
  maxCV: 10,
  /**
   * Smallest coefficient of variation other than 0 (lognormal and gamma times): a cv is 0 or
   * at least this. Below about 1e-154, cv² underflows and a gamma's shape 1/cv² is infinite:
   * every draw would be NaN and nothing would ever be delivered.
   */
  minPositiveCV: 1e-6,
  maxMarketStates: 20,
  /** Strategies in a version-2 launch scenario (Model B version 2). */
  maxStrategies: 20,
  /** Largest safety factor on the launch rule's estimate (10: make eleven times the estimate). */
  maxSafetyFactor: 10,
  maxLaunchPeriods: 120,
  maxLaunchQuantities: 1000,
  /** Most (replication, launch quantity) runs one launch scenario may ask for. */
  maxLaunchRuns: 100_000_000,
  /** Allowed gap between the sum of market state probabilities and 1. */
  probabilitySumTolerance: 1e-9,
} as const;

/** A limit as people read it: thousands grouped, so 1e9 shows as 1,000,000,000. */
export function formatLimit(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) < 10_000 || Math.abs(n) >= 1e21) return String(n);
  const digits = String(Math.abs(n));
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += ',';
    grouped += digits[i];
  }
  return (n < 0 ? '-' : '') + grouped;
}
