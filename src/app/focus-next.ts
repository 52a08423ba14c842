/**
 * Where keyboard focus goes once a prediction is kept: to what the trainee does next (lesson
 * 1: Play, in the replay's controls), never back to the page's body when the "Keep my
 * prediction" button is replaced by the kept sentence.
 */
import { deepQueryAll } from './room-actions.ts';

/** Focuses the next control after a kept prediction; true when one took focus. */
export function focusAfterPrediction(screen: ParentNode): boolean {
  const controls = deepQueryAll(screen, 'genba-playback-controls')[0];
  const next =
    controls?.shadowRoot?.querySelector<HTMLElement>('#play:not([disabled])') ??
    // No replay on this screen: the kept sentence itself, so that focus stays where the trainee was.
    deepQueryAll(screen, '.kept')[0];
  if (!next) return false;
  if (!next.matches('button, input, select, a[href]')) next.setAttribute('tabindex', '-1');
  next.focus();
  return true;
}
