/**
 * fast-check arbitraries of valid scenario files, as a user could write them (plain-number
 * shorthand, optional fields left out), built from the bounds in docs/scenarios.md. For
 * tests only (fast-check is a devDependency): the property tests here use them, and so can
 * any round-trip test of a scenario codec (QUALITY P1).
 */
import fc from 'fast-check';
import { hasPositiveMean } from './distribution-schema.ts';
import { LIMITS } from './limits.ts';
import { nameKey } from './fields.ts';
import { tooMuchWork } from './work-estimate.ts';
import type { FlowLineSpec } from '../sim/line/types.ts';
import type { Distribution } from '../sim/rng/distribution-shape.ts';

const positiveTime = fc.double({ min: LIMITS.minPositiveTime, max: LIMITS.maxTime, noNaN: true });
/** 0, or from LIMITS.minPositiveTime up. */
const time = fc.oneof(fc.constant(0), positiveTime);
const cv = fc.oneof(fc.constant(0), fc.double({ min: LIMITS.minPositiveCV, max: LIMITS.maxCV, noNaN: true }));
const probability = fc.double({ min: 0, max: 1, noNaN: true });
const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);

/** A time distribution as written in a file: an object or the plain-number shorthand. */
export const timeDistributionArb = fc.oneof(
  time,
  fc.record({ dist: fc.constant('deterministic'), value: time }),
  fc.record({ dist: fc.constant('exponential'), mean: positiveTime }),
  fc.tuple(time, time).map((t) => {
    const [min, max] = sorted(t);
    return { dist: 'uniform', min, max };
  }),
  fc.tuple(time, time, time).map((t) => {
    const [min, mode, max] = sorted(t);
    return { dist: 'triangular', min, mode, max };
  }),
  fc.record({ dist: fc.constant('normal'), mean: time, sd: time }),
  fc.record({ dist: fc.constantFrom('lognormal', 'gamma'), mean: positiveTime, cv }),
  fc.record({ dist: fc.constant('empirical'), values: fc.array(time, { minLength: 1, maxLength: 20 }) }),
);

const nonBlankName = (maxLength: number) => fc.string({ minLength: 1, maxLength }).filter((s) => /\S/.test(s));

const seedArb = fc.oneof(
  fc.string({ maxLength: LIMITS.maxSeedLength }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const common = {
  version: fc.constant(1),
  name: fc.string({ maxLength: LIMITS.maxName }),
  description: fc.string({ maxLength: LIMITS.maxDescription }),
  seed: seedArb,
};

/**
 * 1–20 elements with names unique among them, each name starting with `prefix`: the line
 * gives each station's work elements their own prefix, so names are unique along the line,
 * and setup elements another, so they never clash with the station's work elements.
 */
function elementsArb(prefix: string): fc.Arbitrary<{ name: string; time: unknown }[]> {
  return fc
    .uniqueArray(nonBlankName(40), { minLength: 1, maxLength: LIMITS.maxElements, selector: nameKey })
    .chain((names) => fc.tuple(...names.map((name) => fc.record({ name: fc.constant(`${prefix}${name}`), time: timeDistributionArb }))));
}

const setupKindArb = fc.constantFrom('internal', 'external');

/** A station's work: a processTime, or work elements (optionally with a processTime of 0 beside them). */
function workArb(station: number) {
  return fc.oneof(
    fc.record({ processTime: timeDistributionArb }),
    fc.record({ elements: elementsArb(`s${station} `), processTime: fc.constantFrom(0, { dist: 'deterministic', value: 0 }) }, { requiredKeys: ['elements'] }),
  );
}

/** A station's changeover: a setupTime, setup elements, or neither. */
const setupArb = fc.oneof(
  fc.record({ setupTime: timeDistributionArb }, { requiredKeys: [] }),
  fc
    .tuple(elementsArb('setup '), fc.array(setupKindArb, { minLength: LIMITS.maxElements, maxLength: LIMITS.maxElements }))
    .map(([elements, kinds]) => ({ setupElements: elements.map((e, i) => ({ ...e, kind: kinds[i] })) })),
);

const stationsArb = fc
  .uniqueArray(nonBlankName(LIMITS.maxStationName), { minLength: 1, maxLength: LIMITS.maxStations, selector: nameKey })
  .chain((names) =>
    fc.tuple(
      ...names.map((name, i) =>
        fc
          .tuple(
            fc.record(
              {
                name: fc.constant(name),
                handlingTime: timeDistributionArb,
                defectRate: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
                pokaYoke: fc.boolean(),
              },
              { requiredKeys: ['name'] },
            ),
            workArb(i),
            setupArb,
          )
          .map(([station, work, setup]) => ({ ...station, ...work, ...setup })),
      ),
    ),
  );

const flowRelease = fc
  .record({
    interarrival: timeDistributionArb.filter(hasPositiveMean),
    horizon: fc.double({ min: Number.MIN_VALUE, max: LIMITS.maxHorizon, noNaN: true }),
    // Half the horizon at most: horizon × f stays < horizon even for the tiniest horizons.
    warmupShare: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true }), { nil: undefined }),
  })
  .map(({ interarrival, horizon, warmupShare }) => ({
    mode: 'flow',
    interarrival,
    horizon,
    ...(warmupShare === undefined ? {} : { warmup: horizon * warmupShare }),
  }));

const orderRelease = fc.record({ mode: fc.constant('order'), quantity: fc.integer({ min: 1, max: LIMITS.maxOrderQuantity }) });

type Raw = Record<string, unknown>;

/** A time as the core reads it (the file's plain-number shorthand and defaults expanded). */
function asDistribution(d: unknown): Distribution {
  if (typeof d === 'number') return { dist: 'deterministic', value: d };
  return (d as Distribution | undefined) ?? { dist: 'deterministic', value: 0 };
}

/** The fields the work estimate reads, from a file as written. */
function asSpec(raw: Raw): FlowLineSpec {
  const release = raw['release'] as Raw;
  return {
    timeUnit: 'minute',
    transferBatch: raw['transferBatch'] as number,
    moveTime: asDistribution(raw['moveTime']),
    release:
      release['mode'] === 'order'
        ? { mode: 'order', quantity: release['quantity'] as number }
        : { mode: 'flow', interarrival: asDistribution(release['interarrival']), horizon: release['horizon'] as number, warmup: 0 },
    stations: (raw['stations'] as Raw[]).map((st) => ({
      name: st['name'] as string,
      processTime: asDistribution(st['processTime']),
      setupTime: asDistribution(st['setupTime']),
      handlingTime: asDistribution(st['handlingTime']),
      defectRate: (st['defectRate'] as number | undefined) ?? 0,
      ...(st['setupElements'] === undefined ? {} : { setupElements: (st['setupElements'] as Raw[]).map((e) => ({ ...e, time: asDistribution(e['time']) })) as unknown as FlowLineSpec['stations'][number]['setupElements'] }),
      ...(st['pokaYoke'] === true ? { pokaYoke: true } : {}),
    })),
  };
}

/**
 * Lowers the quantity, horizon or defect rates of a generated line, as the validator's
 * message says, until its estimated work fits (docs/scenarios.md, "How big a run may be").
 */
function fitWork(raw: Raw): Raw {
  let out = raw;
  for (let round = 0; round < 50; round++) {
    const found = tooMuchWork(asSpec(out));
    if (found === null) return out;
    const release = out['release'] as Raw;
    if (found.field === 'quantity') out = { ...out, release: { ...release, quantity: Math.max(1, found.largest) } };
    else if (found.field === 'horizon') {
      const horizon = release['horizon'] as number;
      const warmup = release['warmup'] as number | undefined;
      out = { ...out, release: { ...release, horizon: found.largest, ...(warmup === undefined ? {} : { warmup: (warmup / horizon) * found.largest }) } };
    } else {
      const stations = (out['stations'] as Raw[]).map((st, i) => (i === found.station ? { ...st, defectRate: found.largest ?? 0 } : st));
      out = { ...out, stations };
    }
  }
  return out;
}

/** A valid flow-line scenario file, version-2 fields included (a cap and buffers ≥ the transfer batch, none on station 1), its work within the limit. */
export const flowLineScenarioArb = fc.record(
  {
    ...common,
    model: fc.constant('flow-line'),
    replications: fc.integer({ min: 1, max: LIMITS.maxFlowReplications }),
    timeUnit: fc.constantFrom('second', 'minute', 'hour'),
    stations: stationsArb,
    transferBatch: fc.integer({ min: 1, max: LIMITS.maxTransferBatch }),
    moveTime: timeDistributionArb,
    release: fc.oneof(orderRelease, flowRelease),
  },
  { requiredKeys: ['version', 'model', 'seed', 'stations', 'transferBatch', 'release'] },
).chain((scenario) => {
  const batch = scenario.transferBatch;
  const atLeastBatch = fc.integer({ min: batch, max: Math.max(batch, LIMITS.maxBuffer) });
  return fc
    .record({
      wipCap: fc.option(fc.integer({ min: batch, max: LIMITS.maxWipCap }), { nil: undefined }),
      buffers: fc.array(fc.option(atLeastBatch, { nil: undefined }), { minLength: scenario.stations.length, maxLength: scenario.stations.length }),
      processBatch: fc.option(fc.integer({ min: 1, max: LIMITS.maxProcessBatch }), { nil: undefined }),
      unitValue: fc.option(fc.double({ min: 0, max: LIMITS.maxAmount, noNaN: true }), { nil: undefined }),
    })
    .map(({ wipCap, buffers, processBatch, unitValue }) => ({
      ...scenario,
      stations: scenario.stations.map((st, i) => (i > 0 && buffers[i] !== undefined ? { ...st, buffer: buffers[i] } : st)),
      release: wipCap === undefined ? scenario.release : { ...scenario.release, wipCap },
      ...(processBatch === undefined ? {} : { processBatch }),
      ...(unitValue === undefined ? {} : { unitValue }),
    }))
    .map(fitWork);
});

const amount = fc.double({ min: 0, max: LIMITS.maxAmount, noNaN: true });

/** States with unique names and probabilities that sum to 1 (weights normalised). */
const statesArb = fc.integer({ min: 1, max: LIMITS.maxMarketStates }).chain((n) =>
  fc
    .tuple(
      fc.uniqueArray(nonBlankName(LIMITS.maxStationName), { minLength: n, maxLength: n, selector: nameKey }),
      fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: n, maxLength: n }),
      fc.array(amount, { minLength: n, maxLength: n }),
    )
    .map(([names, weights, levels]) => {
      const total = weights.reduce((a, b) => a + b, 0);
      return names.map((name, i) => ({
        name,
        probability: total === 0 ? (i === 0 ? 1 : 0) : (weights[i] ?? 0) / total,
        level: levels[i] ?? 0,
      }));
    }),
);

/** 0 ≤ salvage < cost ≤ price; margins of at least 0.001 survive rounding at these sizes. */
const economicsArb = fc
  .record({
    salvage: fc.double({ min: 0, max: 1e6, noNaN: true }),
    loss: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
    margin: fc.double({ min: 0, max: 1e6, noNaN: true }),
    holding: fc.double({ min: 0, max: 1e6, noNaN: true }),
  })
  .map(({ salvage, loss, margin, holding }) => ({ price: salvage + loss + margin, cost: salvage + loss, salvage, holding }));

/** Either a list of launch quantities or an integer sweep, with how many quantities it gives. */
const quantitiesArb = fc.oneof(
  fc.array(amount, { minLength: 1, maxLength: 50 }).map((list) => ({ fields: { launchQuantities: list }, count: list.length })),
  fc
    .record({ from: fc.integer({ min: 0, max: 1e6 }), step: fc.integer({ min: 1, max: 1e4 }), points: fc.integer({ min: 1, max: LIMITS.maxLaunchQuantities }) })
    .map(({ from, step, points }) => ({ fields: { sweep: { from, to: from + step * (points - 1), step } }, count: points })),
  fc.constant({ fields: { sweep: { from: 0, to: 1, step: 0.1 } }, count: 11 }),
  strategiesArb(),
);

/**
 * Version 2: 1–5 strategies with unique names; a commitment brings its own capacity ≥ its rate
 * and commits period 1 only (valid whatever the horizon); a safety factor now and then.
 */
function strategiesArb() {
  const strategy = fc.record(
    {
      initial: amount,
      commit: fc.record({ share: fc.double({ min: 0, max: 1, noNaN: true }), capacity: amount }),
      rampUp: fc.integer({ min: 0, max: LIMITS.maxLaunchPeriods }),
      fixedCost: amount,
    },
    { requiredKeys: ['initial'] },
  );
  return fc
    .tuple(
      // Up to 5 keeps the property tests quick; the limit of 20 has its own tests (strategies.test.ts).
      fc.uniqueArray(nonBlankName(LIMITS.maxStationName), { minLength: 1, maxLength: 5, selector: nameKey }),
      fc.array(strategy, { minLength: 5, maxLength: 5 }),
      fc.option(fc.double({ min: 0, max: LIMITS.maxSafetyFactor, noNaN: true }), { nil: undefined }),
    )
    .map(([names, specs, safetyFactor]) => {
      const strategies = names.map((name, i) => {
        const { commit, ...rest } = specs[i] ?? { initial: 0 };
        return {
          name,
          ...rest,
          ...(commit === undefined ? {} : { capacity: commit.capacity, commit: { rate: commit.share * commit.capacity, periods: 1 } }),
        };
      });
      return { fields: { strategies, ...(safetyFactor === undefined ? {} : { safetyFactor }) }, count: strategies.length };
    });
}

/** A valid launch scenario file; replications × launch quantities stays within the limit. */
export const launchScenarioArb = quantitiesArb.chain(({ fields, count }) =>
  fc
    .record(
      {
        ...common,
        model: fc.constant('launch'),
        replications: fc.integer({ min: 1, max: Math.min(LIMITS.maxLaunchReplications, Math.floor(LIMITS.maxLaunchRuns / count)) }),
        market: fc.record({ states: statesArb, demandCV: cv }),
        economics: economicsArb,
        horizon: fc.integer({ min: 1, max: LIMITS.maxLaunchPeriods }),
        rampUp: fc.integer({ min: 0, max: LIMITS.maxLaunchPeriods }),
        capacity: amount,
        patience: probability,
      },
      { requiredKeys: ['version', 'model', 'seed', 'market', 'economics', 'horizon', 'capacity'] },
    )
    .map((scenario) => ({ ...scenario, ...fields })),
);

/** A valid scenario file of either model. */
export const scenarioArb = fc.oneof(flowLineScenarioArb, launchScenarioArb);
