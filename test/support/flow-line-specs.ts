/** Small builders for flow-line specs in tests. */
import type { Distribution } from '../../src/sim/rng/distribution.ts';
import type { FlowLineSpec, Release, StationSpec } from '../../src/sim/line/types.ts';

export const det = (value: number): Distribution => ({ dist: 'deterministic', value });
export const expo = (mean: number): Distribution => ({ dist: 'exponential', mean });

export function station(name: string, processTime: Distribution, extra: Partial<StationSpec> = {}): StationSpec {
  return { name, processTime, setupTime: det(0), handlingTime: det(0), defectRate: 0, ...extra };
}

/** A line of n identical deterministic stations. */
export function line(
  n: number,
  t: number,
  batch: number,
  release: Release,
  extra: Partial<StationSpec> = {},
  moveTime = 0,
): FlowLineSpec {
  return {
    timeUnit: 'minute',
    stations: Array.from({ length: n }, (_, i) => station(`S${i + 1}`, det(t), extra)),
    transferBatch: batch,
    moveTime: det(moveTime),
    release,
  };
}

export const order = (quantity: number): Release => ({ mode: 'order', quantity });
