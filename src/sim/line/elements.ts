/**
 * Work elements and setup elements of a station (docs/model.md, "Work elements"): the
 * station's time per unit is the sum of its elements' draws, and its changeover the sum of
 * its internal setup elements'. Each element draws from its own named stream, so a kaizen
 * that changes one element leaves every other draw as it was (common random numbers).
 */
import { drawFrom, isAlwaysZero, type Draw } from '../rng/distribution.ts';
import { createStream, type Seed } from '../rng/stream.ts';
import type { StationSpec } from './types.ts';

/**
 * The stream of a work element: named after the element alone, not its station. Element
 * names are unique along the line, so the element keeps its random numbers when line
 * balancing moves it to another station: before and after the move, the n-th unit done at
 * that element gets the same time.
 */
export function elementStreamName(element: string): string {
  return `element:${element}`;
}

/** The stream of a setup element: it belongs to its station's changeover (`setup:<i>:<name>`, i 0-based). */
export function setupElementStreamName(station: number, element: string): string {
  return `setup:${station}:${element}`;
}

/** The sum of the parts' draws, in order; a single part is returned as it is. */
function sumOf(parts: readonly Draw[]): Draw {
  if (parts.length === 1) return parts[0] as Draw;
  if (parts.length === 0) return () => 0;
  return () => {
    let total = (parts[0] as Draw)();
    for (let i = 1; i < parts.length; i++) total += (parts[i] as Draw)();
    return total;
  };
}

/**
 * A station's process time per unit when it has work elements: processTime (left out when
 * always 0, as in a validated scenario) plus each element's draw, in the order listed.
 * Null when the station has no elements: the engine then keeps its one-stream path.
 */
export function elementProcessDraw(station: StationSpec, seed: Seed, replication: number, processStreamName: string): Draw | null {
  const elements = station.elements;
  if (elements === undefined || elements.length === 0) return null;
  const parts: Draw[] = [];
  if (!isAlwaysZero(station.processTime)) parts.push(drawFrom(station.processTime, createStream(seed, replication, processStreamName)));
  for (const e of elements) parts.push(drawFrom(e.time, createStream(seed, replication, elementStreamName(e.name))));
  return sumOf(parts);
}

/** The internal setup elements: the only ones that stop the station. External ones draw nothing. */
function internalSetup(station: StationSpec) {
  return (station.setupElements ?? []).filter((e) => e.kind === 'internal');
}

/**
 * A station's changeover when it has setup elements: setupTime (left out when always 0)
 * plus each internal element's draw. Null when the station has no setup elements.
 */
export function elementSetupDraw(station: StationSpec, index: number, seed: Seed, replication: number, setupStreamName: string): Draw | null {
  if (station.setupElements === undefined) return null;
  const parts: Draw[] = [];
  if (!isAlwaysZero(station.setupTime)) parts.push(drawFrom(station.setupTime, createStream(seed, replication, setupStreamName)));
  for (const e of internalSetup(station)) parts.push(drawFrom(e.time, createStream(seed, replication, setupElementStreamName(index, e.name))));
  return sumOf(parts);
}

/** True when the station's changeover is always 0 (no draw, no event). */
export function changeoverIsZero(station: StationSpec): boolean {
  return isAlwaysZero(station.setupTime) && internalSetup(station).every((e) => isAlwaysZero(e.time));
}

/** The external setup elements: work the operator does in the station's idle time. */
function externalSetup(station: StationSpec) {
  return (station.setupElements ?? []).filter((e) => e.kind === 'external' && !isAlwaysZero(e.time));
}

/**
 * The external part of a station's changeover (the sum of its external elements' draws,
 * each from its own stream), or null when there is none: the engine then skips the
 * idle-time bookkeeping altogether.
 */
export function elementExternalDraw(station: StationSpec, index: number, seed: Seed, replication: number): Draw | null {
  const external = externalSetup(station);
  if (external.length === 0) return null;
  return sumOf(external.map((e) => drawFrom(e.time, createStream(seed, replication, setupElementStreamName(index, e.name)))));
}
