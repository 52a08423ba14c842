/**
 * The scenario file format (docs/scenarios.md) as valibot schemas: one per model,
 * discriminated on `model`. Run them through parseScenario (parse.ts), which adds the
 * pre-pass and readable messages; the schemas alone accept a few things the pre-pass
 * refuses (deep nesting, huge arrays), and are exported for the JSON Schema and for tests.
 *
 * Cross-field rules (unique names, warmup < horizon, salvage < cost ≤ price, probabilities
 * summing to 1, exactly one of launchQuantities and sweep, run counts) are rawCheck actions
 * after each object; JSON Schema cannot express them, so they also appear in descriptions.
 */
import * as v from 'valibot';
import { deterministic, isAlwaysZero, type Distribution } from '../sim/rng/distribution-shape.ts';
import type { StationSpec } from '../sim/line/types.ts';
import { timeDistribution } from './distribution-schema.ts';
import {
  choiceField,
  cleanNumber,
  crossCheck,
  fieldStep,
  hasIssueAt,
  isFiniteNumber,
  isRecord,
  itemStep,
  listChoices,
  listField,
  numberField,
  report,
  strictObject,
  textField,
  type AddIssue,
  type Dataset,
  type IssuePath,
  nameKey,
} from './fields.ts';
import { LIMITS, formatLimit } from './limits.ts';
import { sweepPointCount } from './sweep.ts';
import { SCENARIO_VERSION, STRATEGY_SWEEP_FIELDS, type Scenario } from './types.ts';
import { workLimitCheck } from './work-limit-check.ts';

// --- Shared ---------------------------------------------------------------------------------

export const MODELS = ['flow-line', 'launch'] as const;

const seed = v.union(
  [textField({ maxLength: LIMITS.maxSeedLength }), numberField({})],
  `must be text of at most ${LIMITS.maxSeedLength} characters or a number`,
);

/** Fields every scenario has, in the order they are written out. */
function commonEntries<const TModel extends string>(model: TModel) {
  return {
    version: v.pipe(v.literal(SCENARIO_VERSION, `must be ${SCENARIO_VERSION}`), v.description('The file format version.')),
    model: v.literal(model, `must be ${listChoices(MODELS)}`),
    name: v.optional(textField({ maxLength: LIMITS.maxName, description: 'A short title, shown in lists.' })),
    description: v.optional(textField({ maxLength: LIMITS.maxDescription, description: 'One or two sentences on what the scenario shows.' })),
    seed: v.pipe(seed, v.description('The seed every random stream is derived from; the same seed gives the same results.')),
  };
}

/** Reports each item whose `name` repeats an earlier item's, or reads the same (nameKey: differs only in invisible characters, spacing or Unicode composition). */
function uniqueNames<T>(listPath: string): v.RawCheckAction<T> {
  return crossCheck<T>((dataset, addIssue) => {
    const list: unknown = dataset.value;
    if (!Array.isArray(list)) return;
    const items: unknown[] = list;
    const firstIndex = new Map<string, number>();
    items.forEach((item, i) => {
      if (!isRecord(item) || typeof item['name'] !== 'string' || hasIssueAt(dataset, i, 'name')) return;
      const name = item['name'];
      const first = firstIndex.get(nameKey(name));
      if (first === undefined) firstIndex.set(nameKey(name), i);
      else report(addIssue, [itemStep(items, i), fieldStep(item, 'name')], name, `must be unique (${listPath}[${first}].name is the same)`);
    });
  });
}

// --- Flow line (Model A) ---------------------------------------------------------------------

export const TIME_UNITS = ['second', 'minute', 'hour'] as const;

function wasteFlag() {
  return v.pipe(
    v.boolean('must be true or false'),
    v.description('true: the step is waste (walking, searching, waiting for a crane…), the only kind a kaizen may simply remove. Left out: value-adding (or necessary) work, which can only be shortened by an improvement that states its basis.'),
  );
}

const workElement = strictObject({
  name: textField({ maxLength: LIMITS.maxStationName, nonBlank: true, description: 'Unique along the whole line: an element keeps its name, and its random numbers, when it moves to another station.' }),
  time: timeDistribution({ description: 'Time of this step, per unit.' }),
  waste: v.optional(wasteFlag()),
});

export const SETUP_KINDS = ['internal', 'external'] as const;

const setupElement = strictObject({
  name: textField({ maxLength: LIMITS.maxStationName, nonBlank: true, description: 'Unique within the station, work elements included.' }),
  time: timeDistribution({ description: 'Time of this step, per changeover.' }),
  waste: v.optional(wasteFlag()),
  kind: v.pipe(
    choiceField(SETUP_KINDS),
    v.description(
      '"internal": done while the station is stopped, part of the changeover; "external": done by the station\'s operator while the station is idle (starved or blocked), after the previous setup; what is not done by the next setup is done then (SMED moves work out of the stopped machine\'s time, not out of existence).',
    ),
  ),
});

/** A distribution as a message shows it: a fixed time as its number, as a file would write it. */
function shown(d: Distribution): unknown {
  return d.dist === 'deterministic' ? d.value : d;
}

/**
 * Exactly one of processTime and elements (a processTime of 0 counts as none, so a
 * validated scenario, which writes it as 0, reads back the same); at most one of a
 * non-zero setupTime and setupElements; setup element names unique within the station and
 * apart from its work elements.
 */
function stationRules<T>(): v.RawCheckAction<T> {
  return crossCheck<T>((dataset, addIssue) => {
    const s = dataset.value;
    // A list given for a station is read as an object with keys "0", "1"…; its one message says enough.
    if (!isRecord(s) || dataset.issues?.some((issue) => Array.isArray(issue.path?.[0]?.input)) === true) return;
    const processTime = s['processTime'];
    const hasElements = s['elements'] !== undefined;
    if (processTime === undefined && !hasElements) report(addIssue, [fieldStep(s, 'processTime')], undefined, 'required (or give elements instead)');
    if (hasElements && isRecord(processTime) && !hasIssueAt(dataset, 'processTime') && !isAlwaysZero(processTime as Distribution)) {
      report(addIssue, [fieldStep(s, 'processTime')], shown(processTime as Distribution), 'must be left out (or 0) when elements are given');
    }
    const setupTime = s['setupTime'];
    if (s['setupElements'] !== undefined && isRecord(setupTime) && !hasIssueAt(dataset, 'setupTime') && !isAlwaysZero(setupTime as Distribution)) {
      report(addIssue, [fieldStep(s, 'setupTime')], shown(setupTime as Distribution), 'must be left out (or 0) when setupElements are given');
    }
    const setup = s['setupElements'];
    if (!Array.isArray(setup)) return;
    const setupItems: unknown[] = setup;
    const work = s['elements'];
    const workIndex = new Map<string, number>();
    if (Array.isArray(work)) {
      (work as unknown[]).forEach((e, j) => {
        if (isRecord(e) && typeof e['name'] === 'string' && !workIndex.has(nameKey(e['name']))) workIndex.set(nameKey(e['name']), j);
      });
    }
    const firstSetup = new Map<string, number>();
    setupItems.forEach((e, j) => {
      if (!isRecord(e) || typeof e['name'] !== 'string' || hasIssueAt(dataset, 'setupElements', j, 'name')) return;
      const name = e['name'];
      const path: IssuePath = [fieldStep(s, 'setupElements'), itemStep(setupItems, j), fieldStep(e, 'name')];
      const earlier = firstSetup.get(nameKey(name));
      const asWork = workIndex.get(nameKey(name));
      if (earlier !== undefined) report(addIssue, path, name, `must be unique within the station (setupElements[${earlier}].name is the same)`);
      else {
        firstSetup.set(nameKey(name), j);
        if (asWork !== undefined) report(addIssue, path, name, `must differ from the station's work elements (elements[${asWork}].name is the same)`);
      }
    });
  });
}

const stationObject = strictObject({
  name: textField({ maxLength: LIMITS.maxStationName, nonBlank: true, description: 'Unique within the line.' }),
  processTime: v.optional(timeDistribution({ description: 'Work content per unit. Give either processTime or elements.' })),
  elements: v.optional(
    v.pipe(
      listField(workElement, 1, LIMITS.maxElements, 'elements'),
      v.description('The work per unit as basic steps, instead of processTime: the process time is the sum of their draws. Names unique along the line.'),
    ),
  ),
  setupTime: v.optional(timeDistribution({ description: 'Changeover before each batch the station starts. Left out (or 0) when setupElements are given.' }), 0),
  setupElements: v.optional(
    v.pipe(
      listField(setupElement, 1, LIMITS.maxElements, 'setup elements'),
      v.description('The changeover as steps, instead of setupTime: the changeover is the sum of the internal ones. Names unique within the station.'),
    ),
  ),
  handlingTime: v.optional(
    timeDistribution({ description: 'Per unit: take it out, lay it out, put it back. Paid only when transferBatch > 1.' }),
    0,
  ),
  defectRate: v.optional(
    numberField({ min: 0, lt: 1, description: 'Probability, per unit started in adjustment, that the station drifts out of adjustment.' }),
    0,
  ),
  pokaYoke: v.optional(
    v.pipe(
      v.boolean('must be true or false'),
      v.description('A check at the source: the station finds its own drift on the unit it drifts on, when that unit is finished; only that unit is scrapped.'),
    ),
  ),
  buffer: v.optional(
    numberField({
      integer: true,
      min: 1,
      max: LIMITS.maxBuffer,
      description:
        'Kanban buffer in front of this station (stations 2…N): at most this many units on their way here or waiting here, the unit in process not counted. The station before holds a finished transfer batch (blocked) until all of it fits. Must be ≥ transferBatch. Left out: unlimited.',
    }),
  ),
});

/** The validated station: processTime 0 beside elements, optional parts present only when given (pokaYoke only when true). */
function toStation(s: v.InferOutput<typeof stationObject>): StationSpec {
  return {
    name: s.name,
    processTime: s.processTime ?? deterministic(0),
    ...(s.elements === undefined ? {} : { elements: s.elements }),
    setupTime: s.setupTime,
    ...(s.setupElements === undefined ? {} : { setupElements: s.setupElements }),
    handlingTime: s.handlingTime,
    defectRate: s.defectRate,
    ...(s.pokaYoke === true ? { pokaYoke: true } : {}),
    ...(s.buffer === undefined ? {} : { buffer: s.buffer }),
  };
}

const station = v.pipe(
  stationObject,
  v.description('Give exactly one of processTime and elements. setupTime must be left out (or 0) when setupElements are given.'),
  stationRules(),
  v.transform(toStation),
);

/** Reports each work element whose name an earlier element of the line (any station) already has. */
function uniqueElementNames<T>(): v.RawCheckAction<T> {
  return crossCheck<T>((dataset, addIssue) => {
    const list: unknown = dataset.value;
    if (!Array.isArray(list)) return;
    const stations: unknown[] = list;
    const first = new Map<string, string>();
    stations.forEach((st, i) => {
      if (!isRecord(st) || !Array.isArray(st['elements'])) return;
      const elements: unknown[] = st['elements'];
      elements.forEach((e, j) => {
        if (!isRecord(e) || typeof e['name'] !== 'string' || hasIssueAt(dataset, i, 'elements', j, 'name')) return;
        const name = e['name'];
        const earlier = first.get(nameKey(name));
        if (earlier === undefined) first.set(nameKey(name), `stations[${i}].elements[${j}].name`);
        else report(addIssue, [itemStep(stations, i), fieldStep(st, 'elements'), itemStep(elements, j), fieldStep(e, 'name')], name, `must be unique along the line (${earlier} is the same)`);
      });
    });
  });
}

const wipCap = v.optional(
  numberField({
    integer: true,
    min: 1,
    max: LIMITS.maxWipCap,
    description:
      'CONWIP: at most this many units released and not yet delivered or scrapped; the rest of the order (or, in flow mode, the arrivals, as a backlog) waits outside the line. Must be ≥ transferBatch. Left out: push (no cap).',
  }),
);

/**
 * What could stop the line for good is refused before it runs: a WIP cap below one transfer
 * batch never lets a batch form, a buffer smaller than a transfer batch can never take one
 * in; the first station takes raw material, with no buffer in front of it.
 */
function pullRules<T>(): v.RawCheckAction<T> {
  return crossCheck<T>((dataset, addIssue) => {
    const s = dataset.value;
    if (!isRecord(s)) return;
    const batch = cleanNumber(dataset, 'transferBatch');
    const rel = s['release'];
    if (batch !== undefined && isRecord(rel) && isFiniteNumber(rel['wipCap']) && !hasIssueAt(dataset, 'release', 'wipCap') && rel['wipCap'] < batch) {
      report(
        addIssue,
        [fieldStep(s, 'release'), fieldStep(rel, 'wipCap')],
        rel['wipCap'],
        `must be ≥ transferBatch (${formatLimit(batch)}): under a smaller cap no transfer batch could ever form, and the line would stop`,
      );
    }
    const list = s['stations'];
    if (!Array.isArray(list)) return;
    const stations: unknown[] = list;
    stations.forEach((st, i) => {
      if (!isRecord(st) || !isFiniteNumber(st['buffer']) || hasIssueAt(dataset, 'stations', i, 'buffer')) return;
      const path: IssuePath = [fieldStep(s, 'stations'), itemStep(stations, i), fieldStep(st, 'buffer')];
      if (i === 0) report(addIssue, path, st['buffer'], 'must be left out: the first station takes raw material, with no buffer in front of it');
      else if (batch !== undefined && st['buffer'] < batch) {
        report(addIssue, path, st['buffer'], `must be ≥ transferBatch (${formatLimit(batch)}): a smaller buffer could never take a whole transfer batch in, and the line would stop`);
      }
    });
  });
}

const orderRelease = strictObject({
  mode: v.literal('order'),
  quantity: numberField({ integer: true, min: 1, max: LIMITS.maxOrderQuantity, description: 'Good units to deliver; all raw material waits at station 1 at t = 0 (under a wipCap, outside the line).' }),
  wipCap,
});

const flowRelease = v.pipe(
  strictObject({
    mode: v.literal('flow'),
    interarrival: timeDistribution({ positiveMean: true, description: 'Time between arrivals at station 1.' }),
    horizon: numberField({ gt: 0, max: LIMITS.maxHorizon, description: 'Length of the run.' }),
    warmup: v.optional(numberField({ min: 0, max: LIMITS.maxHorizon, description: 'Start of the run left out of statistics; < horizon.' }), 0),
    wipCap,
  }),
  v.description('Units arrive one by one. warmup must be < horizon.'),
  crossCheck((dataset, addIssue) => {
    const warmup = cleanNumber(dataset, 'warmup');
    const horizon = cleanNumber(dataset, 'horizon');
    if (isRecord(dataset.value) && warmup !== undefined && horizon !== undefined && !(warmup < horizon)) {
      report(addIssue, [fieldStep(dataset.value, 'warmup')], warmup, `must be < release.horizon (${formatLimit(horizon)})`);
    }
  }),
);

const release = v.variant('mode', [orderRelease, flowRelease], (issue) =>
  issue.path === undefined ? 'must be an object {…}' : `must be ${listChoices(['order', 'flow'])}`,
);

export const flowLineObjectSchema = v.pipe(
  strictObject({
    ...commonEntries('flow-line'),
    replications: v.optional(numberField({ integer: true, min: 1, max: LIMITS.maxFlowReplications }), 1),
    timeUnit: v.optional(choiceField(TIME_UNITS), 'minute'),
    stations: v.pipe(
      listField(station, 1, LIMITS.maxStations, 'stations'),
      v.description('The serial line, first station first. Station names must be unique, and work element names unique along the line.'),
      uniqueNames('stations'),
      uniqueElementNames(),
    ),
    transferBatch: numberField({ integer: true, min: 1, max: LIMITS.maxTransferBatch, description: 'Units moved together between stations; 1 is one-piece flow.' }),
    moveTime: v.optional(timeDistribution({ description: 'To carry one transfer batch to the next station.' }), 0),
    release: v.pipe(release, v.description('"order": a fixed order of units; "flow": arrivals over a horizon.')),
    processBatch: v.optional(
      numberField({
        integer: true,
        min: 1,
        max: LIMITS.maxProcessBatch,
        description:
          'Units a station makes per setup, counted in the order it starts them (units 1, P+1, 2P+1… are set up for); units still move in transfer batches. Left out: the transfer batch (one setup per transfer batch).',
      }),
    ),
    unitValue: v.optional(numberField({ min: 0, max: LIMITS.maxAmount, description: 'Money per unit, for the value of work in progress (WIP × unitValue).' })),
  }),
  v.description('Model A: a serial flow line, batch against one-piece flow. release.wipCap and every station buffer must be ≥ transferBatch; the first station takes no buffer.'),
  pullRules(),
  workLimitCheck(),
);

// --- Launch sizing (Model B) -----------------------------------------------------------------

const amount = numberField({ min: 0, max: LIMITS.maxAmount });

const marketState = strictObject({
  name: textField({ maxLength: LIMITS.maxStationName, nonBlank: true, description: 'Unique among the states.' }),
  probability: numberField({ min: 0, max: 1 }),
  level: numberField({ min: 0, max: LIMITS.maxAmount, description: 'Mean demand per period in this state.' }),
});

/** Reports a list of market states whose probabilities do not sum to 1. */
function probabilitiesSumToOne<T>(): v.RawCheckAction<T> {
  return crossCheck<T>((dataset, addIssue) => {
    const list: unknown = dataset.value;
    if (!Array.isArray(list) || list.length === 0) return;
    const items: unknown[] = list;
    let sum = 0;
    for (const [i, item] of items.entries()) {
      const p = isRecord(item) ? item['probability'] : undefined;
      // A bad probability has its own issue; a sum over it would only add noise.
      if (!isFiniteNumber(p) || hasIssueAt(dataset, i)) return;
      sum += p;
    }
    if (Math.abs(sum - 1) > LIMITS.probabilitySumTolerance) {
      // Twelve digits show any sum outside the tolerance and keep the value short.
      const shown = String(Number(sum.toPrecision(12)));
      report(addIssue, undefined, items, `must sum to 1 (within ${LIMITS.probabilitySumTolerance})`, `probabilities summing to ${shown}`);
    }
  });
}

const market = strictObject({
  states: v.pipe(
    listField(marketState, 1, LIMITS.maxMarketStates, 'market states'),
    v.description(`Drawn once per replication. Names must be unique; probabilities must sum to 1 (within ${LIMITS.probabilitySumTolerance}).`),
    uniqueNames('market.states'),
    probabilitiesSumToOne(),
  ),
  demandCV: numberField({ min: 0, max: LIMITS.maxCV, description: 'Coefficient of variation of the lognormal noise on each period’s demand (0: demand = level).' }),
});

const economics = v.pipe(
  strictObject({
    price: numberField({ min: 0, max: LIMITS.maxAmount, description: 'Per unit sold; ≥ cost.' }),
    cost: numberField({ min: 0, max: LIMITS.maxAmount, description: 'Per unit made; > salvage and ≤ price.' }),
    salvage: numberField({ min: 0, max: LIMITS.maxAmount, description: 'Per unit left at the end of the horizon; < cost.' }),
    holding: numberField({ min: 0, max: LIMITS.maxAmount, description: 'Per unit carried from one period to the next.' }),
  }),
  v.description('Per unit. Must satisfy 0 ≤ salvage < cost ≤ price.'),
  crossCheck((dataset, addIssue) => {
    const object = dataset.value;
    if (!isRecord(object)) return;
    const price = cleanNumber(dataset, 'price');
    const cost = cleanNumber(dataset, 'cost');
    const salvage = cleanNumber(dataset, 'salvage');
    if (salvage !== undefined && cost !== undefined && !(salvage < cost)) {
      report(addIssue, [fieldStep(object, 'salvage')], salvage, `must be < economics.cost (${formatLimit(cost)})`);
    }
    if (cost !== undefined && price !== undefined && !(cost <= price)) {
      report(addIssue, [fieldStep(object, 'cost')], cost, `must be ≤ economics.price (${formatLimit(price)})`);
    }
  }),
);

const sweep = v.pipe(
  strictObject({
    strategy: v.optional(textField({ maxLength: LIMITS.maxStationName, nonBlank: true, description: 'With strategies: the name of the strategy whose field is swept.' })),
    field: v.optional(
      v.pipe(choiceField(STRATEGY_SWEEP_FIELDS), v.description('With strategies: the field swept, "initial", "commit.rate" or "commit.periods".')),
    ),
    from: amount,
    to: amount,
    step: numberField({ gt: 0, max: LIMITS.maxAmount }),
  }),
  v.description(
    `Launch quantities (or, with strategies, values of one strategy field) from, from + step, … up to to. to must be ≥ from; at most ${formatLimit(LIMITS.maxLaunchQuantities)} points.`,
  ),
  crossCheck((dataset, addIssue) => {
    const object = dataset.value;
    if (!isRecord(object)) return;
    const from = cleanNumber(dataset, 'from');
    const to = cleanNumber(dataset, 'to');
    const step = cleanNumber(dataset, 'step');
    if (from === undefined || to === undefined) return;
    if (to < from) {
      report(addIssue, [fieldStep(object, 'to')], to, `must be ≥ sweep.from (${formatLimit(from)})`);
      return;
    }
    if (step === undefined) return;
    const points = sweepPointCount({ from, to, step });
    if (points > LIMITS.maxLaunchQuantities) {
      report(addIssue, [fieldStep(object, 'step')], step, `must give at most ${formatLimit(LIMITS.maxLaunchQuantities)} points (this gives ${formatLimit(points)})`);
    }
  }),
);

/** How many launches (quantities, strategies, grid points) the scenario asks for, when that is known without doubt. */
function launchQuantityCount(dataset: { readonly value: unknown; readonly issues?: readonly v.BaseIssue<unknown>[] | undefined }): number | undefined {
  const s = dataset.value;
  if (!isRecord(s)) return undefined;
  const list = s['launchQuantities'];
  if (Array.isArray(list) && !hasIssueAt(dataset, 'launchQuantities')) return list.length;
  const strategies = s['strategies'];
  const range = s['sweep'];
  const points = (): number | undefined => {
    if (!isRecord(range) || hasIssueAt(dataset, 'sweep')) return undefined;
    const { from, to, step } = range;
    return isFiniteNumber(from) && isFiniteNumber(to) && isFiniteNumber(step) ? sweepPointCount({ from, to, step }) : undefined;
  };
  if (Array.isArray(strategies)) {
    if (hasIssueAt(dataset, 'strategies')) return undefined;
    if (range === undefined) return strategies.length;
    const n = points();
    return n === undefined ? undefined : strategies.length - 1 + n;
  }
  return points();
}

// --- Launch strategies (Model B version 2) ----------------------------------------------------

const commitment = strictObject({
  rate: numberField({ min: 0, max: LIMITS.maxAmount, description: 'Units made in each committed period, whatever the demand; ≤ the strategy’s capacity.' }),
  periods: numberField({ integer: true, min: 1, max: LIMITS.maxLaunchPeriods, description: 'Periods 1..periods are committed; ≤ horizon.' }),
});

const strategy = strictObject({
  name: textField({ maxLength: LIMITS.maxStationName, nonBlank: true, description: 'Unique among the strategies; results carry it as "strategy".' }),
  initial: numberField({ min: 0, max: LIMITS.maxAmount, description: 'Units made and paid before period 1 (version 1’s Q0); not limited by capacity.' }),
  commit: v.optional(v.pipe(commitment, v.description('A production plan frozen before the market answers: exactly rate units in each of periods 1..periods.'))),
  rampUp: v.optional(
    numberField({ integer: true, min: 0, max: LIMITS.maxLaunchPeriods, description: 'After the commitment nothing is made until period 2 + rampUp; default the scenario’s rampUp.' }),
  ),
  capacity: v.optional(numberField({ min: 0, max: LIMITS.maxAmount, description: 'Most units made per period; default the scenario’s capacity.' })),
  fixedCost: v.optional(numberField({ min: 0, max: LIMITS.maxAmount, description: 'Paid before period 1 (tooling, a line built for the forecast); default 0.' })),
});

/** A number field of a record, when it is a finite number. */
function numberAt(record: unknown, key: string): number | undefined {
  if (!isRecord(record)) return undefined;
  const value = record[key];
  return isFiniteNumber(value) ? value : undefined;
}

/**
 * The rules between strategies and the scenario: each commitment's rate ≤ the strategy's
 * capacity (its own, or the scenario's) and its periods ≤ horizon; a sweep names a listed
 * strategy and a field it has, over values that field allows.
 */
function strategyRules(dataset: Dataset, addIssue: AddIssue, s: Record<string, unknown>): void {
  const list = s['strategies'];
  if (!Array.isArray(list)) return;
  const items: unknown[] = list;
  const scenarioCapacity = cleanNumber(dataset, 'capacity');
  const horizon = cleanNumber(dataset, 'horizon');
  const capacityOf = (item: Record<string, unknown>, i: number) =>
    item['capacity'] === undefined ? scenarioCapacity : hasIssueAt(dataset, 'strategies', i, 'capacity') ? undefined : numberAt(item, 'capacity');
  items.forEach((item, i) => {
    if (!isRecord(item) || !isRecord(item['commit']) || hasIssueAt(dataset, 'strategies', i, 'commit')) return;
    const commit = item['commit'];
    const path = (key: string): IssuePath => [fieldStep(s, 'strategies'), itemStep(items, i), fieldStep(item, 'commit'), fieldStep(commit, key)];
    const capacity = capacityOf(item, i);
    const rate = numberAt(commit, 'rate');
    if (rate !== undefined && capacity !== undefined && rate > capacity) {
      const whose = item['capacity'] === undefined ? 'capacity' : `strategies[${i}].capacity`;
      report(addIssue, path('rate'), rate, `must be ≤ ${whose} (${formatLimit(capacity)})`);
    }
    const periods = numberAt(commit, 'periods');
    if (periods !== undefined && horizon !== undefined && periods > horizon) report(addIssue, path('periods'), periods, `must be ≤ horizon (${formatLimit(horizon)})`);
  });
  const range = s['sweep'];
  if (!isRecord(range) || hasIssueAt(dataset, 'sweep')) return;
  const sweepPath = (key: string): IssuePath => [fieldStep(s, 'sweep'), fieldStep(range, key)];
  const name = range['strategy'];
  const field = range['field'];
  if (name === undefined) report(addIssue, sweepPath('strategy'), undefined, 'required with strategies (the name of the strategy to sweep)');
  if (field === undefined) report(addIssue, sweepPath('field'), undefined, `required with strategies (${listChoices(STRATEGY_SWEEP_FIELDS)})`);
  if (typeof name !== 'string' || typeof field !== 'string') return;
  const index = items.findIndex((item) => isRecord(item) && item['name'] === name);
  const names = items.flatMap((item) => (isRecord(item) && typeof item['name'] === 'string' ? [item['name']] : []));
  if (index < 0) {
    report(addIssue, sweepPath('strategy'), name, `must name one of the strategies (${listChoices(names)})`);
    return;
  }
  const target = items[index] as Record<string, unknown>;
  if (field === 'initial') return;
  if (!isRecord(target['commit'])) {
    report(addIssue, sweepPath('field'), field, `must be "initial": strategies[${index}] ("${name}") has no commit`);
    return;
  }
  const from = numberAt(range, 'from');
  const to = numberAt(range, 'to');
  const step = numberAt(range, 'step');
  if (field === 'commit.rate') {
    const capacity = capacityOf(target, index);
    if (to !== undefined && capacity !== undefined && to > capacity) report(addIssue, sweepPath('to'), to, `must be ≤ the capacity of "${name}" (${formatLimit(capacity)}) when sweeping commit.rate`);
    return;
  }
  // commit.periods: whole periods from 1 to the horizon.
  if (from !== undefined && !(Number.isInteger(from) && from >= 1)) report(addIssue, sweepPath('from'), from, 'must be a whole number ≥ 1 when sweeping commit.periods');
  if (step !== undefined && !Number.isInteger(step)) report(addIssue, sweepPath('step'), step, 'must be a whole number when sweeping commit.periods');
  if (to !== undefined && horizon !== undefined && to > horizon) report(addIssue, sweepPath('to'), to, `must be ≤ horizon (${formatLimit(horizon)}) when sweeping commit.periods`);
}

export const launchObjectSchema = v.pipe(
  strictObject({
    ...commonEntries('launch'),
    replications: v.optional(numberField({ integer: true, min: 1, max: LIMITS.maxLaunchReplications }), 10_000),
    market,
    economics,
    horizon: numberField({ integer: true, min: 1, max: LIMITS.maxLaunchPeriods, description: 'Periods (months) the product is sold over.' }),
    rampUp: v.optional(numberField({ integer: true, min: 0, max: LIMITS.maxLaunchPeriods, description: 'Periods after launch before the plant can produce.' }), 0),
    capacity: numberField({ min: 0, max: LIMITS.maxAmount, description: 'Most units the plant makes per period after launch.' }),
    patience: v.optional(numberField({ min: 0, max: 1, description: 'Share of unmet demand that waits one period as a backorder.' }), 0),
    safetyFactor: v.optional(
      numberField({ min: 0, max: LIMITS.maxSafetyFactor, description: 'After the ramp-up the plant makes estimate × (1 + safetyFactor) − stock on hand; default 0.' }),
    ),
    launchQuantities: v.optional(listField(amount, 1, LIMITS.maxLaunchQuantities, 'launch quantities')),
    strategies: v.optional(
      v.pipe(
        listField(strategy, 1, LIMITS.maxStrategies, 'strategies'),
        v.description('Version 2: the ways to launch compared on the same markets. Names must be unique; commit.rate ≤ the strategy’s capacity; commit.periods ≤ horizon.'),
        uniqueNames('strategies'),
      ),
    ),
    sweep: v.optional(sweep),
  }),
  v.description(
    `Model B: launch sizing. Give exactly one of launchQuantities and sweep (over Q0), or strategies (optionally with a sweep over one strategy field); replications × the number of launches must be ≤ ${formatLimit(LIMITS.maxLaunchRuns)}.`,
  ),
  crossCheck((dataset, addIssue) => {
    const s = dataset.value;
    if (!isRecord(s)) return;
    const hasList = s['launchQuantities'] !== undefined;
    const hasSweep = s['sweep'] !== undefined;
    const hasStrategies = s['strategies'] !== undefined;
    if (hasList && hasStrategies) report(addIssue, [fieldStep(s, 'strategies')], s['strategies'], 'must not be given together with launchQuantities (give exactly one)');
    if (hasList && hasSweep) report(addIssue, [fieldStep(s, 'sweep')], s['sweep'], 'must not be given together with launchQuantities (give exactly one)');
    if (!hasList && !hasSweep && !hasStrategies) report(addIssue, [fieldStep(s, 'launchQuantities')], undefined, 'required (or give a sweep or strategies instead)');
    if (hasStrategies) strategyRules(dataset, addIssue, s);
    else if (isRecord(s['sweep'])) {
      const range = s['sweep'];
      for (const key of ['strategy', 'field']) {
        if (range[key] !== undefined) report(addIssue, [fieldStep(s, 'sweep'), fieldStep(range, key)], range[key], 'must be left out without strategies (it names a strategy field to sweep)');
      }
    }
    const replications = cleanNumber(dataset, 'replications');
    const count = launchQuantityCount(dataset);
    if (replications !== undefined && count !== undefined && replications * count > LIMITS.maxLaunchRuns) {
      const most = Math.max(1, Math.floor(LIMITS.maxLaunchRuns / count));
      report(
        addIssue,
        [fieldStep(s, 'replications')],
        replications,
        `must be ≤ ${formatLimit(most)} with ${formatLimit(count)} ${hasStrategies ? 'launches' : 'launch quantities'} (at most ${formatLimit(LIMITS.maxLaunchRuns)} runs in all)`,
      );
    }
  }),
);

// --- Both --------------------------------------------------------------------------------------

type ScenarioObject = v.InferOutput<typeof flowLineObjectSchema> | v.InferOutput<typeof launchObjectSchema>;

/** The validated object as the core's types say it: fresh objects holding only known fields. */
function toScenario(s: ScenarioObject): Scenario {
  if (s.model === 'flow-line') return s;
  const { launchQuantities, sweep: range, strategies, ...rest } = s;
  if (strategies !== undefined) {
    if (range === undefined) return { ...rest, strategies };
    // The cross-field check guarantees strategy and field with strategies.
    const { strategy: name = '', field = 'initial', from, to, step } = range;
    return { ...rest, strategies, sweep: { strategy: name, field, from, to, step } };
  }
  if (range !== undefined) return { ...rest, sweep: { from: range.from, to: range.to, step: range.step } };
  // The cross-field check guarantees one of the two; [] only satisfies the compiler.
  return { ...rest, launchQuantities: launchQuantities ?? [] };
}

/** A scenario file, either model; its output is a normalised Scenario (defaults filled in). */
export const scenarioSchema = v.pipe(
  v.variant('model', [flowLineObjectSchema, launchObjectSchema], (issue) =>
    issue.path === undefined ? 'must be an object {…} holding a scenario' : `must be ${listChoices(MODELS)}`,
  ),
  v.description('A Genba scenario file (docs/scenarios.md).'),
  v.transform(toScenario),
);
