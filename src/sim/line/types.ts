/** The flow-line model's inputs (Model A of MODEL.md), as the core sees them after validation. */
import type { Distribution } from '../rng/distribution.ts';

export type TimeUnit = 'second' | 'minute' | 'hour';

/** One basic step of a station's work per unit (reach, pick, fit, fasten…). */
export interface WorkElement {
  /** Unique along the whole line: the element keeps its name, and its random numbers, wherever it is done. */
  readonly name: string;
  readonly time: Distribution;
  /**
   * Marked as waste (walking, searching, waiting for a crane…): the only work a kaizen may
   * simply remove. Absent means value-adding work (docs/model.md, "Improvements").
   */
  readonly waste?: boolean;
}

/**
 * Internal setup work stops the station (it is part of the changeover); external work is
 * done by the station's own operator while the station is idle (starved or blocked), after
 * the previous setup has ended; what is not done by the time the next process batch is
 * ready is done then, before the internal part (MODEL.md, version 2: SMED moves work out
 * of the stopped machine's time, not out of existence).
 */
export type SetupKind = 'internal' | 'external';

/** One step of a station's changeover. */
export interface SetupElement {
  /** Unique within the station (work elements included). */
  readonly name: string;
  readonly time: Distribution;
  readonly kind: SetupKind;
  /** Marked as waste: the only changeover step a kaizen may simply remove. */
  readonly waste?: boolean;
}

export interface StationSpec {
  readonly name: string;
  /**
   * Work content per unit. With `elements` the work is processTime plus the elements' sum;
   * a validated scenario then has processTime 0, so the work is exactly the elements' sum.
   */
  readonly processTime: Distribution;
  /** Changeover before each batch; with `setupElements`, setupTime plus their internal part (0 in a validated scenario). */
  readonly setupTime: Distribution;
  readonly handlingTime: Distribution;
  /** Probability per unit started in adjustment that the station drifts. */
  readonly defectRate: number;
  /** The work per unit as basic steps, each drawn on its own; absent when the work is one processTime. */
  readonly elements?: readonly WorkElement[];
  /** The changeover as steps, internal or external; absent when it is one setupTime. */
  readonly setupElements?: readonly SetupElement[];
  /**
   * A check at the source (poka-yoke): the station finds its own drift on the unit it drifts
   * on, when that unit is finished there; that unit alone is scrapped and replaced, and the
   * station is re-adjusted at once. Absent means no check.
   */
  readonly pokaYoke?: boolean;
  /**
   * Kanban buffer in front of this station (stations 2…N only): at most this many units on
   * their way here or waiting here (the unit in process not counted). The station before
   * holds a finished transfer batch, blocked, until all of it fits. Absent means unlimited.
   */
  readonly buffer?: number;
}

export type Release =
  | { readonly mode: 'order'; readonly quantity: number; readonly wipCap?: number }
  | {
      readonly mode: 'flow';
      readonly interarrival: Distribution;
      readonly horizon: number;
      readonly warmup: number;
      /**
       * CONWIP: at most this many units released and not yet delivered or scrapped; the
       * order (or the arrivals, as a backlog) waits outside the line. Absent means push.
       */
      readonly wipCap?: number;
    };

export interface FlowLineSpec {
  readonly timeUnit: TimeUnit;
  readonly stations: readonly StationSpec[];
  readonly transferBatch: number;
  readonly moveTime: Distribution;
  readonly release: Release;
  /**
   * Units a station makes per setup, counted in the order it starts them (units 1, P+1,
   * 2P+1… need a setup first). Absent, or equal to transferBatch, keeps version 1's rule:
   * one setup per transfer batch started.
   */
  readonly processBatch?: number;
  /** Money per unit, for the value of work in progress (WIP × unitValue). */
  readonly unitValue?: number;
}
