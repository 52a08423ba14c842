/**
 * Improvements: named, reversible changes to a flow-line scenario (lesson 2, "It failed
 * before"). Each is a plain value `{ id, kind, …params }`; `applyImprovements` applies a
 * list, in order, to a copy of a validated scenario and validates the result, so the
 * original is never touched and undoing a step is applying the list without it.
 *
 * Stations are named by their names and elements by theirs, as a trainee reads them on the
 * line, so an improvement still means the same thing after the ones before it moved work
 * around. Pure and DOM-free.
 */
import { shownName } from '../../i18n/preset-names.ts';
import { msg, str } from '@lit/localize';
import { parseScenario, type FlowLineScenario } from '../../scenario/index.ts';
import type { ValidationIssue } from '../../scenario/types.ts';
import { LIMITS } from '../../scenario/limits.ts';
import { formatDecimal } from '../../i18n/format.ts';
import { unitWords } from '../../i18n/units.ts';
import { nominalMean, type Distribution } from '../../sim/rng/distribution-shape.ts';
import type { SetupElement, StationSpec, WorkElement } from '../../sim/line/types.ts';

/** Shorten an element to a share of its time (0 < share < 1) or to a given mean time (0 < time < its mean). */
export type Shortening = { readonly share: number; readonly time?: undefined } | { readonly time: number; readonly share?: undefined };

export type Improvement =
  /** SMED: an internal setup element becomes external (done while the station still runs). */
  | { readonly id: string; readonly kind: 'externalise-setup'; readonly station: string; readonly element: string }
  /**
   * A work or setup element takes less time; its distribution is scaled, its shape kept.
   * Unless the element is marked as waste, the improvement must state its basis (what makes
   * the step faster: a tool, a fixture, a measured trial), shown in the kaizen log.
   */
  | {
      readonly id: string;
      readonly kind: 'shorten-element';
      readonly station: string;
      readonly element: string;
      readonly to: Shortening;
      readonly basis?: string;
    }
  /** A work or setup element marked as waste (`"waste": true`) is no longer done. */
  | { readonly id: string; readonly kind: 'remove-element'; readonly station: string; readonly element: string }
  /** Line balancing: a work element moves to another station, placed last there. */
  | { readonly id: string; readonly kind: 'move-element'; readonly element: string; readonly from: string; readonly to: string }
  /** Poka-yoke: the station checks its own work at the source (`pokaYoke: true`). */
  | { readonly id: string; readonly kind: 'add-check'; readonly station: string }
  /** The transfer batch (1 is one-piece flow). */
  | { readonly id: string; readonly kind: 'set-transfer-batch'; readonly batch: number }
  /** The process batch: stations set up once for every `batch` parts they start (parts still move in transfer batches). */
  | { readonly id: string; readonly kind: 'set-process-batch'; readonly batch: number };

export type ImprovementKind = Improvement['kind'];

export interface AppliedImprovement {
  readonly id: string;
  readonly description: string;
}

/** Why an improvement could not be applied. */
export interface ImprovementProblem {
  readonly id: string;
  /** Position in the list given. */
  readonly index: number;
  /** The whole message, starting with the improvement's description. */
  readonly message: string;
  /** The improvement (absent when the problem is the improved line as a whole). */
  readonly improvement?: Improvement;
  /** Why it does not apply, the message after the description (screens word it in their language). */
  readonly why?: string;
  /** When the improved line is not a valid scenario: the validator's issues (screens name the fields as the form does). */
  readonly issues?: readonly ValidationIssue[];
  /** The line those issues are about, as it was given to the validator. */
  readonly input?: unknown;
}

export type ApplyResult =
  | { readonly ok: true; readonly scenario: FlowLineScenario; readonly applied: readonly AppliedImprovement[] }
  | { readonly ok: false; readonly problems: readonly ImprovementProblem[] };

const UNIT_SHORT: Record<FlowLineScenario['timeUnit'], string> = { second: 's', minute: 'min', hour: 'h' };

function percent(share: number): string {
  return `${Number((share * 100).toPrecision(3))}%`;
}

/**
 * What the improvement does, in English, as data: `Press: make "fetch die" external (SMED)`.
 * Kept in kaizen log files, their CSV and the (English) problem messages; the screen shows
 * `improvementLabel`, the same words in the page's language.
 */
export function describeImprovement(improvement: Improvement, timeUnit: FlowLineScenario['timeUnit'] = 'minute'): string {
  switch (improvement.kind) {
    case 'externalise-setup':
      return `${improvement.station}: make "${improvement.element}" external (SMED)`;
    case 'shorten-element': {
      const to = improvement.to.share !== undefined ? percent(improvement.to.share) + ' of its time' : `${improvement.to.time} ${UNIT_SHORT[timeUnit]}`;
      const basis = improvement.basis !== undefined ? ` (basis: ${improvement.basis})` : '';
      return `${improvement.station}: shorten "${improvement.element}" to ${to}${basis}`;
    }
    case 'remove-element':
      return `${improvement.station}: remove "${improvement.element}"`;
    case 'move-element':
      return `Move "${improvement.element}" from ${improvement.from} to ${improvement.to} (line balancing)`;
    case 'add-check':
      return `${improvement.station}: check at the source (poka-yoke)`;
    case 'set-transfer-batch':
      return improvement.batch === 1 ? 'Pass parts on one at a time (one-piece flow)' : `Pass parts on in batches of ${improvement.batch}`;
    case 'set-process-batch':
      return improvement.batch === 1 ? 'Set up for every part' : `Set up once for every ${improvement.batch} parts (process batch)`;
  }
}

/**
 * The stated basis of a shortening in the page's language: the bases the lesson offers are
 * translated; a basis someone typed is shown as they wrote it.
 */
export function basisLabel(basis: string): string {
  const known = KNOWN_BASES[basis];
  return known === undefined ? basis : known();
}

/** The basis the candidates offer for a changeover step taken to a tenth. */
export const QUICK_CHANGE_BASIS = 'quick-change tooling: quick-release clamps and locating pins instead of bolts';

const KNOWN_BASES: Readonly<Record<string, () => string>> = {
  [QUICK_CHANGE_BASIS]: () => msg('quick-change tooling: quick-release clamps and locating pins instead of bolts'),
};

/**
 * What the improvement does, in the language the page shows (in English, exactly
 * `describeImprovement`'s words): `Press：将“fetch die”转为外部换型（快速换模）`.
 */
export function improvementLabel(improvement: Improvement, timeUnit: FlowLineScenario['timeUnit'] = 'minute'): string {
  switch (improvement.kind) {
    case 'externalise-setup': {
      const station = shownName(improvement.station);
      const element = shownName(improvement.element);
      return msg(str`${station}: make "${element}" external (SMED)`);
    }
    case 'shorten-element': {
      const station = shownName(improvement.station);
      const element = shownName(improvement.element);
      let label: string;
      if (improvement.to.share !== undefined) {
        const share = `${formatDecimal(Number((improvement.to.share * 100).toPrecision(3)), 3)}%`;
        label = msg(str`${station}: shorten "${element}" to ${share} of its time`);
      } else {
        const time = `${formatDecimal(improvement.to.time, 6)} ${unitWords(timeUnit).short}`;
        label = msg(str`${station}: shorten "${element}" to ${time}`);
      }
      if (improvement.basis === undefined) return label;
      const basis = basisLabel(improvement.basis);
      return msg(str`${label} (basis: ${basis})`);
    }
    case 'remove-element': {
      const station = shownName(improvement.station);
      const element = shownName(improvement.element);
      return msg(str`${station}: remove "${element}"`);
    }
    case 'move-element': {
      const element = shownName(improvement.element);
      const from = shownName(improvement.from);
      const to = shownName(improvement.to);
      return msg(str`Move "${element}" from ${from} to ${to} (line balancing)`);
    }
    case 'add-check': {
      const station = shownName(improvement.station);
      return msg(str`${station}: check at the source (poka-yoke)`);
    }
    case 'set-transfer-batch': {
      const batch = improvement.batch;
      return batch === 1 ? msg('Pass parts on one at a time (one-piece flow)') : msg(str`Pass parts on in batches of ${batch}`);
    }
    case 'set-process-batch': {
      const batch = improvement.batch;
      return batch === 1 ? msg('Set up for every part') : msg(str`Set up once for every ${batch} parts (process batch)`);
    }
  }
}

/** The same distribution with every draw multiplied by `factor` (shape and cv kept). */
export function scaleDistribution(d: Distribution, factor: number): Distribution {
  switch (d.dist) {
    case 'deterministic':
      return { dist: 'deterministic', value: d.value * factor };
    case 'exponential':
      return { dist: 'exponential', mean: d.mean * factor };
    case 'uniform':
      return { dist: 'uniform', min: d.min * factor, max: d.max * factor };
    case 'triangular':
      return { dist: 'triangular', min: d.min * factor, mode: d.mode * factor, max: d.max * factor };
    case 'normal':
      return { dist: 'normal', mean: d.mean * factor, sd: d.sd * factor };
    case 'lognormal':
      return { dist: 'lognormal', mean: d.mean * factor, cv: d.cv };
    case 'gamma':
      return { dist: 'gamma', mean: d.mean * factor, cv: d.cv };
    case 'empirical':
      return { dist: 'empirical', values: d.values.map((v) => v * factor) };
  }
}

/** The same shape with its mean set to `mean`: exactly where the mean is a parameter, by scaling otherwise. */
export function withMean(d: Distribution, mean: number): Distribution {
  switch (d.dist) {
    case 'deterministic':
      return { dist: 'deterministic', value: mean };
    case 'exponential':
    case 'lognormal':
    case 'gamma':
      return { ...d, mean };
    default:
      return scaleDistribution(d, mean / nominalMean(d));
  }
}

/** A working copy of the line: stations as plain objects, changed one improvement at a time. */
interface Draft {
  stations: StationSpec[];
  transferBatch: number;
  processBatch: number | undefined;
}

/** Applies one improvement to the draft, or says why it cannot be applied. */
type Step = (draft: Draft) => string | null;

function stationIndex(draft: Draft, name: string): number {
  return draft.stations.findIndex((s) => s.name === name);
}

const noStation = (name: string, draft: Draft) => `there is no station "${name}" (stations: ${draft.stations.map((s) => s.name).join(', ')})`;

function replaceStation(draft: Draft, index: number, station: StationSpec): void {
  draft.stations = draft.stations.map((s, i) => (i === index ? station : s));
}

/** A station without one of its optional lists when the list is empty. */
function withLists(station: StationSpec, elements: readonly WorkElement[] | undefined, setup: readonly SetupElement[] | undefined): StationSpec {
  const { elements: _e, setupElements: _s, ...rest } = station;
  return {
    ...rest,
    ...(elements !== undefined && elements.length > 0 ? { elements } : {}),
    ...(setup !== undefined && setup.length > 0 ? { setupElements: setup } : {}),
  };
}

function elementNames(station: StationSpec): string {
  const names = [...(station.elements ?? []), ...(station.setupElements ?? [])].map((e) => `"${e.name}"`);
  return names.length === 0 ? 'it has none' : `it has ${names.join(', ')}`;
}

function externalise(stationName: string, element: string): Step {
  return (draft) => {
    const k = stationIndex(draft, stationName);
    if (k < 0) return noStation(stationName, draft);
    const station = draft.stations[k] as StationSpec;
    const setup = station.setupElements ?? [];
    const j = setup.findIndex((e) => e.name === element);
    if (j < 0) {
      const isWork = (station.elements ?? []).some((e) => e.name === element);
      return isWork ? `"${element}" is work on every unit, not a setup element` : `${stationName} has no setup element "${element}" (${elementNames(station)})`;
    }
    if (setup[j]?.kind === 'external') return `"${element}" is already external`;
    replaceStation(draft, k, withLists(station, station.elements, setup.map((e, i) => (i === j ? { ...e, kind: 'external' } : e))));
    return null;
  };
}

/** Finds a work or setup element of a station and hands back a station with it changed (or removed, on null). */
function changeElement(
  stationName: string,
  element: string,
  change: (time: Distribution, found: { readonly waste: boolean; readonly setup: boolean }) => Distribution | null | string,
): Step {
  return (draft) => {
    const k = stationIndex(draft, stationName);
    if (k < 0) return noStation(stationName, draft);
    const station = draft.stations[k] as StationSpec;
    const work = station.elements ?? [];
    const setup = station.setupElements ?? [];
    const w = work.findIndex((e) => e.name === element);
    const s = setup.findIndex((e) => e.name === element);
    if (w < 0 && s < 0) return `${stationName} has no element "${element}" (${elementNames(station)})`;
    const found = (w >= 0 ? work[w] : setup[s]) as WorkElement;
    const changed = change(found.time, { waste: found.waste === true, setup: w < 0 });
    if (typeof changed === 'string') return changed;
    if (changed === null && w >= 0 && work.length === 1) return `"${element}" is the only work element of ${stationName}; a station keeps at least one`;
    const update = <T extends WorkElement>(list: readonly T[], index: number): T[] =>
      changed === null ? list.filter((_, i) => i !== index) : list.map((e, i) => (i === index ? { ...e, time: changed } : e));
    replaceStation(draft, k, w >= 0 ? withLists(station, update(work, w), station.setupElements) : withLists(station, station.elements, update(setup, s)));
    return null;
  };
}

/**
 * Only waste goes without a reason: value-adding work (and the necessary steps of a
 * changeover) can be removed by no one, and shortened only by an improvement that says
 * what makes it faster.
 */
function removeElement(stationName: string, element: string): Step {
  return changeElement(stationName, element, (_time, found) => {
    if (found.waste) return null;
    return found.setup
      ? `"${element}" is a necessary step of the changeover, not marked as waste: make it external (SMED) or shorten it with a stated basis, but it cannot simply be removed`
      : `"${element}" is value-adding work, not marked as waste: it cannot simply be removed; shorten it with a named improvement that states its basis`;
  });
}

function shorten(stationName: string, element: string, to: Shortening, basis: string | undefined): Step {
  return changeElement(stationName, element, (time, found) => {
    if (!found.waste && (basis === undefined || basis.trim() === '')) {
      return `"${element}" is ${found.setup ? 'a necessary step of the changeover' : 'value-adding work'}, not marked as waste: shortening it needs a stated basis (what makes it faster)`;
    }
    const mean = nominalMean(time);
    if (to.share !== undefined) {
      if (!(to.share > 0 && to.share < 1)) return `the share must be more than 0 and less than 1 (it is ${to.share})`;
      return scaleDistribution(time, to.share);
    }
    if (!(to.time > 0 && to.time < mean)) return `the new time must be more than 0 and less than the element's mean time ${mean} (it is ${to.time})`;
    return withMean(time, to.time);
  });
}

function moveElement(element: string, from: string, to: string): Step {
  return (draft) => {
    const a = stationIndex(draft, from);
    if (a < 0) return noStation(from, draft);
    const b = stationIndex(draft, to);
    if (b < 0) return noStation(to, draft);
    if (a === b) return `"${element}" is already at ${to}`;
    const source = draft.stations[a] as StationSpec;
    const target = draft.stations[b] as StationSpec;
    const work = source.elements ?? [];
    const moved = work.find((e) => e.name === element);
    if (moved === undefined) {
      const isSetup = (source.setupElements ?? []).some((e) => e.name === element);
      return isSetup ? `"${element}" is part of ${from}'s changeover; only work elements move` : `${from} has no work element "${element}" (${elementNames(source)})`;
    }
    if (work.length === 1) return `"${element}" is the only work element of ${from}; a station keeps at least one`;
    if (target.elements === undefined) return `${to} has no work elements to add to (its work is one processTime)`;
    if (target.elements.length >= LIMITS.maxElements) return `${to} already has ${LIMITS.maxElements} work elements, the most a station may have`;
    if ((target.setupElements ?? []).some((e) => e.name === element)) return `${to} has a setup element named "${element}" too`;
    replaceStation(draft, a, withLists(source, work.filter((e) => e !== moved), source.setupElements));
    replaceStation(draft, b, withLists(target, [...target.elements, moved], target.setupElements));
    return null;
  };
}

function addCheck(stationName: string): Step {
  return (draft) => {
    const k = stationIndex(draft, stationName);
    if (k < 0) return noStation(stationName, draft);
    const station = draft.stations[k] as StationSpec;
    if (station.pokaYoke === true) return `${stationName} already checks at the source`;
    replaceStation(draft, k, { ...station, pokaYoke: true });
    return null;
  };
}

function setTransferBatch(batch: number): Step {
  return (draft) => {
    if (!Number.isInteger(batch) || batch < 1 || batch > LIMITS.maxTransferBatch) return `the transfer batch must be a whole number from 1 to ${LIMITS.maxTransferBatch} (it is ${batch})`;
    draft.transferBatch = batch;
    return null;
  };
}

function setProcessBatch(batch: number): Step {
  return (draft) => {
    if (!Number.isInteger(batch) || batch < 1 || batch > LIMITS.maxProcessBatch) return `the process batch must be a whole number from 1 to ${LIMITS.maxProcessBatch} (it is ${batch})`;
    draft.processBatch = batch;
    return null;
  };
}

function stepOf(improvement: Improvement): Step {
  switch (improvement.kind) {
    case 'externalise-setup':
      return externalise(improvement.station, improvement.element);
    case 'shorten-element':
      return shorten(improvement.station, improvement.element, improvement.to, improvement.basis);
    case 'remove-element':
      return removeElement(improvement.station, improvement.element);
    case 'move-element':
      return moveElement(improvement.element, improvement.from, improvement.to);
    case 'add-check':
      return addCheck(improvement.station);
    case 'set-transfer-batch':
      return setTransferBatch(improvement.batch);
    case 'set-process-batch':
      return setProcessBatch(improvement.batch);
  }
}

/**
 * Applies the improvements in order to a copy of `original` and validates the result.
 * Every improvement that does not apply is reported (the rest are still tried, in order),
 * and then no scenario is returned. The original is never changed.
 */
export function applyImprovements(original: FlowLineScenario, list: readonly Improvement[]): ApplyResult {
  const draft: Draft = { stations: [...original.stations], transferBatch: original.transferBatch, processBatch: original.processBatch };
  const problems: ImprovementProblem[] = [];
  const applied: AppliedImprovement[] = [];
  const seen = new Set<string>();
  list.forEach((improvement, index) => {
    const description = describeImprovement(improvement, original.timeUnit);
    const fail = (why: string) => problems.push({ id: improvement.id, index, message: `${description}: ${why}`, improvement, why });
    if (seen.has(improvement.id)) return fail(`the id "${improvement.id}" is used twice; each improvement needs its own`);
    seen.add(improvement.id);
    const why = stepOf(improvement)(draft);
    if (why !== null) return fail(why);
    applied.push({ id: improvement.id, description });
  });
  if (problems.length > 0) return { ok: false, problems };
  // Through the validator, as any scenario: the result is a fresh, valid scenario sharing
  // nothing with the original (JSON has no shared objects).
  const { processBatch: _p, ...rest } = original;
  const line = { ...rest, stations: draft.stations, transferBatch: draft.transferBatch, ...(draft.processBatch !== undefined ? { processBatch: draft.processBatch } : {}) };
  const parsed = parseScenario(JSON.parse(JSON.stringify(line)));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') {
    const issues = parsed.ok ? 'not a flow line' : parsed.issues.map((i) => i.message).join('; ');
    const problem: ImprovementProblem = { id: list[list.length - 1]?.id ?? '', index: list.length - 1, message: `The improved line is not valid: ${issues}` };
    return { ok: false, problems: [parsed.ok ? problem : { ...problem, issues: parsed.issues, input: line }] };
  }
  return { ok: true, scenario: parsed.scenario, applied };
}

/** Undo: the list without the improvement `id` (applying it gives the line as if that step had never been taken). */
export function withoutImprovement(list: readonly Improvement[], id: string): Improvement[] {
  return list.filter((i) => i.id !== id);
}
