/**
 * The flow-line editor's draft: the scenario as the user is typing it, plain JSON holding
 * the text of every field, and the pure edits the editor makes to it (no DOM, so they are
 * unit-tested in node). `candidateOf` turns a draft into the scenario JSON that the
 * validator judges; the editor never validates on its own.
 */
import { msg, str } from '@lit/localize';
import { LIMITS, SCENARIO_VERSION, type FlowLineScenario } from '../../scenario/index.ts';
import {
  distributionCandidate,
  distributionDraftOf,
  draftMean,
  fixedDraft,
  type DistributionDraft,
} from './distribution-draft.ts';
import { numberOrText, numberText, roundedText } from './number-text.ts';

export type TimeUnit = FlowLineScenario['timeUnit'];
export type ReleaseMode = FlowLineScenario['release']['mode'];
/** The distributions a station has. */
export type StationDistributionKey = 'processTime' | 'setupTime' | 'handlingTime';

export interface StationDraft {
  /** Stable identity while stations are added, removed and moved (not part of the scenario). */
  readonly key: number;
  /** Work and setup elements and the check at the source: not edited here, carried through so the scenario keeps them. */
  readonly steps?: Pick<FlowLineScenario['stations'][number], 'elements' | 'setupElements' | 'pokaYoke'>;
  readonly name: string;
  readonly processTime: DistributionDraft;
  readonly setupTime: DistributionDraft;
  readonly handlingTime: DistributionDraft;
  readonly defectRate: string;
  /** The kanban buffer in front of the station (version 2): not edited here, carried through. */
  readonly buffer?: number;
}

/** Both release modes' fields, so switching mode and back keeps what was typed. */
export interface ReleaseDraft {
  readonly mode: ReleaseMode;
  readonly quantity: string;
  readonly interarrival: DistributionDraft;
  readonly horizon: string;
  readonly warmup: string;
}

export interface FlowDraft {
  /** '' leaves the name out of the scenario. */
  readonly name: string;
  /** Not edited here; carried through so the scenario keeps it. */
  readonly description: string | undefined;
  readonly seedText: string;
  /**
   * The lesson's seed when it was a number: the seed 42 and the seed "42" differ, so while
   * the text still reads `42` the scenario keeps the number.
   */
  readonly numericSeed: number | undefined;
  readonly replications: string;
  readonly timeUnit: TimeUnit;
  readonly stations: readonly StationDraft[];
  readonly transferBatch: string;
  readonly moveTime: DistributionDraft;
  readonly release: ReleaseDraft;
  /** The key the next added station gets. */
  readonly nextKey: number;
  /** Version-2 line fields not edited here (lesson 4 edits the cap), carried through so the scenario keeps them. */
  readonly carried?: { readonly processBatch?: number; readonly unitValue?: number; readonly wipCap?: number };
}

/** Order size offered when a flow-mode lesson is switched to order mode. */
const DEFAULT_ORDER_QUANTITY = 100;

/**
 * Flow-mode fields offered when an order-mode lesson is switched to flow mode: exponential
 * arrivals at 80% of the slowest station's nominal rate, a horizon of about 1,000 arrivals
 * and a warm-up of a tenth of it.
 */
function defaultFlowRelease(stations: readonly StationDraft[]): Pick<ReleaseDraft, 'interarrival' | 'horizon' | 'warmup'> {
  const means = stations.map((s) => draftMean(s.processTime) ?? 0);
  const slowest = Math.max(0, ...means);
  const mean = slowest > 0 ? slowest * 1.25 : 1;
  return {
    interarrival: { dist: 'exponential', params: { mean: roundedText(mean) } },
    horizon: roundedText(mean * 1000),
    warmup: roundedText(mean * 100),
  };
}

/** The draft of a validated flow-line scenario: every field as the editor first shows it. */
export function draftFromScenario(s: FlowLineScenario): FlowDraft {
  const stations: StationDraft[] = s.stations.map((station, i) => ({
    key: i,
    name: station.name,
    processTime: distributionDraftOf(station.processTime),
    setupTime: distributionDraftOf(station.setupTime),
    handlingTime: distributionDraftOf(station.handlingTime),
    defectRate: numberText(station.defectRate),
    ...(station.elements || station.setupElements || station.pokaYoke
      ? { steps: { elements: station.elements, setupElements: station.setupElements, pokaYoke: station.pokaYoke } }
      : {}),
    ...(station.buffer === undefined ? {} : { buffer: station.buffer }),
  }));
  const carried = {
    ...(s.processBatch === undefined ? {} : { processBatch: s.processBatch }),
    ...(s.unitValue === undefined ? {} : { unitValue: s.unitValue }),
    ...(s.release.wipCap === undefined ? {} : { wipCap: s.release.wipCap }),
  };
  const r = s.release;
  const release: ReleaseDraft =
    r.mode === 'order'
      ? { mode: 'order', quantity: numberText(r.quantity), ...defaultFlowRelease(stations) }
      : {
          mode: 'flow',
          quantity: numberText(DEFAULT_ORDER_QUANTITY),
          interarrival: distributionDraftOf(r.interarrival),
          horizon: numberText(r.horizon),
          warmup: numberText(r.warmup),
        };
  return {
    name: s.name ?? '',
    description: s.description,
    seedText: String(s.seed),
    numericSeed: typeof s.seed === 'number' ? s.seed : undefined,
    replications: numberText(s.replications),
    timeUnit: s.timeUnit,
    stations,
    transferBatch: numberText(s.transferBatch),
    moveTime: distributionDraftOf(s.moveTime),
    release,
    nextKey: stations.length,
    ...(Object.keys(carried).length > 0 ? { carried } : {}),
  };
}

/** The scenario JSON the draft stands for, for parseScenario to judge. */
export function candidateOf(d: FlowDraft): Record<string, unknown> {
  const out: Record<string, unknown> = { version: SCENARIO_VERSION, model: 'flow-line' };
  if (d.name !== '') out['name'] = d.name;
  if (d.description !== undefined) out['description'] = d.description;
  out['seed'] = d.numericSeed !== undefined && d.seedText === String(d.numericSeed) ? d.numericSeed : d.seedText;
  out['replications'] = numberOrText(d.replications);
  out['timeUnit'] = d.timeUnit;
  out['stations'] = d.stations.map((s) => ({
    name: s.name,
    processTime: distributionCandidate(s.processTime),
    setupTime: distributionCandidate(s.setupTime),
    handlingTime: distributionCandidate(s.handlingTime),
    defectRate: numberOrText(s.defectRate),
    ...(s.steps?.elements ? { elements: s.steps.elements } : {}),
    ...(s.steps?.setupElements ? { setupElements: s.steps.setupElements } : {}),
    ...(s.steps?.pokaYoke ? { pokaYoke: true } : {}),
    ...(s.buffer === undefined ? {} : { buffer: s.buffer }),
  }));
  out['transferBatch'] = numberOrText(d.transferBatch);
  out['moveTime'] = distributionCandidate(d.moveTime);
  const r = d.release;
  const cap = d.carried?.wipCap === undefined ? {} : { wipCap: d.carried.wipCap };
  out['release'] =
    r.mode === 'order'
      ? { mode: 'order', quantity: numberOrText(r.quantity), ...cap }
      : { mode: 'flow', interarrival: distributionCandidate(r.interarrival), horizon: numberOrText(r.horizon), warmup: numberOrText(r.warmup), ...cap };
  if (d.carried?.processBatch !== undefined) out['processBatch'] = d.carried.processBatch;
  if (d.carried?.unitValue !== undefined) out['unitValue'] = d.carried.unitValue;
  return out;
}

/**
 * Handling is paid only when units travel in batches (transferBatch > 1, MODEL.md); while
 * the batch field reads exactly 1 the editor hides the handling times.
 */
export function handlingApplies(d: FlowDraft): boolean {
  return numberOrText(d.transferBatch) !== 1;
}

/** Moves happen between stations only, so a one-station line has no move time. */
export function moveApplies(d: FlowDraft): boolean {
  return d.stations.length > 1;
}

// --- Edits: each returns a new draft and leaves its input alone ---------------------------

/** The fields of the line as a whole. */
export type LinePatch = Partial<Pick<FlowDraft, 'name' | 'seedText' | 'replications' | 'timeUnit' | 'transferBatch' | 'moveTime'>>;

export function withLine(d: FlowDraft, patch: LinePatch): FlowDraft {
  return { ...d, ...patch };
}

export function withRelease(d: FlowDraft, patch: Partial<ReleaseDraft>): FlowDraft {
  return { ...d, release: { ...d.release, ...patch } };
}

export type StationPatch = Partial<Omit<StationDraft, 'key'>>;

export function withStation(d: FlowDraft, index: number, patch: StationPatch): FlowDraft {
  if (index < 0 || index >= d.stations.length) return d;
  return { ...d, stations: d.stations.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

export function canAddStation(d: FlowDraft): boolean {
  return d.stations.length < LIMITS.maxStations;
}

export function canRemoveStation(d: FlowDraft): boolean {
  return d.stations.length > 1;
}

/** `Station 6`, or the first `Station n` no station is called yet. */
function freshStationName(stations: readonly StationDraft[]): string {
  const taken = new Set(stations.map((s) => s.name));
  let n = stations.length + 1;
  while (taken.has(msg(str`Station ${n}`))) n += 1;
  return msg(str`Station ${n}`);
}

/**
 * Adds a station at the end of the line, like the last one (same process, setup and
 * handling times) but with its own name and no defects. Does nothing at the limit.
 */
export function addStation(d: FlowDraft): FlowDraft {
  if (!canAddStation(d)) return d;
  const last = d.stations[d.stations.length - 1];
  const station: StationDraft = {
    key: d.nextKey,
    name: freshStationName(d.stations),
    processTime: last?.processTime ?? fixedDraft(1),
    setupTime: last?.setupTime ?? fixedDraft(0),
    handlingTime: last?.handlingTime ?? fixedDraft(0),
    defectRate: '0',
  };
  return { ...d, stations: [...d.stations, station], nextKey: d.nextKey + 1 };
}

/** Removes a station; the line keeps at least one. */
export function removeStation(d: FlowDraft, index: number): FlowDraft {
  if (!canRemoveStation(d) || index < 0 || index >= d.stations.length) return d;
  return { ...d, stations: d.stations.filter((_, i) => i !== index) };
}

/** Moves a station one place up (-1, towards the start of the line) or down (+1). */
export function moveStation(d: FlowDraft, index: number, by: -1 | 1): FlowDraft {
  const to = index + by;
  const a = d.stations[index];
  const b = d.stations[to];
  if (a === undefined || b === undefined) return d;
  const stations = [...d.stations];
  stations[index] = b;
  stations[to] = a;
  return { ...d, stations };
}
