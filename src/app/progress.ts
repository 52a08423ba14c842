/**
 * How a screen tells the shell that a step of its lesson is done (the guided path), with
 * an optional sentence for the session summary: a `genba-progress` event that crosses
 * shadow roots. The shell keeps the session (src/app/session.ts).
 */
import type { LessonId, SessionRecord } from './session.ts';

export interface ProgressDetail {
  readonly lesson: LessonId;
  readonly step: string;
  readonly record?: { readonly kind: SessionRecord['kind']; readonly text: string };
}

export function reportProgress(from: EventTarget, lesson: LessonId, step: string, record?: ProgressDetail['record']): void {
  from.dispatchEvent(new CustomEvent<ProgressDetail>('genba-progress', { detail: { lesson, step, record }, bubbles: true, composed: true }));
}
