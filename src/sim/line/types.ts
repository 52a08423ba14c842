/** The flow-line model's inputs (Model A of MODEL.md), as the core sees them after validation. */
import type { Distribution } from '../rng/distribution.ts';

export type TimeUnit = 'second' | 'minute' | 'hour';

export interface StationSpec {
  readonly name: string;
  readonly processTime: Distribution;
  readonly setupTime: Distribution;
  readonly handlingTime: Distribution;
  /** Probability per unit started in adjustment that the station drifts. */
  readonly defectRate: number;
}

export type Release =
  | { readonly mode: 'order'; readonly quantity: number }
  | {
      readonly mode: 'flow';
      readonly interarrival: Distribution;
      readonly horizon: number;
      readonly warmup: number;
    };

export interface FlowLineSpec {
  readonly timeUnit: TimeUnit;
  readonly stations: readonly StationSpec[];
  readonly transferBatch: number;
  readonly moveTime: Distribution;
  readonly release: Release;
}
