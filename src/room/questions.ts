/**
 * The questions a room can ask, by id, with their answer choices (ids only: the client
 * words them in the page's language). Each belongs to a lesson's prediction step in the
 * guided path (src/app/session.ts GUIDED_PATH), so the presenter's guide can open it.
 * DOM-free: the server checks answers against it.
 */
export const QUESTIONS = {
  'batching.first': { lesson: 'batching', step: 'predict', choices: ['batch', 'flow', 'same'] },
  'batching.finish': { lesson: 'batching', step: 'predict', choices: ['batch', 'flow', 'same'] },
} as const;

export type QuestionId = keyof typeof QUESTIONS;
export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];

/** The question opened when the presenter's guide reaches a lesson step, or null. */
export function questionForStep(lesson: string, step: string): QuestionId | null {
  for (const id of QUESTION_IDS) {
    const q = QUESTIONS[id];
    if (q.lesson === lesson && q.step === step && id.endsWith('.finish')) return id;
  }
  for (const id of QUESTION_IDS) {
    const q = QUESTIONS[id];
    if (q.lesson === lesson && q.step === step) return id;
  }
  return null;
}

export const isChoiceOf = (question: QuestionId, choice: string): boolean => (QUESTIONS[question].choices as readonly string[]).includes(choice);

/** The challenge: the parameters a trainee may change on the lesson 1 line, with their bounds. */
export const CHALLENGE = {
  /** public/scenarios/<preset>.json is the line every team starts from. */
  preset: 'batching-illusion',
  transferBatch: { min: 1, max: 50 },
  moveTime: { min: 0, max: 10 },
} as const;
