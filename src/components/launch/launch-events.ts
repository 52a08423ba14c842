/** The launch screen's events, typed (no untyped event bus): what its components ask the screen to do. */
import type { FormEdit } from '../../lessons/launch/launch-form.ts';
import type { Prediction } from '../../lessons/launch/predictions.ts';
import type { ComparedPair } from '../../lessons/launch/strategy-compare.ts';

declare global {
  interface GlobalEventHandlersEventMap {
    /** The parameter editor or the run controls changed the form. */
    'launch-form-edit': CustomEvent<FormEdit>;
    /** A preset file (from public/scenarios/) was asked for. */
    'launch-preset-load': CustomEvent<{ readonly file: string }>;
    /** The prediction changed. */
    'launch-prediction-change': CustomEvent<Prediction>;
    /** Run the Monte Carlo. */
    'launch-run': CustomEvent<void>;
    /** Cancel the running Monte Carlo. */
    'launch-cancel': CustomEvent<void>;
    /** The market whose story is shown changed (0-based replication). */
    'launch-story-change': CustomEvent<{ readonly replication: number }>;
    /** The two strategies compared changed (version 2, more than two strategies). */
    'launch-pair-change': CustomEvent<ComparedPair>;
  }
}

/** Fires a typed, bubbling, composed event from `target`. */
export function fire<K extends 'launch-form-edit' | 'launch-preset-load' | 'launch-prediction-change' | 'launch-run' | 'launch-cancel' | 'launch-story-change'>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
